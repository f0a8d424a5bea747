"""Onboarding a newcomer in the GUI: adding a BBL apprentice offers the onboarding form (talks
at weeks 1, 2, 4, 6 and months 3, 6, 12 that move with the first working day, the checklist
of the kind, the first-year goals), saved with one call, then the pairing form opens with the
apprentice and "leermeester" filled in. The profile shows the plan: a talk opens in the
ordinary conversation screen, a checklist tick is one call, the plan prints."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from pytestqt.qtbot import QtBot

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.pairings import onboarding_plan, pairings
from teamlead_app.services.pairings.onboarding_plan import propose_onboarding
from teamlead_app.services.pairings.onboarding_views import onboarding_plan as read_plan
from teamlead_app.services.pairings.rules import PairingDraft
from teamlead_app.services.people import employees as people
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.onboarding_dialog import OnboardingDialog
from teamlead_app.ui.dialogs.pairing_dialog import PairingDialog
from teamlead_app.ui.pairing_flow import offer_if_newcomer
from teamlead_app.ui.widgets.onboarding_box import OnboardingBox
from tests.services.pairing_helpers import Company, company, person
from tests.ui.conftest import FakeNav

START = date(2027, 1, 4)


@pytest.fixture
def firm(ctx: ServiceContext) -> Company:
    return company(ctx)


def _newcomer(ctx: ServiceContext, firm: Company, kind: str = "bbl") -> int:
    who = person(ctx, "Ömer", "Kılıç", firm.team, kind=kind)
    draft = people.get_employee(ctx, who).draft
    people.save_employee(ctx, type(draft)(**{**draft.__dict__, "date_in_service": START}), who)
    return who


def test_the_form_moves_the_talks_with_the_first_working_day(
    qtbot: QtBot, ctx: ServiceContext, firm: Company
) -> None:
    who = _newcomer(ctx, firm)
    dialog = OnboardingDialog(None, propose_onboarding(ctx, who))
    qtbot.addWidget(dialog)
    assert [check.text() for _c, check, _d, _n in dialog._rows] == [
        "Week 1",
        "Week 2",
        "Week 4",
        "Week 6",
        "Maand 3",
        "Maand 6",
        "Maand 12",
    ]
    assert dialog._rows[0][2].date() == date(2027, 1, 8)
    assert "Praktijkopleider (leermeester) aangewezen" in dialog.checklist.toPlainText()
    assert dialog.goals.count() == 2  # Kantbank and TIG: no levels yet
    from PySide6.QtCore import Qt

    dialog.goals.item(0).setCheckState(Qt.CheckState.Unchecked)
    assert dialog.draft().goal_skill_ids == (firm.tig,)
    dialog.start.set_date(date(2027, 2, 1))
    assert dialog._rows[0][2].date() == date(2027, 2, 5)
    dialog._rows[1][1].setChecked(False)
    draft = dialog.draft()
    assert [t.code for t in draft.talks] == [
        "week_1",
        "week_4",
        "week_6",
        "month_3",
        "month_6",
        "month_12",
    ]
    assert dialog.plan_button.isEnabled()
    for _code, check, _day, _note in dialog._rows:
        check.setChecked(False)
    assert not dialog.plan_button.isEnabled()
    assert "at least one" in dialog.error.text()


def test_adding_an_apprentice_offers_the_plan_then_the_buddy(
    qtbot: QtBot, ctx: ServiceContext, firm: Company, monkeypatch: pytest.MonkeyPatch
) -> None:
    who = _newcomer(ctx, firm)
    starts: list[Any] = []
    real = onboarding_plan.start_onboarding

    def ask_plan(cls: Any, parent: Any, proposal: Any) -> Any:
        dialog = OnboardingDialog(None, proposal)
        qtbot.addWidget(dialog)
        return dialog.draft()

    def counting(*args: Any, **kwargs: Any) -> Any:
        starts.append(args)
        return real(*args, **kwargs)

    asked_pairing: list[dict[str, Any]] = []

    def ask_pair(cls: Any, *args: Any, **kwargs: Any) -> PairingDraft:
        asked_pairing.append(kwargs)
        return PairingDraft(firm.senior, kwargs["mentee_id"], START, kwargs["kind"])

    monkeypatch.setattr(OnboardingDialog, "ask", classmethod(ask_plan))
    monkeypatch.setattr(onboarding_plan, "start_onboarding", counting)
    monkeypatch.setattr(PairingDialog, "ask", classmethod(ask_pair))
    monkeypatch.setattr("teamlead_app.ui.pairing_flow.QMessageBox.information", lambda *a: None)
    assert offer_if_newcomer(None, ctx, who)  # type: ignore[arg-type]
    assert len(starts) == 1
    assert asked_pairing[0]["mentee_id"] == who and asked_pairing[0]["kind"] == "leermeester"
    plan = read_plan(ctx, who)
    assert plan is not None and len(plan.talks) == 7
    assert plan.buddy is not None and plan.buddy.mentor == "Łukasz Wiśniewski"
    # offered once: a second time there is a plan already
    assert not offer_if_newcomer(None, ctx, who)  # type: ignore[arg-type]


def test_an_ordinary_employee_is_not_offered_a_plan(
    qtbot: QtBot, ctx: ServiceContext, firm: Company, monkeypatch: pytest.MonkeyPatch
) -> None:
    shown: list[Any] = []
    monkeypatch.setattr(OnboardingDialog, "ask", classmethod(lambda cls, *a: shown.append(a)))
    assert not offer_if_newcomer(None, ctx, firm.colleague)  # type: ignore[arg-type]
    assert shown == []


def test_the_profile_box_opens_talks_ticks_and_prints(
    qtbot: QtBot,
    context: AppContext,
    nav: FakeNav,
    ctx: ServiceContext,
    firm: Company,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    who = _newcomer(ctx, firm)
    from PySide6.QtWidgets import QWidget

    holder = QWidget()  # never shown: the box is not a window of its own
    qtbot.addWidget(holder)
    box = OnboardingBox(context)
    box.setParent(holder)
    box.show_employee(who, "bbl", "medior", archived=False)
    assert not box.isHidden() and box.plan_button.isVisibleTo(box)
    assert "No onboarding plan yet" in box.empty.text()
    proposal = propose_onboarding(ctx, who)
    dialog = OnboardingDialog(None, proposal)
    qtbot.addWidget(dialog)
    onboarding_plan.start_onboarding(ctx, dialog.draft())
    box.show_employee(who, "bbl", "medior", archived=False)
    assert box.talks.count() == 7
    assert box.talks.item(0).text() == "Week 1 · 08-01-2027 · Gepland"
    assert box.buddy.text() == "No buddy yet." and box.buddy_button.isVisibleTo(box)
    box.talks.itemActivated.emit(box.talks.item(0))
    assert nav.calls[-1][0] == "conversation"
    calls: list[Any] = []
    real = onboarding_plan.set_task_done
    monkeypatch.setattr(
        onboarding_plan, "set_task_done", lambda *a, **k: (calls.append(a), real(*a, **k))
    )
    from PySide6.QtCore import Qt

    box.tasks.item(0).setCheckState(Qt.CheckState.Checked)
    assert len(calls) == 1
    plan = read_plan(ctx, who)
    assert plan is not None and plan.tasks[0].done_on == date.today()
    target = tmp_path / "plan.pdf"
    monkeypatch.setattr("teamlead_app.ui.printing.ask_save_path", lambda *a: target)
    box.print_button.click()
    assert target.read_bytes().startswith(b"%PDF")
    pairings.save_pairing(ctx, PairingDraft(firm.senior, who, START, "leermeester"))
    box.show_employee(who, "bbl", "medior", archived=False)
    assert box.buddy.text().startswith("Leermeester / praktijkopleider: Łukasz Wiśniewski")
    assert not box.buddy_button.isVisibleTo(box)
    # someone who is not new and has no plan: no box
    box.show_employee(firm.colleague, "medewerker", "senior", archived=False)
    assert box.isHidden()
