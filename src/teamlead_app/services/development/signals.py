"""Private prompts for the lead on the overview page: who has no agreed POP this year, which
goals are past their target date, which POP evaluations are due, and who may have stopped
learning (uitgeleerd). Signals are never a score, a ranking or a column in an HR export: they
only say "have a look", and they only cover people in service.

Each list is one SQL statement with the aggregates done by the database, driven by indexes so the
page stays within 100 ms with a thousand people and ten years of history.
"""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    DateTime,
    Result,
    and_,
    case,
    exists,
    func,
    null,
    or_,
    select,
    union_all,
)

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Conversation, Employee, Goal, GoalStep, Pop, Team
from teamlead_app.data.statuses import PopStatus
from teamlead_app.records.development import ACTIVE_STATUSES
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.people.employment import in_service as in_service_on
from teamlead_app.services.people.names import full_name

__all__ = [
    "EvaluationDueSignal",
    "NoPopSignal",
    "OverdueGoalSignal",
    "SignalsView",
    "StoppedLearningSignal",
    "months_before",
    "signals",
]

DUE_WINDOW_DAYS = 30


@dataclass(frozen=True)
class NoPopSignal:
    """Nobody agreed a plan covering today with this person yet."""

    employee_id: int
    employee: str
    team: str
    draft_pop_id: int | None  # a draft for the current period, when one exists


@dataclass(frozen=True)
class OverdueGoalSignal:
    goal_id: int
    employee_id: int
    employee: str
    what: str
    status: str
    target_date: date
    days_over: int


@dataclass(frozen=True)
class EvaluationDueSignal:
    """A planned evaluation conversation (conversation_id set, due = its day), or an agreed
    plan whose period ends without any evaluation planned (conversation_id None, due = end)."""

    employee_id: int
    employee: str
    pop_id: int
    period_start: date
    period_end: date
    conversation_id: int | None
    due: date
    overdue: bool


@dataclass(frozen=True)
class StoppedLearningSignal:
    """No new goal, step, step done or goal achieved for `months` months."""

    employee_id: int
    employee: str
    team: str
    last_activity: date | None  # None: nothing recorded at all
    months: int


@dataclass(frozen=True)
class SignalsView:
    today: date
    no_pop: tuple[NoPopSignal, ...]
    goals_overdue: tuple[OverdueGoalSignal, ...]
    evaluations_due: tuple[EvaluationDueSignal, ...]
    stopped_learning: tuple[StoppedLearningSignal, ...]

    @property
    def count(self) -> int:
        return (
            len(self.no_pop)
            + len(self.goals_overdue)
            + len(self.evaluations_due)
            + len(self.stopped_learning)
        )


def months_before(day: date, months: int) -> date:
    """The same day `months` calendar months earlier (clamped to the month's last day)."""
    years, month_index = divmod(day.month - 1 - months, 12)
    year, month = day.year + years, month_index + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def _start_of(day: date) -> datetime:
    return datetime.combine(day, time())


def _in_service(today: date, team_id: int | None) -> list[ColumnElement[bool]]:
    """People in service today (not archived, already started), optionally of one team."""
    conditions = [
        in_service_on(today),
        or_(Employee.date_in_service.is_(None), Employee.date_in_service <= today),
    ]
    if team_id is not None:
        conditions.append(Employee.team_id == team_id)
    return conditions


def _sorted_by_name() -> tuple[Any, ...]:
    return (func.lower(Employee.last_name), func.lower(Employee.first_name), Employee.id)


def _name(first: str, tussenvoegsel: str, last: str) -> str:
    return full_name(first, tussenvoegsel, last)


# --- the four lists ----------------------------------------------------------------------


