"""Gathering the data for printed reports, and turning it into file bytes.

The `*_data` functions return frozen dataclasses (plain data, no session) that the builders in
`teamlead_app.reports` lay out; the `export_*` functions do both. ReportLab is imported inside
the `export_*` functions only: importing it costs start-up time the GUI should not pay.
"""

from __future__ import annotations

from datetime import date

from teamlead_app.data.context import ServiceContext
from teamlead_app.errors import NotFoundError
from teamlead_app.i18n import t
from teamlead_app.records.roster import RosterData, RosterPerson, RosterTeam
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.people.employees import EmployeeRow, list_employees
from teamlead_app.services.people.teams import TeamView, list_teams


def _person(row: EmployeeRow) -> RosterPerson:
    return RosterPerson(
        id=row.id,
        list_name=row.list_name,
        personnel_number=row.personnel_number,
        function=row.function,
        kind=row.kind,
        stage=row.stage,
        date_in_service=row.date_in_service,
    )


def _group(
    teams: list[TeamView], rows: list[EmployeeRow], *, with_teamless: bool
) -> tuple[RosterTeam, ...]:
    by_team: dict[int | None, list[RosterPerson]] = {}
    for row in rows:  # already in list order; grouping keeps it
        by_team.setdefault(row.team_id, []).append(_person(row))
    grouped = [
        RosterTeam(
            team.id, team.name, team.lead_name, team.location, tuple(by_team.get(team.id, []))
        )
        for team in teams
    ]
    if with_teamless and by_team.get(None):
        grouped.append(RosterTeam(None, "", "", "", tuple(by_team[None])))
    return tuple(grouped)


def roster_data(
    ctx: ServiceContext, team_id: int | None, *, today: date | None = None
) -> RosterData:
    """The roster of one team, or of all teams (then people without a team come last, as
    their own group). Two list queries plus the settings; active people only."""
    teams = list_teams(ctx)
    if team_id is not None:
        teams = [team for team in teams if team.id == team_id]
        if not teams:
            raise NotFoundError(t("Team niet gevonden.", "Team not found."))
    rows = list_employees(ctx, team_id=team_id, archived=False)
    settings = get_settings(ctx)
    return RosterData(
        teams=_group(teams, rows, with_teamless=team_id is None),
        printed_on=today or date.today(),
        company_name=settings.company_name,
        logo_path=settings.logo_path,
        single_team=team_id is not None,
    )


def export_roster(ctx: ServiceContext, team_id: int | None) -> bytes:
    """The team roster as PDF bytes (the caller picks the file and writes it)."""
    from teamlead_app.reports.roster import render_pdf

    return render_pdf(roster_data(ctx, team_id))
