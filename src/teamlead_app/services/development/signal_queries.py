"""The four signal lists as statements (services/development/signals.py): who has no agreed
POP covering today, goals past their target date, POP evaluations due, and who may have stopped
learning. Each is one SQL statement with the aggregates done by the database; `limit` keeps the
first rows (and counts all), `ids` only those people (the overview card's state,
services/cards/person_day.py, picks the people whose signals come first). The cards keep these
results for the day: changing a rule here means raising person_day.RULE_VERSION."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    DateTime,
    and_,
    case,
    exists,
    func,
    null,
    or_,
    select,
    union_all,
)
from sqlalchemy.orm import Session

from teamlead_app.data.models import Conversation, Employee, Goal, GoalStep, Pop, Team
from teamlead_app.data.statuses import PopStatus
from teamlead_app.records.development import ACTIVE_STATUSES
from teamlead_app.services.common.chosen_people import People
from teamlead_app.services.development.signal_rows import first as _first
from teamlead_app.services.development.signal_rows import rows as _rows
from teamlead_app.services.people.employment import in_service as in_service_on
from teamlead_app.services.people.names import full_name

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
    # With a limit: how many of each list there are in all (no_pop, goals_overdue,
    # evaluations_due, stopped_learning); the lists hold only the first ones.
    totals: tuple[int, int, int, int] | None = None

    @property
    def count(self) -> int:
        if self.totals is not None:
            return sum(self.totals)
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


def _in_service(today: date, team_id: int | None, ids: People) -> list[ColumnElement[bool]]:
    """People in service today (not archived, already started), optionally of one team or
    only the people `ids`."""
    conditions = [
        in_service_on(today),
        or_(Employee.date_in_service.is_(None), Employee.date_in_service <= today),
    ]
    if team_id is not None:
        conditions.append(Employee.team_id == team_id)
    if ids is not None:
        conditions.append(Employee.id.in_(ids))
    return conditions


def _sorted_by_name() -> tuple[Any, ...]:
    return (func.lower(Employee.last_name), func.lower(Employee.first_name), Employee.id)


def _name(first: str, tussenvoegsel: str, last: str) -> str:
    return full_name(first, tussenvoegsel, last)


# --- the four lists ----------------------------------------------------------------------


def no_pop(
    session: Session,
    today: date,
    team_id: int | None,
    limit: int | None = None,
    ids: People = None,
) -> tuple[tuple[NoPopSignal, ...], int]:
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
        .where(*_in_service(today, team_id, ids), ~agreed)
        .order_by(*_sorted_by_name())
    )
    rows, total = _rows(session, _first(query, limit))
    return tuple(
        NoPopSignal(eid, _name(first, tv, last), team or "", draft_id)
        for eid, first, tv, last, team, draft_id in rows
    ), total


def goals_overdue(
    session: Session,
    today: date,
    team_id: int | None,
    limit: int | None = None,
    ids: People = None,
) -> tuple[tuple[OverdueGoalSignal, ...], int]:
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
            *_in_service(today, team_id, ids),
            Goal.status.in_(ACTIVE_STATUSES),
            Goal.target_date < today,
            or_(Pop.id.is_(None), Pop.status != PopStatus.EVALUATED),
        )
        .order_by(Goal.target_date, *_sorted_by_name(), Goal.id)
    )
    rows, total = _rows(session, _first(query, limit))
    return tuple(
        OverdueGoalSignal(
            gid, eid, _name(first, tv, last), what, status, target, (today - target).days
        )
        for gid, eid, first, tv, last, what, status, target in rows
    ), total


def evaluations_due(
    session: Session,
    today: date,
    team_id: int | None,
    limit: int | None = None,
    ids: People = None,
) -> tuple[tuple[EvaluationDueSignal, ...], int]:
    horizon = today + timedelta(days=DUE_WINDOW_DAYS)
    person = (
        Employee.id.label("employee_id"),
        Employee.first_name,
        Employee.tussenvoegsel,
        Employee.last_name,
    )
    plan = (Pop.id.label("pop_id"), Pop.period_start, Pop.period_end)
    # From the plans to their moments (index on conversation.pop_id), not from all
    # conversations by date: ten years of monthly talks stay out of the way. Without the
    # IN list SQLite takes the date index and reads every earlier talk (2 s at 4,000 people).
    open_plans = select(Pop.id).where(Pop.status.in_((PopStatus.DRAFT, PopStatus.AGREED)))
    if ids is not None:  # (only those people's plans: the list is not read for everyone)
        open_plans = open_plans.where(Pop.employee_id.in_(ids))
    planned = (
        select(
            *person,
            *plan,
            Conversation.id.label("conversation_id"),
            Conversation.scheduled_at,
            func.date(Conversation.scheduled_at).label("due"),
        )
        .select_from(Pop)
        .join(Employee, Employee.id == Pop.employee_id)
        .join(Conversation, Conversation.pop_id == Pop.id)
        .where(
            *_in_service(today, team_id, ids),
            Pop.status.in_((PopStatus.DRAFT, PopStatus.AGREED)),
            Conversation.pop_id.in_(open_plans),
            Conversation.kind == "ontwikkel",
            Conversation.status == "planned",
            Conversation.scheduled_at < _start_of(horizon + timedelta(days=1)),
        )
    )
    any_planned = exists().where(Conversation.pop_id == Pop.id, Conversation.status == "planned")
    unplanned = (
        select(
            *person,
            *plan,
            null().label("conversation_id"),
            null().cast(DateTime),
            Pop.period_end.label("due"),
        )
        .join(Employee, Employee.id == Pop.employee_id)
        .where(
            *_in_service(today, team_id, ids),
            Pop.status == PopStatus.AGREED,
            Pop.period_end <= horizon,
            ~any_planned,
        )
    )
    # The first ones by due day chosen in SQL (the day as the database sees it only orders;
    # the record's day is made below from the moment itself), the rest counted.
    both = union_all(planned, unplanned).subquery()
    query = select(*(column for column in both.c if column.name != "due")).order_by(
        both.c.due, both.c.employee_id, both.c.pop_id, both.c.conversation_id
    )
    rows, total = _rows(session, _first(query, limit))

    def due(row: tuple[Any, ...]) -> date:
        return row[8].date() if row[8] is not None else row[6]  # type: ignore[no-any-return]

    first_rows = sorted(rows, key=lambda row: (due(row), row[0], row[4]))
    found = [
        EvaluationDueSignal(
            r[0], _name(r[1], r[2], r[3]), r[4], r[5], r[6], r[7], due(r), due(r) < today
        )
        for r in first_rows
    ]
    return tuple(found), total


def stopped_learning(
    session: Session,
    today: date,
    team_id: int | None,
    months: int,
    limit: int | None = None,
    ids: People = None,
) -> tuple[tuple[StoppedLearningSignal, ...], int]:
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
            *_in_service(today, team_id, ids),
            Employee.stage != "starter",
            long_enough,
            followed,
            ~recent_goal,
            ~recent_step,
        )
        .order_by(*_sorted_by_name())
    )
    rows, total = _rows(session, _first(query, limit))
    return tuple(
        StoppedLearningSignal(
            eid, _name(first, tv, last), team or "", _latest(goal, achieved, step), months
        )
        for eid, first, tv, last, team, goal, achieved, step in rows
    ), total


def _last(aggregate: Any, *where: ColumnElement[bool]) -> Any:
    """A correlated MAX(...) for the person of the outer row."""
    return select(aggregate).where(*where).correlate(Employee).scalar_subquery()


def _latest(*values: date | datetime | None) -> date | None:
    days = [v.date() if isinstance(v, datetime) else v for v in values if v is not None]
    return max(days) if days else None
