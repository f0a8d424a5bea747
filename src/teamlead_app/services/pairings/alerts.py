"""The overview's guidance blocks (issue 12): newcomers without a buddy, check-ins due,
pairings ending within 30 days, mentors over capacity. Two queries whatever the size of the
company: the open pairings with both names and the last check-in, and the newcomers who are
nobody's mentee in an open pairing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, exists, func, or_, select
from sqlalchemy.orm import aliased

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Employee, Pairing, PairingCheckin
from teamlead_app.data.statuses import PairingStatus
from teamlead_app.records.pairings import OPEN_STATUSES
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.conversations.overview_limits import first_rows
from teamlead_app.services.pairings import alerts_first
from teamlead_app.services.pairings.onboarding_plan import NEWCOMER_KINDS
from teamlead_app.services.people.names import full_name

ENDING_DAYS = 30
DUE_AHEAD_DAYS = 7  # a check-in due within the coming week shows already


@dataclass(frozen=True)
class NewcomerAlert:
    employee_id: int
    employee: str
    kind: str
    since: date | None


@dataclass(frozen=True)
class PairingAlert:
    pairing_id: int
    mentee_id: int | None
    mentee: str
    mentor: str
    day: date  # the check-in due date, or the planned end
    last_checkin: date | None = None


@dataclass(frozen=True)
class CapacityAlert:
    employee_id: int
    mentor: str
    active: int
    limit: int


@dataclass(frozen=True)
class PairingAlerts:
    newcomers: tuple[NewcomerAlert, ...]
    checkins_due: tuple[PairingAlert, ...]
    ending_soon: tuple[PairingAlert, ...]
    over_capacity: tuple[CapacityAlert, ...]
    # With a limit (a card): how many more newcomers, check-ins and endings than listed.
    more: tuple[int, int, int] = (0, 0, 0)


def _name(first: str | None, tussenvoegsel: str | None, last: str | None) -> str:
    """A person's name from plain columns ("" for nobody: an outer join found no one)."""
    return full_name(first or "", tussenvoegsel or "", last or "") if first is not None else ""


def _alert(
    pid: int,
    mentee_id: int | None,
    mentee: Sequence[Any],
    mentor: Sequence[Any],
    day: date,
    last_on: date | None,
) -> PairingAlert:
    return PairingAlert(pid, mentee_id, _name(*mentee), _name(*mentor), day, last_on)


def _newcomers(today: date, team_id: int | None) -> Select[*tuple[Any, ...]]:
    """Newcomers (kind or stage) in service who are nobody's mentee in an open pairing,
    the latest started first."""
    in_service = or_(Employee.date_out_of_service.is_(None), Employee.date_out_of_service >= today)
    has_buddy = exists().where(Pairing.mentee_id == Employee.id, Pairing.status.in_(OPEN_STATUSES))
    query = (
        select(
            Employee.id,
            Employee.first_name,
            Employee.tussenvoegsel,
            Employee.last_name,
            Employee.kind,
            Employee.date_in_service,
        )
        .where(
            or_(Employee.kind.in_(NEWCOMER_KINDS), Employee.stage == "starter"),
            in_service,
            ~has_buddy,
        )
        .order_by(
            Employee.date_in_service.desc(), Employee.last_name, Employee.first_name, Employee.id
        )
    )
    return query if team_id is None else query.where(Employee.team_id == team_id)


def _newcomer(row: Any) -> NewcomerAlert:
    eid, first, tv, last_name, kind, since = row
    return NewcomerAlert(eid, _name(first, tv, last_name), kind, since)


