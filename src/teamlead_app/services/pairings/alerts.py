"""The overview's guidance blocks (issue 12): newcomers without a buddy, check-ins due,
pairings ending within 30 days, mentors over capacity. Two queries whatever the size of the
company: the open pairings with both names and the last check-in, and the newcomers who are
nobody's mentee in an open pairing."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import exists, or_, select
from sqlalchemy.orm import aliased

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Employee, Pairing, PairingCheckin
from teamlead_app.data.statuses import PairingStatus
from teamlead_app.records.pairings import OPEN_STATUSES
from teamlead_app.services.common.settings import get_settings
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


def _name(first: str | None, tussenvoegsel: str | None, last: str | None) -> str:
    """A person's name from plain columns ("" for nobody: an outer join found no one)."""
    return full_name(first or "", tussenvoegsel or "", last or "") if first is not None else ""


def pairing_alerts(
    ctx: ServiceContext, today: date | None = None, team_id: int | None = None
) -> PairingAlerts:
    today = today or date.today()
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
    in_service = or_(Employee.date_out_of_service.is_(None), Employee.date_out_of_service >= today)
    has_buddy = exists().where(Pairing.mentee_id == Employee.id, Pairing.status.in_(OPEN_STATUSES))
    newcomer_query = (
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
        .order_by(Employee.date_in_service.desc(), Employee.last_name, Employee.first_name)
    )
    if team_id is not None:
        newcomer_query = newcomer_query.where(Employee.team_id == team_id)
    with ctx.sessions() as session:
        rows = [tuple(row) for row in session.execute(open_query)]
        newcomers = tuple(
            NewcomerAlert(eid, _name(first, tv, last_name), kind, since)
            for eid, first, tv, last_name, kind, since in session.execute(newcomer_query)
        )
    due, ending = [], []
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
                due.append(
                    PairingAlert(
                        pid, mentee_id, _name(*names[3:]), _name(*names[:3]), next_on, last_on
                    )
                )
        if today <= end <= today + timedelta(days=ENDING_DAYS):
            ending.append(PairingAlert(pid, mentee_id, _name(*names[3:]), _name(*names[:3]), end))
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
        tuple(sorted(due, key=lambda x: x.day)),
        tuple(sorted(ending, key=lambda x: x.day)),
        over,
    )
