"""Signals for the lead: no agreed POP, goals past target, evaluations due, stopped learning."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import event

from teamlead_app.data.db import Database
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
    db: Database,
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
        db,
        EmployeeDraft(
            first_name=first,
            last_name="Test",
            date_in_service=since,
            stage=stage,
            team_id=team_id,
        ),
    )
    if known_since or since:
        with db.sessions.begin() as session:
            row = session.get(Employee, employee_id)
            assert row is not None
            row.created_at = datetime.combine(known_since or since, datetime.min.time())
    return employee_id


def agreed_pop(db: Database, employee_id: int, year: int = 2026) -> int:
    plan = pop.create_pop(db, employee_id, year)
    pop.agree_pop(db, plan, "akkoord", date(year, 1, 15), "paper")
    return plan


def backdate_goal(db: Database, goal_id: int, created: date) -> None:
    with db.sessions.begin() as session:
        goal = session.get(Goal, goal_id)
        assert goal is not None
        goal.created_at = datetime.combine(created, datetime.min.time())
        for step in goal.steps:
            step.created_on = created


def test_people_without_an_agreed_pop_this_year(db: Database) -> None:
    team = people.save_team(db, TeamDraft("Lassen"))
    agreed = person(db, "Akkoord", team_id=team)
    agreed_pop(db, agreed)
    evaluated = person(db, "Geevalueerd")
    plan = agreed_pop(db, evaluated)
    pop.evaluate_pop(db, plan, "Goed", date(2026, 11, 1))
    drafted = person(db, "Concept", team_id=team)
    draft_plan = pop.create_pop(db, drafted, 2026)
    nothing = person(db, "Niets")
    old_only = person(db, "Vorigjaar")
    agreed_pop(db, old_only, 2025)
    gone = person(db, "Weg")
    people.archive_employee(db, gone, date(2026, 6, 30))
    person(db, "Toekomst", since=date(2027, 1, 1))

    found = signals(db, TODAY).no_pop
    assert [(s.employee_id, s.draft_pop_id) for s in found] == [
        (drafted, draft_plan),
        (nothing, None),
        (old_only, None),
    ]
    assert found[0].employee == "Concept Test"
    assert [s.employee_id for s in signals(db, TODAY, team_id=team).no_pop] == [drafted]
    # in the next year last year's agreed plan no longer counts
    assert agreed in [s.employee_id for s in signals(db, date(2027, 1, 4)).no_pop]


def test_goals_past_their_target_date(db: Database) -> None:
    who = person(db, "Doelen")
    start = date(2026, 1, 1)

    def goal(what: str, target: date) -> int:
        return goals.create_goal(
            db, who, GoalDraft(what=what, start_date=start, target_date=target)
        )

    late = goal("Te laat <b>&", date(2026, 11, 24))
    goal("Vandaag", TODAY)
    done = goal("Bereikt", date(2026, 5, 1))
    goals.set_goal_status(db, done, "achieved", on=date(2026, 6, 1))
    stopped = goal("Gestopt", date(2026, 5, 1))
    goals.set_goal_status(db, stopped, "stopped")
    postponed = goal("Uitgesteld", date(2026, 3, 1))
    goals.set_goal_status(db, postponed, "postponed")
    plan = agreed_pop(db, who, 2025)
    goals.create_goal(
        db,
        who,
        GoalDraft(what="Oud plan", start_date=date(2025, 1, 1), target_date=date(2025, 6, 1)),
        pop_id=plan,
    )
    pop.evaluate_pop(db, plan, "Afgerond", date(2025, 12, 1))
    gone = person(db, "Weg")
    goals.create_goal(
        db, gone, GoalDraft(what="Van iemand die weg is", start_date=start, target_date=start)
    )
    people.archive_employee(db, gone, date(2026, 6, 30))

    found = signals(db, TODAY).goals_overdue
    assert [(s.goal_id, s.days_over) for s in found] == [(postponed, 269), (late, 1)]
    assert found[1].what == "Te laat <b>&"


def test_evaluations_due(db: Database) -> None:
    soon = person(db, "Binnenkort")
    plan_soon = agreed_pop(db, soon)
    with db.sessions.begin() as session:
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
    late = person(db, "Achterstallig")
    plan_late = agreed_pop(db, late)
    [mid, _] = pop.plan_evaluations(db, plan_late, today=date(2026, 1, 15))
    far = person(db, "Verweg")
    plan_far = pop.create_pop(db, far, period=(date(2026, 3, 1), date(2027, 2, 28)))
    pop.agree_pop(db, plan_far, "gezien", date(2026, 3, 2), "screen")
    unplanned = person(db, "Ongepland")
    plan_unplanned = pop.create_pop(db, unplanned, period=(date(2025, 12, 21), date(2026, 12, 20)))
    pop.agree_pop(db, plan_unplanned, "akkoord", date(2025, 12, 21), "paper")
    done = person(db, "Klaar")
    plan_done = agreed_pop(db, done)
    pop.plan_evaluations(db, plan_done, today=date(2026, 1, 15))
    pop.evaluate_pop(db, plan_done, "Klaar", date(2026, 11, 20))

    found = signals(db, TODAY).evaluations_due
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
    earlier = signals(db, date(2026, 10, 1)).evaluations_due
    assert soon not in [s.employee_id for s in earlier]


def test_stopped_learning(db: Database) -> None:
    cutoff = months_before(TODAY, 12)
    assert cutoff == date(2025, 11, 25)
    quiet = person(db, "Stil")
    old = goals.create_goal(db, quiet, GoalDraft(what="Oud", start_date=date(2024, 1, 1)))
    goals.add_step(db, old, StepDraft("Oude stap"))
    backdate_goal(db, old, date(2025, 11, 24))
    starter = person(db, "Starter", stage="starter")
    never = person(db, "Nooit")
    boundary = person(db, "Grens", since=cutoff)
    newcomer = person(db, "Nieuw", since=date(2025, 11, 26))
    active = person(db, "Actief")
    recent = goals.create_goal(db, active, GoalDraft(what="Recent", start_date=date(2024, 1, 1)))
    backdate_goal(db, recent, cutoff)  # exactly N months ago still counts as learning
    stepper = person(db, "Stapper")
    stepped = goals.create_goal(db, stepper, GoalDraft(what="Stap", start_date=date(2024, 1, 1)))
    step = goals.add_step(db, stepped, StepDraft("Stap"))
    backdate_goal(db, stepped, date(2024, 1, 1))
    goals.mark_step_done(db, step, date(2026, 10, 1))
    achiever = person(db, "Bereiker")
    reached = goals.create_goal(db, achiever, GoalDraft(what="VCA", start_date=date(2024, 1, 1)))
    backdate_goal(db, reached, date(2024, 1, 1))
    goals.set_goal_status(db, reached, "achieved", on=date(2026, 2, 1))

    found = signals(db, TODAY).stopped_learning
    by_id = {s.employee_id: s for s in found}
    assert set(by_id) == {quiet, never, boundary}
    assert by_id[quiet].last_activity == date(2025, 11, 24)
    assert (by_id[never].last_activity, by_id[never].months) == (None, 12)
    assert starter not in by_id

    save_settings(db, replace(get_settings(db), stopped_learning_months=6))
    found = signals(db, TODAY).stopped_learning
    assert {s.employee_id for s in found} == {quiet, never, boundary, newcomer, active, achiever}


def test_people_just_imported_are_not_called_stopped_learning(db: Database) -> None:
    """A foreman's first day: HR's file brings people in service for years. The app has
    followed none of them for 12 months, so none has 'learned nothing new for 12 months'."""
    imported = person(db, "Geïmporteerd", since=date(2010, 1, 1), known_since=TODAY)
    talked = person(db, "Gesproken", since=date(2010, 1, 1), known_since=TODAY)
    log_conversation(  # a conversation from before: followed since then
        db, ConversationPlanDraft(employee_id=talked, when=datetime(2025, 6, 2, 10, 0))
    )
    assert [s.employee_id for s in signals(db, TODAY).stopped_learning] == [talked]
    later = signals(db, date(2027, 11, 26)).stopped_learning  # a year of following on
    assert {s.employee_id for s in later} == {imported, talked}


def test_a_carried_copy_is_no_new_goal(db: Database) -> None:
    who = person(db, "Doorschuiver")
    plan = agreed_pop(db, who, 2025)
    goal_id = goals.create_goal(
        db, who, GoalDraft(what="Doorgeschoven", start_date=date(2025, 1, 1)), pop_id=plan
    )
    backdate_goal(db, goal_id, date(2025, 1, 2))
    pop.evaluate_pop(db, plan, "Half", date(2025, 11, 20))
    pop.start_next_pop(db, plan, [goal_id])
    assert [s.employee_id for s in signals(db, date(2026, 3, 1)).stopped_learning] == [who]


def test_months_before_clamps_to_the_month_end() -> None:
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2024, 3, 31), 1) == date(2024, 2, 29)
    assert months_before(date(2026, 1, 15), 12) == date(2025, 1, 15)
    assert months_before(date(2026, 1, 15), 25) == date(2023, 12, 15)


def test_empty_database_has_no_signals(db: Database) -> None:
    view = signals(db, TODAY)
    assert view.count == 0 and view.today == TODAY


@pytest.mark.sqlite_only  # reads SQLite's EXPLAIN QUERY PLAN
def test_evaluations_due_reads_the_plans_moments_not_all_talks_by_date(db: Database) -> None:
    """The evaluations-due query goes from the open plans to their moments (index on
    conversation.pop_id): taking the date index instead reads ten years of monthly talks
    (2 s at 4,000 people against 0.01 s)."""
    statements: list[tuple[str, tuple[object, ...]]] = []

    def capture(conn: Any, cursor: Any, statement: str, params: Any, *_: Any) -> None:
        if "ontwikkel" in str(params) or "conversation.kind" in statement:
            statements.append((statement, tuple(params)))

    event.listen(db.engine, "before_cursor_execute", capture)
    try:
        signals(db, TODAY)
    finally:
        event.remove(db.engine, "before_cursor_execute", capture)
    [(statement, params)] = [s for s in statements if "conversation.kind" in s[0]]
    with db.engine.connect() as connection:
        plan = [
            row[3] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {statement}", params)
        ]
    assert any("conversation USING INDEX ix_conversation_pop_id" in step for step in plan), plan
    assert not any("ix_conversation_when" in step for step in plan), plan
