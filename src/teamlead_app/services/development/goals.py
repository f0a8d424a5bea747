"""Development goals (ontwikkeldoelen): what and why, small steps, a progress log, status.

Status rules (set_goal_status and update_goal share them):

- open, in_progress and postponed are working states: each may move to any status.
- achieved and stopped are final: leaving them needs ``reopen=True`` (a deliberate act in the
  UI), which clears achieved_on / stopped_on.
- -> achieved sets achieved_on (the given day, default today; not before the start date).
- -> stopped sets stopped_on the same way; both dates feed the profile timeline.
- -> postponed takes a new target date when given, otherwise the old target stays.

A goal inside an evaluated POP is history: read-only, never "active" and never signalled. When
a plan is evaluated its open goals are carried into the next plan as copies (see pop.py).
The read side (lists, the goal view, active goals) lives in goal_queries.py, validation and
guards in goal_rules.py, the timeline events in goal_timeline.py, saving a goal with its steps
and progress in one transaction (the goal dialog's OK) in goal_save.py; all are re-exported here.
"""

from __future__ import annotations

import logging
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import GoalProgress, GoalStep
from teamlead_app.data.statuses import GoalStatus
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.records.development import (
    ACTIVE_STATUSES,
    FINAL_STATUSES,
    ActiveGoal,
    GoalView,
    ProgressView,
    StepView,
)
from teamlead_app.services.common.signed_versions import signed_pop_guard
from teamlead_app.services.development.goal_queries import (
    GoalRow,
    active_goals,
    get_goal,
    goal_views,
    list_goals,
)
from teamlead_app.services.development.goal_rules import (
    GoalDraft,
    StepDraft,
    StepEdit,
    apply_status,
    check_conversation,
    check_pop,
    raise_first,
    require_employee,
    validate_goal,
    validate_step,
    writable_goal,
)
from teamlead_app.services.development.goal_save import (
    new_goal,
    progress_problem,
    save_goal,
    step_date_problem,
    validate_goal_save,
    write_goal,
    write_progress,
)
from teamlead_app.services.development.goal_timeline import DevelopmentEvent, goal_timeline_events

__all__ = [
    "ACTIVE_STATUSES",
    "FINAL_STATUSES",
    "ActiveGoal",
    "DevelopmentEvent",
    "GoalDraft",
    "GoalRow",
    "GoalView",
    "ProgressView",
    "StepDraft",
    "StepEdit",
    "StepView",
    "active_goals",
    "add_progress",
    "add_step",
    "create_goal",
    "get_goal",
    "goal_draft",
    "goal_timeline_events",
    "goal_views",
    "list_goals",
    "mark_step_done",
    "remove_progress",
    "remove_step",
    "save_goal",
    "set_goal_status",
    "step_date_problem",
    "take_into_pop",
    "update_goal",
    "update_step",
    "validate_goal",
    "validate_goal_save",
    "validate_step",
]

log = logging.getLogger(__name__)

# --- goals -------------------------------------------------------------------------------


def create_goal(
    ctx: ServiceContext,
    employee_id: int,
    draft: GoalDraft,
    pop_id: int | None = None,
    conversation_id: int | None = None,
) -> int:
    """A new goal, inside a POP or on its own (raised in `conversation_id`). A new goal starts
    in a working state; record an achievement with set_goal_status afterwards."""
    raise_first(validate_goal_save(draft))
    if draft.status in FINAL_STATUSES:
        raise ValidationError(
            t(
                "Een nieuw doel begint als open, bezig of uitgesteld; zet het daarna op "
                f"'{label('goal_status', draft.status)}'.",
                "A new goal starts as open, in progress or postponed; set it to "
                f"'{label('goal_status', draft.status)}' afterwards.",
            ),
            field="status",
        )
    today = date.today()
    with ctx.sessions.begin() as session:
        goal = new_goal(
            session, employee_id, draft, pop_id=pop_id, conversation_id=conversation_id, today=today
        )
        write_goal(session, goal, draft, today)
        session.flush()
        log.info("goal %s created for employee %s", goal.id, employee_id)
        return goal.id


def goal_draft(view: GoalView) -> GoalDraft:
    """The edit form's starting point for an existing goal."""
    return GoalDraft(
        what=view.what,
        why=view.why,
        category=view.category,
        success_criterion=view.success_criterion,
        support_needed=view.support_needed,
        start_date=view.start_date,
        target_date=view.target_date,
        status=view.status,
    )


def update_goal(ctx: ServiceContext, goal_id: int, draft: GoalDraft) -> None:
    """Edit the texts and dates; a changed status follows the status rules (no reopening
    unless the draft says so). The draft's steps and progress lines are saved too: this is
    save_goal without the returned view. In a signed plan the goal's text, category and target
    date are locked (signed_versions)."""
    save_goal(ctx, goal_id, draft)


