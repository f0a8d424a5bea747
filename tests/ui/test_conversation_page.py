"""The conversation screen: follow-up of earlier agreements, answers, agreements, sign-off,
draft autosave and recovery, and the employee view without private notes."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from teamlead_app.records.conversations import AgreementDraft, ConversationDraft
from teamlead_app.services.common import drafts
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.people import employees as people
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.employee_view import shared_html
from teamlead_app.ui.pages.conversation_page import ConversationPage


@pytest.fixture
def setup(context: AppContext) -> tuple[int, int]:
    """An employee with a held conversation that made one open agreement, and a planned one."""
    db = context.ctx
    employee_id = people.save_employee(
        db, people.EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski")
    )
    earlier = datetime.now().replace(hour=10, minute=0, second=0, microsecond=0) - timedelta(
        days=30
    )
    first = conversations.log_conversation(
        db, ConversationPlanDraft(employee_id=employee_id, when=earlier)
    ).conversation_id
    conversations.save_conversation(
        db,
        first,
        ConversationDraft(
            agreements=(AgreementDraft("Kantbank leren omstellen", due_date=date.today()),)
        ),
    )
    later = earlier + timedelta(days=31)
    second = conversations.plan_conversation(
        db, ConversationPlanDraft(employee_id=employee_id, when=later)
    ).conversation_id
    return employee_id, second


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> ConversationPage:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    widget = ConversationPage(context)
    qtbot.addWidget(widget)
    return widget


def test_open_agreement_from_earlier_is_followed_up(
    page: ConversationPage, setup: tuple[int, int], context: AppContext
) -> None:
    employee_id, conversation_id = setup
    page.show_conversation(conversation_id)
    rows = page.followups._rows
    assert len(rows) == 1
    _agreement_id, status, comment = rows[0]
    status.setCurrentIndex(status.findData("done"))
    comment.setText("Lukt nu zelfstandig <b>&")
    assert page.save()
    assert conversations.open_agreements(context.ctx, employee_id) == []


def test_answers_notes_agreements_and_signoff_are_saved(
    page: ConversationPage, setup: tuple[int, int], context: AppContext
) -> None:
    _employee_id, conversation_id = setup
    page.show_conversation(conversation_id)
    assert page.answers.boxes, "the template's questions are shown"
    page.answers.boxes[0].setPlainText("Goed 🙂, druk met de order")
    page.summary.setPlainText("Gedeelde samenvatting")
    page.private_notes.setPlainText("Alleen voor mij")
    page.score.setCurrentIndex(page.score.findData(4))
    page.agreements.add_row()
    row = page.agreements._rows[-1]
    row.text.setText("Loopt 2 dagen mee met werkvoorbereiding")
    row.due.setText("15-12-2026")
    page.signoff.held.setChecked(True)
    page.signoff.held_on.set_date(date.today())
    page.signoff.sign_on_screen("akkoord")
    assert page.save()
    view = conversations.get_conversation(context.ctx, conversation_id)
    assert view.status == "held"
    assert view.answers[0].answer == "Goed 🙂, druk met de order"
    assert (view.shared_summary, view.private_notes, view.score) == (
        "Gedeelde samenvatting",
        "Alleen voor mij",
        4,
    )
    assert [a.text for a in view.agreements] == ["Loopt 2 dagen mee met werkvoorbereiding"]
    assert view.agreements[0].due_date == date(2026, 12, 15)
    assert (view.signoff, view.signoff_method) == ("akkoord", "screen")
    assert not page.dirty


def test_typing_autosaves_a_draft_that_is_offered_back(
    qtbot: QtBot,
    page: ConversationPage,
    setup: tuple[int, int],
    context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _employee_id, conversation_id = setup
    page.show_conversation(conversation_id)
    page.summary.setPlainText("Half getypt verslag")
    assert page.dirty
    page.save_draft()
    stored = drafts.load_draft(context.ctx, drafts.CONVERSATION_DRAFT, conversation_id)
    assert stored is not None and stored.payload["shared_summary"] == "Half getypt verslag"
    # The app is killed; a new screen opens the same conversation and offers the text back.
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    fresh = ConversationPage(context)
    qtbot.addWidget(fresh)
    fresh.show_conversation(conversation_id)
    assert fresh.summary.text() == "Half getypt verslag"
    assert fresh.save()
    assert drafts.load_draft(context.ctx, drafts.CONVERSATION_DRAFT, conversation_id) is None


def test_employee_view_never_shows_private_notes(
    setup: tuple[int, int], context: AppContext, page: ConversationPage
) -> None:
    _employee_id, conversation_id = setup
    conversations.save_conversation(
        context.ctx,
        conversation_id,
        ConversationDraft(shared_summary="Samen <b>besproken</b>", private_notes="GEHEIM-123"),
    )
    html = shared_html(conversations.get_conversation(context.ctx, conversation_id))
    assert "GEHEIM-123" not in html
    assert "Samen &lt;b&gt;besproken&lt;/b&gt;" in html


def test_cancelled_conversation_is_read_only(
    page: ConversationPage, setup: tuple[int, int], context: AppContext
) -> None:
    _employee_id, conversation_id = setup
    conversations.cancel_conversation(context.ctx, conversation_id, "afwezig")
    page.show_conversation(conversation_id)
    assert page.summary.isReadOnly()
    assert not page.save_button.isEnabled()
    assert page.banner.isVisibleTo(page)


def test_user_text_in_the_cancelled_banner_is_shown_literally(
    page: ConversationPage, setup: tuple[int, int], context: AppContext
) -> None:
    """A cancel note '<b>&amp;' must not turn the rest of the banner bold and eat the '&amp;'."""
    _employee_id, conversation_id = setup
    note = "Klant <b>&amp; storing 🚨"
    conversations.cancel_conversation(context.ctx, conversation_id, "anders", note)
    page.show_conversation(conversation_id)
    assert note in page.banner.text()
    shown = [label for label in page.findChildren(QLabel) if note in label.text()]
    assert shown, "the cancel note is not on the screen"
    assert all(label.textFormat() == Qt.TextFormat.PlainText for label in shown)


def test_a_date_that_is_no_date_is_named_by_its_field(
    page: ConversationPage, setup: tuple[int, int]
) -> None:
    """Not "a date is not valid": which one, and the cursor goes there."""
    _employee_id, conversation_id = setup
    page.show_conversation(conversation_id)
    page.agreements.add_row()
    page.agreements.add_row()
    page.agreements._rows[0].text.setText("Kantbank")
    page.agreements._rows[1].text.setText("Cursus")
    page.agreements._rows[1].due.setText("31-02-2027")
    assert not page.save()
    assert page.banner.text() == (
        "The date under 'When' of agreement 2 is not a date; write it like 25-11-2026."
    )
    page.agreements._rows[1].due.setText("28-02-2027")
    page.signoff.held.setChecked(True)
    page.signoff.held_on.setText("gisteren")
    assert not page.save()
    assert page.banner.text() == "The date at 'Held' is not a date; write it like 25-11-2026."


def test_leaving_with_unsaved_changes_asks(
    page: ConversationPage, setup: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    _employee_id, conversation_id = setup
    page.show_conversation(conversation_id)
    page.summary.setPlainText("niet opgeslagen")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    assert not page.can_close()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    assert page.can_close()


def test_health_words_give_a_quiet_reminder_but_saving_works(
    page: ConversationPage, setup: tuple[int, int], context: AppContext
) -> None:
    _employee_id, conversation_id = setup
    page.show_conversation(conversation_id)
    assert page.health_hint.isHidden()
    page.private_notes.setPlainText("Was twee weken ziek thuis")
    assert not page.health_hint.isHidden()
    assert "ziekte" in page.health_hint.text()
    assert page.save()


def test_agreement_rows_after_a_removal_do_not_overlap(
    page: ConversationPage, setup: tuple[int, int]
) -> None:
    _employee_id, conversation_id = setup
    page.show_conversation(conversation_id)
    editor = page.agreements
    for text in ("een", "twee"):
        editor.add_row()
        editor._rows[-1].text.setText(text)
    editor._rows[0].remove.click()
    editor.add_row()
    editor._rows[-1].text.setText("drie")
    positions = [editor.grid.getItemPosition(editor.grid.indexOf(r.text))[0] for r in editor._rows]
    assert len(set(positions)) == len(positions)
    assert [d.text for d in editor.drafts()] == ["twee", "drie"]


def test_a_goal_raised_in_the_talk_appears_and_typed_progress_stays(
    page: ConversationPage,
    setup: tuple[int, int],
    context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from teamlead_app.services.development import goals
    from teamlead_app.ui.dialogs.goal_dialog import GoalDialog

    employee_id, conversation_id = setup
    first = goals.create_goal(context.ctx, employee_id, goals.GoalDraft(what="TIG-lassen"))
    page.show_conversation(conversation_id)
    page.goals._lines[0][1].setText("Eerste las gelukt")

    def fake_ask(_parent, db, employee, goal_id=None, pop_id=None):  # type: ignore[no-untyped-def]
        return goals.create_goal(db, employee, goals.GoalDraft(what="Kantbank omstellen"))

    monkeypatch.setattr(GoalDialog, "ask", staticmethod(fake_ask))
    page.goals.new_button.click()
    shown = {goal.what: line.text() for goal, line in page.goals._lines}
    assert shown == {"TIG-lassen": "Eerste las gelukt", "Kantbank omstellen": ""}
    assert page.save()
    [view] = [
        g for g in goals.active_goals(context.ctx, employee_id, conversation_id) if g.id == first
    ]
    assert view.this_conversation_note == "Eerste las gelukt"


def test_the_autosave_timer_writes_nothing_back_after_a_deletion(
    qtbot: QtBot, page: ConversationPage, setup: tuple[int, int], context: AppContext
) -> None:
    from teamlead_app.data.models import Draft, Employee

    employee_id, conversation_id = setup
    page.show_conversation(conversation_id)
    page.private_notes.setPlainText("Getypt vlak voor het verwijderen")
    assert page.dirty and page.drafts.timer.isActive()
    with context.ctx.sessions.begin() as session:  # the retention deletes the person meanwhile
        session.delete(session.get(Employee, employee_id))
    page.drafts.timer.timeout.emit()  # the timer fires: no traceback, nothing written
    with context.ctx.sessions() as session:
        assert session.query(Draft).count() == 0
    assert not page.drafts.timer.isActive()
    assert page.status_line.text() == page.tr("This conversation no longer exists.")


def test_steady_typing_is_kept_every_few_seconds_not_only_after_a_pause(
    qtbot: QtBot, page: ConversationPage, setup: tuple[int, int], context: AppContext
) -> None:
    """The same safety net as the POP page (one DraftKeeper): a keystroke does not push the
    autosave back, so someone who types without pausing still has a draft after 3 seconds."""
    _employee_id, conversation_id = setup
    page.show_conversation(conversation_id)
    page.drafts.timer.setInterval(400)
    page.summary.setPlainText("Eerste")
    assert page.drafts.timer.isActive()
    qtbot.wait(150)
    page.summary.setPlainText("Eerste woorden")  # still typing
    assert page.drafts.timer.remainingTime() < 300
    qtbot.waitUntil(
        lambda: (
            drafts.load_draft(context.ctx, drafts.CONVERSATION_DRAFT, conversation_id) is not None
        ),
        timeout=2000,
    )


def test_an_autosave_the_database_refuses_is_said_in_the_status_line(
    page: ConversationPage, setup: tuple[int, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    """Autosave runs every few seconds: a refusal (another lead's draft on a company server,
    a full disk) is said quietly on the page, never a message box every three seconds."""
    from teamlead_app.errors import StorageError
    from teamlead_app.services.common import drafts as draft_service

    def refuse(*_args: object) -> None:
        raise StorageError("Er staat nog een niet-opgeslagen concept van een andere leidinggevende")

    _employee_id, conversation_id = setup
    page.show_conversation(conversation_id)
    page.summary.setPlainText("Half getypt")
    monkeypatch.setattr(draft_service, "save_draft", refuse)
    page.save_draft()
    assert "andere leidinggevende" in page.status_line.text()
    assert page.dirty and not page.drafts.timer.isActive()


def test_a_previous_leads_working_note_is_an_empty_read_only_box_saying_so(
    page: ConversationPage, setup: tuple[int, int], context: AppContext
) -> None:
    """On the company server after a hand-over (data/server_roles.py), the private note and
    score of a talk the previous lead held are not readable: the screen opens, the box says
    why and cannot be typed in, the score cannot be set; the shared part still saves."""
    _employee_id, conversation_id = setup
    context.ctx.db.private_check = lambda _session, _cid: True
    page.show_conversation(conversation_id)
    assert page.private_notes.placeholderText() == "Working note of a previous lead: not visible"
    assert page.private_notes.isReadOnly() and not page.score.isEnabled()
    assert not page.summary.isReadOnly()
    context.ctx.db.private_check = None
    page.show_conversation(conversation_id)
    assert page.private_notes.placeholderText() == ""
    assert not page.private_notes.isReadOnly() and page.score.isEnabled()
