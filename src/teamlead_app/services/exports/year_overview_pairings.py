"""The guidance figures of HR's yearly overview, per team (issue 12): newcomers who started in
the year (starter, junior, intern, BBL apprentice, zij-instromer), how many of them had a buddy
or mentor (a pairing that went beyond a proposal), and the pairings completed in the year.
Two set-based statements for the whole company; only counts, no names."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import case, exists, func, or_, select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Employee, Pairing, Team
from teamlead_app.data.statuses import PairingStatus
from teamlead_app.records.year_overview import GuidanceYear
from teamlead_app.services.pairings.onboarding_plan import NEWCOMER_KINDS

GUIDED = (PairingStatus.ACTIVE, PairingStatus.COMPLETED, PairingStatus.STOPPED)


def guidance_by_team(
    ctx: ServiceContext, year: int, team_id: int | None
) -> tuple[dict[str, GuidanceYear], GuidanceYear]:
    """Team name ("" without a team) -> figures, and the figures of the whole scope."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    guided = exists().where(Pairing.mentee_id == Employee.id, Pairing.status.in_(GUIDED))
    newcomers = (
        select(Team.name, func.count(Employee.id), func.sum(case((guided, 1), else_=0)))
        .outerjoin(Team, Team.id == Employee.team_id)
        .where(
            or_(Employee.kind.in_(NEWCOMER_KINDS), Employee.stage == "starter"),
            Employee.date_in_service.between(start, end),
        )
        .group_by(Team.name)
    )
    completed = (
        select(Team.name, func.count(Pairing.id))
        .join(Employee, Employee.id == Pairing.mentee_id, isouter=True)
        .outerjoin(Team, Team.id == Employee.team_id)
        .where(Pairing.status == PairingStatus.COMPLETED, Pairing.ended_on.between(start, end))
        .group_by(Team.name)
    )
    if team_id is not None:
        newcomers = newcomers.where(Employee.team_id == team_id)
        completed = completed.where(Employee.team_id == team_id)
    counts: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    with ctx.sessions() as session:
        for name, count, with_buddy in session.execute(newcomers):
            counts[name or ""][0] += int(count)
            counts[name or ""][1] += int(with_buddy or 0)
        for name, count in session.execute(completed):
            counts[name or ""][2] += int(count)
    teams = {name: GuidanceYear(*values) for name, values in counts.items()}
    total = GuidanceYear(*(sum(v[i] for v in counts.values()) for i in range(3)))
    return teams, total