def set_goal_status(
    ctx: ServiceContext,
    goal_id: int,
    status: str,
    *,
    on: date | None = None,
    new_target_date: date | None = None,
    reopen: bool = False,
) -> None:
    """Move a goal to `status` by the rules in the module docstring. `on` is the day it was
    achieved or stopped (default today); `new_target_date` only goes with postponed."""
    if new_target_date is not None and status != GoalStatus.POSTPONED:
        raise ValidationError(
            t(
                "Een nieuwe streefdatum hoort alleen bij 'uitgesteld'.",
                "A new target date only goes with 'postponed'.",
            ),
            field="new_target_date",
        )
    with ctx.sessions.begin() as session:
        goal = writable_goal(session, goal_id)
        with signed_pop_guard(session, goal.pop_id):  # a new target date changes a signed plan
            apply_status(goal, status, on=on, new_target=new_target_date, reopen=reopen)
        log.info("goal %s status %s", goal_id, status)


def take_into_pop(ctx: ServiceContext, goal_id: int, pop_id: int | None) -> None:
    """Put a goal (e.g. one raised in a monthly talk) into a POP of the same person; None takes
    it out again. Goals of an evaluated POP stay where they are: carry them over instead."""
    with ctx.sessions.begin() as session:
        goal = writable_goal(session, goal_id)
        if pop_id is not None:
            check_pop(session, pop_id, goal.employee_id)
        with signed_pop_guard(session, goal.pop_id):  # a signed goal stays in its plan
            goal.pop_id = pop_id


# --- steps -------------------------------------------------------------------------------


def add_step(ctx: ServiceContext, goal_id: int, draft: StepDraft) -> int:
    raise_first(validate_step(draft))
    with ctx.sessions.begin() as session:
        goal = writable_goal(session, goal_id)
        if goal.status in FINAL_STATUSES:
            raise ValidationError(
                t(
                    "Dit doel is afgesloten; heropen het om er een stap aan toe te voegen.",
                    "This goal is closed; reopen it to add a step.",
                ),
                field="status",
            )
        require_employee(session, goal.employee_id)
        last = session.scalar(
            select(func.max(GoalStep.position)).where(GoalStep.goal_id == goal_id)
        )
        step = GoalStep(
            goal_id=goal_id,
            position=(last or 0) + 1,
            what=draft.what,
            who=draft.who.strip(),
            planned_on=draft.planned_on,
            created_on=date.today(),
        )
        session.add(step)
        session.flush()
        return step.id


def _writable_step(session: Session, step_id: int) -> GoalStep:
    step = session.get(GoalStep, step_id)
    if step is None:
        raise NotFoundError(t("Stap niet gevonden.", "Step not found."))
    writable_goal(session, step.goal_id)
    return step


def update_step(ctx: ServiceContext, step_id: int, draft: StepDraft) -> None:
    raise_first(validate_step(draft))
    with ctx.sessions.begin() as session:
        step = _writable_step(session, step_id)
        step.what = draft.what
        step.who = draft.who.strip()
        step.planned_on = draft.planned_on


def mark_step_done(
    ctx: ServiceContext, step_id: int, done_on: date | None = None, *, done: bool = True
) -> None:
    """Tick a step off (default today); `done=False` unticks it."""
    with ctx.sessions.begin() as session:
        step = _writable_step(session, step_id)
        step.done_on = (done_on or date.today()) if done else None


def remove_step(ctx: ServiceContext, step_id: int) -> None:
    with ctx.sessions.begin() as session:
        session.delete(_writable_step(session, step_id))


# --- progress ----------------------------------------------------------------------------


def add_progress(
    ctx: ServiceContext,
    goal_id: int,
    note: str,
    conversation_id: int | None = None,
    written_on: date | None = None,
) -> int:
    """One line of progress. With a conversation there is one line per goal per conversation:
    writing again replaces that line. The date defaults to the conversation's day, or today."""
    problem = progress_problem(note)
    if problem:
        raise ValidationError(problem, field="note")
    with ctx.sessions.begin() as session:
        goal = writable_goal(session, goal_id)
        conversation = None
        if conversation_id is not None:
            conversation = check_conversation(session, conversation_id, goal.employee_id)
        line = write_progress(session, goal, note, conversation, written_on)
        session.flush()
        return line.id


def remove_progress(ctx: ServiceContext, progress_id: int) -> None:
    with ctx.sessions.begin() as session:
        line = session.get(GoalProgress, progress_id)
        if line is None:
            raise NotFoundError(t("Voortgangsregel niet gevonden.", "Progress line not found."))
        writable_goal(session, line.goal_id)
        session.delete(line)
