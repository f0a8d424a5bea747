"""The conflict dialog of issue 14 ("Two leads at once"): both versions side by side, fully
Dutch, user text shown literally; its three buttons; and the four screens that use it: a
second save over someone else's newer version asks, and each answer does what it says."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox, QPlainTextEdit
from pytestqt.qtbot import QtBot

from teamlead_app.data.context import ServiceContext
from teamlead_app.errors import ConflictError, ConflictField
from teamlead_app.records.conversations import AgreementDraft, ConversationDraft
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.development import goals, pop
from teamlead_app.services.development.goals import GoalDraft
from teamlead_app.services.people import employees as people
from teamlead_app.ui import conflicts
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.conflict_dialog import ConflictChoice, ConflictDialog
from teamlead_app.ui.dialogs.employee_dialog import EmployeeDialog
from teamlead_app.ui.dialogs.goal_dialog import GoalDialog
from teamlead_app.ui.pages.conversation_page import ConversationPage
from teamlead_app.ui.pages.pop_page import PopPage
from tests.ui.test_dutch_screens import english_in

LONG = "Lange tekst over het omstellen van de kantbank. " * 40
ERROR = ConflictError(
    "Iemand anders heeft dit gesprek intussen gewijzigd (versie 3, 07-12-2026 10:14). "
    "Jouw wijzigingen zijn niet opgeslagen.",
    mine_version=2,
    theirs_version=3,
    changed_at=datetime(2026, 12, 7, 10, 14),
    fields=(
        ConflictField("Gedeelde samenvatting", "Łukasz Wiśniewski <b>& 😀", LONG),
        ConflictField("Antwoord 1", "Mijn antwoord", ""),
    ),
)


def test_the_dialog_is_dutch_and_shows_both_versions_literally(qtbot: QtBot, dutch: None) -> None:
    dialog = ConflictDialog(None, ERROR)
    qtbot.addWidget(dialog)
    assert english_in(dialog) == []
    assert dialog.windowTitle() == "Intussen gewijzigd door iemand anders"
    assert [b.text() for b in (dialog.save_mine, dialog.load_theirs, dialog.cancel)] == [
        "Mijn versie opslaan",
        "Hun versie laden",
        "Annuleren",
    ]
    labels = [label.text() for label in dialog.findChildren(QLabel)]
    assert ERROR.args[0] in labels
    assert "Hun versie (versie 3, 07-12-2026 10:14)" in labels
    assert "Jouw versie (geopend als versie 2)" in labels
    assert all(
        label.textFormat() == Qt.TextFormat.PlainText for label in dialog.findChildren(QLabel)
    )
    texts = [box.toPlainText() for box in dialog.findChildren(QPlainTextEdit)]
    # Per field: theirs (left), then mine (right).
    assert texts == [LONG, "Łukasz Wiśniewski <b>& 😀", "", "Mijn antwoord"]


@pytest.mark.parametrize(
    ("button", "choice", "result"),
    [
        ("save_mine", ConflictChoice.SAVE_MINE, 1),
        ("load_theirs", ConflictChoice.LOAD_THEIRS, 1),
        ("cancel", ConflictChoice.CANCEL, 0),
    ],
)
def test_each_button_gives_its_choice(
    qtbot: QtBot, button: str, choice: ConflictChoice, result: int
) -> None:
    dialog = ConflictDialog(None, ERROR)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
    assert (dialog.choice, dialog.result()) == (choice, result)


def test_a_conflict_without_a_version_to_save_over_offers_only_loading(qtbot: QtBot) -> None:
    dialog = ConflictDialog(None, ConflictError("x", mine_version=0, theirs_version=0))
    qtbot.addWidget(dialog)
    assert not dialog.save_mine.isEnabled()
    assert dialog.load_theirs.isEnabled() and dialog.cancel.isEnabled()


def _answer(monkeypatch: pytest.MonkeyPatch, choice: ConflictChoice) -> list[ConflictError]:
    asked: list[ConflictError] = []

    def ask(_parent: object, error: ConflictError) -> ConflictChoice:
        asked.append(error)
        return choice

    monkeypatch.setattr(conflicts.ConflictDialog, "ask", ask)
    return asked


@pytest.fixture
def person(ctx: ServiceContext) -> int:
    return people.save_employee(
        ctx, people.EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski")
    )


@pytest.mark.parametrize("choice", list(ConflictChoice))
def test_goal_dialog_after_someone_else_saved(
    qtbot: QtBot,
    ctx: ServiceContext,
    person: int,
    choice: ConflictChoice,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    goal = goals.save_goal(ctx, None, GoalDraft(what="TIG-certificaat"), employee_id=person)
    dialog = GoalDialog(None, ctx, person, goal.id)
    qtbot.addWidget(dialog)
    # The other lead saves while this dialog is open.
    goals.save_goal(ctx, goal.id, GoalDraft(what="Hun doel", row_version=1))
    dialog.what.setText("Mijn doel <b>& 😀")
    asked = _answer(monkeypatch, choice)
    QApplication.clipboard().clear()
    dialog._save()
    [error] = asked
    assert (error.mine_version, error.theirs_version) == (1, 2)
    stored = goals.get_goal(ctx, goal.id)
    if choice is ConflictChoice.SAVE_MINE:
        assert (stored.what, stored.row_version, dialog.result()) == ("Mijn doel <b>& 😀", 3, 1)
    elif choice is ConflictChoice.LOAD_THEIRS:
        assert (stored.what, dialog.what.text()) == ("Hun doel", "Hun doel")
        assert "Mijn doel <b>& 😀" in QApplication.clipboard().text()
        # Saving now goes over their version, without another question.
        dialog.what.setText("Samen eens")
        dialog._save()
        assert len(asked) == 1
        assert goals.get_goal(ctx, goal.id).what == "Samen eens"
    else:
        assert (stored.what, dialog.what.text()) == ("Hun doel", "Mijn doel <b>& 😀")
        assert dialog.result() == 0 and QApplication.clipboard().text() == ""


def test_employee_dialog_saves_mine_knowingly(
    qtbot: QtBot, ctx: ServiceContext, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    dialog = EmployeeDialog(None, ctx, person)
    qtbot.addWidget(dialog)
    loaded = people.get_employee(ctx, person).draft
    people.save_employee(ctx, replace(loaded, personnel_number="1024"), person)
    dialog.first_name.setText("Lukas")
    asked = _answer(monkeypatch, ConflictChoice.SAVE_MINE)
    dialog._save()
    assert [e.theirs_version for e in asked] == [2]
    assert people.get_employee(ctx, person).row.first_name == "Lukas"
    assert dialog.saved_id == person


def test_conversation_page_loads_theirs_and_keeps_mine(
    qtbot: QtBot, context: AppContext, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    when = datetime.now().replace(hour=10, minute=0, second=0, microsecond=0) + timedelta(days=3)
    conversation_id = conversations.plan_conversation(
        context.ctx, ConversationPlanDraft(employee_id=person, when=when)
    ).conversation_id
    page = ConversationPage(context)
    qtbot.addWidget(page)
    page.show_conversation(conversation_id)
    conversations.save_conversation(
        context.ctx, conversation_id, ConversationDraft(shared_summary="Hun samenvatting")
    )
    page.summary.setPlainText("Mijn samenvatting 😀")
    page.private_notes.setPlainText("Mijn werkaantekening")
    _answer(monkeypatch, ConflictChoice.LOAD_THEIRS)
    assert not page.save()
    assert page.summary.text() == "Hun samenvatting"
    clip = QApplication.clipboard().text()
    assert "Mijn samenvatting 😀" in clip and "Mijn werkaantekening" in clip
    stored = conversations.get_conversation(context.ctx, conversation_id)
    assert stored.shared_summary == "Hun samenvatting"


def test_pop_page_saves_mine_over_theirs(
    qtbot: QtBot, context: AppContext, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    plan = pop.create_pop(context.ctx, person, 2026)
    page = PopPage(context)
    qtbot.addWidget(page)
    page.load(plan)
    view = pop.get_pop(context.ctx, plan)
    pop.update_pop(
        context.ctx,
        plan,
        pop.PopDraft(view.period_start, view.period_end, ambition="Hun ambitie", row_version=1),
    )
    page.texts.boxes["ambition"].setPlainText("Mijn ambitie")
    asked = _answer(monkeypatch, ConflictChoice.SAVE_MINE)
    assert page.save()
    assert [e.theirs_version for e in asked] == [2]
    assert pop.get_pop(context.ctx, plan).ambition == "Mijn ambitie"


def test_saving_mine_knowingly_goes_over_the_agreements_too() -> None:
    draft = ConversationDraft(
        agreements=(AgreementDraft("Kantbank", id=4, row_version=2),), row_version=3
    )
    assert conflicts.over(draft, 3, False) == draft
    again = conflicts.over(draft, 5, True)
    assert (again.row_version, again.agreements[0].row_version) == (5, None)
    assert again.agreements[0].text == "Kantbank"


def test_a_put_back_draft_keeps_the_version_it_was_typed_on(
    qtbot: QtBot, context: AppContext, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Text autosaved on version 1 and put back after a crash, while another lead saved
    version 2 meanwhile: saving it asks instead of overwriting."""
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    when = datetime.now().replace(hour=10, minute=0, second=0, microsecond=0) + timedelta(days=3)
    conversation_id = conversations.plan_conversation(
        context.ctx, ConversationPlanDraft(employee_id=person, when=when)
    ).conversation_id
    conversations.save_conversation(
        context.ctx, conversation_id, ConversationDraft(shared_summary="Hun samenvatting")
    )
    page = ConversationPage(context)
    qtbot.addWidget(page)
    page.show_conversation(conversation_id)
    assert page.view is not None and page.view.row_version == 2
    page.apply_draft(ConversationDraft(shared_summary="Van vóór de crash", row_version=1), {})
    asked = _answer(monkeypatch, ConflictChoice.CANCEL)
    assert not page.save()
    assert [(e.mine_version, e.theirs_version) for e in asked] == [(1, 2)]
    assert page.summary.text() == "Van vóór de crash"
    stored = conversations.get_conversation(context.ctx, conversation_id)
    assert stored.shared_summary == "Hun samenvatting"


