"""The rotation planner's grid: people × weeks with rotations (guest and host), planned
conversations and the host's absence; a fixed number of statements whatever the size; the
conflicts computed once per rotation, not per cell."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.services.rotations import planner as rotation_planner
from teamlead_app.services.rotations import schedule as rotations
from teamlead_app.services.rotations.draft import RotationDraft
from teamlead_app.services.skills import levels as skills
from teamlead_app.services.skills.levels import LevelDraft, SkillDraft

NOW = datetime(2026, 12, 1, 9, 0)
Q1 = date(2027, 2, 10)  # any day of the first quarter of 2027
JAN4 = date(2027, 1, 4)  # Monday of ISO week 1 of 2027


def _person(ctx: ServiceContext, team: int, first: str) -> int:
    return people.save_employee(
        ctx, EmployeeDraft(first_name=first, last_name="Smit", team_id=team)
    )


def _rotation(
    ctx: ServiceContext, who: int, start: date, days: int, host: int | None = None
) -> int:
    draft = RotationDraft(who, start, start + timedelta(days=days), host_id=host)
    return rotations.save_rotation(ctx, draft)


@contextmanager
def count_statements(ctx: ServiceContext) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(*args: Any) -> None:
        seen.append(str(args[2]))

    event.listen(ctx.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(ctx.engine, "before_cursor_execute", record)


def test_quarter_and_year_weeks_start_on_monday() -> None:
    quarter = rotation_planner.period_weeks(Q1, "quarter")
    # ISO weeks: a week belongs where its Thursday falls (1 April: the week of 29 March is Q2).
    assert quarter[0] == JAN4 and quarter[-1] == date(2027, 3, 22)
    assert all(m.weekday() == 0 for m in quarter) and len(quarter) == 12
    year = rotation_planner.period_weeks(Q1, "year")
    assert year[0] == JAN4 and len(year) == 52 and year[-1] == date(2027, 12, 27)
    assert [m.isocalendar().week for m in year] == list(range(1, 53))
    assert rotation_planner.shift(Q1, "quarter", -1) == date(2026, 10, 1)
    assert rotation_planner.shift(date(2027, 11, 3), "quarter", 1) == date(2028, 1, 1)
    assert rotation_planner.shift(Q1, "year", 1) == date(2028, 1, 1)


def test_grid_shows_guest_host_conversation_and_host_away(ctx: ServiceContext) -> None:
    team = people.save_team(ctx, TeamDraft("Plaatwerk"))
    anouk, bas, lukasz = (_person(ctx, team, n) for n in ("Anouk", "Bas", "Łukasz"))
    # Anouk learns with Bas in weeks 2-3; Bas himself rotates in week 3: away then.
    guest = _rotation(ctx, anouk, JAN4 + timedelta(days=7), 11, host=bas)
    _rotation(ctx, bas, JAN4 + timedelta(days=14), 4)
    conversations.plan_conversation(
        ctx, ConversationPlanDraft(lukasz, datetime(2027, 1, 20, 10, 0)), now=NOW
    )
    view = rotation_planner.planner(ctx, team, Q1)
    names = [p.name for p in view.people]
    assert names == ["Anouk Smit", "Bas Smit", "Łukasz Smit"]
    a, b, c = (names.index(n) for n in names)
    assert view.cell(a, 0).rotations == ()
    week2 = view.cell(a, 1).rotations
    assert [(r.rotation_id, r.code, r.host) for r in week2] == [(guest, "R1", "Bas Smit")]
    assert week2[0].host_away == ""
    week3 = view.cell(a, 2)
    assert (
        week3.host_away and "Bas Smit is deze week zelf op roulatie" in week3.rotations[0].host_away
    )
    assert [r.code for r in view.cell(b, 1).rotations] == ["B1"]  # Bas hosts Anouk
    assert sorted(r.code for r in view.cell(b, 2).rotations) == ["B1", "R2"]
    talks = view.cell(c, 2).conversations
    assert [t.scheduled_at for t in talks] == [datetime(2027, 1, 20, 10, 0)]
    assert all(not view.cell(c, w).conversations for w in range(len(view.weeks)) if w != 2)
    assert view.rotation_count == 2


def test_host_from_another_team_on_rotation_is_away(ctx: ServiceContext) -> None:
    team = people.save_team(ctx, TeamDraft("Plaatwerk"))
    other = people.save_team(ctx, TeamDraft("Lassen"))
    anouk = _person(ctx, team, "Anouk")
    henk = _person(ctx, other, "Henk")
    _rotation(ctx, anouk, JAN4, 4, host=henk)
    _rotation(ctx, henk, JAN4 + timedelta(days=3), 6)
    view = rotation_planner.planner(ctx, team, Q1)
    assert [p.name for p in view.people] == ["Anouk Smit"]  # Henk is no row of this team
    assert "Henk Smit" in view.cell(0, 0).rotations[0].host_away


def test_conflicts_are_the_rules_read_once_for_all_rotations(ctx: ServiceContext) -> None:
    team = people.save_team(ctx, TeamDraft("Plaatwerk"))
    anouk, bas = _person(ctx, team, "Anouk"), _person(ctx, team, "Bas")
    skill = skills.save_skill(ctx, SkillDraft("Kantbank <b>&", "machine", team))
    for who in (anouk, bas):
        skills.set_level(ctx, LevelDraft(who, skill, "U", date(2026, 12, 1), "Henk"))
    _rotation(ctx, bas, JAN4, 20)  # three weeks: three cells
    with count_statements(ctx) as seen:
        view = rotation_planner.planner(ctx, team, Q1)
    row = [p.name for p in view.people].index("Bas Smit")
    cells = [view.cell(row, w) for w in range(3)]
    assert all(c.conflicted for c in cells) and not view.cell(row, 3).conflicted
    assert "'Kantbank <b>&' houdt in het eigen team 1" in cells[0].rotations[0].conflicts[0]
    # Once for the period: the statements do not grow with the cells or the rotations.
    _rotation(ctx, anouk, JAN4 + timedelta(days=35), 20)
    with count_statements(ctx) as more:
        rotation_planner.planner(ctx, team, Q1)
    assert len(more) == len(seen) <= 20


def _fill(ctx: ServiceContext, team: int, n: int) -> None:
    for i in range(n):
        who = _person(ctx, team, f"P{i}")
        host = _person(ctx, team, f"H{i}")
        _rotation(ctx, who, JAN4 + timedelta(days=7 * (i % 10)), 10, host=host)
        _rotation(ctx, host, JAN4 + timedelta(days=7 * (i % 10) + 7), 3)
        conversations.plan_conversation(
            ctx, ConversationPlanDraft(who, datetime(2027, 2, 1 + i % 20, 9, 0)), now=NOW
        )


def test_grid_reads_in_a_fixed_number_of_statements(ctx: ServiceContext) -> None:
    small, big = (people.save_team(ctx, TeamDraft(n)) for n in ("Klein", "Groot"))
    _fill(ctx, small, 2)
    _fill(ctx, big, 15)
    with count_statements(ctx) as few:
        small_view = rotation_planner.planner(ctx, small, Q1, with_conflicts=False)
    with count_statements(ctx) as many:
        big_view = rotation_planner.planner(ctx, big, Q1, with_conflicts=False)
    assert len(small_view.people) == 4 and len(big_view.people) == 30
    assert big_view.rotation_count == 30
    assert len(few) == len(many) <= 5
    with count_statements(ctx) as few:
        rotation_planner.planner(ctx, small, Q1)
    with count_statements(ctx) as many:
        rotation_planner.planner(ctx, big, Q1)
    assert len(few) == len(many) <= 20  # with the conflicts of 4 or of 30 rotations


def test_unknown_span_is_refused() -> None:
    with pytest.raises(Exception, match="kwartaal of jaar"):
        rotation_planner.period_weeks(Q1, "month")  # type: ignore[arg-type]


def test_the_weeks_know_their_days_off(ctx: ServiceContext) -> None:
    from teamlead_app.services.conversations.days_off import BlockedPeriod, save_blocked_periods

    team = people.save_team(ctx, TeamDraft("Plaatwerk"))
    _person(ctx, team, "Anouk")
    # A blocked Friday to Monday: the weekend days are no working days lost.
    save_blocked_periods(ctx, [BlockedPeriod(date(2027, 2, 12), date(2027, 2, 15), "Bouwvak <b>&")])
    view = rotation_planner.planner(ctx, team, Q1)
    assert view.days_off_in_week(0) == ()
    week6 = view.weeks.index(date(2027, 2, 8))
    assert view.days_off_in_week(week6) == ((date(2027, 2, 12), "Bouwvak <b>&"),)
    assert view.days_off_in_week(week6 + 1) == ((date(2027, 2, 15), "Bouwvak <b>&"),)
    assert all(d.weekday() < 5 for d, _ in view.days_off)