def _no_pop(ctx: ServiceContext, today: date, team_id: int | None) -> tuple[NoPopSignal, ...]:
    covering = and_(Pop.employee_id == Employee.id, Pop.period_start <= today)
    covering = and_(covering, Pop.period_end >= today)
    agreed = exists().where(covering, Pop.status.in_((PopStatus.AGREED, PopStatus.EVALUATED)))
    draft = (
        select(Pop.id)
        .where(covering, Pop.status == PopStatus.DRAFT)
        .order_by(Pop.id)
        .limit(1)
        .scalar_subquery()
    )
    query = (
        select(
            Employee.id,
            Employee.first_name,
            Employee.tussenvoegsel,
            Employee.last_name,
            Team.name,
            draft,
        )
        .outerjoin(Team, Team.id == Employee.team_id)
        .where(*_in_service(today, team_id), ~agreed)
        .order_by(*_sorted_by_name())
    )
    with ctx.sessions() as session:
        return tuple(
            NoPopSignal(eid, _name(first, tv, last), team or "", draft_id)
            for eid, first, tv, last, team, draft_id in session.execute(query)
        )


def _goals_overdue(
    ctx: ServiceContext, today: date, team_id: int | None
) -> tuple[OverdueGoalSignal, ...]:
    query = (
        select(
            Goal.id,
            Employee.id,
            Employee.first_name,
            Employee.tussenvoegsel,
            Employee.last_name,
            Goal.what,
            Goal.status,
            Goal.target_date,
        )
        .join(Employee, Employee.id == Goal.employee_id)
        .outerjoin(Pop, Pop.id == Goal.pop_id)
        .where(
            *_in_service(today, team_id),
            Goal.status.in_(ACTIVE_STATUSES),
            Goal.target_date < today,
            or_(Pop.id.is_(None), Pop.status != PopStatus.EVALUATED),
        )
        .order_by(Goal.target_date, *_sorted_by_name(), Goal.id)
    )
    with ctx.sessions() as session:
        rows: list[tuple[Any, ...]] = [tuple(row) for row in session.execute(query)]
    return tuple(
        OverdueGoalSignal(
            gid, eid, _name(first, tv, last), what, status, target, (today - target).days
        )
        for gid, eid, first, tv, last, what, status, target in rows
    )


def _evaluations_due(
    ctx: ServiceContext, today: date, team_id: int | None
) -> tuple[EvaluationDueSignal, ...]:
    horizon = today + timedelta(days=DUE_WINDOW_DAYS)
    person = (Employee.id, Employee.first_name, Employee.tussenvoegsel, Employee.last_name)
    plan = (Pop.id, Pop.period_start, Pop.period_end)
    # From the plans to their moments (index on conversation.pop_id), not from all
    # conversations by date: ten years of monthly talks stay out of the way. Without the
    # IN list SQLite takes the date index and reads every earlier talk (2 s at 4,000 people).
    open_plans = select(Pop.id).where(Pop.status.in_((PopStatus.DRAFT, PopStatus.AGREED)))
    planned = (
        select(*person, *plan, Conversation.id.label("conversation_id"), Conversation.scheduled_at)
        .select_from(Pop)
        .join(Employee, Employee.id == Pop.employee_id)
        .join(Conversation, Conversation.pop_id == Pop.id)
        .where(
            *_in_service(today, team_id),
            Pop.status.in_((PopStatus.DRAFT, PopStatus.AGREED)),
            Conversation.pop_id.in_(open_plans),
            Conversation.kind == "ontwikkel",
            Conversation.status == "planned",
            Conversation.scheduled_at < _start_of(horizon + timedelta(days=1)),
        )
    )
    any_planned = exists().where(Conversation.pop_id == Pop.id, Conversation.status == "planned")
    unplanned = (
        select(*person, *plan, null().label("conversation_id"), null().cast(DateTime))
        .join(Employee, Employee.id == Pop.employee_id)
        .where(
            *_in_service(today, team_id),
            Pop.status == PopStatus.AGREED,
            Pop.period_end <= horizon,
            ~any_planned,
        )
    )
    found: list[EvaluationDueSignal] = []
    with ctx.sessions() as session:
        result: Result[Any] = session.execute(union_all(planned, unplanned))
        rows: list[tuple[Any, ...]] = [tuple(row) for row in result]
    for eid, first, tv, last, pop_id, start, end, cid, at in rows:
        due = at.date() if at is not None else end
        found.append(
            EvaluationDueSignal(
                eid, _name(first, tv, last), pop_id, start, end, cid, due, due < today
            )
        )
    return tuple(sorted(found, key=lambda s: (s.due, s.employee_id, s.pop_id)))


