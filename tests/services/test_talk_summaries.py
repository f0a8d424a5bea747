"""The summaries the overview reads (employee_talks, talk_month, team_month; schema 0008) are
kept by the database's own triggers: after any sequence of planning, moving, holding,
cancelling, deleting and archiving (and moving people between teams, deleting people) they
equal a recount from the conversations, on SQLite and on PostgreSQL."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, text, update

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Conversation, Employee
from teamlead_app.errors import AppError
from teamlead_app.services.conversations.moves import cancel_conversation, move_conversation
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.teams import TeamDraft
from tests.services.history_helpers import person, talk

_RECOUNT_MONTHS = """
SELECT c.employee_id, {month}, coalesce(e.team_id, 0),
    count(CASE WHEN c.status = 'planned' THEN 1 END),
    count(CASE WHEN c.status = 'held' THEN 1 END),
    count(CASE WHEN EXISTS (SELECT 1 FROM conversation_move m
                            WHERE m.conversation_id = c.id) THEN 1 END),
    count(CASE WHEN c.status = 'cancelled' THEN 1 END)
FROM conversation c JOIN employee e ON e.id = c.employee_id
GROUP BY c.employee_id, {month}, coalesce(e.team_id, 0)"""
_MONTH = {
    "sqlite": "CAST(strftime('%Y%m', c.scheduled_at) AS INTEGER)",
    "postgresql": "(EXTRACT(YEAR FROM c.scheduled_at) * 100"
    " + EXTRACT(MONTH FROM c.scheduled_at))::integer",
}


def _rows(ctx: ServiceContext, sql: str) -> set[tuple[Any, ...]]:
    with ctx.sessions() as session:
        return {tuple(row) for row in session.execute(text(sql))}


def assert_summaries_recount(ctx: ServiceContext) -> None:
    with ctx.sessions() as session:
        dialect = session.get_bind().dialect.name
    months = _rows(ctx, _RECOUNT_MONTHS.format(month=_MONTH[dialect]))
    kept = _rows(
        ctx, "SELECT employee_id, month, team_id, planned, held, moved, cancelled FROM talk_month"
    )
    assert kept == months
    teams: dict[tuple[int, int], list[int]] = {}
    for _e, month, team, *counts in months:
        total = teams.setdefault((team, month), [0, 0, 0, 0])
        teams[(team, month)] = [a + b for a, b in zip(total, counts, strict=True)]
    kept_teams = _rows(
        ctx, "SELECT team_id, month, planned, held, moved, cancelled FROM team_month"
    )
    assert {r for r in kept_teams if any(r[2:])} == {(*k, *v) for k, v in teams.items()}
    dates = _rows(
        ctx,
        "SELECT e.id, (SELECT max(held_on) FROM conversation c"
        " WHERE c.employee_id = e.id AND c.status = 'held'),"
        " (SELECT max(scheduled_at) FROM conversation c"
        " WHERE c.employee_id = e.id AND c.status = 'planned') FROM employee e",
    )
    kept_dates = _rows(ctx, "SELECT employee_id, last_held, last_planned FROM employee_talks")
    # Someone without talks may have no row at all (the overview reads it as no row).
    assert {r for r in kept_dates if r[1:] != (None, None)} == {
        r for r in dates if r[1:] != (None, None)
    }


_STEP = st.tuples(
    st.sampled_from(
        ["plan", "plan", "move", "hold", "cancel", "delete", "archive", "team", "forget"]
    ),
    st.integers(0, 5),  # which person / conversation
    st.integers(-60, 90),  # days from 2026-06-15
)


_RUN = [0]  # each example adds its own teams and people to the shared database


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(_STEP, min_size=1, max_size=25))
def test_the_summaries_always_equal_a_recount(ctx: ServiceContext, steps: list[Any]) -> None:
    _RUN[0] += 1
    run = _RUN[0]
    teams = [people.save_team(ctx, TeamDraft(name=f"Ploeg {run}.{n} <b>&")) for n in range(2)]
    staff = [person(ctx, "Łukasz", f"Wiśniewski {run}.{n}", team_id=teams[n % 2]) for n in range(4)]
    base = datetime(2026, 6, 15, 9, 0)
    for what, which, days in steps:
        when = base + timedelta(days=days, hours=which)
        with ctx.sessions() as session:
            talks = list(
                session.scalars(
                    select(Conversation.id)
                    .where(Conversation.employee_id.in_(staff))
                    .order_by(Conversation.id)
                )
            )
        chosen = talks[which % len(talks)] if talks else None
        try:
            if what == "plan" and staff:
                talk(ctx, staff[which % len(staff)], when, "planned")
            elif what == "move" and chosen:
                move_conversation(ctx, chosen, when, now=base)
            elif what == "hold" and chosen:
                with ctx.sessions.begin() as session:
                    session.execute(
                        update(Conversation)
                        .where(Conversation.id == chosen)
                        .values(status="held", held_on=when.date())
                    )
            elif what == "cancel" and chosen:
                cancel_conversation(ctx, chosen, "afwezig", today=base.date())
            elif what == "delete" and chosen:
                with ctx.sessions.begin() as session:
                    session.execute(delete(Conversation).where(Conversation.id == chosen))
            elif what == "archive" and staff:
                people.archive_employee(ctx, staff[which % len(staff)], date(2026, 7, 1))
            elif what == "team" and staff:
                with ctx.sessions.begin() as session:
                    session.execute(
                        update(Employee)
                        .where(Employee.id == staff[which % len(staff)])
                        .values(team_id=None if which == 5 else teams[which % 2])
                    )
            elif what == "forget" and staff:
                gone = staff.pop(which % len(staff))
                with ctx.sessions.begin() as session:
                    session.execute(delete(Employee).where(Employee.id == gone))
        except AppError:
            pass  # refused by a rule (e.g. moving a held talk): nothing changed
        assert_summaries_recount(ctx)


def test_deleting_a_team_moves_its_counts_to_no_team(ctx: ServiceContext) -> None:
    team = people.save_team(ctx, TeamDraft(name="Weg"))
    eid = person(ctx, "Jan", "Vries", team_id=team)
    talk(ctx, eid, datetime(2026, 3, 2, 9, 0))
    with ctx.sessions.begin() as session:
        session.execute(text("DELETE FROM team WHERE id = :t"), {"t": team})
    assert_summaries_recount(ctx)
    assert (0, 202603, 0, 1, 0, 0) in _rows(
        ctx, "SELECT team_id, month, planned, held, moved, cancelled FROM team_month"
    )
