"""HR's yearly overview per team: skill coverage, rotations held with their outcomes and
certificates expired, gathered in a fixed number of statements for the whole company."""

from __future__ import annotations

from datetime import date

from teamlead_app.data.context import ServiceContext
from teamlead_app.records.year_overview import SkillsYear
from teamlead_app.services.exports.year_overview import overview_data

from .test_goals import count_statements
from .year_overview_craft import add_craft
from .year_overview_helpers import TODAY, YEAR, build_company, employee


def _teams(ctx: ServiceContext, team_id: int | None = None) -> dict[str, SkillsYear]:
    data = overview_data(ctx, YEAR, team_id, today=TODAY)
    return {team.name: team.skills for team in data.teams}


def test_per_team_coverage_rotations_and_expired_certificates(ctx: ServiceContext) -> None:
    company = build_company(ctx)
    add_craft(ctx, company)
    teams = _teams(ctx)
    assembly = teams["Assemblage"]
    assert (assembly.red, assembly.amber, assembly.green) == (1, 1, 1)
    assert assembly.rotations == {
        "doorgaan": 1,
        "nog_niet": 1,
        "niet_voor_mij": 1,
        "afgebroken": 1,
        "": 1,
    }
    assert assembly.rotations_held == 5
    assert assembly.certificates_expired == 2
    home = teams["@home"]
    assert (home.red, home.amber, home.green) == (1, 0, 0)
    assert home.rotations == {"doorgaan": 1}
    assert home.certificates_expired == 1


def test_company_total_holds_company_wide_skills(ctx: ServiceContext) -> None:
    company = build_company(ctx)
    add_craft(ctx, company)
    data = overview_data(ctx, YEAR, today=TODAY)
    # The company-wide 'BHV-kennis' is red in the total only.
    assert (data.skills.red, data.skills.amber, data.skills.green) == (3, 1, 1)
    assert data.skills.rotations_held == 6
    assert data.skills.rotations["doorgaan"] == 2
    assert data.skills.certificates_expired == 3


def test_one_team(ctx: ServiceContext) -> None:
    company = build_company(ctx)
    add_craft(ctx, company)
    data = overview_data(ctx, YEAR, company.home_team, today=TODAY)
    assert [team.name for team in data.teams] == ["@home"]
    assert data.teams[0].skills.rotations == {"doorgaan": 1}
    assert data.skills.rotations == {"doorgaan": 1}
    assert data.skills.certificates_expired == 1
    # Its own skill and the company-wide one.
    assert (data.skills.red, data.skills.amber, data.skills.green) == (2, 0, 0)


def test_a_year_without_craft_data_is_all_zero(ctx: ServiceContext) -> None:
    build_company(ctx)
    data = overview_data(ctx, YEAR, today=TODAY)
    assert all(team.skills.is_empty for team in data.teams)
    assert data.skills.is_empty


def test_a_fixed_number_of_statements_whatever_the_company_size(ctx: ServiceContext) -> None:
    company = build_company(ctx)
    add_craft(ctx, company)
    with count_statements(ctx) as small:
        overview_data(ctx, YEAR, today=TODAY)
    for index in range(30):
        employee(ctx, f"Extra{index}", "Mens", company.assembly, date(2020, 1, 1))
    with count_statements(ctx) as big:
        overview_data(ctx, YEAR, today=TODAY)
    assert len(big) == len(small)
    craft = [s for s in small if "rotation" in s or "certificate" in s]
    assert len(craft) <= 3
