"""The conflicts of many stored rotations at once (the planner's grid): the same five rules
and the same messages as `rotation_rules.conflicts_of`, but the facts are read once for all
rotations in a fixed number of statements and the rules run in memory. A test checks that
both give the same conflicts."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection
from dataclasses import dataclass
from datetime import date

from sqlalchemy import or_, select
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
    Team,
)
from teamlead_app.records.rotations import ACTIVE_STATUSES
from teamlead_app.records.skills import MIN_QUALIFIED
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.people.names import full_name
from teamlead_app.services.rotations import rules
from teamlead_app.services.rotations.draft import RotationDraft
from teamlead_app.services.rotations.schedule import overlaps
from teamlead_app.services.skills.coverage import FAR_FUTURE
from teamlead_app.services.skills.levels import QUALIFIED_LEVELS, group_order

Conflicts = tuple[rules.Conflict, ...]


@dataclass(frozen=True)
class _Other:
    id: int
    employee_id: int
    host_id: int | None
    date_from: date
    date_to: date


@dataclass(frozen=True)
class _Skill:
    id: int
    name: str
    group: str
    team_id: int | None
    position: int
    certificate_type_id: int | None


@dataclass
class _Facts:
    max_guests: int
    others: list[_Other]
    people: dict[int, Employee]
    stations: dict[int, str]
    station_skills: dict[int, list[_Skill]]
    skills: dict[int, _Skill]
    levels: dict[int, dict[int, str]]
    type_names: dict[int, str]
    certificates: dict[tuple[int, int], list[tuple[date, date | None]]]
    team_names: dict[int, str]
    holders: dict[int, list[tuple[int, date | None]]]


def conflicts_of_many(ctx: ServiceContext, rotation_ids: Collection[int]) -> dict[int, Conflicts]:
    """Per rotation id its conflicts (empty for a finished one), like `conflicts_of`."""
    max_guests = get_settings(ctx).max_guests_per_host
    with ctx.sessions() as session:
        targets = list(
            session.scalars(
                select(Rotation).where(
                    Rotation.id.in_(list(rotation_ids)), Rotation.status.in_(ACTIVE_STATUSES)
                )
            )
        )
        if not targets:
            return {i: () for i in rotation_ids}
        facts = _load(session, targets, max_guests)
        drafts = [(r.id, _draft(r)) for r in targets]
    found = {i: () for i in rotation_ids} | {i: tuple(_conflicts(facts, i, d)) for i, d in drafts}
    return found


def _draft(r: Rotation) -> RotationDraft:
    return RotationDraft(
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


def _load(session: Session, targets: list[Rotation], max_guests: int) -> _Facts:
    """Every fact the rules need, for all `targets` at once: eight statements."""
    ids = {r.employee_id for r in targets} | {r.host_id for r in targets if r.host_id}
    people = {e.id: e for e in session.scalars(select(Employee).where(Employee.id.in_(ids)))}
    station_ids = {r.station_id for r in targets if r.station_id is not None}
    stations = dict(
        session.execute(select(Station.id, Station.name).where(Station.id.in_(station_ids))).all()
    )
    teams = {e.team_id for e in people.values() if e.team_id is not None}
    skills, station_skills = _load_skills(session, targets, station_ids, teams)
    levels, holders = _load_levels(session, ids, skills, teams)
    type_ids = {k.certificate_type_id for k in skills.values() if k.certificate_type_id}
    type_names, certificates = _load_certificates(session, type_ids)
    team_names = dict(session.execute(select(Team.id, Team.name).where(Team.id.in_(teams))).all())
    return _Facts(
        max_guests,
        _load_others(session, targets),
        people,
        stations,
        station_skills,
        skills,
        levels,
        type_names,
        certificates,
        team_names,
        holders,
    )


def _load_others(session: Session, targets: list[Rotation]) -> list[_Other]:
    """The planned and running rotations that touch any of the targets' periods."""
    start, end = min(r.date_from for r in targets), max(r.date_to for r in targets)
    others = [
        _Other(*row)
        for row in session.execute(
            select(
                Rotation.id,
                Rotation.employee_id,
                Rotation.host_id,
                Rotation.date_from,
                Rotation.date_to,
            )
            .where(Rotation.status.in_(ACTIVE_STATUSES), overlaps(start, end))
            .order_by(Rotation.date_from, Rotation.id)
        )
    ]
    return others


def _load_skills(
    session: Session, targets: list[Rotation], station_ids: set[int], teams: set[int]
) -> tuple[dict[int, _Skill], dict[int, list[_Skill]]]:
    """The skills of the stations, the learning goals and the home teams (and the
    company-wide ones); per station its prerequisites by name."""
    needed = select(StationSkill.skill_id).where(StationSkill.station_id.in_(station_ids))
    skills = {
        row[0]: _Skill(*row)
        for row in session.execute(
            select(
                Skill.id,
                Skill.name,
                Skill.skill_group,
                Skill.team_id,
                Skill.position,
                Skill.certificate_type_id,
            ).where(
                or_(
                    Skill.id.in_(needed),
                    Skill.id.in_({r.skill_id for r in targets if r.skill_id is not None}),
                    Skill.team_id.in_(teams),
                    Skill.team_id.is_(None),
                )
            )
        )
    }
    station_skills: dict[int, list[_Skill]] = defaultdict(list)
    for station_id, skill_id in session.execute(
        select(StationSkill.station_id, StationSkill.skill_id).where(
            StationSkill.station_id.in_(station_ids)
        )
    ):
        station_skills[station_id].append(skills[skill_id])
    for listed in station_skills.values():
        listed.sort(key=lambda k: k.name)  # as the single rule: ORDER BY name (binary)
    return skills, station_skills


