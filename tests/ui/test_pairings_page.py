"""The Begeleiding page: pairings with the mentor's buddy training and the last check-in, a
status filter, an empty state that says what to do; the pairing dialog (suggestions with their
reasons fill the mentor, the rules live: the mentee's own team leader is refused and blocks
saving with the reason); one service call per save; check-ins, ending and stopping; the card.
Modal dialogs are never shown: `ask` is patched, or the dialog is driven without exec."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.pairings import pairings
from teamlead_app.services.pairings import suggestions as pairing_suggestions
from teamlead_app.services.pairings.rules import PairingDraft
from teamlead_app.services.people import employees as people
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.pairing_checkin_dialog import (
    CheckinDialog,
    CheckinDraft,
    EndDraft,
    EndPairingDialog,
)
from teamlead_app.ui.dialogs.pairing_dialog import PairingDialog
from teamlead_app.ui.pages.pairings_page import PairingsPage
from tests.services.pairing_helpers import Company, company

TODAY = date.today()


@pytest.fixture
def firm(ctx: ServiceContext) -> Company:
    return company(ctx)


def _page(qtbot: QtBot, context: AppContext) -> PairingsPage:
    page = PairingsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    return page


def _dialog(qtbot: QtBot, page: PairingsPage) -> PairingDialog:
    staff = [(e.id, e.list_name) for e in people.list_employees(page.context.ctx)]
    db = page.context.ctx
    dialog = PairingDialog(
        page,
        staff,
        page._trained,
        lambda mentee, kind: pairing_suggestions.suggest(db, mentee, kind),
        lambda draft: pairings.check_draft(db, draft),
    )
    qtbot.addWidget(dialog)
    return dialog


def test_list_with_training_mark_and_last_checkin(
    qtbot: QtBot,
    context: AppContext,
    ctx: ServiceContext,
    firm: Company,
    qtmodeltester: ModelTester,
) -> None:
    pairings.add_buddy_training(ctx, firm.senior, date(2025, 3, 12), "Vakschool <b>&")
    start = TODAY - timedelta(days=20)
    saved = pairings.save_pairing(
        ctx, PairingDraft(firm.senior, firm.apprentice, start, "leermeester", status="actief")
    )
    pairings.add_checkin(ctx, saved.id, start + timedelta(days=7), "Gaat goed 👍", shared=False)
    page = _page(qtbot, context)
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 1
    texts = [page.model.index(0, c).data() for c in range(page.model.columnCount())]
    assert texts[0] == "Sem Bakker"
    assert texts[1] == "Łukasz Wiśniewski · buddy training ✓"
    assert "Vakschool <b>&" in page.model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert texts[2:4] == ["Leermeester / praktijkopleider", "Actief"]
    assert texts[6] == (start + timedelta(days=7)).strftime("%d-%m-%Y")
    assert "Gaat goed 👍" in page.details.text() and "private" in page.details.text()
    assert page.checkin_button.isEnabled() and page.end_button.isEnabled()


def test_empty_state_and_status_filter(
    qtbot: QtBot, context: AppContext, ctx: ServiceContext, firm: Company
) -> None:
    page = _page(qtbot, context)
    assert page.table.isHidden() and "New pairing" in page.empty.text()
    assert not page.checkin_button.isEnabled() and not page.print_button.isEnabled()
    pairings.save_pairing(ctx, PairingDraft(firm.senior, firm.apprentice, TODAY))
    page.status.setCurrentIndex(page.status.findData("actief"))
    assert page.table.isHidden() and "All statuses" in page.empty.text()
    page.status.setCurrentIndex(page.status.findData("voorgesteld"))
    assert not page.table.isHidden() and page.model.rowCount() == 1
    assert page.checkin_button.isEnabled() and page.end_button.isEnabled()
    later = pairings.save_pairing(
        ctx, PairingDraft(firm.colleague, firm.apprentice, TODAY + timedelta(days=14))
    )
    page.reload(select_id=later.id)
    assert page._current() is not None and page._current().id == later.id
    assert not page.checkin_button.isEnabled()  # not started yet: no check-in to hold
    assert page.end_button.isEnabled()


def test_own_team_leader_is_refused_and_blocks_saving(
    qtbot: QtBot, context: AppContext, firm: Company
) -> None:
    page = _page(qtbot, context)
    dialog = _dialog(qtbot, page)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled() and "Choose the mentee" in dialog.error.text()
    dialog.mentee.setCurrentIndex(dialog.mentee.findData(firm.apprentice))
    dialog.mentor.setCurrentIndex(dialog.mentor.findData(firm.leader))
    text = dialog.findings.text()
    assert not save.isEnabled()
    assert "Not possible:" in text and "#b3261e" in text
    assert "Henk de Vries is ploegleider van team Assemblage" in text
    dialog.mentor.setCurrentIndex(dialog.mentor.findData(firm.senior))
    assert save.isEnabled()
    assert "Not possible" not in dialog.findings.text()
    assert "buddytraining" in dialog.findings.text()  # a warning, amber, saving allowed
    assert "#8a5300" in dialog.findings.text()


def test_a_suggestion_with_its_reasons_fills_the_mentor(
    qtbot: QtBot, context: AppContext, firm: Company
) -> None:
    page = _page(qtbot, context)
    dialog = _dialog(qtbot, page)
    assert "Choose the mentee" in dialog.suggestions.item(0).text()
    dialog.mentee.setCurrentIndex(dialog.mentee.findData(firm.apprentice))
    first = dialog.suggestions.item(0)
    assert first.text().startswith("Łukasz Wiśniewski\n")
    assert "Niveau U of O in 2 van 2 leerpunten: Kantbank <b>& (O)" in first.text()
    assert all("Henk" not in dialog.suggestions.item(i).text() for i in range(3))
    dialog.suggestions.itemActivated.emit(first)  # Enter / double-click
    assert dialog.mentor.currentData() == firm.senior
    draft = dialog.draft()
    assert (draft.mentee_id, draft.mentor_id, draft.kind) == (firm.apprentice, firm.senior, "buddy")


def test_an_empty_suggestion_list_says_why(
    qtbot: QtBot, context: AppContext, firm: Company
) -> None:
    page = _page(qtbot, context)
    dialog = _dialog(qtbot, page)
    # Ayşe holds both skills her function asks at U or higher: no gap skills, said so.
    dialog.mentee.setCurrentIndex(dialog.mentee.findData(firm.welder))
    assert dialog.suggestions.count() == 1
    item = dialog.suggestions.item(0)
    assert item.data(Qt.ItemDataRole.UserRole) is None
    assert "leerpunt" in item.text() or "gap" in item.text()
    dialog.suggestions.itemActivated.emit(item)  # nothing to fill
    assert dialog.mentor.currentData() is None


def test_saving_makes_one_service_call(
    qtbot: QtBot,
    context: AppContext,
    firm: Company,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, context)
    draft = PairingDraft(firm.senior, firm.apprentice, TODAY, "leermeester")
    monkeypatch.setattr(PairingDialog, "ask", classmethod(lambda cls, *a, **k: draft))
    calls: list[Any] = []
    real = pairings.save_pairing

    def counting(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return real(*args, **kwargs)

    monkeypatch.setattr(pairings, "save_pairing", counting)
    page.new_button.click()
    assert len(calls) == 1 and calls[0][1] == draft
    assert page.model.rowCount() == 1
    assert page.model.index(0, 3).data() == "Voorgesteld"


def test_a_checkin_appears_and_stopping_needs_a_reason(
    qtbot: QtBot,
    context: AppContext,
    ctx: ServiceContext,
    firm: Company,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    start = TODAY - timedelta(days=30)
    pairings.save_pairing(ctx, PairingDraft(firm.senior, firm.apprentice, start, status="actief"))
    page = _page(qtbot, context)
    assert page.model.index(0, 6).data() == ""
    asked: list[Any] = []

    def ask_checkin(cls: Any, *args: Any) -> CheckinDraft:
        asked.append(args)
        return CheckinDraft(TODAY, "Eerste week: <b>& prima", True)

    monkeypatch.setattr(CheckinDialog, "ask", classmethod(ask_checkin))
    page.checkin_button.click()
    assert page.model.index(0, 6).data() == TODAY.strftime("%d-%m-%Y")
    assert "Eerste week: <b>& prima" in page.details.text()
    assert asked[0][2].startswith("Sem Bakker with mentor Łukasz Wiśniewski (Buddy, since ")

    checkin = CheckinDialog(page, start)
    qtbot.addWidget(checkin)
    checkin.held_on.set_date(start - timedelta(days=1))
    assert not checkin.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    assert "before the pairing started" in checkin.error.text()

    end = EndPairingDialog(page, start)
    qtbot.addWidget(end)
    save = end.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled()  # afgerond: no reason needed
    end.status.setCurrentIndex(end.status.findData("gestopt"))
    assert not save.isEnabled() and "Give a reason" in end.error.text()
    end.reason.setText("Verhuist naar Groningen")
    assert save.isEnabled()
    monkeypatch.setattr(EndPairingDialog, "ask", classmethod(lambda cls, *a, **k: end.draft()))
    page.end_button.click()
    assert page.model.index(0, 3).data() == "Gestopt"
    assert "Verhuist naar Groningen" in page.details.text()
    assert not page.checkin_button.isEnabled() and not page.end_button.isEnabled()
    assert isinstance(end.draft(), EndDraft)


def test_print_the_pairing_card(
    qtbot: QtBot,
    context: AppContext,
    ctx: ServiceContext,
    firm: Company,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    pairings.save_pairing(ctx, PairingDraft(firm.senior, firm.apprentice, TODAY))
    page = _page(qtbot, context)
    target = tmp_path / "kaart.pdf"
    monkeypatch.setattr("teamlead_app.ui.printing.ask_save_path", lambda *a: target)
    page.print_button.click()
    assert target.read_bytes().startswith(b"%PDF")


def test_change_activate_and_stop_a_proposal_before_its_start(
    qtbot: QtBot,
    context: AppContext,
    ctx: ServiceContext,
    firm: Company,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    later = TODAY + timedelta(days=40)
    saved = pairings.save_pairing(ctx, PairingDraft(firm.senior, firm.apprentice, later))
    page = _page(qtbot, context)
    assert page.edit_button.isEnabled() and page.activate_button.isEnabled()
    assert not page.checkin_button.isEnabled()  # not started yet

    # the form opens filled with the pairing; the mentee is fixed
    existing = pairings.get_pairing(ctx, saved.id)
    staff = [(e.id, e.list_name) for e in people.list_employees(ctx)]
    form = PairingDialog(
        page,
        staff,
        {},
        lambda mentee, kind: pairing_suggestions.suggest(ctx, mentee, kind),
        lambda draft: pairings.check_draft(ctx, draft, saved.id),
        existing=existing,
    )
    qtbot.addWidget(form)
    assert form.windowTitle() == "Change pairing"
    assert (form.mentee.currentData(), form.mentor.currentData()) == (firm.apprentice, firm.senior)
    assert not form.mentee.isEnabled() and form.start.date() == later
    form.mentor.setCurrentIndex(form.mentor.findData(firm.leader))
    assert not form.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    form.mentor.setCurrentIndex(form.mentor.findData(firm.colleague))
    form.weeks.setValue(2)
    changed = form.draft()
    monkeypatch.setattr(PairingDialog, "ask", classmethod(lambda cls, *a, **k: changed))
    page.edit_button.click()
    view = pairings.get_pairing(ctx, saved.id)
    assert (view.mentor_id, view.checkin_weeks, view.status) == (firm.colleague, 2, "voorgesteld")
    assert len(pairings.list_pairings(ctx)) == 1

    # stopping the proposal before its start: only "gestopt", a date before the start is fine
    end = EndPairingDialog(page, later, proposed=True)
    qtbot.addWidget(end)
    assert [end.status.itemData(i) for i in range(end.status.count())] == ["gestopt"]
    end.reason.setText("Gaat niet door")
    assert end.buttons.button(QDialogButtonBox.StandardButton.Save).isEnabled()
    other = pairings.save_pairing(ctx, PairingDraft(firm.welder, firm.apprentice, later))
    page.reload(select_id=saved.id)
    page.activate_button.click()
    assert pairings.get_pairing(ctx, saved.id).status == "actief"
    assert not page.activate_button.isEnabled()
    page.reload(select_id=other.id)
    monkeypatch.setattr(EndPairingDialog, "ask", classmethod(lambda cls, *a, **k: end.draft()))
    page.end_button.click()
    stopped = pairings.get_pairing(ctx, other.id)
    assert (stopped.status, stopped.ended_on) == ("gestopt", TODAY)


def test_the_default_end_follows_the_start(
    qtbot: QtBot, context: AppContext, firm: Company
) -> None:
    page = _page(qtbot, context)
    dialog = _dialog(qtbot, page)
    dialog.start.set_date(date(2026, 11, 30))
    assert dialog.end.date() == date(2027, 5, 30)
    dialog.end.set_date(date(2027, 9, 1))  # chosen by hand: stays
    dialog.start.set_date(date(2026, 12, 7))
    assert dialog.end.date() == date(2027, 9, 1)


def test_team_leaders_from_the_teams_own_people(
    qtbot: QtBot,
    context: AppContext,
    ctx: ServiceContext,
    firm: Company,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from teamlead_app.ui.dialogs.guidance_people_dialog import TeamLeadersDialog

    page = _page(qtbot, context)
    staff = page._staff()
    teams = [(t.id, t.name) for t in people.list_teams(ctx)]
    dialog = TeamLeadersDialog(page, teams, staff, pairings.list_team_leaders(ctx))
    qtbot.addWidget(dialog)
    dialog.team.setCurrentIndex(dialog.team.findData(firm.team))
    names = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Ayşe Yılmaz" not in " ".join(names)  # another team's welder is not offered
    assert dialog.draft().leaders == ((firm.leader, "ploegleider"),)
    row = names.index("Wiśniewski, Łukasz")
    combo = dialog.table.cellWidget(row, 1)
    combo.setCurrentIndex(combo.findData("meewerkend_voorman"))
    draft = dialog.draft()
    monkeypatch.setattr(TeamLeadersDialog, "ask", classmethod(lambda cls, *a: draft))
    page.leaders_button.click()
    assert {(v.employee_id, v.role) for v in pairings.list_team_leaders(ctx, firm.team)} == {
        (firm.leader, "ploegleider"),
        (firm.senior, "meewerkend_voorman"),
    }
    # now the senior leads the apprentice's team: refused as mentor
    check = pairings.check_draft(ctx, PairingDraft(firm.senior, firm.apprentice, TODAY))
    assert check.refused


def test_buddy_training_is_recorded_and_marked(
    qtbot: QtBot,
    context: AppContext,
    ctx: ServiceContext,
    firm: Company,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from teamlead_app.ui.dialogs.guidance_people_dialog import BuddyTrainingDialog

    page = _page(qtbot, context)
    dialog = BuddyTrainingDialog(page, page._staff(), page._trained)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled() and "Choose the person" in dialog.error.text()
    dialog.person.setCurrentIndex(dialog.person.findData(firm.colleague))
    assert not save.isEnabled() and "Fill in how" in dialog.error.text()
    dialog.on.set_date(TODAY + timedelta(days=3))
    dialog.how.setText("Drie dagen op de vakschool <b>&")
    assert not save.isEnabled() and "future" in dialog.error.text()
    dialog.on.set_date(date(2025, 9, 1))
    assert save.isEnabled()
    draft = dialog.draft()
    monkeypatch.setattr(BuddyTrainingDialog, "ask", classmethod(lambda cls, *a: draft))
    page.training_button.click()
    [training] = pairings.buddy_trainings(ctx, [firm.colleague])
    assert (training.trained_on, training.how) == (
        date(2025, 9, 1),
        "Drie dagen op de vakschool <b>&",
    )
    assert firm.colleague in page._trained


def test_a_new_pairing_works_on_the_mentees_gap_skills(
    qtbot: QtBot, context: AppContext, firm: Company
) -> None:
    page = _page(qtbot, context)
    dialog = _dialog(qtbot, page)
    dialog.mentee.setCurrentIndex(dialog.mentee.findData(firm.apprentice))
    assert dialog.focus.text() == "Kantbank <b>&, TIG-lassen"
    dialog.mentor.setCurrentIndex(dialog.mentor.findData(firm.senior))
    assert dialog.draft().focus_skill_ids == (firm.kantbank, firm.tig)
