"""The craftsmanship card reads only the skills it names: the red, the amber and those with a
single knowledge holder, chosen by the database. What it gets is exactly what filtering the
full coverage gives, in the same order, for every team and the whole company."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import event

from teamlead_app.data.context import ServiceContext
from teamlead_app.records.skills import CoverageRow
from teamlead_app.services.demo.company import generate_company
from teamlead_app.services.people import employees as people
from teamlead_app.services.skills.alerts import skill_alerts
from teamlead_app.services.skills.coverage import compute_coverage

TODAY = date(2026, 12, 7)


def _named(rows: list[CoverageRow]) -> list[CoverageRow]:
    return [r for r in rows if r.status != "green" or r.holders == 1]


def test_flagged_coverage_is_the_full_coverage_filtered(ctx: ServiceContext) -> None:
    generate_company(ctx, seed=2, teams=3, size=22, today=TODAY)
    teams: list[int | None] = [None, *(t.id for t in people.list_teams(ctx))]
    for day in (TODAY, TODAY + timedelta(days=400)):
        for team_id in teams:
            full = compute_coverage(ctx, team_id=team_id, today=day, warning_days=90)
            flagged = compute_coverage(
                ctx, team_id=team_id, today=day, warning_days=90, flagged_only=True
            )
            assert flagged == _named(full), (day, team_id)
            assert {"red", "amber", "green"} >= {r.status for r in flagged}
            found = skill_alerts(ctx, team_id, today=day)
            assert found.single_points == tuple(r for r in full if r.status == "red")
            assert found.amber == tuple(r for r in full if r.status == "amber")
            assert found.single_holder == tuple(r for r in full if r.holders == 1)
    # the company has all three kinds, so the filter is tried on each
    whole = compute_coverage(ctx, today=TODAY, warning_days=90)
    assert {r.status for r in whole} == {"red", "amber", "green"}
    assert any(r.holders == 1 for r in whole)


def test_the_filter_adds_no_statement(ctx: ServiceContext) -> None:
    generate_company(ctx, seed=3, teams=1, size=12, today=TODAY)
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(ctx.engine, "before_cursor_execute", record)
    try:
        compute_coverage(ctx, today=TODAY)
        full = len(seen)
        seen.clear()
        compute_coverage(ctx, today=TODAY, flagged_only=True)
        assert len(seen) == full == 1
    finally:
        event.remove(ctx.engine, "before_cursor_execute", record)
