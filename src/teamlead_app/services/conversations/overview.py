"""The overview page ("Overzicht"): this week's conversations (today first), who still needs
a conversation planned (overdue, or new and never spoken to), open agreements past their due
date, who has had nothing for longest, held conversations still to be signed, and this
month's and year's counts.

Each block is its own function over one session and one SQL statement (aggregates in the
database), so the page stays within 100 ms with a thousand people and ten years of history
(benchmarks/bench_overview.py). To add a block (e.g. the POP signals), add a field to
OverviewView and one call in overview(). Only people in service appear (archived people have
an out-of-service date); paused people are never overdue and not in "longest without".
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import DateTime, Integer, Select, bindparam, exists, func, select, union_all
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Agreement, Conversation, ConversationMove, Employee
from teamlead_app.data.statuses import AgreementStatus, ConversationStatus
from teamlead_app.records.overview import (
    UNSIGNED_DAYS,
    AgendaItem,
    Hidden,
    LateAgreement,
    PeriodCounts,
    UnsignedTalk,
)
from teamlead_app.services.cards import first_lines, person_day
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.conversations import overview_people
from teamlead_app.services.conversations.cadence import (
    CadenceFacts,
    cadence_facts,
    days_overdue,
    is_overdue,
)
from teamlead_app.services.conversations.overview_counts import period_counts
from teamlead_app.services.conversations.overview_limits import first_rows
from teamlead_app.services.conversations.overview_people import (
    LONGEST_WITHOUT_LIMIT,
    LongestWithout,
    OverdueCount,
    OverduePerson,
)
from teamlead_app.services.conversations.unsigned_talks import unsigned
from teamlead_app.services.people.employment import in_service
from teamlead_app.services.people.names import full_name

__all__ = [
    "LONGEST_WITHOUT_LIMIT",
    "UNSIGNED_DAYS",
    "AgendaItem",
    "Hidden",
    "LateAgreement",
    "LongestWithout",
    "OverdueCount",
    "OverduePerson",
    "OverviewView",
    "PeriodCounts",
    "UnsignedTalk",
    "agenda",
    "late_agreements",
    "longest_without",
    "overdue_people",
    "overview",
    "period_counts",
    "unsigned",
]


@dataclass(frozen=True)
class OverviewView:
    today: date
    week: tuple[AgendaItem, ...]
    overdue: tuple[OverduePerson, ...]
    late_agreements: tuple[LateAgreement, ...]
    longest_without: tuple[LongestWithout, ...]
    month_counts: PeriodCounts
    year_counts: PeriodCounts
    # Overdue people whose next conversation is already planned (not in `overdue`).
    overdue_planned: int = 0
    unsigned: tuple[UnsignedTalk, ...] = ()
    # Items left out of the blocks by overview(limit=...).
    hidden: Hidden = field(default_factory=Hidden)

    @property
    def today_items(self) -> tuple[AgendaItem, ...]:
        return tuple(item for item in self.week if item.start.date() == self.today)


def _start(day: date) -> datetime:
    return datetime.combine(day, time())


# --- the blocks ------------------------------------------------------------------------------


def _agenda_order(item: AgendaItem, today: date) -> tuple[int, datetime, int]:
    day = item.start.date()
    return (0 if day == today else 1 if day > today else 2, item.start, item.conversation_id)


def _agenda_talks(start: Any, end: Any, team: bool) -> list[Any]:
    """The conditions of the talks (not cancelled) from `start` to `end`, with `team` of the
    team's people only (that condition needs employee joined)."""
    conditions: list[Any] = [
        Conversation.status != ConversationStatus.CANCELLED,
        Conversation.scheduled_at >= start,
        Conversation.scheduled_at < end,
    ]
    if team:
        conditions.append(Employee.team_id == bindparam("team_id"))
    return conditions


def _agenda_rows(start: Any, end: Any, team: bool) -> Select[*tuple[Any, ...]]:
    """The items from `start` to `end` in time order: with a limit the database walks the
    scheduled_at index and stops there, so the name and the `moved` test are only worked
    out for the rows it returns."""
    moved = exists().where(ConversationMove.conversation_id == Conversation.id)
    query = select(
        Conversation.id,
        Conversation.employee_id,
        Employee.first_name,
        Employee.tussenvoegsel,
        Employee.last_name,
        Conversation.kind,
        Conversation.status,
        Conversation.scheduled_at,
        Conversation.duration_minutes,
        moved.label("moved"),
    ).join(Employee, Employee.id == Conversation.employee_id)
    query = query.where(*_agenda_talks(start, end, team))
    return query.order_by(Conversation.scheduled_at, Conversation.id)


