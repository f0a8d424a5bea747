"""Signals for the lead: no agreed POP, goals past target, evaluations due, stopped learning."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import event

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Conversation, Employee, Goal
from teamlead_app.services.common.settings import get_settings, save_settings
from teamlead_app.services.conversations.use_cases import (
    ConversationPlanDraft,
    log_conversation,
)
from teamlead_app.services.development import goals, pop
from teamlead_app.services.development.goals import GoalDraft, StepDraft
from teamlead_app.services.development.signals import months_before, signals
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft

TODAY = date(2026, 11, 25)


def person(
    ctx: ServiceContext,
    first: str,
    *,
    since: date | None = date(2018, 1, 1),
    stage: str = "medior",
    team_id: int | None = None,
    known_since: date | None = None,
) -> int:
    """Someone the app has known since `known_since` (default: since the first day in
    service, as if the lead entered them then)."""
    employee_id = people.save_employee(
        ctx,
        EmployeeDraft(
            first_name=first,
            last_name="Test",
            date_in_service=since,
            stage=stage,
            team_id=team_id,
        ),
    )
    if known_since or since:
        with ctx.sessions.begin() as session:
            row = session.get(Employee, employee_id)
            assert row is not None
            row.created_at = datetime.combine(known_since or since, datetime.min.time())
    return employee_id


def agreed_pop(ctx: ServiceContext, employee_id: int, year: int = 2026) -> int:
    plan = pop.create_pop(ctx, employee_id, year)
    pop.agree_pop(ctx, plan, "akkoord", date(year, 1, 15), "paper")
    return plan


def backdate_goal(ctx: ServiceContext, goal_id: int, created: date) -> None:
    with ctx.sessions.begin() as session:
        goal = session.get(Goal, goal_id)
        assert goal is not None
        goal.created_at = datetime.combine(created, datetime.min.time())
        for step in goal.steps:
            step.created_on = created


def test_people_without_an_agreed_pop_this_year(ctx: ServiceContext) -> None:
    team = people.save_team(ctx, TeamDraft("Lassen"))
    agreed = person(ctx, "Akkoord", team_id=team)
    agreed_pop(ctx, agreed)
    evaluated = person(ctx, "Geevalueerd")
    plan = agreed_pop(ctx, evaluated)
    pop.evaluate_pop(ctx, plan, "Goed", date(2026, 11, 1))
    drafted = person(ctx, "Concept", team_id=team)
    draft_plan = pop.create_pop(ctx, drafted, 2026)
    nothing = person(ctx, "Niets")
    old_only = person(ctx, "Vorigjaar")
    agreed_pop(ctx, old_only, 2025)
    gone = person(ctx, "Weg")
    people.archive_employee(ctx, gone, date(2026, 6, 30))
    person(ctx, "Toekomst", since=date(2027, 1, 1))

    found = signals(ctx, TODAY).no_pop
    assert [(s.employee_id, s.draft_pop_id) for s in found] == [
        (drafted, draft_plan),
        (nothing, None),
        (old_only, None),
    ]
    assert found[0].employee == "Concept Test"
    assert [s.employee_id for s in signals(ctx, TODAY, team_id=team).no_pop] == [drafted]
    # in the next year last year's agreed plan no longer counts
    assert agreed in [s.employee_id for s in signals(ctx, date(2027, 1, 4)).no_pop]


def test_goals_past_their_target_date(ctx: ServiceContext) -> None:
    who = person(ctx, "Doelen")
    start = date(2026, 1, 1)

    def goal(what: str, target: date) -> int:
        return goals.create_goal(
            ctx, who, GoalDraft(what=what, start_date=start, target_date=target)
        )

    late = goal("Te laat <b>&", date(2026, 11, 24))
    goal("Vandaag", TODAY)
    done = goal("Bereikt", date(2026, 5, 1))
    goals.set_goal_status(ctx, done, "achieved", on=date(2026, 6, 1))
    stopped = goal("Gestopt", date(2026, 5, 1))
    goals.set_goal_status(ctx, stopped, "stopped")
    postponed = goal("Uitgesteld", date(2026, 3, 1))
    goals.set_goal_status(ctx, postponed, "postponed")
    plan = agreed_pop(ctx, who, 2025)
    goals.create_goal(
        ctx,
        who,
        GoalDraft(what="Oud plan", start_date=date(2025, 1, 1), target_date=date(2025, 6, 1)),
        pop_id=plan,
    )
    pop.evaluate_pop(ctx, plan, "Afgerond", date(2025, 12, 1))
    gone = person(ctx, "Weg")
    goals.create_goal(
        ctx, gone, GoalDraft(what="Van iemand die weg is", start_date=start, target_date=start)
    )
    people.archive_employee(ctx, gone, date(2026, 6, 30))

    found = signals(ctx, TODAY).goals_overdue
    assert [(s.goal_id, s.days_over) for s in found] == [(postponed, 269), (late, 1)]
    assert found[1].what == "Te laat <b>&"


def test_evaluations_due(ctx: ServiceContext) -> None:
    soon = person(ctx, "Binnenkort")
    plan_soon = agreed_pop(ctx, soon)
    with ctx.sessions.begin() as session:
        for when, status in (
            (datetime(2026, 12, 15, 10), "planned"),
            (datetime(2026, 7, 1, 10), "held"),
        ):
            session.add(
                Conversation(
                    employee_id=soon,
                    kind="ontwikkel",
                    status=status,
                    scheduled_at=when,
                    pop_id=plan_soon,
                    created_at=datetime(2026, 1, 15),
                    updated_at=datetime(2026, 1, 15),
                )
            )
    late = person(ctx, "Achterstallig")
    plan_late = agreed_pop(ctx, late)
    [mid, _] = pop.plan_evaluations(ctx, plan_late, today=date(2026, 1, 15))
    far = person(ctx, "Verweg")
    plan_far = pop.create_pop(ctx, far, period=(date(2026, 3, 1), date(2027, 2, 28)))
    pop.agree_pop(ctx, plan_far, "gezien", date(2026, 3, 2), "screen")
    unplanned = person(ctx, "Ongepland")
    plan_unplanned = pop.create_pop(ctx, unplanned, period=(date(2025, 12, 21), date(2026, 12, 20)))
    pop.agree_pop(ctx, plan_unplanned, "akkoord", date(2025, 12, 21), "paper")
    done = person(ctx, "Klaar")
    plan_done = agreed_pop(ctx, done)
    pop.plan_evaluations(ctx, plan_done, today=date(2026, 1, 15))
    pop.evaluate_pop(ctx, plan_done, "Klaar", date(2026, 11, 20))

    found = signals(ctx, TODAY).evaluations_due
    summary = [(s.employee_id, s.pop_id, s.conversation_id, s.due, s.overdue) for s in found]
    assert summary[0] == (late, plan_late, mid, date(2026, 7, 1), True)
    assert summary[1][0:2] == (late, plan_late)
    assert summary[1][3:] == (date(2026, 12, 1), False)
    assert (soon, plan_soon) in [s[0:2] for s in summary]
    assert (unplanned, plan_unplanned, None, date(2026, 12, 20), False) in summary
    assert far not in [s[0] for s in summary]
    assert done not in [s[0] for s in summary]
    assert len(summary) == 4
    # the December moment of 'soon' falls outside the window a month earlier
    earlier = signals(ctx, date(2026, 10, 1)).evaluations_due
    assert soon not in [s.employee_id for s in earlier]


def test_stopped_learning(ctx: ServiceContext) -> None:
    cutoff = months_before(TODAY, 12)
    assert cutoff == date(2025, 11, 25)
    quiet = person(ctx, "Stil")
    old = goals.create_goal(ctx, quiet, GoalDraft(what="Oud", start_date=date(2024, 1, 1)))
    goals.add_step(ctx, old, StepDraft("Oude stap"))
    backdate_goal(ctx, old, date(2025, 11, 24))
    starter = person(ctx, "Starter", stage="starter")
    never = person(ctx, "Nooit")
    boundary = person(ctx, "Grens", since=cutoff)
    newcomer = person(ctx, "Nieuw", since=date(2025, 11, 26))
    active = person(ctx, "Actief")
    recent = goals.create_goal(ctx, active, GoalDraft(what="Recent", start_date=date(2024, 1, 1)))
    backdate_goal(ctx, recent, cutoff)  # exactly N months ago still counts as learning
    stepper = person(ctx, "Stapper")
    stepped = goals.create_goal(ctx, stepper, GoalDraft(what="Stap", start_date=date(2024, 1, 1)))
    step = goals.add_step(ctx, stepped, StepDraft("Stap"))
    backdate_goal(ctx, stepped, date(2024, 1, 1))
    goals.mark_step_done(ctx, step, date(2026, 10, 1))
    achiever = person(ctx, "Bereiker")
    reached = goals.create_goal(ctx, achiever, GoalDraft(what="VCA", start_date=date(2024, 1, 1)))
    backdate_goal(ctx, reached, date(2024, 1, 1))
    goals.set_goal_status(ctx, reached, "achieved", on=date(2026, 2, 1))

    found = signals(ctx, TODAY).stopped_learning
    by_id = {s.employee_id: s for s in found}
    assert set(by_id) == {quiet, never, boundary}
    assert by_id[quiet].last_activity == date(2025, 11, 24)
    assert (by_id[never].last_activity, by_id[never].months) == (None, 12)
    assert starter not in by_id

    save_settings(ctx, replace(get_settings(ctx), stopped_learning_months=6))
    found = signals(ctx, TODAY).stopped_learning
    assert {s.employee_id for s in found} == {quiet, never, boundary, newcomer, active, achiever}


def test_people_just_imported_are_not_called_stopped_learning(ctx: ServiceContext) -> None:
    """A foreman's first day: HR's file brings people in service for years. The app has
    followed none of them for 12 months, so none has 'learned nothing new for 12 months'."""
    imported = person(ctx, "Geïmporteerd", since=date(2010, 1, 1), known_since=TODAY)
    talked = person(ctx, "Gesproken", since=date(2010, 1, 1), known_since=TODAY)
    log_conversation(  # a conversation from before: followed since then
        ctx, ConversationPlanDraft(employee_id=talked, when=datetime(2025, 6, 2, 10, 0))
    )
    assert [s.employee_id for s in signals(ctx, TODAY).stopped_learning] == [talked]
    later = signals(ctx, date(2027, 11, 26)).stopped_learning  # a year of following on
    assert {s.employee_id for s in later} == {imported, talked}


def test_a_carried_copy_is_no_new_goal(ctx: ServiceContext) -> None:
    who = person(ctx, "Doorschuiver")
    plan = agreed_pop(ctx, who, 2025)
    goal_id = goals.create_goal(
        ctx, who, GoalDraft(what="Doorgeschoven", start_date=date(2025, 1, 1)), pop_id=plan
    )
    backdate_goal(ctx, goal_id, date(2025, 1, 2))
    pop.evaluate_pop(ctx, plan, "Half", date(2025, 11, 20))
    pop.start_next_pop(ctx, plan, [goal_id])
    assert [s.employee_id for s in signals(ctx, date(2026, 3, 1)).stopped_learning] == [who]


def test_months_before_clamps_to_the_month_end() -> None:
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2024, 3, 31), 1) == date(2024, 2, 29)
    assert months_before(date(2026, 1, 15), 12) == date(2025, 1, 15)
    assert months_before(date(2026, 1, 15), 25) == date(2023, 12, 15)


def test_empty_database_has_no_signals(ctx: ServiceContext) -> None:
    view = signals(ctx, TODAY)
    assert view.count == 0 and view.today == TODAY


@pytest.mark.sqlite_only  # reads SQLite's EXPLAIN QUERY PLAN
def test_evaluations_due_reads_the_plans_moments_not_all_talks_by_date(ctx: ServiceContext) -> None:
    """The evaluations-due query goes from the open plans to their moments (index on
    conversation.pop_id): taking the date index instead reads ten years of monthly talks
    (2 s at 4,000 people against 0.01 s)."""
    statements: list[tuple[str, tuple[object, ...]]] = []

    def capture(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if "ontwikkel" in str(params) or "conversation.kind" in statement:
            statements.append((statement, tuple(params)))

    event.listen(ctx.engine, "before_cursor_execute", capture)
    try:
        signals(ctx, TODAY)
    finally:
        event.remove(ctx.engine, "before_cursor_execute", capture)
    [(statement, params)] = [s for s in statements if "conversation.kind" in s[0]]
    with ctx.engine.connect() as connection:
        plan = [
            row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params)
        ]
    assert any("conversation USING INDEX ix_conversation_pop_id" in step for step in plan), plan
    assert not any("ix_conversation_when" in step for step in plan), plan
