"""The overview's "Deze week" card limited in SQL (today, the days to come and the days gone by
each read only as far as shown, the week counted apart): exactly the first items of the full
week in the same order, the same "… en nog N", for every day of the week as today, every
limit and team; one statement however busy the week. On both backends."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.conversations.overview import AgendaItem, agenda
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.teams import TeamDraft
from tests.services.history_helpers import person, talk
from tests.services.test_overview import selects

MONDAY = date(2026, 3, 9)
WEEK = [MONDAY + timedelta(days=n) for n in range(7)]
LIMITS = (1, 2, 3, 4, 5, 7, 8, 13, 40, 500)


@dataclass(frozen=True)
class Made:
    conversation_id: int
    team_id: int | None
    at: datetime
    status: str
    moved: bool


def _busy_weeks(ctx: ServiceContext) -> list[Made]:
    """Two teams and people without one; talks on every day of this week (several at the
    same minute, so the id decides), cancelled and moved ones, and the weeks on either side."""
    rng = random.Random(10)
    teams = [people.save_team(ctx, TeamDraft(name)) for name in ("Lasserij", "Montage")]
    names = [("Łukasz", "Wiśniewski", ""), ("Jan", "Vries", "de"), ("<b>&", "Çelik", "")]
    made: list[Made] = []
    for n in range(9):
        team = [*teams, None][n % 3]
        first, last, tv = names[n % 3]
        eid = person(ctx, first, f"{last}{n}", tussenvoegsel=tv, team_id=team)
        for day in [MONDAY - timedelta(days=1), *WEEK, MONDAY + timedelta(days=7)]:
            for _ in range(rng.randint(1, 3)):
                at = datetime.combine(day, datetime.min.time()) + timedelta(
                    hours=rng.choice((0, 8, 9, 9, 23)), minutes=rng.choice((0, 0, 30, 59))
                )
                status = rng.choice(("planned", "planned", "held", "cancelled"))
                moved = rng.random() < 0.3
                was = (at - timedelta(days=2),) if moved else ()
                cid = talk(ctx, eid, at, status, moved_from=was)
                made.append(Made(cid, team, at, status, moved))
    return made


def _by_the_rule(made: list[Made], today: date, team_id: int | None) -> list[tuple[int, bool]]:
    """The card's rule worked out here: this week's talks that are not cancelled, today's
    first, then the days to come, then the days gone by, each in time order (then id)."""

    def order(row: Made) -> tuple[int, datetime, int]:
        day = row.at.date()
        return (0 if day == today else 1 if day > today else 2, row.at, row.conversation_id)

    week = [
        row
        for row in made
        if row.at.date() in WEEK
        and row.status != "cancelled"
        and (team_id is None or row.team_id == team_id)
    ]
    return [(row.conversation_id, row.moved) for row in sorted(week, key=order)]


def _ids(items: tuple[AgendaItem, ...]) -> list[tuple[int, bool]]:
    return [(item.conversation_id, item.moved) for item in items]


def test_the_limited_week_is_the_start_of_the_full_one(ctx: ServiceContext) -> None:
    made = _busy_weeks(ctx)
    teams = sorted({row.team_id for row in made if row.team_id is not None})
    with ctx.sessions() as session:
        for today in WEEK:
            for team_id in (None, *teams):
                full, none_hidden = agenda(session, today, team_id)
                expected = _by_the_rule(made, today, team_id)
                assert _ids(full) == expected and none_hidden == 0
                assert full[0].start.date() == today  # talks on every day, today's first
                for limit in LIMITS:
                    first, more = agenda(session, today, team_id, limit=limit)
                    assert first == full[:limit], (today, team_id, limit)
                    assert more == max(0, len(full) - limit), (today, team_id, limit)


def test_an_empty_week_and_one_with_only_cancelled_talks(ctx: ServiceContext) -> None:
    eid = person(ctx, "Jan", "Vries", tussenvoegsel="de")
    with ctx.sessions() as session:
        assert agenda(session, WEEK[2], limit=5) == ((), 0)
    talk(ctx, eid, datetime(2026, 3, 11, 9), "cancelled")
    talk(ctx, eid, datetime(2026, 3, 16, 9), "planned")  # next week
    with ctx.sessions() as session:
        assert agenda(session, WEEK[2], limit=5) == ((), 0)
        assert agenda(session, WEEK[2]) == ((), 0)


@pytest.mark.parametrize("team", [False, True])
def test_one_statement_however_busy_the_week(ctx: ServiceContext, team: bool) -> None:
    team_id = people.save_team(ctx, TeamDraft("Lasserij")) if team else None

    def fill(count: int, offset: int) -> None:
        for n in range(count):
            eid = person(ctx, "Jan", f"Vries{offset + n}", team_id=team_id)
            for day in WEEK:
                talk(ctx, eid, datetime.combine(day, datetime.min.time()) + timedelta(hours=9))

    fill(1, 0)
    with selects(ctx) as few, ctx.sessions() as session:
        agenda(session, WEEK[3], team_id, limit=5)
    fill(12, 100)
    with selects(ctx) as many, ctx.sessions() as session:
        shown, more = agenda(session, WEEK[3], team_id, limit=5)
    assert len(shown) == 5 and more == 13 * 7 - 5
    assert len(many) == len(few) == 1


@pytest.mark.sqlite_only  # reads SQLite's EXPLAIN QUERY PLAN
def test_each_part_walks_the_time_index_and_the_count_only_the_index(ctx: ServiceContext) -> None:
    _busy_weeks(ctx)
    seen: list[tuple[str, Any]] = []

    def record(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_args: Any) -> None:
        seen.append((statement, parameters))

    event.listen(ctx.engine, "before_cursor_execute", record)
    with ctx.sessions() as session:
        agenda(session, WEEK[3], limit=5)
    event.remove(ctx.engine, "before_cursor_execute", record)
    statement, parameters = seen[-1]
    with ctx.engine.connect() as connection:
        plan = [
            row[-1]
            for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", parameters)
        ]
    # No sort of the whole week before the limit: the rows come in the index's order.
    assert not any("TEMP B-TREE" in step for step in plan), plan
    assert sum("USING INDEX ix_conversation_when " in step for step in plan) == 3, plan
    assert any("COVERING INDEX ix_conversation_when_status" in step for step in plan), plan
