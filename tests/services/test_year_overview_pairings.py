"""HR's yearly overview counts the newcomers of the year with and without a buddy, and the
pairings completed in the year, per team and in all; two statements; the XLSX shows them."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

from openpyxl import load_workbook
from sqlalchemy import event

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.exports.year_overview import overview_data
from teamlead_app.services.exports.year_overview_pairings import guidance_by_team
from teamlead_app.services.pairings import pairings
from teamlead_app.services.pairings.rules import PairingDraft
from teamlead_app.services.people import employees as people
from tests.services.pairing_helpers import company


def _started(ctx: ServiceContext, first: str, team: int, kind: str, on: date) -> int:
    return people.save_employee(
        ctx,
        people.EmployeeDraft(
            first_name=first, last_name="Nieuw", team_id=team, kind=kind, date_in_service=on
        ),
    )


def _setup(ctx: ServiceContext) -> Any:
    c = company(ctx)
    a = _started(ctx, "Anna", c.team, "bbl", date(2026, 2, 1))
    b = _started(ctx, "Bas", c.team, "stagiair", date(2026, 3, 1))
    _started(ctx, "Cas", c.other_team, "zij_instromer", date(2026, 4, 1))
    _started(ctx, "Dirk", c.team, "junior", date(2025, 4, 1))  # another year
    _started(ctx, "Eva", c.team, "medewerker", date(2026, 4, 1))  # not a newcomer kind
    pairings.save_pairing(ctx, PairingDraft(c.senior, a, date(2026, 2, 1), status="actief"))
    pairings.save_pairing(ctx, PairingDraft(c.colleague, b, date(2026, 3, 1)))  # only proposed
    done = pairings.save_pairing(
        ctx,
        PairingDraft(c.welder, c.apprentice, date(2025, 9, 1), status="actief"),
        today=date(2025, 9, 1),
    )
    pairings.set_status(ctx, done.id, "afgerond", on=date(2026, 3, 1), evaluation="Goed")
    return c


def test_counts_per_team_and_in_all(ctx: ServiceContext) -> None:
    c = _setup(ctx)
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(ctx.engine, "before_cursor_execute", record)
    try:
        teams, total = guidance_by_team(ctx, 2026, None)
    finally:
        event.remove(ctx.engine, "before_cursor_execute", record)
    assert len(statements) == 2
    assembly, welding = teams["Assemblage"], teams["Lassen"]
    assert (assembly.newcomers, assembly.with_buddy, assembly.without_buddy) == (2, 1, 1)
    assert assembly.pairings_completed == 1  # by the mentee's team
    assert (welding.newcomers, welding.with_buddy, welding.pairings_completed) == (1, 0, 0)
    assert (total.newcomers, total.with_buddy, total.pairings_completed) == (3, 1, 1)
    only, scope = guidance_by_team(ctx, 2026, c.other_team)
    assert list(only) == ["Lassen"] and scope.newcomers == 1


def test_the_overview_and_its_spreadsheet_carry_them(ctx: ServiceContext) -> None:
    from teamlead_app.reports.year_overview_xlsx import render_xlsx

    _setup(ctx)
    data = overview_data(ctx, 2026, today=date(2026, 12, 1))
    assert data.guidance.newcomers == 3
    book = load_workbook(io.BytesIO(render_xlsx(data)))
    sheet = book["Begeleiding per team"]
    rows = [[cell.value for cell in row] for row in sheet.iter_rows()]
    assert rows[0] == [
        "Team",
        "Nieuwe collega's",
        "Met buddy of mentor",
        "Zonder buddy",
        "Koppels afgerond",
    ]
    assert ["Assemblage", 2, 1, 1, 1] in rows
    assert rows[-1] == ["Totaal", 3, 1, 2, 1]
