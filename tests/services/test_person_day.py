"""The overview cards' state for the day (person_day, schema 0010) on a SQLite file: after any
sequence of changes — through the services or straight into the tables, on one day or the next
— the cards read from it show exactly the start of the full lists and their totals, for the
whole company and for each team; triggers mark every change; a new day or other settings
recompute everyone, a change only the people it touched."""

from __future__ import annotations

import contextlib
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import delete, select, text, update

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Conversation, Employee, Goal, PersonDay, PersonDayDirty, Pop
from teamlead_app.errors import AppError
from teamlead_app.services.cards import person_day
from teamlead_app.services.common.settings import get_settings, save_settings
from teamlead_app.services.conversations.overview import overview
from teamlead_app.services.development import goals, pop
from teamlead_app.services.development.goals import GoalDraft, StepDraft
from teamlead_app.services.development.signals import signals
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.teams import TeamDraft
from tests.services.history_helpers import person, talk

pytestmark = pytest.mark.sqlite_only  # a server computes the cards directly

TODAY = date(2026, 11, 25)


def _signal_lists(view: Any) -> tuple[tuple[Any, ...], ...]:
    return (view.no_pop, view.goals_overdue, view.evaluations_due, view.stopped_learning)


def assert_cards_are_the_full_lists(ctx: ServiceContext, today: date, team: int | None) -> None:
    full = overview(ctx, today, team)
    full_signals = signals(ctx, today, team)
    for limit in (1, 3):
        card = overview(ctx, today, team, limit=limit)
        assert card.overdue == full.overdue[:limit]
        assert card.hidden.overdue == len(full.overdue) - len(card.overdue)
        assert card.overdue_planned == full.overdue_planned
        assert card.longest_without == full.longest_without
        assert card.unsigned == full.unsigned[:limit]
        assert card.hidden.unsigned == len(full.unsigned) - len(card.unsigned)
        cut = signals(ctx, today, team, limit=limit)
        assert cut.totals == tuple(len(items) for items in _signal_lists(full_signals))
        for short, whole in zip(_signal_lists(cut), _signal_lists(full_signals), strict=True):
            assert short == whole[:limit]


_STEP = st.tuples(
    st.sampled_from(
        [
            "held",
            "held",
            "planned",
            "sign",
            "drop",
            "pop",
            "agree",
            "evaluate",
            "goal",
            "goal",
            "step",
            "achieve",
            "archive",
            "cadence",
            "team",
            "forget",
            "grace",
            "day",
        ]
    ),
    st.integers(0, 5),  # which person (or talk, plan, goal)
    st.integers(-420, 60),  # days from today
)
# Name order differs from the order people are added in (SQLite's lower() folds ASCII only).
LAST_NAMES = ("Zijlstra", "de Boer", "Wiśniewski", "bakker", "Åberg", "Bakker")
_RUN = [0]  # each example adds its own teams and people to the shared database


def _one_of(ctx: ServiceContext, model: Any, staff: list[int], which: int) -> int | None:
    with ctx.sessions() as session:
        found = list(
            session.scalars(select(model.id).where(model.employee_id.in_(staff)).order_by(model.id))
        )
    return found[which % len(found)] if found else None


