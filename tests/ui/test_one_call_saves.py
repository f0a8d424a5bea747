"""The screens hand a whole draft to one service call: the goal dialog's OK and the
conversation page's Save each make exactly one call, and a refused save writes nothing."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtWidgets import QComboBox, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from teamlead_app.data.context import ServiceContext
from teamlead_app.records.conversations import GoalProgressDraft
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.development import goals
from teamlead_app.services.development.goals import GoalDraft, StepDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.goal_dialog import GoalDialog
from teamlead_app.ui.pages.conversation_page import ConversationPage

GOAL_WRITES = (
    "create_goal",
    "update_goal",
    "set_goal_status",
    "take_into_pop",
    "add_step",
    "update_step",
    "mark_step_done",
    "remove_step",
    "add_progress",
    "remove_progress",
    "save_goal",
)


def record_calls(monkeypatch: pytest.MonkeyPatch, module: Any, names: tuple[str, ...]) -> list[str]:
    """Let every named function of `module` run as before, noting each call."""
    calls: list[str] = []

    def wrap(name: str, real: Callable[..., Any]) -> Callable[..., Any]:
        def wrapper(*args: Any, **kwargs: Any) -> Any:
            calls.append(name)
            return real(*args, **kwargs)

        return wrapper

    for name in names:
        monkeypatch.setattr(module, name, wrap(name, getattr(module, name)))
    return calls


@pytest.fixture
def employee(ctx: ServiceContext) -> int:
    return people.save_employee(ctx, EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski"))


def test_the_goal_dialog_makes_exactly_one_service_call_on_ok(
    qtbot: QtBot, ctx: ServiceContext, employee: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    goal = goals.create_goal(ctx, employee, GoalDraft("Heftruck", start_date=date(2026, 1, 5)))
    goals.add_step(ctx, goal, StepDraft("Theorie", "Kees"))
    goals.add_step(ctx, goal, StepDraft("Praktijk"))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    widget = GoalDialog(None, ctx, employee, goal)
    qtbot.addWidget(widget)
    calls = record_calls(monkeypatch, goals, GOAL_WRITES)
    widget.what.setText("Heftruck en <b>reachtruck</b> 🙂")
    widget.steps._rows[0].done.setChecked(True)
    widget.steps._rows[1].remove.click()
    widget.steps.add_button.click()
    widget.steps._rows[1].what.setText("Examen")
    widget.progress_line.setText("Theorie gehaald")
    widget.progress_button.click()
    achieved = widget.status.findData("achieved")
    widget.status.setCurrentIndex(achieved)
    widget.status.activated.emit(achieved)
    widget.buttons.button(QDialogButtonBox.StandardButton.Ok).click()

    assert calls == ["save_goal"]
    assert widget.result() == GoalDialog.DialogCode.Accepted and widget.saved_id == goal
    view = goals.get_goal(ctx, goal)
    assert (view.what, view.status) == ("Heftruck en <b>reachtruck</b> 🙂", "achieved")
    assert [(s.what, s.done) for s in view.steps] == [("Theorie", True), ("Examen", False)]
    assert [p.note for p in view.progress] == ["Theorie gehaald"]


def test_a_step_dated_before_the_start_is_refused_live_and_nothing_is_written(
    qtbot: QtBot, ctx: ServiceContext, employee: int
) -> None:
    goal = goals.create_goal(ctx, employee, GoalDraft("Heftruck", start_date=date(2026, 3, 1)))
    goals.add_step(ctx, goal, StepDraft("Theorie"))
    before = goals.get_goal(ctx, goal)
    widget = GoalDialog(None, ctx, employee, goal)
    qtbot.addWidget(widget)
    widget.what.setText("Heftruck en reachtruck")
    widget.steps._rows[0].remove.click()
    widget.steps.add_button.click()
    widget.steps._rows[0].what.setText("Examen")
    widget.steps._rows[0].when.setText("27-02-2026")  # before the goal's start
    widget.progress_line.setText("Theorie gehaald")
    widget.progress_button.click()
    ok = widget.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    widget._save()  # Enter on a disabled OK: still nothing is written

    assert widget.result() != GoalDialog.DialogCode.Accepted
    assert "Stap 1" in widget.error.text() and "27-02-2026" in widget.error.text()
    assert goals.get_goal(ctx, goal) == before
    assert widget.what.text() == "Heftruck en reachtruck"
    assert widget.draft().progress == ("Theorie gehaald",)
    widget.steps._rows[0].when.setText("27-03-2026")  # fixed: OK saves all of it
    assert ok.isEnabled()
    ok.click()
    view = goals.get_goal(ctx, goal)
    assert [s.what for s in view.steps] == ["Examen"]
    assert [p.note for p in view.progress] == ["Theorie gehaald"]


def test_the_conversation_page_saves_with_the_goal_progress_in_one_call(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    db = context.ctx
    employee = people.save_employee(db, EmployeeDraft(first_name="Łukasz", last_name="Wiś"))
    goal = goals.create_goal(db, employee, GoalDraft(what="TIG-lassen"))
    when = datetime.now().replace(hour=10, minute=0, second=0, microsecond=0) + timedelta(days=3)
    cid = conversations.plan_conversation(db, ConversationPlanDraft(employee, when)).conversation_id
    page = ConversationPage(context)
    qtbot.addWidget(page)
    page.show_conversation(cid)
    page.summary.setPlainText("Samenvatting")
    page.goals._lines[0][1].setText("Eerste las <b>gelukt</b> 🙂")
    saved: list[Any] = []
    real = conversations.save_conversation

    def save(*args: Any, **kwargs: Any) -> tuple[str, ...]:
        saved.append(args[2])
        return real(*args, **kwargs)

    monkeypatch.setattr(conversations, "save_conversation", save)
    calls = record_calls(monkeypatch, goals, GOAL_WRITES)
    assert page.save()

    assert calls == [] and len(saved) == 1
    assert saved[0].goal_progress == (GoalProgressDraft(goal, "Eerste las <b>gelukt</b> 🙂"),)
    [active] = goals.active_goals(db, employee, cid)
    assert active.this_conversation_note == "Eerste las <b>gelukt</b> 🙂"


def test_the_skill_dialog_saves_the_skill_and_its_levels_in_one_call(
    qtbot: QtBot, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a new database the listed functions are not stored yet: before, the skill was
    saved and the first "not required" function then failed, leaving the skill half made."""
    from teamlead_app.services.skills import knowledge
    from teamlead_app.services.skills import levels as skills
    from teamlead_app.ui.dialogs.skills_dialog import SkillEditDialog

    widget = SkillEditDialog(None, ctx, None, None)
    qtbot.addWidget(widget)
    widget.name.setText("Kantbank <b>&</b> 🙂")
    functions = [widget.required.item(row, 0).text() for row in range(widget.required.rowCount())]
    combo = widget.required.cellWidget(functions.index("Lasser"), 1)
    assert isinstance(combo, QComboBox)
    combo.setCurrentIndex(combo.findData("U"))
    writes = ("save_skill", "delete_skill", "set_level", "set_levels")
    skill_calls = record_calls(monkeypatch, skills, writes)
    calls = record_calls(monkeypatch, knowledge, ("set_required_level", "save_skill_with_levels"))
    widget.buttons.button(QDialogButtonBox.StandardButton.Save).click()

    assert skill_calls == [] and calls == ["save_skill_with_levels"]
    assert widget.result() == SkillEditDialog.DialogCode.Accepted, widget.error.text()
    [skill] = skills.list_skills(ctx)
    assert skill.name == "Kantbank <b>&</b> 🙂"
    assert knowledge.required_levels(ctx) == {("Lasser", skill.id): "U"}