@functools.cache
def _agenda_statement(team: bool, limited: bool) -> Select[*tuple[Any, ...]]:
    """The week's statement, built once with bound parameters (building the three parts
    anew costs more than running them). Limited: the first `limit` of each part (today,
    the days to come, the days gone by) and the whole week's count in one statement; each
    part stops after `limit` rows in index order, so only the count grows with the talks in
    the week, and it reads only the (scheduled_at, status) index when no team is chosen."""
    week_start = bindparam("week_start", type_=DateTime)
    week_end = bindparam("week_end", type_=DateTime)
    if not limited:
        return _agenda_rows(week_start, week_end, team)
    day, tomorrow = bindparam("day", type_=DateTime), bindparam("tomorrow", type_=DateTime)
    limit = bindparam("limit", type_=Integer)
    parts = [(day, tomorrow), (tomorrow, week_end), (week_start, day)]
    firsts = [_agenda_rows(start, end, team).limit(limit).subquery() for start, end in parts]
    union = union_all(*(select(*part.c) for part in firsts)).subquery()
    count = select(func.count()).select_from(Conversation)
    if team:  # only then the join: alone the count reads just the index
        count = count.join(Employee, Employee.id == Conversation.employee_id)
    total = count.where(*_agenda_talks(week_start, week_end, team))
    return select(*union.c, total.scalar_subquery())


def agenda(
    session: Session, today: date, team_id: int | None = None, *, limit: int | None = None
) -> tuple[tuple[AgendaItem, ...], int]:
    """Planned and held conversations from Monday to Sunday of today's week: today's first
    (a short list never hides them), then the days still to come, then the days gone by.
    With `limit` only the first ones (chosen in SQL), and how many more there are."""
    monday = _start(today - timedelta(days=today.weekday()))
    bounds: dict[str, Any] = {"week_start": monday, "week_end": monday + timedelta(days=7)}
    if team_id is not None:
        bounds["team_id"] = team_id
    if limit is not None:
        bounds.update(day=_start(today), tomorrow=_start(today + timedelta(days=1)), limit=limit)
    statement = _agenda_statement(team_id is not None, limit is not None)
    rows = [tuple(row) for row in session.execute(statement, bounds)]
    total = int(rows[0][-1]) if rows and limit is not None else 0
    items = sorted(
        (
            AgendaItem(cid, eid, full_name(first, tv, last), kind, status, at, minutes, bool(was))
            for cid, eid, first, tv, last, kind, status, at, minutes, was, *_total in rows
        ),
        key=lambda item: _agenda_order(item, today),
    )
    if limit is None:
        return tuple(items), 0
    shown = tuple(items[:limit])
    return shown, total - len(shown)


def overdue_people(
    session: Session,
    today: date,
    grace_days: int,
    team_id: int | None = None,
    *,
    facts: list[CadenceFacts] | None = None,
) -> OverdueCount:
    """Who still needs a conversation planned: everyone in service past their due day plus
    the grace period (cadence.py), and newcomers with no conversation held yet;
    never someone with a conversation planned from today on (counted apart). The longest
    overdue first, each with their own days overdue; newcomers last."""
    found: list[tuple[CadenceFacts, date]] = []
    planned = 0
    if facts is None:
        facts = cadence_facts(session, today, team_id, next_planned_from=today)
    for person in facts:
        due = person.next_due(today)
        if due is None:
            continue
        late = is_overdue(due, today, grace_days)
        if person.next_planned is not None:
            planned += late
        elif late or person.last_held is None:
            found.append((person, due))
    found.sort(key=lambda pair: (pair[1], pair[0].sort_key))
    people = tuple(
        OverduePerson(
            employee_id=person.employee_id,
            employee=person.full_name,
            list_name=person.list_name,
            last_held=person.last_held,
            due=due,
            days_overdue=days_overdue(due, today),
            newcomer=not is_overdue(due, today, grace_days),
            days_since_last=(today - person.last_held).days if person.last_held else None,
        )
        for person, due in found
    )
    return OverdueCount(people, planned)