def _apply(
    ctx: ServiceContext, step: tuple[str, int, int], staff: list[int], teams: list[int], today: date
) -> date:
    what, which, days = step
    who = staff[which % len(staff)] if staff else None
    when = datetime.combine(today + timedelta(days=days), time(9 + which))
    if what in ("held", "planned") and who:
        talk(ctx, who, when, what)
    elif what == "sign" and (chosen := _one_of(ctx, Conversation, staff, which)):
        with ctx.sessions.begin() as session:  # straight into the table: the trigger notices
            session.execute(
                update(Conversation).where(Conversation.id == chosen).values(signoff="gezien")
            )
    elif what == "drop" and (chosen := _one_of(ctx, Conversation, staff, which)):
        with ctx.sessions.begin() as session:
            session.execute(delete(Conversation).where(Conversation.id == chosen))
    elif what == "pop" and who:
        start = today + timedelta(days=days)
        pop.create_pop(ctx, who, period=(start, start + timedelta(days=200 + which * 40)))
    elif what == "agree" and (plan := _one_of(ctx, Pop, staff, which)):
        pop.agree_pop(ctx, plan, "akkoord", today, "paper")
    elif what == "evaluate" and (plan := _one_of(ctx, Pop, staff, which)):
        pop.evaluate_pop(ctx, plan, "Goed gegaan", today)
    elif what == "goal" and who:
        target = today + timedelta(days=days // 3)
        goal = goals.create_goal(
            ctx,
            who,
            GoalDraft(
                what=f"Doel <b>& {which}",
                start_date=target - timedelta(days=90),
                target_date=target,
            ),
        )
        if which % 2:  # made long ago: someone may have stopped learning since
            with ctx.sessions.begin() as session:
                session.execute(
                    update(Goal)
                    .where(Goal.id == goal)
                    .values(created_at=datetime.combine(today - timedelta(days=500), time()))
                )
    elif what == "step" and (goal := _one_of(ctx, Goal, staff, which)):
        goals.add_step(ctx, goal, StepDraft(what="Meelopen 😀"))
    elif what == "achieve" and (goal := _one_of(ctx, Goal, staff, which)):
        goals.set_goal_status(ctx, goal, "achieved", on=today)
    elif what == "archive" and who:
        people.archive_employee(ctx, who, today + timedelta(days=days // 10))
    elif what in ("cadence", "team") and who:
        values: dict[str, Any] = (
            {"cadence": "weeks", "cadence_weeks": which + 1}
            if what == "cadence"
            else {"team_id": None if which == 5 else teams[which % 2]}
        )
        with ctx.sessions.begin() as session:
            session.execute(update(Employee).where(Employee.id == who).values(**values))
    elif what == "forget" and who:
        staff.remove(who)
        with ctx.sessions.begin() as session:
            session.execute(delete(Employee).where(Employee.id == who))
    elif what == "grace":
        save_settings(ctx, replace(get_settings(ctx), overdue_grace_days=which * 3))
    elif what == "day":
        return today + timedelta(days=abs(days) % 40 + 1)
    return today


@settings(
    max_examples=30,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(steps=st.lists(_STEP, min_size=1, max_size=20))
def test_the_cards_always_equal_the_full_lists(ctx: ServiceContext, steps: list[Any]) -> None:
    _RUN[0] += 1
    run = _RUN[0]
    teams = [people.save_team(ctx, TeamDraft(name=f"Ploeg {run}.{n} <b>&")) for n in range(2)]
    staff = [
        person(
            ctx,
            "Łukasz",
            f"{LAST_NAMES[(n + run) % len(LAST_NAMES)]} {run}",
            team_id=teams[n % 2],
            start=date(2024, 1, 6) if n % 3 else None,
        )
        for n in range(5)
    ]
    today = TODAY
    for step in steps:
        # (a step a rule refuses, e.g. agreeing a plan twice, changes nothing)
        with contextlib.suppress(AppError):
            today = _apply(ctx, step, staff, teams, today)
        assert_cards_are_the_full_lists(ctx, today, None)
    for team in teams:
        assert_cards_are_the_full_lists(ctx, today, team)


def _refreshed(ctx: ServiceContext, today: date) -> bool:
    return person_day.refreshed(ctx, today, get_settings(ctx))


def _dirty(ctx: ServiceContext) -> set[int]:
    with ctx.sessions() as session:
        return set(session.scalars(select(PersonDayDirty.employee_id)))


def test_every_kind_of_change_marks_the_person(ctx: ServiceContext) -> None:
    team = people.save_team(ctx, TeamDraft(name="Lassen"))
    who = person(ctx, "Anna", "de Vries", team_id=team)
    assert _refreshed(ctx, TODAY) and _dirty(ctx) == set()
    changes = [
        lambda: talk(ctx, who, datetime(2026, 11, 2, 9), "held"),
        lambda: pop.create_pop(ctx, who, 2026),
        lambda: goals.create_goal(
            ctx, who, GoalDraft(what="Lassen", start_date=date(2026, 1, 5), target_date=TODAY)
        ),
        lambda: goals.add_step(ctx, _one_of(ctx, Goal, [who], 0) or 0, StepDraft(what="Kijken")),
        lambda: people.archive_employee(ctx, who, TODAY + timedelta(days=30)),
    ]
    for change in changes:
        change()
        assert _dirty(ctx) == {who}
        assert _refreshed(ctx, TODAY) and _dirty(ctx) == set()
    with ctx.sessions.begin() as session:  # a team deleted: its people are touched
        session.execute(text("DELETE FROM team WHERE id = :t"), {"t": team})
    assert _dirty(ctx) == {who}
    assert _refreshed(ctx, TODAY)
    with ctx.sessions.begin() as session:  # the person deleted, with all their rows
        session.execute(text("DELETE FROM employee WHERE id = :e"), {"e": who})
    with ctx.sessions() as session:
        for state in ("person_day", "person_day_dirty"):
            left = session.execute(text(f"SELECT count(*) FROM {state}")).scalar()
            assert left == 0, state


def test_the_triggers_exist_at_head(ctx: ServiceContext) -> None:
    from importlib import import_module

    migration = import_module("teamlead_app.data.migrations.versions.0010_card_state")
    wanted = {trigger.split()[2] for trigger in migration.TRIGGERS_SQLITE}
    with ctx.sessions() as session:
        found = set(session.scalars(text("SELECT name FROM sqlite_master WHERE type = 'trigger'")))
    assert len(wanted) == 15 and wanted <= found


def test_a_change_recomputes_only_that_person_and_a_new_day_or_rule_everyone(
    ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    staff = [person(ctx, "Piet", f"Jansen {n}") for n in range(4)]
    computed: list[object] = []
    real = person_day.compute

    def spy(session: Any, today: date, settings: Any, ids: Any) -> Any:
        computed.append(None if ids is None else sorted(ids))
        return real(session, today, settings, ids)

    monkeypatch.setattr(person_day, "compute", spy)
    assert _refreshed(ctx, TODAY)
    talk(ctx, staff[1], datetime(2026, 11, 3, 10), "held")
    assert _refreshed(ctx, TODAY)
    assert _refreshed(ctx, TODAY)  # nothing marked: nothing computed
    assert _refreshed(ctx, TODAY + timedelta(days=1))
    save_settings(ctx, replace(get_settings(ctx), overdue_grace_days=9))
    assert _refreshed(ctx, TODAY + timedelta(days=1))
    monkeypatch.setattr(person_day, "RULE_VERSION", person_day.RULE_VERSION + 1)
    assert _refreshed(ctx, TODAY + timedelta(days=1))  # a newer rule: everyone again
    assert computed == [None, [staff[1]], None, None, None]
    with ctx.sessions() as session:
        assert len(session.scalars(select(PersonDay.employee_id)).all()) == 4


def test_a_file_that_cannot_be_written_computes_the_cards_directly(ctx: ServiceContext) -> None:
    who = person(ctx, "Kees", "Bakker")
    talk(ctx, who, datetime(2026, 11, 3, 10), "held")
    full = overview(ctx, TODAY)
    read_only = replace(ctx)
    object.__setattr__(read_only.db, "read_only", True)
    try:
        assert not _refreshed(read_only, TODAY)
        card = overview(read_only, TODAY, limit=1)
    finally:
        object.__setattr__(read_only.db, "read_only", False)
    assert card.unsigned == full.unsigned[:1] and card.longest_without == full.longest_without
    with ctx.sessions() as session:
        assert session.scalars(select(PersonDay.employee_id)).all() == []


def test_lines_on_the_same_day_come_in_the_full_lists_order(ctx: ServiceContext) -> None:
    """Goals of several people on one target day (then by name), plans of several people
    ending on one day (then by person): the first people are chosen in that order too."""
    for n, last in enumerate(("Zijlstra", "de Boer", "bakker", "Åberg", "Bakker", "Mulder")):
        who = person(ctx, "Jan", last)
        plan = pop.create_pop(ctx, who, period=(date(2026, 1, 1), date(2026, 12, 1)))
        pop.agree_pop(ctx, plan, "akkoord", date(2026, 1, 15), "paper")
        for day in (1, 1 + n % 2):
            draft = GoalDraft(
                what=f"Doel {day}", start_date=date(2026, 1, 5), target_date=date(2026, 2, day)
            )
            goals.create_goal(ctx, who, draft)
    for limit in range(1, 8):
        assert_cards_are_the_full_lists(ctx, TODAY, None)
        cut, full = signals(ctx, TODAY, limit=limit), signals(ctx, TODAY)
        assert cut.goals_overdue == full.goals_overdue[:limit]
        assert cut.evaluations_due == full.evaluations_due[:limit]
    first_six = full.goals_overdue[:6]
    assert {g.target_date for g in first_six} == {date(2026, 2, 1)}
    assert len({g.employee_id for g in first_six}) >= 4
    assert len(full.evaluations_due) == 6
