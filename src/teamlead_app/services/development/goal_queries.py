"""The read side of development goals: the goal list, one goal with its steps and progress log,
and the active goals the monthly conversation shows. Latest progress, step counts and the next
step come from aggregates and subqueries in the same statement, never one query per goal."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, ScalarSelect, Select, Subquery, false, func, or_, select
from sqlalchemy.orm import Session, aliased, selectinload

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Employee, Goal, GoalProgress, GoalStep, Pop
from teamlead_app.data.statuses import PopStatus
from teamlead_app.errors import NotFoundError
from teamlead_app.i18n import t
from teamlead_app.records.development import (
    ACTIVE_STATUSES,
    ActiveGoal,
    GoalView,
    ProgressView,
    StepView,
)
from teamlead_app.services.people.names import full_name


@dataclass(frozen=True)
class GoalRow:
    """One line of the goal list."""

    id: int
    employee_id: int
    employee: str
    what: str
    category: str
    status: str
    start_date: date
    target_date: date | None
    achieved_on: date | None
    pop_id: int | None
    pop_status: str | None
    carried_from_id: int | None
    steps_total: int
    steps_done: int
    latest_progress: str | None
    latest_progress_on: date | None

    @property
    def read_only(self) -> bool:
        return self.pop_status == PopStatus.EVALUATED

    def is_overdue(self, today: date) -> bool:
        return (
            self.target_date is not None
            and self.target_date < today
            and self.status in ACTIVE_STATUSES
            and not self.read_only
        )


# --- building blocks ---------------------------------------------------------------------


def _step_counts(goal_ids: Select[Any]) -> Subquery:
    return (
        select(
            GoalStep.goal_id.label("goal_id"),
            func.count(GoalStep.id).label("total"),
            func.count(GoalStep.done_on).label("done"),
        )
        .where(GoalStep.goal_id.in_(goal_ids))
        .group_by(GoalStep.goal_id)
        .subquery()
    )


def _latest_progress_id(skip_conversation: int | None = None) -> ScalarSelect[int]:
    """The id of a goal's newest progress line (by day, then entry order), correlated to Goal:
    an index seek per goal on (goal_id, written_on)."""
    line = aliased(GoalProgress)
    query = select(line.id).where(line.goal_id == Goal.id)
    if skip_conversation is not None:
        query = query.where(
            or_(line.conversation_id.is_(None), line.conversation_id != skip_conversation)
        )
    return (
        query.order_by(line.written_on.desc(), line.id.desc())
        .limit(1)
        .correlate(Goal)
        .scalar_subquery()
    )


def _next_step(goal_ids: Select[Any]) -> Subquery:
    rank = func.row_number().over(
        partition_by=GoalStep.goal_id, order_by=(GoalStep.position, GoalStep.id)
    )
    ranked = (
        select(
            GoalStep.goal_id.label("goal_id"),
            GoalStep.what.label("what"),
            GoalStep.who.label("who"),
            GoalStep.planned_on.label("planned_on"),
            rank.label("rank"),
        )
        .where(GoalStep.goal_id.in_(goal_ids), GoalStep.done_on.is_(None))
        .subquery()
    )
    return (
        select(ranked.c.goal_id, ranked.c.what, ranked.c.who, ranked.c.planned_on)
        .where(ranked.c.rank == 1)
        .subquery()
    )


def not_in_evaluated_pop() -> ColumnElement[bool]:
    """Goals that are still alive: outside a POP or in a draft/agreed one."""
    evaluated = select(Pop.id).where(Pop.status == PopStatus.EVALUATED)
    return or_(Goal.pop_id.is_(None), Goal.pop_id.not_in(evaluated))


# --- queries -----------------------------------------------------------------------------


def list_goals(
    ctx: ServiceContext,
    employee_id: int | None = None,
    status: str | None = None,
    pop_id: int | None = None,
) -> list[GoalRow]:
    """Goals with step counts and latest progress in one statement; by person, then target."""
    conditions: list[ColumnElement[bool]] = []
    if employee_id is not None:
        conditions.append(Goal.employee_id == employee_id)
    if status is not None:
        conditions.append(Goal.status == status)
    if pop_id is not None:
        conditions.append(Goal.pop_id == pop_id)
    goal_ids = select(Goal.id).where(*conditions)
    steps = _step_counts(goal_ids)
    latest = aliased(GoalProgress)
    query = (
        select(
            Goal.id,
            Goal.employee_id,
            Employee.first_name,
            Employee.tussenvoegsel,
            Employee.last_name,
            Goal.what,
            Goal.category,
            Goal.status,
            Goal.start_date,
            Goal.target_date,
            Goal.achieved_on,
            Goal.pop_id,
            Pop.status,
            Goal.carried_from_id,
            func.coalesce(steps.c.total, 0),
            func.coalesce(steps.c.done, 0),
            latest.note,
            latest.written_on,
        )
        .join(Employee, Employee.id == Goal.employee_id)
        .outerjoin(Pop, Pop.id == Goal.pop_id)
        .outerjoin(steps, steps.c.goal_id == Goal.id)
        .outerjoin(latest, latest.id == _latest_progress_id())
        .where(*conditions)
        .order_by(
            func.lower(Employee.last_name),
            func.lower(Employee.first_name),
            Employee.id,
            Goal.target_date.is_(None),
            Goal.target_date,
            Goal.id,
        )
    )
    with ctx.sessions() as session:
        return [_to_row(tuple(values)) for values in session.execute(query)]


def _to_row(values: tuple[Any, ...]) -> GoalRow:
    (gid, eid, first, tv, last, *rest) = values
    return GoalRow(gid, eid, full_name(first, tv, last), *rest)


def get_goal(ctx: ServiceContext, goal_id: int) -> GoalView:
    with ctx.sessions() as session:
        views = goal_views(session, [Goal.id == goal_id])
    if not views:
        raise NotFoundError(t("Doel niet gevonden.", "Goal not found."))
    return views[0]


def goal_views(session: Session, conditions: Sequence[ColumnElement[bool]]) -> list[GoalView]:
    """Full goal views for the goals matching `conditions`, in creation order: one statement
    for the goals and one each for their steps and progress."""
    query = (
        select(Goal, Employee.first_name, Employee.tussenvoegsel, Employee.last_name, Pop.status)
        .join(Employee, Employee.id == Goal.employee_id)
        .outerjoin(Pop, Pop.id == Goal.pop_id)
        .where(*conditions)
        .options(selectinload(Goal.steps), selectinload(Goal.progress))
        .order_by(Goal.id)
    )
    return [
        _to_view(goal, full_name(first, tv, last), pop_status)
        for goal, first, tv, last, pop_status in session.execute(query)
    ]


def _to_view(goal: Goal, employee: str, pop_status: str | None) -> GoalView:
    progress = sorted(goal.progress, key=lambda line: (line.written_on, line.id))
    return GoalView(
        id=goal.id,
        employee_id=goal.employee_id,
        employee=employee,
        what=goal.what,
        why=goal.why,
        category=goal.category,
        success_criterion=goal.success_criterion,
        support_needed=goal.support_needed,
        start_date=goal.start_date,
        target_date=goal.target_date,
        status=goal.status,
        achieved_on=goal.achieved_on,
        stopped_on=goal.stopped_on,
        pop_id=goal.pop_id,
        pop_status=pop_status,
        carried_from_id=goal.carried_from_id,
        conversation_id=goal.conversation_id,
        created_at=goal.created_at,
        steps=tuple(_step_view(step) for step in goal.steps),
        progress=tuple(
            ProgressView(line.id, line.written_on, line.note, line.conversation_id)
            for line in progress
        ),
        row_version=goal.version,
    )


def _step_view(step: GoalStep) -> StepView:
    return StepView(
        step.id, step.position, step.what, step.who, step.planned_on, step.done_on, step.created_on
    )


def active_goals(
    ctx: ServiceContext, employee_id: int, conversation_id: int | None = None
) -> list[ActiveGoal]:
    """Open, in-progress and postponed goals of one person, soonest target first. With a
    conversation, its own progress line is returned apart from the latest earlier one."""
    conditions = [
        Goal.employee_id == employee_id,
        Goal.status.in_(ACTIVE_STATUSES),
        not_in_evaluated_pop(),
    ]
    goal_ids = select(Goal.id).where(*conditions)
    steps = _step_counts(goal_ids)
    latest = aliased(GoalProgress)
    upcoming = _next_step(goal_ids)
    this = (
        select(GoalProgress.goal_id, GoalProgress.note, GoalProgress.id)
        .where(
            GoalProgress.conversation_id == conversation_id
            if conversation_id is not None
            else false()
        )
        .subquery()
    )
    query = (
        select(
            Goal.id,
            Goal.what,
            Goal.why,
            Goal.category,
            Goal.status,
            Goal.start_date,
            Goal.target_date,
            Goal.pop_id,
            func.coalesce(steps.c.total, 0),
            func.coalesce(steps.c.done, 0),
            upcoming.c.what,
            upcoming.c.who,
            upcoming.c.planned_on,
            latest.note,
            latest.written_on,
            func.coalesce(this.c.note, ""),
            this.c.id,
        )
        .outerjoin(steps, steps.c.goal_id == Goal.id)
        .outerjoin(latest, latest.id == _latest_progress_id(conversation_id))
        .outerjoin(upcoming, upcoming.c.goal_id == Goal.id)
        .outerjoin(this, this.c.goal_id == Goal.id)
        .where(*conditions)
        .order_by(Goal.target_date.is_(None), Goal.target_date, Goal.id)
    )
    with ctx.sessions() as session:
        return [ActiveGoal(*values) for values in session.execute(query)]