def test_a_refused_skill_save_writes_nothing(ctx: ServiceContext) -> None:
    from teamlead_app.errors import NotFoundError
    from teamlead_app.services.skills import knowledge
    from teamlead_app.services.skills import levels as skills
    from teamlead_app.services.skills.levels import SkillDraft

    with pytest.raises(NotFoundError):
        knowledge.save_skill_with_levels(
            ctx, SkillDraft("Kantbank"), None, [("Lasser", "U"), ("Koorddanser", "L")]
        )
    assert skills.list_skills(ctx) == [] and knowledge.required_levels(ctx) == {}


def test_the_pop_page_saves_and_discards_its_draft_in_one_call(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from teamlead_app.services.common import drafts
    from teamlead_app.services.development import pop
    from teamlead_app.ui.pages.pop_page import PopPage

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    employee = people.save_employee(context.ctx, EmployeeDraft(first_name="Ø", last_name="Ğ"))
    plan = pop.create_pop(context.ctx, employee, date.today().year + 1)
    page = PopPage(context)
    qtbot.addWidget(page)
    page.show_pop(plan)
    page.texts.boxes["ambition"].setPlainText("Voorman <b>&</b> 🙂")
    page.save_draft()
    assert drafts.load_draft(context.ctx, drafts.POP_DRAFT, plan) is not None
    calls = record_calls(monkeypatch, pop, ("update_pop",))
    draft_calls = record_calls(monkeypatch, drafts, ("discard_draft", "save_draft"))
    assert page.save()

    assert calls == ["update_pop"] and draft_calls == []
    assert drafts.load_draft(context.ctx, drafts.POP_DRAFT, plan) is None
    assert pop.get_pop(context.ctx, plan).ambition == "Voorman <b>&</b> 🙂"