def _load_levels(
    session: Session, ids: set[int], skills: dict[int, _Skill], teams: set[int]
) -> tuple[dict[int, dict[int, str]], dict[int, list[tuple[int, date | None]]]]:
    """The levels of the people involved; per coverage skill its qualified people."""
    levels: dict[int, dict[int, str]] = defaultdict(dict)
    holders: dict[int, list[tuple[int, date | None]]] = defaultdict(list)
    coverage_skills = [k.id for k in skills.values() if k.team_id in teams or k.team_id is None]
    for employee_id, skill_id, level, out in session.execute(
        select(
            PersonSkill.employee_id,
            PersonSkill.skill_id,
            PersonSkill.level,
            Employee.date_out_of_service,
        )
        .join(Employee, Employee.id == PersonSkill.employee_id)
        .where(
            or_(
                PersonSkill.employee_id.in_(ids),
                PersonSkill.skill_id.in_(coverage_skills) & PersonSkill.level.in_(QUALIFIED_LEVELS),
            )
        )
    ):
        if employee_id in ids:
            levels[employee_id][skill_id] = level
        if level in QUALIFIED_LEVELS and skill_id in skills:
            holders[skill_id].append((employee_id, out))
    return levels, holders


def _load_certificates(
    session: Session, type_ids: set[int]
) -> tuple[dict[int, str], dict[tuple[int, int], list[tuple[date, date | None]]]]:
    type_names = dict(
        session.execute(
            select(CertificateType.id, CertificateType.name).where(CertificateType.id.in_(type_ids))
        ).all()
    )
    certificates: dict[tuple[int, int], list[tuple[date, date | None]]] = defaultdict(list)
    for employee_id, type_id, issued, expires in session.execute(
        select(
            Certificate.employee_id,
            Certificate.type_id,
            Certificate.issued_on,
            Certificate.expires_on,
        ).where(Certificate.type_id.in_(type_ids))
    ):
        certificates[(employee_id, type_id)].append((issued, expires))
    return type_names, certificates


def _touches(o: _Other, d: RotationDraft) -> bool:
    return o.date_from <= d.date_to and o.date_to >= d.date_from


def _conflicts(f: _Facts, rotation_id: int, d: RotationDraft) -> list[rules.Conflict]:
    others = [o for o in f.others if o.id != rotation_id and _touches(o, d)]
    found = [
        rules._double_booked(o.date_from, o.date_to)
        for o in others
        if o.employee_id == d.employee_id
    ]
    if d.host_id is not None:
        host = f.people.get(d.host_id)
        name = full_name(host.first_name, host.tussenvoegsel, host.last_name) if host else ""
        guests = [(o.date_from, o.date_to) for o in others if o.host_id == d.host_id]
        own = next(((o.date_from, o.date_to) for o in others if o.employee_id == d.host_id), None)
        found += rules._host_conflicts(name, guests, own, d, f.max_guests)
    levels = f.levels.get(d.employee_id, {})
    station_skills = f.station_skills.get(d.station_id, []) if d.station_id else []
    if d.station_id in f.stations:
        needed = [(k.id, k.name) for k in station_skills]
        found += rules._prerequisite_conflicts(f.stations[d.station_id], needed, levels)
    found += _certificates(f, d, station_skills)
    person = f.people.get(d.employee_id)
    qualified = {k for k, level in levels.items() if level in QUALIFIED_LEVELS}
    if person is not None and person.team_id is not None and qualified:
        away = {o.employee_id for o in f.others if _touches(o, d)} | {d.employee_id}
        found += _coverage(f, d, person.team_id, qualified, away)
    return found


def _certificates(
    f: _Facts, d: RotationDraft, station_skills: list[_Skill]
) -> list[rules.Conflict]:
    skills = list(station_skills)
    if d.skill_id is not None and d.skill_id in f.skills:
        skills.append(f.skills[d.skill_id])
    type_ids = {k.certificate_type_id for k in skills if k.certificate_type_id is not None}
    if not type_ids:
        return []
    names = {i: f.type_names[i] for i in type_ids}
    held = [
        (type_id, expires)
        for type_id in type_ids
        for issued, expires in f.certificates.get((d.employee_id, type_id), [])
        if issued <= d.date_from
    ]
    return rules._certificate_conflicts(names, held, d)


def _valid(f: _Facts, employee_id: int, type_id: int, day: date) -> bool:
    until = [
        expires or FAR_FUTURE
        for issued, expires in f.certificates.get((employee_id, type_id), [])
        if issued <= day
    ]
    return bool(until) and max(until) >= day


def _coverage(
    f: _Facts, d: RotationDraft, team_id: int, qualified: set[int], away: set[int]
) -> list[rules.Conflict]:
    day = d.date_from
    team_name = f.team_names.get(team_id, "")
    rows = []
    for k in f.skills.values():
        if k.id not in qualified or not (k.team_id == team_id or k.team_id is None):
            continue
        ok = [
            employee_id
            for employee_id, out in f.holders.get(k.id, [])
            if (out is None or out >= day)
            and (
                k.certificate_type_id is None or _valid(f, employee_id, k.certificate_type_id, day)
            )
        ]
        left = len(ok) - sum(1 for e in ok if e in away)
        if left < MIN_QUALIFIED:
            team = team_name if k.team_id is not None else ""
            rows.append(((team, group_order(k.group), k.position, k.name.lower()), k.name, left))
    return [rules._coverage_conflict(name, left) for _, name, left in sorted(rows)]
