"""Suggestions for a rotation that fills a gap: for each red or amber skill of a team, who
could learn it (nearest to U first: L before I before untrained), at which station, and with
which host (level O in that skill, in service, not on rotation and with room for a guest in
the period). Every suggestion carries its reasons as plain text."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Employee, PersonSkill, Rotation, Station, StationSkill
from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.records.rotations import ACTIVE_STATUSES
from teamlead_app.records.skills import LEVEL_RANK
from teamlead_app.reports.matrix_style import level_text
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.people.names import full_name, sort_key
from teamlead_app.services.rotations.schedule import overlaps
from teamlead_app.services.skills.coverage import compute_coverage

PER_SKILL = 3


@dataclass(frozen=True)
class Suggestion:
    skill_id: int
    skill: str
    coverage: str  # red / amber
    employee_id: int
    employee: str
    level: str
    steps_to_u: int
    host_id: int | None
    host: str
    station_id: int | None
    station: str
    reasons: tuple[str, ...]


def _in_service(e: Employee, start: date) -> bool:
    return e.date_out_of_service is None or e.date_out_of_service >= start


def suggest(
    ctx: ServiceContext, team_id: int, date_from: date, date_to: date, *, per_skill: int = PER_SKILL
) -> list[Suggestion]:
    """Suggestions for the team's red and amber skills in the period, reds first."""
    settings = get_settings(ctx)
    rows = compute_coverage(
        ctx, team_id=team_id, today=date_from, warning_days=settings.certificate_warning_days
    )
    gaps = [r for r in rows if r.status in ("red", "amber")]
    if not gaps:
        return []
    skill_ids = [r.skill_id for r in gaps]
    with ctx.sessions() as session:
        staff = [
            e
            for e in session.scalars(select(Employee).where(Employee.team_id == team_id))
            if _in_service(e, date_from)
        ]
        levels = {
            (p.employee_id, p.skill_id): p.level
            for p in session.scalars(select(PersonSkill).where(PersonSkill.skill_id.in_(skill_ids)))
        }
        teachers = {
            e.id: e
            for e in session.scalars(
                select(Employee)
                .join(PersonSkill, PersonSkill.employee_id == Employee.id)
                .where(PersonSkill.skill_id.in_(skill_ids), PersonSkill.level == "O")
            )
            if _in_service(e, date_to)
        }
        busy = session.scalars(
            select(Rotation).where(
                Rotation.status.in_(ACTIVE_STATUSES), overlaps(date_from, date_to)
            )
        ).all()
        stations: dict[int, tuple[int, str]] = {}
        for place, skill_id in session.execute(
            select(Station, StationSkill.skill_id)
            .join(StationSkill, StationSkill.station_id == Station.id)
            .where(StationSkill.skill_id.in_(skill_ids))
            .where((Station.team_id == team_id) | Station.team_id.is_(None))
            .order_by(Station.complexity, Station.name)
        ):
            stations.setdefault(skill_id, (place.id, place.name))
    away = {r.employee_id for r in busy}
    guests: dict[int, int] = {}
    for r in busy:
        if r.host_id is not None:
            guests[r.host_id] = guests.get(r.host_id, 0) + 1
    free_hosts = {
        i: e
        for i, e in teachers.items()
        if i not in away and guests.get(i, 0) < settings.max_guests_per_host
    }
    result: list[Suggestion] = []
    for row in sorted(gaps, key=lambda r: (r.status != "red", r.skill.lower())):
        learners = [
            e
            for e in staff
            if e.id not in away and LEVEL_RANK[levels.get((e.id, row.skill_id), "-")] < 3
        ]
        learners.sort(
            key=lambda e: (
                -LEVEL_RANK[levels.get((e.id, row.skill_id), "-")],
                sort_key(e.first_name, e.tussenvoegsel, e.last_name),
            )
        )
        hosts = sorted(
            (
                e
                for (eid, sid), lv in levels.items()
                if sid == row.skill_id and lv == "O"
                for e in [free_hosts.get(eid)]
                if e is not None
            ),
            key=lambda e: (
                guests.get(e.id, 0),
                sort_key(e.first_name, e.tussenvoegsel, e.last_name),
            ),
        )
        station = stations.get(row.skill_id)
        for learner in learners[:per_skill]:
            host = next((h for h in hosts if h.id != learner.id), None)
            level = levels.get((learner.id, row.skill_id), "-")
            result.append(_suggestion(row, learner, level, host, station, date_from, date_to))
    return result


def _suggestion(row, learner, level, host, station, date_from, date_to) -> Suggestion:  # type: ignore[no-untyped-def]
    steps = LEVEL_RANK["U"] - LEVEL_RANK[level]
    reasons = [
        t(
            f"'{row.skill}' is {label('coverage', row.status).lower()}: {row.qualified} "
            "gekwalificeerd (U/O).",
            f"'{row.skill}' is {label('coverage', row.status).lower()}: {row.qualified} "
            "qualified (U/O).",
        ),
        t(
            f"Nu op {level_text(level)} ({label('iluo_level', level).lower()}): nog {steps} "
            f"{'stap' if steps == 1 else 'stappen'} tot U.",
            f"Now at {level_text(level)} ({label('iluo_level', level).lower()}): {steps} "
            f"{'step' if steps == 1 else 'steps'} to U.",
        ),
    ]
    host_name = full_name(host.first_name, host.tussenvoegsel, host.last_name) if host else ""
    if host is not None:
        reasons.append(
            t(
                f"Begeleider {host_name} kan het opleiden (niveau O) en is vrij in deze periode.",
                f"Host {host_name} can teach it (level O) and is free in this period.",
            )
        )
    else:
        reasons.append(
            t(
                "Geen vrije begeleider met niveau O in deze periode: zoek iemand buiten het team.",
                "No free host at level O in this period: look outside the team.",
            )
        )
    if station is not None:
        reasons.append(
            t(f"Te leren aan werkplek {station[1]}.", f"To learn at station {station[1]}.")
        )
    return Suggestion(
        row.skill_id,
        row.skill,
        row.status,
        learner.id,
        full_name(learner.first_name, learner.tussenvoegsel, learner.last_name),
        level,
        steps,
        host.id if host else None,
        host_name,
        station[0] if station else None,
        station[1] if station else "",
        tuple(reasons),
    )
