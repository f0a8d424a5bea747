"""Conflicts of a planned rotation: warnings with their reasons, never silent and never a
refusal (the foreman decides). Five rules (domain §3.7-3.9):

- `double_booking`: the person already has a rotation in (part of) the period;
- `host_busy`: the host would have more guests at once than the setting allows (default 2),
  or is away on a rotation of their own;
- `prerequisite`: a prerequisite skill of the station is not signed off (below U);
- `coverage`: a skill of the home team drops under 2 qualified while the person is away;
- `certificate`: a certificate the target station or skill requires is missing or expires
  before the rotation ends."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import (
    Certificate,
    CertificateType,
    Employee,
    PersonSkill,
    Rotation,
    Skill,
    Station,
    StationSkill,
)
from teamlead_app.i18n import t
from teamlead_app.records.rotations import ACTIVE_STATUSES, RotationView
from teamlead_app.records.skills import LEVEL_RANK, MIN_QUALIFIED
from teamlead_app.reports.matrix_style import level_text
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.people.names import full_name
from teamlead_app.services.rotations.draft import RotationDraft
from teamlead_app.services.rotations.schedule import list_rotations, overlaps, people_away
from teamlead_app.services.skills.coverage import compute_coverage
from teamlead_app.services.skills.levels import QUALIFIED_LEVELS
from teamlead_app.util.dates import format_date

CONFLICT_KINDS = ("double_booking", "host_busy", "prerequisite", "coverage", "certificate")


@dataclass(frozen=True)
class Conflict:
    kind: str
    message: str


def _period(start: date, end: date) -> str:
    return f"{format_date(start)} – {format_date(end)}"


def find_conflicts(
    ctx: ServiceContext, draft: RotationDraft, rotation_id: int | None = None
) -> list[Conflict]:
    """Every conflict of `draft` (the rotation `rotation_id` itself, when it is being
    changed, does not count against itself)."""
    max_guests = get_settings(ctx).max_guests_per_host
    with ctx.sessions() as session:
        conflicts = _double_booking(session, draft, rotation_id)
        conflicts += _host_busy(session, draft, rotation_id, max_guests)
        conflicts += _prerequisites(session, draft)
        conflicts += _certificates(session, draft)
        away = people_away(session, draft.date_from, draft.date_to)
        if rotation_id is not None:
            still = session.scalar(
                select(func.count())
                .select_from(Rotation)
                .where(
                    Rotation.employee_id == draft.employee_id,
                    Rotation.id != rotation_id,
                    Rotation.status.in_(ACTIVE_STATUSES),
                    overlaps(draft.date_from, draft.date_to),
                )
            )
            if not still:
                away.discard(draft.employee_id)
        person = session.get(Employee, draft.employee_id)
        team_id = person.team_id if person else None
        qualified = set(
            session.scalars(
                select(PersonSkill.skill_id).where(
                    PersonSkill.employee_id == draft.employee_id,
                    PersonSkill.level.in_(QUALIFIED_LEVELS),
                )
            )
        )
    if team_id is not None and qualified:
        conflicts += _coverage(ctx, draft, team_id, qualified, away | {draft.employee_id})
    return conflicts


def conflicts_of(ctx: ServiceContext, rotation_id: int) -> list[Conflict]:
    """The conflicts of a stored rotation (for the list and the planner)."""
    with ctx.sessions() as session:
        r = session.get(Rotation, rotation_id)
        if r is None or r.status not in ACTIVE_STATUSES:
            return []
        draft = RotationDraft(
            r.employee_id,
            r.date_from,
            r.date_to,
            r.form_id,
            r.host_id,
            r.station_id,
            r.target_team_id,
            r.department,
            r.skill_id,
            r.target_level,
            r.goal_id,
            r.status,
        )
    return find_conflicts(ctx, draft, rotation_id)


def _others(session: Session, draft: RotationDraft, rotation_id: int | None):  # type: ignore[no-untyped-def]
    query = select(Rotation).where(
        Rotation.status.in_(ACTIVE_STATUSES), overlaps(draft.date_from, draft.date_to)
    )
    if rotation_id is not None:
        query = query.where(Rotation.id != rotation_id)
    return query.order_by(Rotation.date_from, Rotation.id)


def _double_booking(
    session: Session, draft: RotationDraft, rotation_id: int | None
) -> list[Conflict]:
    rows = session.scalars(
        _others(session, draft, rotation_id).where(Rotation.employee_id == draft.employee_id)
    )
    return [_double_booked(r.date_from, r.date_to) for r in rows]


def _double_booked(start: date, end: date) -> Conflict:
    return Conflict(
        "double_booking",
        t(
            f"Dubbel geboekt: deze medewerker heeft al een roulatie van {_period(start, end)}.",
            f"Double booking: this employee already has a rotation from {_period(start, end)}.",
        ),
    )


def _most_at_once(periods: list[tuple[date, date]], start: date, end: date) -> int:
    """The largest number of `periods` running on one day within start-end."""
    days = sorted({max(a, start) for a, _ in periods})
    return max((sum(1 for a, b in periods if a <= d <= b) for d in days), default=0)


def _host_busy(
    session: Session, draft: RotationDraft, rotation_id: int | None, max_guests: int
) -> list[Conflict]:
    if draft.host_id is None:
        return []
    host = session.get(Employee, draft.host_id)
    name = full_name(host.first_name, host.tussenvoegsel, host.last_name) if host else ""
    guests = [
        (r.date_from, r.date_to)
        for r in session.scalars(
            _others(session, draft, rotation_id).where(Rotation.host_id == draft.host_id)
        )
    ]
    own = session.scalars(
        _others(session, draft, rotation_id).where(Rotation.employee_id == draft.host_id)
    ).first()
    own_period = (own.date_from, own.date_to) if own is not None else None
    return _host_conflicts(name, guests, own_period, draft, max_guests)


def _host_conflicts(
    name: str,
    guests: list[tuple[date, date]],
    own: tuple[date, date] | None,
    draft: RotationDraft,
    max_guests: int,
) -> list[Conflict]:
    conflicts: list[Conflict] = []
    at_once = _most_at_once(guests, draft.date_from, draft.date_to) + 1
    if at_once > max_guests:
        conflicts.append(
            Conflict(
                "host_busy",
                t(
                    f"Begeleider {name} heeft dan {at_once} gasten tegelijk (maximaal "
                    f"{max_guests}).",
                    f"Host {name} would have {at_once} guests at once (at most {max_guests}).",
                ),
            )
        )
    if own is not None:
        conflicts.append(
            Conflict(
                "host_busy",
                t(
                    f"Begeleider {name} is zelf op roulatie van {_period(*own)}.",
                    f"Host {name} is on a rotation of their own from {_period(*own)}.",
                ),
            )
        )
    return conflicts


def _station_skills(session: Session, station_id: int | None) -> list[Skill]:
    if station_id is None:
        return []
    return list(
        session.scalars(
            select(Skill)
            .join(StationSkill, StationSkill.skill_id == Skill.id)
            .where(StationSkill.station_id == station_id)
            .order_by(Skill.name)
        )
    )


def _prerequisites(session: Session, draft: RotationDraft) -> list[Conflict]:
    station = session.get(Station, draft.station_id) if draft.station_id else None
    if station is None:
        return []
    needed = _station_skills(session, station.id)
    levels = {
        p.skill_id: p.level
        for p in session.scalars(
            select(PersonSkill).where(PersonSkill.employee_id == draft.employee_id)
        )
    }
    return _prerequisite_conflicts(station.name, [(k.id, k.name) for k in needed], levels)


def _prerequisite_conflicts(
    station: str, needed: list[tuple[int, str]], levels: dict[int, str]
) -> list[Conflict]:
    conflicts = []
    for skill_id, skill_name in needed:
        level = levels.get(skill_id, "-")
        if LEVEL_RANK[level] < LEVEL_RANK["U"]:
            conflicts.append(
                Conflict(
                    "prerequisite",
                    t(
                        f"Werkplek {station} vraagt eerst '{skill_name}' op niveau U; "
                        f"deze medewerker staat op {level_text(level)}.",
                        f"Station {station} first needs '{skill_name}' at level U; "
                        f"this employee is at {level_text(level)}.",
                    ),
                )
            )
    return conflicts


def _certificates(session: Session, draft: RotationDraft) -> list[Conflict]:
    skills = _station_skills(session, draft.station_id)
    if draft.skill_id is not None:
        target = session.get(Skill, draft.skill_id)
        skills += [target] if target is not None else []
    type_ids = {s.certificate_type_id for s in skills if s.certificate_type_id is not None}
    if not type_ids:
        return []
    names = dict(
        session.execute(
            select(CertificateType.id, CertificateType.name).where(CertificateType.id.in_(type_ids))
        ).all()
    )
    certificates = [
        (c.type_id, c.expires_on)
        for c in session.scalars(
            select(Certificate).where(
                Certificate.employee_id == draft.employee_id,
                Certificate.type_id.in_(type_ids),
                Certificate.issued_on <= draft.date_from,
            )
        )
    ]
    return _certificate_conflicts(names, certificates, draft)


def _certificate_conflicts(
    names: dict[int, str], certificates: list[tuple[int, date | None]], draft: RotationDraft
) -> list[Conflict]:
    """`names`: the required types; `certificates`: the person's, issued by the start."""
    held: dict[int, date | None] = {}
    for type_id, expires_on in certificates:
        best = held.get(type_id, date.min)
        if expires_on is None or (best is not None and expires_on > best):
            held[type_id] = expires_on
    conflicts = []
    for type_id in sorted(names, key=lambda i: names[i].lower()):
        name = names[type_id]
        if type_id not in held:
            message = t(
                f"Certificaat {name} is vereist en ontbreekt bij deze medewerker.",
                f"Certificate {name} is required and this employee does not have it.",
            )
        else:
            until = held[type_id]
            if until is None or until >= draft.date_to:
                continue
            message = (
                t(
                    f"Certificaat {name} is vereist en verloopt op {format_date(until)}, vóór het "
                    "einde van de roulatie.",
                    f"Certificate {name} is required and expires on {format_date(until)}, before "
                    "the rotation ends.",
                )
                if until >= draft.date_from
                else t(
                    f"Certificaat {name} is vereist en is verlopen op {format_date(until)}.",
                    f"Certificate {name} is required and expired on {format_date(until)}.",
                )
            )
        conflicts.append(Conflict("certificate", message))
    return conflicts


