"""The rotation planner's grid (issue 11): the people of a team × the weeks of a quarter or a
year. Per cell: the rotations of that person that week (as guest or as host), the planned
conversations, and whether the host of a guest's rotation is away (a host on a rotation of
their own counts as away).

The grid is read in a fixed number of statements whatever the team's size (people, the
rotations with their people, the hosts' own rotations, the conversations); the conflicts
come from the rules of `rotation_rules`, for all planned and running rotations of the
period at once (`rotation_rules_batch`), never per cell."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import Any, Literal

from sqlalchemy import or_, select
from sqlalchemy.orm import aliased

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Conversation, Employee, Rotation, Station, Team
from teamlead_app.data.statuses import ConversationStatus, RotationStatus
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import t
from teamlead_app.records.rotations import ACTIVE_STATUSES
from teamlead_app.services.conversations.days_off import days_off_in
from teamlead_app.services.people.names import full_name, sort_key
from teamlead_app.services.rotations import rules_batch as rotation_rules_batch

Span = Literal["quarter", "year"]
SPANS: tuple[Span, ...] = ("quarter", "year")


@dataclass(frozen=True)
class CellRotation:
    """One rotation in one week of one person: `code` "R1" (guest) or "B1" (host); the
    number is the rotation's place in the period, so guest and host share it."""

    rotation_id: int
    number: int
    role: Literal["guest", "host"]
    guest: str
    host: str
    where: str
    date_from: date
    date_to: date
    status: str
    conflicts: tuple[str, ...]
    host_away: str = ""  # the guest's host is away this week: why (empty when present)

    @property
    def code(self) -> str:
        return f"{'R' if self.role == 'guest' else 'B'}{self.number}"


@dataclass(frozen=True)
class CellConversation:
    conversation_id: int
    kind: str
    scheduled_at: datetime


@dataclass(frozen=True)
class PlannerCell:
    rotations: tuple[CellRotation, ...] = ()
    conversations: tuple[CellConversation, ...] = ()

    @property
    def conflicted(self) -> bool:
        return any(r.conflicts for r in self.rotations)

    @property
    def host_away(self) -> bool:
        return any(r.host_away for r in self.rotations)


@dataclass(frozen=True)
class PlannerPerson:
    id: int
    name: str


@dataclass(frozen=True)
class PlannerView:
    team_id: int
    span: Span
    start: date  # the first Monday
    weeks: tuple[date, ...]  # the Mondays
    people: tuple[PlannerPerson, ...]
    cells: tuple[tuple[PlannerCell, ...], ...]  # [person][week]
    rotation_count: int
    # Working days nobody works or the lead blocked (holidays, bouwvak, leave): day, why.
    days_off: tuple[tuple[date, str], ...] = ()

    @property
    def end(self) -> date:
        return self.weeks[-1] + timedelta(days=6)

    def cell(self, person_row: int, week: int) -> PlannerCell:
        return self.cells[person_row][week]

    def days_off_in_week(self, week: int) -> tuple[tuple[date, str], ...]:
        monday = self.weeks[week]
        return tuple((d, why) for d, why in self.days_off if 0 <= (d - monday).days < 7)


