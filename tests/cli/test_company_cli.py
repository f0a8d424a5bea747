"""`teamlead-app company-overview [--year Y] [--json]`: the company page's figures as a Dutch
table or JSON, through the same service; emoji and `<b>&` in team and lead names survive."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from teamlead_app.cli import main
from teamlead_app.data.context import ServiceContext
from teamlead_app.data.db import Database
from teamlead_app.services.conversations.company_overview import company_overview
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.teams import TeamDraft
from tests.services.history_helpers import person, talk


@pytest.fixture
def filled(ctx: ServiceContext) -> ServiceContext:
    team = people.save_team(ctx, TeamDraft("Lasserij 🔥 <b>&", lead_name="Łukasz Wiśniewski"))
    anna = person(ctx, "Anna", "Smit", team_id=team, start=date(2024, 1, 1))
    for month in (1, 2, 3, 5, 6, 7, 9):
        talk(ctx, anna, datetime(2025, month, 12, 9, 0))
    person(ctx, "Bert", "Kok", start=date(2024, 1, 1))  # no team
    return ctx


def test_a_dutch_table(filled: Database, db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "company-overview", "--year", "2025"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "Bedrijfsoverzicht 2025"
    assert out[1].split()[:5] == ["Team", "Leidinggevende", "Mensen", "Gesprekken", "Dekking"]
    assert "Nu te laat" in out[1] and "Doelen behaald" in out[1]
    team_line = next(line for line in out if line.startswith("Lasserij 🔥 <b>&"))
    assert "Łukasz Wiśniewski" in team_line
    assert " 7/12 " in team_line and "58\u00a0%" in team_line  # rounded down
    assert out[3].startswith("(zonder team)") and out[4].startswith("Totaal")
    assert "7/24" in out[4] and "29\u00a0%" in out[4]


def test_json_is_the_service(
    filled: Database, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "company-overview", "--year", "2025", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    service = company_overview(filled, 2025)
    assert data["year"] == 2025
    assert [t["team"] for t in data["teams"]] == [t.name for t in service.teams]
    first = data["teams"][0]
    assert first["leads"] == ["Łukasz Wiśniewski"] and first["months_held"] == 7
    assert first["overdue_now"] is None  # another year than today's
    assert data["total"]["people"] == 2 and data["total"]["pop"]["none"] == 2


def test_the_year_defaults_to_this_year_and_empty_says_what_to_do(
    ctx: ServiceContext, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "company-overview"]) == 0
    out = capsys.readouterr().out
    assert f"Bedrijfsoverzicht {date.today().year}" in out
    assert "Niemand in dienst" in out and "voeg mensen toe" in out
    assert main(["--db", str(db_path), "company-overview", "--year", "12"]) == 2
    assert "Geen geldig jaar: 12" in capsys.readouterr().err
