"""HR's company page, the data (services/conversations/company_overview.py): per team the same
coverage, POP and goal figures as the yearly overview (one rule, not two), the leads, who is
overdue now, the company's totals, in three statements whatever the size; on both backends."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import event

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.db import Database
from teamlead_app.errors import ValidationError
from teamlead_app.records.company import TeamCoverage
from teamlead_app.services.common.settings import get_settings, save_settings
from teamlead_app.services.conversations.company_overview import company_overview
from teamlead_app.services.exports.year_overview import overview_data
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft

from .history_helpers import person, talk
from .year_overview_helpers import TODAY, YEAR, build_company


@contextmanager
def statements(ctx: ServiceContext) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(ctx.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(ctx.engine, "before_cursor_execute", record)


def by_name(lines: tuple[TeamCoverage, ...]) -> dict[str, TeamCoverage]:
    return {line.name: line for line in lines}


def test_the_figures_are_the_yearly_overviews(ctx: ServiceContext) -> None:
    """The coverage rule, the counted states and the POP of the year come from the yearly
    overview's rules: per team the page shows exactly the export's totals."""
    build_company(ctx)
    page = by_name(company_overview(ctx, YEAR, today=TODAY).teams)
    export = overview_data(ctx, YEAR, today=TODAY)
    assert set(page) == {team.name for team in export.teams}
    for team in export.teams:
        line, totals = page[team.name], team.totals
        assert line.people == totals.employees
        assert (line.months_held, line.months_due) == (totals.months_held, totals.months_in_service)
        c = totals.conversations
        assert (line.held, line.moved, line.cancelled, line.missed) == (
            c.held,
            c.moved,
            c.cancelled,
            c.missed,
        )
        assert line.pop_agreed + line.pop_evaluated == totals.with_agreed_pop
        assert line.goals_achieved == totals.goals_with("achieved")
        assert line.goals_open == sum(
            totals.goals_with(s) for s in ("open", "in_progress", "postponed")
        )


def test_one_team_in_detail(ctx: ServiceContext) -> None:
    build_company(ctx)
    data = company_overview(ctx, YEAR, today=TODAY)
    assembly = by_name(data.teams)["Assemblage"]
    # Łukasz all year (months 2, 3, 5 held), Anouk Oct-Dec (Nov), Kees Jan-Mar (Jan).
    assert assembly.people == 3
    assert (assembly.months_held, assembly.months_due) == (5, 12 + 3 + 3)
    assert assembly.coverage == pytest.approx(5 / 18)
    assert (assembly.moved, assembly.cancelled) == (1, 1)
    assert (assembly.pop_none, assembly.pop_draft, assembly.pop_agreed) == (1, 1, 1)
    assert (assembly.goals_open, assembly.goals_achieved) == (3, 1)
    # Another year than today's: "overdue now" is not the year's figure.
    assert assembly.overdue is None and data.totals.overdue is None
    assert data.totals.people == 4 and not data.is_empty


def test_totals_add_up_and_teams_sort_the_dutch_way(ctx: ServiceContext) -> None:
    for name in ("Zagerij", "Łasserij 🔥", "assemblage", "<b>& Co"):
        people.save_team(ctx, TeamDraft(name))
    data = company_overview(ctx, 2026, today=date(2026, 3, 11))
    assert [t.name for t in data.teams] == ["<b>& Co", "assemblage", "Łasserij 🔥", "Zagerij"]
    assert data.is_empty and data.totals.people == 0 and data.totals.coverage is None


def test_leads_on_a_file_and_people_without_a_team(ctx: ServiceContext) -> None:
    save_settings(ctx, replace(get_settings(ctx), lead_name="Łukasz Wiśniewski"))
    own = people.save_team(ctx, TeamDraft("Lasserij", lead_name="Jan 👷 <b>&"))
    other = people.save_team(ctx, TeamDraft("Zagerij"))
    person(ctx, "Anna", "Smit", team_id=own)
    person(ctx, "Bert", "Kok")
    data = company_overview(ctx, 2026, today=date(2026, 3, 11))
    lines = by_name(data.teams)
    assert lines["Lasserij"].leads == ("Jan 👷 <b>&",)
    # A file has one lead (the settings); on a server the logins mapped to the team are
    # its leads (tests/data/test_server_roles.py), never one name for every team.
    file_lead = () if ctx.is_server else ("Łukasz Wiśniewski",)
    assert lines["Zagerij"].leads == file_lead
    assert lines["Zagerij"].people == 0 and lines["Zagerij"].team_id == other
    assert data.teams[-1].team_id is None and data.teams[-1].people == 1


def test_overdue_now_follows_the_cadence_rule(ctx: ServiceContext) -> None:
    team = people.save_team(ctx, TeamDraft("Lasserij"))
    today = date(2026, 3, 11)
    late = person(ctx, "Anna", "Smit", team_id=team)
    talk(ctx, late, datetime(2026, 1, 12, 9, 0))  # due by 28-02: overdue on 11-03
    recent = person(ctx, "Bert", "Kok", team_id=team)
    talk(ctx, recent, datetime(2026, 3, 2, 9, 0))
    paused = person(ctx, "Cor", "Dam", team_id=team, cadence="paused")
    talk(ctx, paused, datetime(2025, 1, 12, 9, 0))
    line = company_overview(ctx, 2026, today=today).teams[0]
    assert line.overdue == 1
    assert company_overview(ctx, today=today).year == 2026  # the default year is this year


def test_bad_year(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError, match="Geen geldig jaar"):
        company_overview(ctx, 12)


def test_three_statements_whatever_the_size(ctx: ServiceContext) -> None:
    build_company(ctx)
    with statements(ctx) as small:
        company_overview(ctx, YEAR, today=TODAY)
    for i in range(12):
        team = people.save_team(ctx, TeamDraft(f"Ploeg {i}"))
        for j in range(3):
            someone = person(ctx, f"P{j}", f"Team{i}", team_id=team)
            talk(ctx, someone, datetime(2025, 4, 2, 9, 0))
    with statements(ctx) as large:
        company_overview(ctx, YEAR, today=TODAY)
    assert len(small) == len(large) == 3
    # Only shared columns: HR has no grant for these on the server.
    assert not any("private_notes" in s or ".score" in s for s in large)


def test_on_a_server_the_logins_mapped_to_a_team_are_its_leads(pg_db: Database) -> None:
    """Two logins lead one team (their names replace the typed one, also when the typed
    name is one of them); a team nobody was given keeps the typed name."""
    from sqlalchemy import text

    both = people.save_team(pg_db, TeamDraft("Lasserij", lead_name="jan"))
    people.save_team(pg_db, TeamDraft("Zagerij", lead_name="Łukasz 👷 <b>&"))
    with pg_db.engine.begin() as connection:
        for login in ("piet", "jan"):
            connection.execute(
                text("INSERT INTO teamlead_access.lead_team VALUES (:login, :team)"),
                {"login": login, "team": both},
            )
    lines = by_name(company_overview(pg_db, 2026, today=date(2026, 3, 11)).teams)
    assert lines["Lasserij"].leads == ("jan", "piet")
    assert lines["Zagerij"].leads == ("Łukasz 👷 <b>&",)


def test_a_lead_on_the_server_sees_their_own_teams_only(ctx: ServiceContext) -> None:
    """With a lead's context (one team) the page lists that team alone and counts its people
    only; the file's user (every team) sees all teams."""
    from teamlead_app.data.context import CurrentUser, Role

    mine = people.save_team(ctx, TeamDraft("Lasserij"))
    people.save_team(ctx, TeamDraft("Zagerij"))
    people.save_employee(ctx, EmployeeDraft("Łukasz", "Wiśniewski", team_id=mine))
    lead = ServiceContext(ctx.db, "nl", CurrentUser("jan", Role.LEAD, frozenset({mine})))
    own = company_overview(lead, 2026, today=date(2026, 3, 11))
    assert [line.name for line in own.teams] == ["Lasserij"] and own.totals.people == 1
    every = company_overview(ctx, 2026, today=date(2026, 3, 11))
    assert [line.name for line in every.teams] == ["Lasserij", "Zagerij"]


def test_the_coverage_reads_as_in_the_printed_yearly_overview() -> None:
    """HR lays the page beside the yearly overview's PDF: 432 of 481 months is 90 % on both
    (the page once rounded down to 89 %)."""
    from teamlead_app.records.company import percent_text
    from teamlead_app.reports.year_overview_charts import percent

    for part, whole in ((432, 481), (211, 236), (221, 245), (1, 3), (2, 3), (995, 1000)):
        assert percent_text(part / whole).replace("\u00a0", "") == percent(part, whole)