def _stopped_learning(
    ctx: ServiceContext, today: date, team_id: int | None, months: int
) -> tuple[StoppedLearningSignal, ...]:
    """People in service for `months` months (the day the record was made stands in for an
    unknown in-service date), known to the app that long (record, a conversation or a goal
    from before), without a new goal, a goal achieved, a new step or a step done since then.
    A carried copy of a goal is no new goal. The last activity is looked up only for the
    people found."""
    cutoff = months_before(today, months)
    mine = Goal.employee_id == Employee.id
    new_goal = and_(Goal.carried_from_id.is_(None), Goal.created_at >= _start_of(cutoff))
    recent_goal = exists().where(mine, or_(new_goal, Goal.achieved_on >= cutoff))
    recent_step = exists().where(
        mine,
        GoalStep.goal_id == Goal.id,
        or_(GoalStep.created_on >= cutoff, GoalStep.done_on >= cutoff),
    )
    known_before = _start_of(cutoff + timedelta(days=1))
    long_enough = or_(
        Employee.date_in_service <= cutoff,
        and_(Employee.date_in_service.is_(None), Employee.created_at < known_before),
    )
    # ... and followed here that long: someone imported from HR this week has no history in
    # the app yet, and "nothing new learned for 12 months" would be a guess about him.
    followed = or_(
        Employee.created_at < known_before,
        exists().where(
            Conversation.employee_id == Employee.id, Conversation.scheduled_at < known_before
        ),
        exists().where(mine, Goal.created_at < known_before),
    )
    # a step's latest day: done if done later than it was made (NULL compares false)
    step_day = case(
        (GoalStep.done_on > GoalStep.created_on, GoalStep.done_on), else_=GoalStep.created_on
    )
    query = (
        select(
            Employee.id,
            Employee.first_name,
            Employee.tussenvoegsel,
            Employee.last_name,
            Team.name,
            _last(func.max(Goal.created_at), mine, Goal.carried_from_id.is_(None)),
            _last(func.max(Goal.achieved_on), mine),
            _last(func.max(step_day), mine, GoalStep.goal_id == Goal.id),
        )
        .outerjoin(Team, Team.id == Employee.team_id)
        .where(
            *_in_service(today, team_id),
            Employee.stage != "starter",
            long_enough,
            followed,
            ~recent_goal,
            ~recent_step,
        )
        .order_by(*_sorted_by_name())
    )
    with ctx.sessions() as session:
        rows: list[tuple[Any, ...]] = [tuple(row) for row in session.execute(query)]
    return tuple(
        StoppedLearningSignal(
            eid, _name(first, tv, last), team or "", _latest(goal, achieved, step), months
        )
        for eid, first, tv, last, team, goal, achieved, step in rows
    )


def _last(aggregate: Any, *where: ColumnElement[bool]) -> Any:
    """A correlated MAX(...) for the person of the outer row."""
    return select(aggregate).where(*where).correlate(Employee).scalar_subquery()


def _latest(*values: date | datetime | None) -> date | None:
    days = [v.date() if isinstance(v, datetime) else v for v in values if v is not None]
    return max(days) if days else None


def signals(
    ctx: ServiceContext, today: date | None = None, team_id: int | None = None
) -> SignalsView:
    """All four signal lists for the overview page (optionally of one team)."""
    today = today or date.today()
    months = get_settings(ctx).stopped_learning_months
    return SignalsView(
        today=today,
        no_pop=_no_pop(ctx, today, team_id),
        goals_overdue=_goals_overdue(ctx, today, team_id),
        evaluations_due=_evaluations_due(ctx, today, team_id),
        stopped_learning=_stopped_learning(ctx, today, team_id, months),
    )
