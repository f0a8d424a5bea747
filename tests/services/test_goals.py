"""Development goals: validation, status rules, steps, progress per conversation, the lists."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import event

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Conversation
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import set_language
from teamlead_app.services.development import goals, pop
from teamlead_app.services.development.goals import GoalDraft, StepDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft

LONG = "Łukasz <b>&amp; 🙂\n" + "x" * 20_000


def employee(
    ctx: ServiceContext, first: str = "Jan", last: str = "Berg", tv: str = "van der"
) -> int:
    return people.save_employee(
        ctx,
        EmployeeDraft(
            first_name=first, last_name=last, tussenvoegsel=tv, date_in_service=date(2019, 3, 1)
        ),
    )


def conversation(ctx: ServiceContext, employee_id: int, when: datetime, held: bool = True) -> int:
    with ctx.sessions.begin() as session:
        row = Conversation(
            employee_id=employee_id,
            kind="maandgesprek",
            status="held" if held else "planned",
            scheduled_at=when,
            held_on=when.date() if held else None,
            created_at=when,
            updated_at=when,
        )
        session.add(row)
        session.flush()
        return row.id


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


def test_long_text_and_markup_survive_exactly(ctx: ServiceContext) -> None:
    person = employee(ctx)
    draft = GoalDraft(
        what="Zelfstandig de <b>kantbank</b> & lasrobot instellen",
        why=LONG,
        category="independence",
        success_criterion=LONG[::-1],
        support_needed="Meelopen met Łukasz Wiśniewski",
        start_date=date(2026, 1, 5),
        target_date=date(2026, 6, 30),
    )
    goal_id = goals.create_goal(ctx, person, draft)
    view = goals.get_goal(ctx, goal_id)
    assert view.what == draft.what
    assert view.why == LONG
    assert view.success_criterion == LONG[::-1]
    assert view.support_needed == draft.support_needed
    assert (view.start_date, view.target_date, view.status) == (
        date(2026, 1, 5),
        date(2026, 6, 30),
        "open",
    )
    assert view.employee == "Jan van der Berg"
    assert not view.read_only


def test_validation_names_the_field(ctx: ServiceContext) -> None:
    person = employee(ctx)
    with pytest.raises(ValidationError) as info:
        goals.create_goal(ctx, person, GoalDraft(what="   "))
    assert info.value.field == "what"
    assert "Wat" in str(info.value)

    with pytest.raises(ValidationError) as info:
        goals.create_goal(
            ctx,
            person,
            GoalDraft(what="VCA", start_date=date(2026, 5, 1), target_date=date(2026, 4, 1)),
        )
    assert info.value.field == "target_date"
    assert "01-04-2026" in str(info.value) and "01-05-2026" in str(info.value)

    set_language("en")
    problems = goals.validate_goal(GoalDraft(what="", category="nonsense", status="maybe"))
    assert problems["what"].startswith("Fill in what the goal is")
    assert set(problems) == {"what", "category", "status"}
    set_language("nl")

    with pytest.raises(ValidationError) as info:
        goals.create_goal(ctx, person, GoalDraft(what="Klaar", status="achieved"))
    assert info.value.field == "status"
    with pytest.raises(NotFoundError):
        goals.create_goal(ctx, 9999, GoalDraft(what="Niemand"))
    assert goals.list_goals(ctx) == []


def test_archived_employee_gets_no_new_goal(ctx: ServiceContext) -> None:
    person = employee(ctx)
    people.archive_employee(ctx, person, date(2026, 3, 31))
    with pytest.raises(ValidationError) as info:
        goals.create_goal(ctx, person, GoalDraft(what="Heftruckcertificaat"))
    assert info.value.field == "employee_id"
    assert "31-03-2026" in str(info.value)


def test_goal_cannot_go_into_someone_elses_pop(ctx: ServiceContext) -> None:
    jan, piet = employee(ctx), employee(ctx, "Piet", "Smit", "")
    plan = pop.create_pop(ctx, piet, 2026)
    with pytest.raises(ValidationError) as info:
        goals.create_goal(ctx, jan, GoalDraft(what="Lassen"), pop_id=plan)
    assert info.value.field == "pop_id"
    other_talk = conversation(ctx, piet, datetime(2026, 2, 3, 9))
    with pytest.raises(ValidationError) as info:
        goals.create_goal(ctx, jan, GoalDraft(what="Lassen"), conversation_id=other_talk)
    assert info.value.field == "conversation_id"


def test_status_rules(ctx: ServiceContext) -> None:
    person = employee(ctx)
    goal_id = goals.create_goal(
        ctx,
        person,
        GoalDraft(what="CNC-programma lezen", start_date=date(2026, 1, 1)),
    )
    goals.set_goal_status(ctx, goal_id, "in_progress")
    goals.set_goal_status(ctx, goal_id, "achieved", on=date(2026, 4, 2))
    view = goals.get_goal(ctx, goal_id)
    assert (view.status, view.achieved_on, view.stopped_on) == ("achieved", date(2026, 4, 2), None)

    # achieved is final until reopened explicitly
    with pytest.raises(ValidationError) as info:
        goals.set_goal_status(ctx, goal_id, "open")
    assert info.value.field == "status" and "Heropen" in str(info.value)
    with pytest.raises(ValidationError):
        goals.update_goal(ctx, goal_id, GoalDraft(what="CNC-programma lezen", status="open"))
    goals.set_goal_status(ctx, goal_id, "in_progress", reopen=True)
    view = goals.get_goal(ctx, goal_id)
    assert (view.status, view.achieved_on) == ("in_progress", None)

    goals.set_goal_status(ctx, goal_id, "stopped", on=date(2026, 5, 1))
    assert goals.get_goal(ctx, goal_id).stopped_on == date(2026, 5, 1)
    with pytest.raises(ValidationError):
        goals.set_goal_status(ctx, goal_id, "postponed")
    goals.set_goal_status(ctx, goal_id, "open", reopen=True)
    assert goals.get_goal(ctx, goal_id).stopped_on is None

    # a date before the goal's start is refused
    with pytest.raises(ValidationError) as info:
        goals.set_goal_status(ctx, goal_id, "achieved", on=date(2025, 12, 31))
    assert info.value.field == "on"
    assert goals.get_goal(ctx, goal_id).status == "open"


def test_postponed_takes_a_new_target_or_keeps_the_old(ctx: ServiceContext) -> None:
    person = employee(ctx)
    draft = GoalDraft(what="VOL-VCA", start_date=date(2026, 1, 1), target_date=date(2026, 3, 1))
    goal_id = goals.create_goal(ctx, person, draft)
    goals.set_goal_status(ctx, goal_id, "postponed")
    assert goals.get_goal(ctx, goal_id).target_date == date(2026, 3, 1)
    goals.set_goal_status(ctx, goal_id, "postponed", new_target_date=date(2026, 9, 1))
    view = goals.get_goal(ctx, goal_id)
    assert (view.status, view.target_date) == ("postponed", date(2026, 9, 1))
    with pytest.raises(ValidationError) as info:
        goals.set_goal_status(ctx, goal_id, "postponed", new_target_date=date(2025, 1, 1))
    assert info.value.field == "new_target_date"
    with pytest.raises(ValidationError) as info:
        goals.set_goal_status(ctx, goal_id, "open", new_target_date=date(2026, 10, 1))
    assert info.value.field == "new_target_date"


def test_update_goal_keeps_start_and_checks_dates(ctx: ServiceContext) -> None:
    person = employee(ctx)
    goal_id = goals.create_goal(ctx, person, GoalDraft(what="Oud", start_date=date(2026, 2, 1)))
    goals.update_goal(
        ctx,
        goal_id,
        GoalDraft(what="Nieuw <i>", category="guiding", target_date=date(2026, 8, 1)),
    )
    view = goals.get_goal(ctx, goal_id)
    assert goals.goal_draft(view) == GoalDraft(
        what="Nieuw <i>",
        category="guiding",
        start_date=date(2026, 2, 1),
        target_date=date(2026, 8, 1),
    )
    assert (view.what, view.category, view.start_date, view.target_date) == (
        "Nieuw <i>",
        "guiding",
        date(2026, 2, 1),
        date(2026, 8, 1),
    )
    with pytest.raises(ValidationError) as info:
        goals.update_goal(ctx, goal_id, GoalDraft(what="Nieuw", target_date=date(2026, 1, 1)))
    assert info.value.field == "target_date"


def test_steps_add_tick_untick_remove(ctx: ServiceContext) -> None:
    person = employee(ctx)
    goal_id = goals.create_goal(ctx, person, GoalDraft(what="Kantbank"))
    first = goals.add_step(
        ctx, goal_id, StepDraft("Meelopen met Łukasz", "Łukasz Wiśniewski", date(2026, 3, 1))
    )
    second = goals.add_step(ctx, goal_id, StepDraft("Oefenen op de <b>kantbank</b> & zetten"))
    goals.mark_step_done(ctx, first, date(2026, 3, 2))
    steps = goals.get_goal(ctx, goal_id).steps
    assert [(s.position, s.what, s.who, s.done_on) for s in steps] == [
        (1, "Meelopen met Łukasz", "Łukasz Wiśniewski", date(2026, 3, 2)),
        (2, "Oefenen op de <b>kantbank</b> & zetten", "", None),
    ]
    row = goals.list_goals(ctx, employee_id=person)[0]
    assert (row.steps_total, row.steps_done) == (2, 1)

    goals.mark_step_done(ctx, first, done=False)
    goals.update_step(ctx, second, StepDraft("Zelf zetten", "Kees", date(2026, 4, 1)))
    goals.remove_step(ctx, first)
    steps = goals.get_goal(ctx, goal_id).steps
    assert [(s.what, s.who, s.done) for s in steps] == [("Zelf zetten", "Kees", False)]

    with pytest.raises(ValidationError) as info:
        goals.add_step(ctx, goal_id, StepDraft(" "))
    assert info.value.field == "what"
    goals.set_goal_status(ctx, goal_id, "achieved")
    with pytest.raises(ValidationError) as info:
        goals.add_step(ctx, goal_id, StepDraft("Nog een stap"))
    assert info.value.field == "status"


def test_progress_one_line_per_goal_per_conversation(ctx: ServiceContext) -> None:
    person = employee(ctx)
    goal_id = goals.create_goal(ctx, person, GoalDraft(what="Klantcontact", status="in_progress"))
    march = conversation(ctx, person, datetime(2026, 3, 10, 9, 30))
    april = conversation(ctx, person, datetime(2026, 4, 14, 9, 30), held=False)

    first = goals.add_progress(ctx, goal_id, "Eerste klantbezoek mee", conversation_id=march)
    again = goals.add_progress(ctx, goal_id, "Eerste klantbezoek <b>zelf</b> & goed", march)
    assert again == first
    goals.add_progress(ctx, goal_id, LONG, conversation_id=april)
    goals.add_progress(ctx, goal_id, "Losse notitie", written_on=date(2026, 2, 1))

    log = goals.get_goal(ctx, goal_id).progress
    assert [(p.written_on, p.conversation_id) for p in log] == [
        (date(2026, 2, 1), None),
        (date(2026, 3, 10), march),  # the day of the held conversation
        (date(2026, 4, 14), april),  # a planned one: its scheduled day
    ]
    assert log[1].note == "Eerste klantbezoek <b>zelf</b> & goed"
    assert log[2].note == LONG

    row = goals.list_goals(ctx, employee_id=person)[0]
    assert (row.latest_progress, row.latest_progress_on) == (LONG, date(2026, 4, 14))

    # the conversation screen: its own line apart from the latest earlier one
    active = goals.active_goals(ctx, person, conversation_id=april)[0]
    assert active.this_conversation_note == LONG
    assert active.latest_progress == "Eerste klantbezoek <b>zelf</b> & goed"
    assert active.this_conversation_progress_id == log[2].id

    goals.remove_progress(ctx, log[2].id)
    active = goals.active_goals(ctx, person, conversation_id=april)[0]
    assert (active.this_conversation_note, active.this_conversation_progress_id) == ("", None)

    with pytest.raises(ValidationError) as info:
        goals.add_progress(ctx, goal_id, "  ", conversation_id=march)
    assert info.value.field == "note"


def test_progress_in_another_persons_conversation_is_refused(ctx: ServiceContext) -> None:
    jan, piet = employee(ctx), employee(ctx, "Piet", "Smit", "")
    goal_id = goals.create_goal(ctx, jan, GoalDraft(what="Lassen"))
    talk = conversation(ctx, piet, datetime(2026, 3, 3, 10))
    with pytest.raises(ValidationError) as info:
        goals.add_progress(ctx, goal_id, "Regel", conversation_id=talk)
    assert info.value.field == "conversation_id"


def test_goal_from_a_talk_taken_into_the_pop(ctx: ServiceContext) -> None:
    person = employee(ctx)
    talk = conversation(ctx, person, datetime(2026, 2, 3, 10))
    goal_id = goals.create_goal(ctx, person, GoalDraft(what="Buddy worden"), conversation_id=talk)
    plan = pop.create_pop(ctx, person, 2026)
    assert goals.get_goal(ctx, goal_id).conversation_id == talk
    assert goals.list_goals(ctx, pop_id=plan) == []
    goals.take_into_pop(ctx, goal_id, plan)
    assert [r.id for r in goals.list_goals(ctx, pop_id=plan)] == [goal_id]
    assert [g.id for g in pop.get_pop(ctx, plan).goals] == [goal_id]
    goals.take_into_pop(ctx, goal_id, None)
    assert goals.get_goal(ctx, goal_id).pop_id is None


def test_active_goals_show_working_goals_soonest_first(ctx: ServiceContext) -> None:
    person = employee(ctx)
    start = date(2026, 1, 1)

    def add(what: str, target: date | None) -> int:
        return goals.create_goal(
            ctx, person, GoalDraft(what=what, start_date=start, target_date=target)
        )

    late = add("Later", date(2026, 12, 1))
    soon = add("Binnenkort", date(2026, 6, 1))
    undated = add("Zonder datum", None)
    done = add("Klaar", date(2026, 3, 1))
    goals.set_goal_status(ctx, done, "achieved", on=date(2026, 2, 1))
    postponed = add("Uitgesteld", date(2026, 2, 1))
    goals.set_goal_status(ctx, postponed, "postponed", new_target_date=date(2026, 9, 1))
    goals.add_step(ctx, soon, StepDraft("Stap een", "Kees", date(2026, 3, 1)))
    goals.add_step(ctx, soon, StepDraft("Stap twee"))
    goals.mark_step_done(ctx, goals.get_goal(ctx, soon).steps[0].id)

    active = goals.active_goals(ctx, person)
    assert [a.id for a in active] == [soon, postponed, late, undated]
    first = active[0]
    assert (first.steps_total, first.steps_done, first.next_step) == (2, 1, "Stap twee")
    assert active[3].next_step is None


def test_list_goals_filters_and_sorts_on_surname(ctx: ServiceContext) -> None:
    berg = employee(ctx)
    akker = employee(ctx, "Piet", "Akker", "")
    a = goals.create_goal(ctx, berg, GoalDraft(what="A", target_date=date(2030, 1, 1)))
    b = goals.create_goal(ctx, akker, GoalDraft(what="B"))
    c = goals.create_goal(ctx, akker, GoalDraft(what="C", target_date=date(2030, 1, 1)))
    goals.set_goal_status(ctx, c, "stopped")
    assert [r.id for r in goals.list_goals(ctx)] == [c, b, a]
    assert [r.id for r in goals.list_goals(ctx, employee_id=akker)] == [c, b]
    assert [r.id for r in goals.list_goals(ctx, status="stopped")] == [c]
    row = goals.list_goals(ctx, employee_id=berg)[0]
    assert (row.employee, row.steps_total, row.latest_progress) == ("Jan van der Berg", 0, None)


def test_lists_load_in_one_statement(ctx: ServiceContext) -> None:
    person = employee(ctx)
    talk = conversation(ctx, person, datetime(2026, 3, 3, 10))
    for n in range(12):
        goal_id = goals.create_goal(ctx, person, GoalDraft(what=f"Doel {n}"))
        goals.add_step(ctx, goal_id, StepDraft("Stap"))
        goals.add_progress(ctx, goal_id, f"Voortgang {n}", conversation_id=talk)
    with count_statements(ctx) as seen:
        rows = goals.list_goals(ctx, employee_id=person)
    assert len(rows) == 12 and len(seen) == 1
    assert {r.latest_progress for r in rows} == {f"Voortgang {n}" for n in range(12)}
    with count_statements(ctx) as seen:
        active = goals.active_goals(ctx, person, conversation_id=talk)
    assert len(active) == 12 and len(seen) == 1
    plan = pop.create_pop(ctx, person, 2026)
    for row in rows:
        goals.take_into_pop(ctx, row.id, plan)
    with count_statements(ctx) as seen:
        views = pop.get_pop(ctx, plan).goals
    assert len(views) == 12 and all(len(v.steps) == 1 and len(v.progress) == 1 for v in views)
    # settings, plan with person, support, moments, goals, steps, progress, signed versions:
    # not per goal
    assert len(seen) <= 8


def test_start_date_defaults_to_today(ctx: ServiceContext) -> None:
    person = employee(ctx)
    goal_id = goals.create_goal(ctx, person, GoalDraft(what="Vandaag"))
    view = goals.get_goal(ctx, goal_id)
    assert view.start_date == date.today()
    assert abs(view.created_at - datetime.now()) < timedelta(minutes=1)