def _first_alerts(
    ctx: ServiceContext, today: date, team_id: int | None, limit: int
) -> PairingAlerts:
    mentees = get_settings(ctx).max_active_mentees
    active = func.count(Pairing.id)
    over_query = (
        select(Employee.id, Employee.first_name, Employee.tussenvoegsel, Employee.last_name, active)
        .join(Pairing, Pairing.mentor_id == Employee.id)
        .where(Pairing.status == PairingStatus.ACTIVE)
        .group_by(Employee.id, Employee.first_name, Employee.tussenvoegsel, Employee.last_name)
        .having(active > mentees)
    )
    with ctx.sessions() as session:
        found, more_new = first_rows(session, _newcomers(today, team_id), limit)
        due, more_due = alerts_first.checkins_due(
            session, today, team_id, limit, DUE_AHEAD_DAYS, _alert
        )
        ending, more_ending = alerts_first.ending_soon(
            session, today, team_id, limit, ENDING_DAYS, _alert
        )
        over = [
            CapacityAlert(who, _name(first, tv, last_name), n, mentees)
            for who, first, tv, last_name, n in session.execute(over_query)
        ]
    return PairingAlerts(
        tuple(_newcomer(row) for row in found),
        tuple(due),
        tuple(ending),
        tuple(sorted(over, key=lambda c: (-c.active, c.mentor))),
        (more_new, more_due, more_ending),
    )


def pairing_alerts(
    ctx: ServiceContext,
    today: date | None = None,
    team_id: int | None = None,
    *,
    limit: int | None = None,
) -> PairingAlerts:
    """The four blocks (optionally of one team; mentors over capacity always of everyone).
    With `limit` (a card) only the first newcomers, check-ins and endings, chosen in SQL
    (alerts_first.py), and `more` says how many more there are."""
    today = today or date.today()
    if limit is not None:
        return _first_alerts(ctx, today, team_id, limit)
    limit = get_settings(ctx).max_active_mentees
    mentor, mentee = aliased(Employee), aliased(Employee)
    last = (
        select(PairingCheckin.held_on)
        .where(PairingCheckin.pairing_id == Pairing.id)
        .order_by(PairingCheckin.held_on.desc())
        .limit(1)
        .scalar_subquery()
    )
    # Plain columns, no ORM entities: a thousand open pairings of a large company cost three
    # thousand objects otherwise, and only the names of the pairings shown are made.
    open_query = (
        select(
            Pairing.id,
            Pairing.status,
            Pairing.mentor_id,
            Pairing.mentee_id,
            Pairing.start_on,
            Pairing.planned_end_on,
            Pairing.checkin_weeks,
            mentee.team_id,
            mentor.first_name,
            mentor.tussenvoegsel,
            mentor.last_name,
            mentee.first_name,
            mentee.tussenvoegsel,
            mentee.last_name,
            last,
        )
        .outerjoin(mentor, mentor.id == Pairing.mentor_id)
        .outerjoin(mentee, mentee.id == Pairing.mentee_id)
        .where(Pairing.status.in_(OPEN_STATUSES))
    )
    newcomer_query = _newcomers(today, team_id)
    with ctx.sessions() as session:
        rows = [tuple(row) for row in session.execute(open_query)]
        newcomers = tuple(_newcomer(row) for row in session.execute(newcomer_query))
    due: list[PairingAlert] = []
    ending: list[PairingAlert] = []
    active = Counter(row[2] for row in rows if row[1] == PairingStatus.ACTIVE and row[2])
    mentor_names: dict[int, tuple[str | None, str | None, str | None]] = {}
    for pid, status, mentor_id, mentee_id, start, end, weeks, team, *names, last_on in rows:
        if mentor_id is not None and names[0] is not None:
            mentor_names[mentor_id] = (names[0], names[1], names[2])
        if team_id is not None and team != team_id:
            continue  # no mentee (team None) is no pairing of the team either
        if status == PairingStatus.ACTIVE and start <= today:
            next_on = (last_on or start) + timedelta(weeks=weeks)
            if next_on <= today + timedelta(days=DUE_AHEAD_DAYS):
                due.append(_alert(pid, mentee_id, names[3:], names[:3], next_on, last_on))
        if today <= end <= today + timedelta(days=ENDING_DAYS):
            ending.append(_alert(pid, mentee_id, names[3:], names[:3], end, None))
    over = tuple(
        sorted(
            (
                CapacityAlert(who, _name(*mentor_names.get(who, (None, None, None))), n, limit)
                for who, n in active.items()
                if n > limit
            ),
            key=lambda c: (-c.active, c.mentor),
        )
    )
    return PairingAlerts(
        newcomers,
        tuple(sorted(due, key=lambda x: (x.day, x.pairing_id))),
        tuple(sorted(ending, key=lambda x: (x.day, x.pairing_id))),
        over,
    )
