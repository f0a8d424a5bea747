"""The goals of the yearly overview as CSV for Dutch Excel: BOM, `;`, Dutch headers, dates as
25-11-2026, and user text that survives the round trip exactly."""

from __future__ import annotations

import csv
import io

import pytest
from sqlalchemy import update

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Conversation
from teamlead_app.i18n import set_language
from teamlead_app.services.exports.year_overview import export_overview

from ..services.year_overview_helpers import MARKERS, TODAY, YEAR, Company, build_company


@pytest.fixture
def company(ctx: ServiceContext) -> Company:
    return build_company(ctx)


def read(data: bytes) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline=""), delimiter=";"))


def test_utf8_bom_semicolons_and_dutch_headers(ctx: ServiceContext, company: Company) -> None:
    raw = export_overview(ctx, YEAR, None, "csv", today=TODAY)
    assert raw.startswith(b"\xef\xbb\xbf")
    header = raw.decode("utf-8-sig").splitlines()[0]
    assert header == (
        "Medewerker;Personeelsnummer;Team;Doel;Categorie;Status;In POP;Gestart;Streefdatum;"
        "Bereikt op;Stappen gedaan;Stappen totaal"
    )


def test_round_trip_of_user_text_and_dates(ctx: ServiceContext, company: Company) -> None:
    rows = read(export_overview(ctx, YEAR, None, "csv", today=TODAY))
    by_goal = {row["Doel"]: row for row in rows}
    # Text that Excel would run as a formula starts with a quote (shown as plain text).
    assert set(by_goal) == {
        "'=SUM(A1)",
        "'-",
        "'@home",
        'Łukasz helpt; <b>&amp; \'n "test"; met ;',
    }
    weld = by_goal["'=SUM(A1)"]
    assert weld["Medewerker"] == "Wiśniewski, Łukasz" and weld["Personeelsnummer"] == "1001"
    assert (weld["Categorie"], weld["Status"], weld["In POP"]) == (
        "Certificaat of opleiding",
        "Open",
        "ja",
    )
    assert (weld["Gestart"], weld["Stappen gedaan"], weld["Stappen totaal"]) == (
        "06-01-2025",
        "1",
        "2",
    )
    done = by_goal["'-"]
    assert (done["Streefdatum"], done["Bereikt op"]) == ("30-06-2025", "01-06-2025")
    assert by_goal["'@home"]["In POP"] == "nee" and by_goal["'@home"]["Bereikt op"] == ""


def test_formula_cells_are_escaped_numbers_and_dates_are_not() -> None:
    from teamlead_app.reports.year_overview_csv import cell

    for text in ("=1+1", "+31 6 1234", "-2", "@SUM(A1)", "\t=1", "\r=1"):
        assert cell(text) == "'" + text
    assert cell("Lasrobot = top") == "Lasrobot = top"
    assert cell(-2) == -2 and cell("25-11-2026") == "25-11-2026"


def test_nothing_private_and_no_score(ctx: ServiceContext, company: Company) -> None:
    raw = export_overview(ctx, YEAR, None, "csv", today=TODAY)
    text = raw.decode("utf-8-sig")
    assert not [marker for marker in MARKERS if marker in text]
    with ctx.sessions.begin() as session:
        session.execute(update(Conversation).values(score=1))
    assert export_overview(ctx, YEAR, None, "csv", today=TODAY) == raw


def test_one_team_and_an_empty_year(ctx: ServiceContext, company: Company) -> None:
    assert read(export_overview(ctx, YEAR, company.home_team, "csv", today=TODAY)) == []
    raw = export_overview(ctx, 2001, None, "csv", today=TODAY)
    assert raw.decode("utf-8-sig").splitlines()[0].startswith("Medewerker;")
    assert read(raw) == []


def test_english_headers(ctx: ServiceContext, company: Company) -> None:
    set_language("en")
    rows = read(export_overview(ctx, YEAR, None, "csv", today=TODAY))
    assert rows[0].keys() >= {"Employee", "Goal", "Category", "Started"}
    assert {row["In POP"] for row in rows} == {"yes", "no"}