def test_a_put_back_pop_draft_keeps_the_version_it_was_typed_on(
    qtbot: QtBot, context: AppContext, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The POP page too: its autosave keeps the version the text was typed on, so a draft
    put back after a crash, while someone else saved meanwhile, asks instead of overwriting."""
    from teamlead_app.services.common import drafts

    plan = pop.create_pop(context.ctx, person, 2026)
    page = PopPage(context)
    qtbot.addWidget(page)
    page.load(plan)
    page.texts.boxes["ambition"].setPlainText("Van vóór de crash")
    typed = page.payload()  # what the autosave keeps, typed on version 1
    assert typed["row_version"] == 1
    view = pop.get_pop(context.ctx, plan)
    pop.update_pop(
        context.ctx,
        plan,
        pop.PopDraft(view.period_start, view.period_end, ambition="Hun ambitie", row_version=1),
    )
    # (On the server each lead's drafts stay on their own PC: the other lead's save leaves
    # this one where it was.)
    drafts.save_draft(context.ctx, drafts.POP_DRAFT, plan, typed)
    again = PopPage(context)  # the program after the crash
    qtbot.addWidget(again)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    again.load(plan)
    again._offer_draft()
    assert again.texts.texts()["ambition"] == "Van vóór de crash"
    asked = _answer(monkeypatch, ConflictChoice.CANCEL)
    assert not again.save()
    assert [(e.mine_version, e.theirs_version) for e in asked] == [(1, 2)]
    assert pop.get_pop(context.ctx, plan).ambition == "Hun ambitie"


def test_rotations_page_asks_and_saves_mine(
    qtbot: QtBot, context: AppContext, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    from teamlead_app.services.rotations import schedule as rotations
    from teamlead_app.services.rotations.draft import RotationDraft
    from teamlead_app.ui.pages import rotations_page

    start = date.today() + timedelta(days=7)
    draft = RotationDraft(person, start, start + timedelta(days=4), department="Lakstraat")
    rotation_id = rotations.save_rotation(context.ctx, draft)
    view = rotations.get_rotation(context.ctx, rotation_id)  # the dialog opens on version 1
    rotations.save_rotation(
        context.ctx, replace(draft, department="Hun afdeling", row_version=1), rotation_id
    )
    mine = replace(draft, department="Mijn afdeling 😀", row_version=view.row_version)
    monkeypatch.setattr(rotations_page.RotationDialog, "ask", lambda *a, **k: mine)
    asked = _answer(monkeypatch, ConflictChoice.SAVE_MINE)
    page = rotations_page.RotationsPage(context)
    qtbot.addWidget(page)
    page.edit(view)
    assert [(e.mine_version, e.theirs_version) for e in asked] == [(1, 2)]
    stored = rotations.get_rotation(context.ctx, rotation_id)
    assert (stored.department, stored.row_version) == ("Mijn afdeling 😀", 3)


def test_pairing_form_asks_and_loading_theirs_saves_nothing(
    qtbot: QtBot, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QWidget

    from teamlead_app.services.pairings import pairings
    from teamlead_app.services.pairings.rules import PairingDraft
    from teamlead_app.ui import pairing_flow
    from teamlead_app.ui.dialogs import pairing_dialog
    from tests.services.pairing_helpers import company

    firm = company(ctx)
    draft = PairingDraft(mentor_id=firm.senior, mentee_id=firm.apprentice, start_on=date.today())
    pairing_id = pairings.save_pairing(ctx, draft).id
    view = pairings.get_pairing(ctx, pairing_id)  # the form opens on version 1
    pairings.save_pairing(ctx, replace(draft, checkin_weeks=2, row_version=1), pairing_id)
    mine = replace(draft, checkin_weeks=6, row_version=view.row_version)
    monkeypatch.setattr(pairing_dialog.PairingDialog, "ask", lambda *a, **k: mine)
    asked = _answer(monkeypatch, ConflictChoice.LOAD_THEIRS)
    parent = QWidget()
    qtbot.addWidget(parent)
    assert pairing_flow.ask_pairing(parent, ctx, existing=view) is None
    assert [(e.mine_version, e.theirs_version) for e in asked] == [(1, 2)]
    assert pairings.get_pairing(ctx, pairing_id).checkin_weeks == 2
    assert "6" in QApplication.clipboard().text()
