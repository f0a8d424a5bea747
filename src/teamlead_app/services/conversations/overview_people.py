"""The overview's lists of people (who still needs planning, who has had nothing for longest)
from the maintained summary `employee_talks` (schema 0008): each person's last held day and
latest planned moment are one row, and the cadence rule (cadence.py: next_due, is_overdue) is
written out in SQL here, so the database chooses the first few and counts the rest; Python
sees only the rows a card shows. The same people and order as the rule in Python
(tests/services/test_overview.py, test_talk_summaries.py).

The order within the same due day (or last day) is the Dutch name order, which SQL cannot
do: the rows tied with the last one chosen are read as well and sorted here (a few at most).

The overview cards keep these results for the day (services/cards/person_day.py): changing a
rule here means raising person_day.RULE_VERSION, so the kept state is made again."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    Date,
    Select,
    and_,
    case,
    func,
    literal,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.orm import Session

from teamlead_app.data.models import Employee, EmployeeTalks
from teamlead_app.services.common.chosen_people import People
from teamlead_app.services.common.sql_dates import SqlDates
from teamlead_app.services.conversations.cadence import days_overdue
from teamlead_app.services.people.employment import in_service
from teamlead_app.services.people.names import full_name, list_name, sort_key

LONGEST_WITHOUT_LIMIT = 10


@dataclass(frozen=True)
class OverduePerson:
    """Someone who still needs a conversation planned: overdue (past the due day and the
    grace period), or new (`newcomer`: no conversation held or planned yet, not yet late).
    Someone with a conversation planned from today on is in hand and not listed."""

    employee_id: int
    employee: str
    list_name: str
    last_held: date | None
    due: date
    days_overdue: int
    newcomer: bool = False
    # Days since the last held conversation (None: never one); differs per person even when
    # the monthly rule gives two people the same due day.
    days_since_last: int | None = None


@dataclass(frozen=True)
class LongestWithout:
    employee_id: int
    employee: str
    list_name: str
    # None: never a held conversation; `since` is then the date in service (or the day the
    # person was added to the app, when that is unknown).
    last_held: date | None
    since: date | None


@dataclass(frozen=True)
class OverdueCount:
    """Who still needs planning (the first ones when limited), how many overdue people are
    already planned, and how many more need planning than listed."""

    people: tuple[OverduePerson, ...]
    planned: int
    more: int = 0


# --- the cadence rule in SQL -----------------------------------------------------------------


def _people(today: date, team_id: int | None, ids: People) -> Select[Any]:
    """Everyone the cadence applies to today (as cadence_facts): in service, started,
    not paused; with the summary row. Optionally of one team, or only the people `ids`."""
    query = (
        select(Employee.id)
        .outerjoin(EmployeeTalks, EmployeeTalks.employee_id == Employee.id)
        .where(
            in_service(today),
            or_(Employee.date_in_service.is_(None), Employee.date_in_service <= today),
            Employee.cadence != "paused",
        )
    )
    if ids is not None:
        query = query.where(Employee.id.in_(ids))
    return query if team_id is None else query.where(Employee.team_id == team_id)


def _due(dates: SqlDates, today: date) -> ColumnElement[date]:
    """cadence.next_due with CadenceFacts.due_from, per row."""
    held = EmployeeTalks.last_held
    added = dates.day(Employee.created_at)
    start_in = Employee.date_in_service
    due_from = case(
        (start_in.is_(None), added),
        (added.is_(None), start_in),
        (added > start_in, added),
        else_=start_in,
    )
    start = func.coalesce(due_from, literal(today, Date))
    weeks = and_(Employee.cadence == "weeks", Employee.cadence_weeks >= 1)
    return type_coerce(
        case(
            (and_(held.is_(None), weeks), dates.plus_weeks(start, Employee.cadence_weeks)),
            (held.is_(None), dates.month_end(start, 1)),
            (weeks, dates.plus_weeks(held, Employee.cadence_weeks)),
            else_=dates.month_end(held, 2),
        ),
        Date,
    )


_NAME = (Employee.first_name, Employee.tussenvoegsel, Employee.last_name)


@dataclass(frozen=True)
class PeopleBlocks:
    overdue: OverdueCount
    longest_without: tuple[LongestWithout, ...]


def _per_person(
    session: Session, today: date, grace_days: int, team_id: int | None, ids: People
) -> Any:
    """Per person the cadence applies to: due day, whether listed as still to plan, whether
    overdue but planned, never held (ever 0) and the day the longest-without order uses."""
    dates = SqlDates(session)
    start = datetime.combine(today, time())
    # Each person's due day once (the date arithmetic is the costly part per row) ...
    base = (
        _people(today, team_id, ids)
        .with_only_columns(
            Employee.id.label("id"),
            *(c.label(c.key) for c in _NAME),
            EmployeeTalks.last_held.label("held"),
            _due(dates, today).label("due"),
            type_coerce(
                func.coalesce(Employee.date_in_service, dates.day(Employee.created_at)), Date
            ).label("since"),
            case((EmployeeTalks.last_planned >= start, 1), else_=0).label("ahead"),
        )
        .subquery()
    )
    # ... then the rules over those columns.
    late = base.c.due < today - timedelta(days=grace_days)
    held = base.c.held
    return select(
        base.c.id,
        base.c.first_name,
        base.c.tussenvoegsel,
        base.c.last_name,
        held.label("held"),
        base.c.due,
        base.c.since,
        case((held.is_(None), 0), else_=1).label("ever"),
        type_coerce(func.coalesce(held, base.c.since, literal(today, Date)), Date).label("day"),
        case((and_(base.c.ahead == 0, or_(late, held.is_(None))), 1), else_=0).label("listed"),
        case((and_(base.c.ahead == 1, late), 1), else_=0).label("planned_late"),
    ).subquery()


def day_rows(session: Session, today: date, grace_days: int, ids: People) -> list[Any]:
    """What the cards' state keeps per person (services/cards/person_day.py): id, listed,
    due, planned_late, ever, day — for the people `ids` (None: everyone)."""
    people = _per_person(session, today, grace_days, None, ids)
    columns = ("id", "listed", "due", "planned_late", "ever", "day")
    return list(session.execute(select(*(people.c[name] for name in columns))))


def people_blocks(
    session: Session,
    today: date,
    grace_days: int,
    team_id: int | None,
    limit: int | None,
    longest_limit: int = LONGEST_WITHOUT_LIMIT,
    ids: People = None,
) -> PeopleBlocks:
    """Both lists in one statement over the people and their summary row. Who still needs
    planning (overview.overdue_people): the longest overdue first, newcomers among them by
    their due day; only the first `limit`. Longest without a held talk: never held first
    (those around longest first), then the oldest last held day. rank() keeps every row tied
    with the last one chosen, so the Dutch name order decides here. `ids`: only those people
    (the counts are then theirs)."""
    people = _per_person(session, today, grace_days, team_id, ids)
    listed = people.c.listed
    inner = select(
        people,
        func.rank().over(partition_by=listed, order_by=people.c.due).label("r_due"),
        func.rank().over(order_by=(people.c.ever, people.c.day)).label("r_day"),
        func.sum(listed).over().label("n_listed"),
        func.sum(people.c.planned_late).over().label("n_planned"),
        func.row_number().over().label("rn"),
    ).subquery()
    wanted = [inner.c.rn == 1, inner.c.r_day <= longest_limit]
    wanted.append(
        inner.c.listed == 1 if limit is None else and_(inner.c.listed == 1, inner.c.r_due <= limit)
    )
    rows = list(session.execute(select(inner).where(or_(*wanted))))
    if not rows:
        return PeopleBlocks(OverdueCount((), 0, 0), ())

    def dutch(row: Any) -> tuple[str, str, str, int]:
        return (*sort_key(row.first_name, row.tussenvoegsel, row.last_name), row.id)

    to_plan = sorted((r for r in rows if r.listed == 1), key=lambda r: (r.due, dutch(r)))
    to_plan = to_plan[:limit] if limit is not None else to_plan
    n_listed = int(rows[0].n_listed or 0)
    overdue = tuple(
        OverduePerson(
            employee_id=r.id,
            employee=full_name(r.first_name, r.tussenvoegsel, r.last_name),
            list_name=list_name(r.first_name, r.tussenvoegsel, r.last_name),
            last_held=r.held,
            due=r.due,
            days_overdue=days_overdue(r.due, today),
            newcomer=not today > r.due + timedelta(days=grace_days),
            days_since_last=(today - r.held).days if r.held else None,
        )
        for r in to_plan
    )
    longest = sorted(
        (r for r in rows if r.r_day <= longest_limit), key=lambda r: (r.ever, r.day, dutch(r))
    )[:longest_limit]
    return PeopleBlocks(
        OverdueCount(overdue, int(rows[0].n_planned or 0), n_listed - len(overdue)),
        tuple(
            LongestWithout(
                r.id,
                full_name(r.first_name, r.tussenvoegsel, r.last_name),
                list_name(r.first_name, r.tussenvoegsel, r.last_name),
                r.held,
                r.since,
            )
            for r in longest
        ),
    )
