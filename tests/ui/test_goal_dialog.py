"""The goal dialog: live validation, steps and progress saved through the services, the
confirmation before a goal is closed, explicit reopening, and read-only goals of an evaluated
POP."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.development import goals, pop
from teamlead_app.services.development.goals import GoalDraft, StepDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.ui.dialogs.goal_dialog import GoalDialog

Yes, No = QMessageBox.StandardButton.Yes, QMessageBox.StandardButton.No


@pytest.fixture
def employee(ctx: ServiceContext) -> int:
    return people.save_employee(ctx, EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski"))


def answer(monkeypatch: pytest.MonkeyPatch, reply: QMessageBox.StandardButton) -> list[str]:
    """Answer every question with `reply`; the list collects the questions asked."""
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str, *_a: object, **_k: object) -> object:
        asked.append(text)
        return reply

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def dialog(
    qtbot: QtBot, ctx: ServiceContext, employee: int, goal_id: int | None = None
) -> GoalDialog:
    widget = GoalDialog(None, ctx, employee, goal_id)
    qtbot.addWidget(widget)
    return widget


def ok_enabled(widget: GoalDialog) -> bool:
    return widget.buttons.button(QDialogButtonBox.StandardButton.Ok).isEnabled()


def test_a_goal_without_what_cannot_be_saved(
    qtbot: QtBot, ctx: ServiceContext, employee: int
) -> None:
    widget = dialog(qtbot, ctx, employee)
    assert not ok_enabled(widget)
    assert "'Wat'" in widget.error.text()
    widget.what.setText("   ")
    assert not ok_enabled(widget)
    widget.what.setText("Zelfstandig de kantbank instellen")
    assert ok_enabled(widget)
    assert widget.error.isHidden()


def test_target_before_start_and_bad_dates_disable_ok(
    qtbot: QtBot, ctx: ServiceContext, employee: int
) -> None:
    widget = dialog(qtbot, ctx, employee)
    widget.what.setText("Lascertificaat halen")
    widget.start.setText("01-03-2026")
    widget.target.setText("15-02-2026")
    assert not ok_enabled(widget)
    assert "Streefdatum 15-02-2026 ligt vóór de startdatum 01-03-2026" in widget.error.text()
    widget.target.setText("31-02-2026")
    assert not ok_enabled(widget)
    assert widget.error.text() == widget.tr("'Target date' is not a date; write e.g. 25-11-2026.")
    widget.target.setText("15-09-2026")
    assert ok_enabled(widget)
    widget.steps.add_button.click()
    widget.steps._rows[0].who.setText("Kees")  # a step with a who but no what
    assert not ok_enabled(widget)
    expected = widget.steps.tr("Step {0}: {1}").format(1, "Vul bij 'Wat' de stap in.")
    assert widget.error.text() == expected
    widget.steps._rows[0].what.setText("Meelopen met Kees")
    assert ok_enabled(widget)


def test_new_goal_with_steps_and_progress_is_saved_exactly(
    qtbot: QtBot, ctx: ServiceContext, employee: int
) -> None:
    widget = dialog(qtbot, ctx, employee)
    widget.what.setText("Łukasz leert <b>kantbank</b> & pers 🙂")
    widget.why.setPlainText("Order <i>groei</i> & vervanging van Kees")
    widget.category.setCurrentIndex(widget.category.findData("certificate"))
    widget.success.setPlainText("Zet zelf een serie van 50 stuks")
    widget.start.setText("02-02-2026")
    widget.target.setText("01-10-2026")
    widget.steps.add_button.click()
    row = widget.steps._rows[0]
    row.what.setText("Twee dagen meelopen")
    row.who.setText("Kees de Boer")
    row.when.setText("16-02-2026")
    row.done.setChecked(True)
    widget.steps.add_button.click()
    widget.steps._rows[1].what.setText("Zelf instellen onder toezicht")
    widget.steps.add_button.click()  # a third row left empty is ignored
    widget.progress_line.setText("Eerste keer <b>samen</b> gedaan")
    widget.progress_button.click()
    assert widget.progress.count() == 1
    widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    assert widget.result() == GoalDialog.DialogCode.Accepted
    assert widget.saved_id is not None
    view = goals.get_goal(ctx, widget.saved_id)
    assert view.what == "Łukasz leert <b>kantbank</b> & pers 🙂"
    assert view.why == "Order <i>groei</i> & vervanging van Kees"
    assert (view.category, view.start_date, view.target_date, view.pop_id) == (
        "certificate",
        date(2026, 2, 2),
        date(2026, 10, 1),
        None,
    )
    assert [(s.what, s.who, s.planned_on, s.done) for s in view.steps] == [
        ("Twee dagen meelopen", "Kees de Boer", date(2026, 2, 16), True),
        ("Zelf instellen onder toezicht", "", None, False),
    ]
    assert [line.note for line in view.progress] == ["Eerste keer <b>samen</b> gedaan"]


def test_editing_steps_ticks_updates_and_removes(
    qtbot: QtBot, ctx: ServiceContext, employee: int
) -> None:
    goal = goals.create_goal(ctx, employee, GoalDraft("Heftruck", start_date=date(2026, 1, 5)))
    goals.add_step(ctx, goal, StepDraft("Theorie", "Kees"))
    goals.add_step(ctx, goal, StepDraft("Praktijk"))
    widget = dialog(qtbot, ctx, employee, goal)
    assert [r.what.text() for r in widget.steps._rows] == ["Theorie", "Praktijk"]
    widget.steps._rows[0].done.setChecked(True)
    widget.steps._rows[1].remove.click()
    widget.steps._rows[0].who.setText("Kees de Boer")
    widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    view = goals.get_goal(ctx, goal)
    assert [(s.what, s.who, s.done) for s in view.steps] == [("Theorie", "Kees de Boer", True)]


def test_achieving_asks_first_and_reopening_is_explicit(
    qtbot: QtBot, ctx: ServiceContext, employee: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    goal = goals.create_goal(ctx, employee, GoalDraft("B-VCA", start_date=date(2026, 1, 5)))
    widget = dialog(qtbot, ctx, employee, goal)
    asked = answer(monkeypatch, No)
    achieved = widget.status.findData("achieved")
    widget.status.setCurrentIndex(achieved)
    widget.status.activated.emit(achieved)
    assert len(asked) == 1 and "Bereikt" in asked[0]
    assert widget.status.currentData() == "open"  # refused: back to what it was

    answer(monkeypatch, Yes)
    widget.status.setCurrentIndex(achieved)
    widget.status.activated.emit(achieved)
    widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    view = goals.get_goal(ctx, goal)
    assert (view.status, view.achieved_on) == ("achieved", date.today())

    closed = dialog(qtbot, ctx, employee, goal)
    assert not closed.status.isEnabled()
    assert not closed.reopen_button.isHidden()
    assert "Bereikt" in closed.banner.text()
    answer(monkeypatch, Yes)
    closed.reopen_button.click()
    assert closed.status.isEnabled() and closed.status.currentData() == "in_progress"
    closed.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    view = goals.get_goal(ctx, goal)
    assert (view.status, view.achieved_on) == ("in_progress", None)


def test_new_goal_can_start_achieved_after_confirmation(
    qtbot: QtBot, ctx: ServiceContext, employee: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    answer(monkeypatch, Yes)
    widget = dialog(qtbot, ctx, employee)
    widget.what.setText("Ploegleider vervangen tijdens vakantie")
    widget.steps.add_button.click()
    widget.steps._rows[0].what.setText("Twee weken vervangen")
    index = widget.status.findData("achieved")
    widget.status.setCurrentIndex(index)
    widget.status.activated.emit(index)
    widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert widget.saved_id is not None
    view = goals.get_goal(ctx, widget.saved_id)
    assert view.status == "achieved"
    assert [s.what for s in view.steps] == ["Twee weken vervangen"]


def test_goal_of_an_evaluated_pop_is_read_only(
    qtbot: QtBot, ctx: ServiceContext, employee: int
) -> None:
    plan = pop.create_pop(ctx, employee, 2025)
    goal = goals.create_goal(
        ctx, employee, GoalDraft("Oud doel", start_date=date(2025, 2, 1)), plan
    )
    goals.add_step(ctx, goal, StepDraft("Stap"))
    pop.agree_pop(ctx, plan, "akkoord", date(2025, 2, 1), "paper")
    pop.evaluate_pop(ctx, plan, "Klaar", date(2025, 12, 1))
    widget = dialog(qtbot, ctx, employee, goal)
    assert widget.buttons.button(QDialogButtonBox.StandardButton.Ok) is None
    assert widget.what.isReadOnly() and widget.why.isReadOnly()
    assert not widget.status.isEnabled() and not widget.progress_button.isEnabled()
    assert widget.steps._rows[0].what.isReadOnly()
    assert not widget.banner.isHidden()


def test_tab_runs_through_the_form_then_the_steps_then_the_progress(
    qtbot: QtBot, ctx: ServiceContext, employee: int
) -> None:
    goal = goals.create_goal(ctx, employee, GoalDraft("Heftruck", start_date=date(2026, 1, 5)))
    goals.add_step(ctx, goal, StepDraft("Theorie", "Kees"))
    widget = dialog(qtbot, ctx, employee, goal)
    widget.steps.add_button.click()  # a row added later still sits in its place
    first, added = widget.steps._rows

    def tab_order(start: QWidget, count: int) -> list[QWidget]:
        found: list[QWidget] = []
        current: QWidget | None = start
        while current is not None and len(found) < count:
            current = current.nextInFocusChain()
            if (
                current is not None
                and current.focusPolicy() & Qt.FocusPolicy.TabFocus
                and not current.isHidden()
            ):
                found.append(current)
        return found

    assert tab_order(widget.status, 12) == [
        *first.widgets(),
        *added.widgets(),
        widget.steps.add_button,
        widget.progress_line,  # the (empty, hidden) progress list is skipped
    ]


def test_goal_of_a_signed_pop_shows_the_signed_texts_read_only(
    qtbot: QtBot, ctx: ServiceContext, employee: int
) -> None:
    plan = pop.create_pop(ctx, employee, 2026)
    goal = goals.create_goal(
        ctx,
        employee,
        GoalDraft("TIG-lassen", start_date=date(2026, 1, 5), target_date=date(2026, 9, 1)),
        plan,
    )
    pop.agree_pop(ctx, plan, "akkoord", date(2026, 2, 1), "paper")
    widget = dialog(qtbot, ctx, employee, goal)
    assert widget.what.isReadOnly() and widget.target.isReadOnly()
    assert not widget.category.isEnabled()
    assert "signed POP" in widget.banner.text() and not widget.banner.isHidden()
    assert "Change after signing" in widget.banner.text()  # the UI tests run in English
    # What was not signed stays open: the why, the status, steps and progress.
    assert not widget.why.isReadOnly() and widget.status.isEnabled()
    assert widget.progress_button.isEnabled() and ok_enabled(widget)
    widget.why.setPlainText("Voor de nieuwe kantbank")
    widget.progress_line.setText("Eerste las goed")
    widget.progress_button.click()
    widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    view = goals.get_goal(ctx, goal)
    assert (view.what, view.why, [p.note for p in view.progress]) == (
        "TIG-lassen",
        "Voor de nieuwe kantbank",
        ["Eerste las goed"],
    )
