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


def _name(e: Employee | None) -> str:
    return full_name(e.first_name, e.tussenvoegsel, e.last_name) if e else ""


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
    open_query = (
        select(Pairing, mentor, mentee, last)
        .outerjoin(mentor, mentor.id == Pairing.mentor_id)
        .outerjoin(mentee, mentee.id == Pairing.mentee_id)
        .where(Pairing.status.in_(OPEN_STATUSES))
    )
    in_service = or_(Employee.date_out_of_service.is_(None), Employee.date_out_of_service >= today)
    has_buddy = exists().where(Pairing.mentee_id == Employee.id, Pairing.status.in_(OPEN_STATUSES))
    newcomer_query = (
        select(Employee)
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
        rows = session.execute(open_query).all()
        newcomers = tuple(
            NewcomerAlert(e.id, _name(e), e.kind, e.date_in_service)
            for e in session.scalars(newcomer_query)
        )
    due, ending = [], []
    active = Counter(
        p.mentor_id for p, *_ in rows if p.status == PairingStatus.ACTIVE and p.mentor_id
    )
    names: dict[int, str] = {}
    for p, a, b, last_on in rows:
        if a is not None:
            names[a.id] = _name(a)
        if team_id is not None and (b is None or b.team_id != team_id):
            continue
        if p.status == PairingStatus.ACTIVE and p.start_on <= today:
            next_on = (last_on or p.start_on) + timedelta(weeks=p.checkin_weeks)
            if next_on <= today + timedelta(days=DUE_AHEAD_DAYS):
                due.append(PairingAlert(p.id, p.mentee_id, _name(b), _name(a), next_on, last_on))
        if today <= p.planned_end_on <= today + timedelta(days=ENDING_DAYS):
            ending.append(PairingAlert(p.id, p.mentee_id, _name(b), _name(a), p.planned_end_on))
    over = tuple(
        sorted(
            (
                CapacityAlert(who, names.get(who, ""), n, limit)
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
