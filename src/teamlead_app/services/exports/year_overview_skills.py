"""The craftsmanship figures of HR's yearly overview, per team: skill coverage (red, amber,
green, by the rule of skills/coverage.py, on the report date: levels are kept as the current
state), the rotations held in the year with their outcomes, and the certificates that expired
in the year. Three set-based statements for the whole company, never one per person; only
counts, no names, texts or evaluations."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from sqlalchemy import func, literal_column, select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Certificate, Employee, Rotation, Team
from teamlead_app.data.statuses import RotationStatus
from teamlead_app.records.year_overview import SkillsYear
from teamlead_app.services.skills.coverage import compute_coverage

# A rotation counts as held once it has begun: planned ones that never started do not.
HELD_STATUSES = (RotationStatus.RUNNING, RotationStatus.FINISHED, RotationStatus.BROKEN_OFF)


def _rotations(session: Session, start: date, end: date) -> dict[str, dict[str, int]]:
    """Team name -> outcome ("" not evaluated yet) -> rotations that ran in the period, by
    the person's own team."""
    # One expression object in SELECT and GROUP BY: PostgreSQL must see them as the same.
    outcome_or_empty = func.coalesce(Rotation.outcome, literal_column("''"))
    rows = session.execute(
        select(Team.name, outcome_or_empty, func.count(Rotation.id))
        .join(Employee, Employee.id == Rotation.employee_id)
        .outerjoin(Team, Team.id == Employee.team_id)
        .where(
            Rotation.status.in_(HELD_STATUSES),
            Rotation.date_from <= end,
            Rotation.date_to >= start,
        )
        .group_by(Team.name, outcome_or_empty)
    )
    result: dict[str, dict[str, int]] = defaultdict(dict)
    for team, outcome, count in rows:
        result[team or ""][outcome] = int(count)
    return result


def _expired(session: Session, start: date, end: date) -> dict[str, int]:
    """Team name -> certificates whose expiry date fell in the period."""
    rows = session.execute(
        select(Team.name, func.count(Certificate.id))
        .join(Employee, Employee.id == Certificate.employee_id)
        .outerjoin(Team, Team.id == Employee.team_id)
        .where(
            Certificate.expires_on >= start - timedelta(days=1),
            Certificate.expires_on < end,
        )
        .group_by(Team.name)
    )
    return {team or "": int(count) for team, count in rows}


def skills_by_team(
    ctx: ServiceContext, year: int, team_id: int | None, printed_on: date, warning_days: int = 90
) -> tuple[dict[str, SkillsYear], SkillsYear]:
    """Per team name the figures of `year`, and those of the whole scope (which also holds
    the company-wide skills). A certificate counts as expired on the day after its last
    valid day, up to the report date."""
    start = date(year, 1, 1)
    end = min(date(year, 12, 31), printed_on)
    coverage: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    whole: dict[str, int] = defaultdict(int)
    for row in compute_coverage(ctx, team_id=team_id, today=printed_on, warning_days=warning_days):
        whole[row.status] += 1
        if row.team_id is not None:
            coverage[row.team][row.status] += 1
    with ctx.sessions() as session:
        rotations = _rotations(session, start, end) if start <= end else {}
        expired = _expired(session, start, end) if start <= end else {}
        team = session.get(Team, team_id) if team_id is not None else None
        team_name = team.name if team is not None else None
    names = set(coverage) | set(rotations) | set(expired)
    if team_name is not None:
        names &= {team_name}
    teams = {
        name: SkillsYear(
            red=coverage[name]["red"],
            amber=coverage[name]["amber"],
            green=coverage[name]["green"],
            rotations=dict(rotations.get(name, {})),
            certificates_expired=expired.get(name, 0),
        )
        for name in names
    }
    scope = [n for n in rotations if team_name is None or n == team_name]
    total_rotations: dict[str, int] = defaultdict(int)
    for name in scope:
        for outcome, count in rotations[name].items():
            total_rotations[outcome] += count
    total = SkillsYear(
        red=whole["red"],
        amber=whole["amber"],
        green=whole["green"],
        rotations=dict(total_rotations),
        certificates_expired=sum(
            c for n, c in expired.items() if team_name is None or n == team_name
        ),
    )
    return teams, total