def late_agreements(
    session: Session, today: date, team_id: int | None = None, *, limit: int | None = None
) -> tuple[tuple[LateAgreement, ...], int]:
    """Open agreements of people in service whose due date has passed, oldest first (with
    `limit` only the first ones, and how many more there are)."""
    query = (
        select(
            Agreement.id,
            Agreement.employee_id,
            Employee.first_name,
            Employee.tussenvoegsel,
            Employee.last_name,
            Agreement.text,
            Agreement.owner,
            Agreement.due_date,
            Agreement.conversation_id,
        )
        .join(Employee, Employee.id == Agreement.employee_id)
        .where(
            Agreement.status == AgreementStatus.OPEN,
            Agreement.due_date < today,
            in_service(today),
        )
        .order_by(Agreement.due_date, Employee.last_name, Employee.first_name, Agreement.id)
    )
    if team_id is not None:
        query = query.where(Employee.team_id == team_id)
    late: list[LateAgreement] = []
    rows, more = first_rows(session, query, limit)
    for aid, eid, first, tv, last, text, owner, due, cid in rows:
        assert due is not None  # filtered on due_date < today
        name = full_name(first, tv, last)
        late.append(LateAgreement(aid, eid, name, text, owner, due, (today - due).days, cid))
    return tuple(late), more


def _since(person: CadenceFacts) -> date | None:
    """How long someone without any held talk has been around: the date in service."""
    return person.date_in_service or person.added_on


def longest_without(
    session: Session,
    today: date,
    team_id: int | None = None,
    limit: int = LONGEST_WITHOUT_LIMIT,
    *,
    facts: list[CadenceFacts] | None = None,
) -> tuple[LongestWithout, ...]:
    """The people whose last held conversation is longest ago; never held first (those who
    started earliest first). `facts`: cadence_facts already read for the same day and team."""
    people = cadence_facts(session, today, team_id) if facts is None else facts

    def key(person: CadenceFacts) -> tuple[bool, date, tuple[str, str, str, int]]:
        since = person.last_held or _since(person) or today
        return (person.last_held is not None, since, person.sort_key)

    return tuple(
        LongestWithout(p.employee_id, p.full_name, p.list_name, p.last_held, _since(p))
        for p in sorted(people, key=key)[:limit]
    )


# --- the page --------------------------------------------------------------------------------


def overview(
    ctx: ServiceContext,
    today: date | None = None,
    team_id: int | None = None,
    *,
    limit: int | None = None,
) -> OverviewView:
    """The page's blocks in a fixed number of statements, whatever the number of people or
    the length of the history. `limit`: the week, the unsigned talks, the late agreements and
    the people to plan only their first ones (chosen in SQL; `hidden` says how many more), as a
    card shows them."""
    today = today or date.today()
    settings = get_settings(ctx)
    grace = settings.overdue_grace_days
    # A card (a limit) on a file: the people first in line and the totals from the state
    # for the day (services/cards), else straight from the summaries (schema 0008).
    card = limit is not None and limit > 0 and person_day.refreshed(ctx, today, settings)
    with ctx.sessions() as session:
        month, year = period_counts(session, today, team_id)
        if card:
            assert limit is not None
            counted = first_lines.totals(session, team_id)
            found = first_lines.people_card(session, today, grace, team_id, limit, counted)
            total: int | None = counted.unsigned
        else:
            found = overview_people.people_blocks(session, today, grace, team_id, limit)
            total = None
        overdue = found.overdue
        week, more_week = agenda(session, today, team_id, limit=limit)
        to_sign, more_unsigned = unsigned(session, today, team_id, limit=limit, total=total)
        late, more_late = late_agreements(session, today, team_id, limit=limit)
        return OverviewView(
            today=today,
            week=week,
            overdue=overdue.people,
            overdue_planned=overdue.planned,
            unsigned=to_sign,
            late_agreements=late,
            longest_without=found.longest_without,
            month_counts=month,
            year_counts=year,
            hidden=Hidden(more_week, more_unsigned, more_late, overdue.more),
        )