def _coverage(
    ctx: ServiceContext, draft: RotationDraft, team_id: int, qualified: set[int], away: set[int]
) -> list[Conflict]:
    rows = compute_coverage(
        ctx,
        team_id=team_id,
        today=draft.date_from,
        warning_days=0,
        away_ids=away,
    )
    conflicts = []
    for row in rows:
        left = row.qualified - row.away
        if row.skill_id in qualified and left < MIN_QUALIFIED:
            conflicts.append(_coverage_conflict(row.skill, left))
    return conflicts


def _coverage_conflict(skill: str, left: int) -> Conflict:
    return Conflict(
        "coverage",
        t(
            f"'{skill}' houdt in het eigen team {left} gekwalificeerde over (minimaal "
            f"{MIN_QUALIFIED}) zolang deze medewerker weg is.",
            f"'{skill}' keeps {left} qualified in the home team (at least {MIN_QUALIFIED}) "
            "while this employee is away.",
        ),
    )


@dataclass(frozen=True)
class RotationRow:
    rotation: RotationView
    conflicts: tuple[Conflict, ...]


def rotations_with_conflicts(ctx: ServiceContext, team_id: int | None = None) -> list[RotationRow]:
    """The planner's list: every rotation of the team's people with the conflicts of the
    planned and running ones (finished rotations have none), read for all at once."""
    from teamlead_app.services.rotations.rules_batch import conflicts_of_many  # it uses us

    views = list_rotations(ctx, team_id=team_id)
    found = conflicts_of_many(ctx, [r.id for r in views])
    return [RotationRow(r, found[r.id]) for r in views]