def period_weeks(anchor: date, span: Span) -> tuple[date, ...]:
    """The Mondays of the ISO weeks of the quarter (or year) containing `anchor`: a week
    belongs where its Thursday falls, so a year has its ISO weeks 1-52 (or 53)."""
    if span not in SPANS:
        raise ValidationError(t("Kies kwartaal of jaar.", "Choose quarter or year."), field="span")
    if span == "year":
        first, last = date(anchor.year, 1, 1), date(anchor.year, 12, 31)
    else:
        month = 3 * ((anchor.month - 1) // 3) + 1
        first = date(anchor.year, month, 1)
        following = date(anchor.year + (month == 10), (month + 2) % 12 + 1, 1)
        last = following - timedelta(days=1)
    monday = first - timedelta(days=first.weekday())
    if monday + timedelta(days=3) < first:
        monday += timedelta(days=7)
    weeks = []
    while monday + timedelta(days=3) <= last:
        weeks.append(monday)
        monday += timedelta(days=7)
    return tuple(weeks)


def shift(anchor: date, span: Span, steps: int) -> date:
    """The anchor of the previous (-1) or next (+1) quarter or year."""
    if span == "year":
        return date(anchor.year + steps, 1, 1)
    index = anchor.year * 4 + (anchor.month - 1) // 3 + steps
    return date(index // 4, 3 * (index % 4) + 1, 1)


def _name(e: Employee | None) -> str:
    return full_name(e.first_name, e.tussenvoegsel, e.last_name) if e else ""


def planner(
    ctx: ServiceContext,
    team_id: int,
    anchor: date | None = None,
    span: Span = "quarter",
    *,
    with_conflicts: bool = True,
) -> PlannerView:
    """The grid of `team_id` for the quarter (or year) containing `anchor` (today)."""
    weeks = period_weeks(anchor or date.today(), span)
    start, end = weeks[0], weeks[-1] + timedelta(days=6)
    team_people, shown, away, talks, off = _read(ctx, team_id, start, end)
    ids = [e.id for e in team_people]
    conflicts: dict[int, tuple[str, ...]] = {}
    if with_conflicts:
        active = [r.id for r, *_ in shown if r.status in ACTIVE_STATUSES]
        found = rotation_rules_batch.conflicts_of_many(ctx, active)
        conflicts = {i: tuple(c.message for c in found[i]) for i in active}
    cells = _grid(weeks, ids, shown, away, talks, conflicts)
    return PlannerView(
        team_id,
        span,
        start,
        weeks,
        tuple(PlannerPerson(e.id, _name(e)) for e in team_people),
        cells,
        len(shown),
        tuple(sorted((d, why) for d, why in off.items() if d.weekday() < 5)),
    )


def _read(
    ctx: ServiceContext, team_id: int, start: date, end: date
) -> tuple[Any, Any, Any, Any, dict[date, str]]:
    """The team's people, the rotations they go on or host, the hosts' own rotations, the
    planned conversations and the days off: five statements whatever the team's size."""
    with ctx.sessions() as session:
        team_people = list(
            session.scalars(
                select(Employee).where(
                    Employee.team_id == team_id,
                    or_(
                        Employee.date_out_of_service.is_(None),
                        Employee.date_out_of_service >= start,
                    ),
                    or_(Employee.date_in_service.is_(None), Employee.date_in_service <= end),
                )
            )
        )
        team_people.sort(key=lambda e: sort_key(e.first_name, e.tussenvoegsel, e.last_name))
        guest, host, target = aliased(Employee), aliased(Employee), aliased(Team)
        in_period = (Rotation.date_from <= end) & (Rotation.date_to >= start)
        team_member = select(Employee.id).where(Employee.team_id == team_id)
        shown = session.execute(
            select(Rotation, guest, host, Station.name, target.name)
            .join(guest, guest.id == Rotation.employee_id)
            .outerjoin(host, host.id == Rotation.host_id)
            .outerjoin(Station, Station.id == Rotation.station_id)
            .outerjoin(target, target.id == Rotation.target_team_id)
            .where(
                in_period,
                Rotation.status != RotationStatus.BROKEN_OFF,
                or_(Rotation.employee_id.in_(team_member), Rotation.host_id.in_(team_member)),
            )
            .order_by(Rotation.date_from, Rotation.id)
        ).all()
        # The hosts' own rotations (a host on a rotation is away), from any team: one query.
        host_ids = {r.host_id for r, *_ in shown if r.host_id is not None}
        away = session.execute(
            select(Rotation.employee_id, Rotation.date_from, Rotation.date_to).where(
                in_period,
                Rotation.status.in_(ACTIVE_STATUSES),
                Rotation.employee_id.in_(host_ids),
            )
        ).all()
        talks = session.execute(
            select(
                Conversation.id,
                Conversation.employee_id,
                Conversation.kind,
                Conversation.scheduled_at,
            ).where(
                Conversation.employee_id.in_(team_member),
                Conversation.status == ConversationStatus.PLANNED.value,
                Conversation.scheduled_at >= datetime.combine(start, datetime.min.time()),
                Conversation.scheduled_at
                < datetime.combine(end + timedelta(days=1), datetime.min.time()),
            )
        ).all()
        off = days_off_in(session, start, end)
    return team_people, shown, away, talks, off


def _grid(
    weeks: tuple[date, ...],
    ids: list[int],
    shown: Any,
    away: Any,
    talks: Any,
    conflicts: dict[int, tuple[str, ...]],
) -> tuple[tuple[PlannerCell, ...], ...]:
    """Each rotation into the weeks it touches (guest and host rows), each talk its week."""
    start = weeks[0]
    row_of = {pid: i for i, pid in enumerate(ids)}
    grid: list[list[tuple[list[CellRotation], list[CellConversation]]]] = [
        [([], []) for _ in weeks] for _ in ids
    ]
    own: dict[int, list[tuple[date, date]]] = {}
    for employee_id, a, b in away:
        own.setdefault(employee_id, []).append((a, b))
    for number, (r, g, h, station, target_name) in enumerate(shown, start=1):
        where = " · ".join(x for x in (station or "", target_name or "", r.department) if x)
        for w, monday in enumerate(weeks):
            sunday = monday + timedelta(days=6)
            if r.date_from > sunday or r.date_to < monday:
                continue
            base = CellRotation(
                r.id,
                number,
                "guest",
                _name(g),
                _name(h),
                where,
                r.date_from,
                r.date_to,
                r.status,
                conflicts.get(r.id, ()),
            )
            if r.employee_id in row_of:
                why = _host_away(r, h, own.get(r.host_id or 0, []), monday, sunday)
                grid[row_of[r.employee_id]][w][0].append(replace(base, host_away=why))
            if r.host_id in row_of:
                grid[row_of[r.host_id]][w][0].append(replace(base, role="host"))
    for talk_id, employee_id, kind, when in talks:
        w = (when.date() - start).days // 7
        if employee_id in row_of and 0 <= w < len(weeks):
            grid[row_of[employee_id]][w][1].append(CellConversation(talk_id, kind, when))
    return tuple(
        tuple(
            PlannerCell(tuple(rs), tuple(sorted(cs, key=lambda c: c.scheduled_at)))
            for rs, cs in row
        )
        for row in grid
    )


def _host_away(
    r: Rotation, h: Employee | None, own: list[tuple[date, date]], monday: date, sunday: date
) -> str:
    if h is None or r.status not in ACTIVE_STATUSES:
        return ""
    first, last = max(monday, r.date_from), min(sunday, r.date_to)
    for a, b in own:
        if a <= last and b >= first:
            return t(
                f"Begeleider {_name(h)} is deze week zelf op roulatie.",
                f"Host {_name(h)} is on a rotation of their own this week.",
            )
    if h.date_out_of_service is not None and h.date_out_of_service < last:
        return t(
            f"Begeleider {_name(h)} is deze week uit dienst.",
            f"Host {_name(h)} is out of service this week.",
        )
    return ""
