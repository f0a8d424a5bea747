"""The POP: draft -> agreed -> evaluated (read-only) -> next period with carry-over; periods
that overlap; evaluation moments as planned conversations; the view for the POP form."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Conversation
from teamlead_app.errors import ValidationError
from teamlead_app.records.development import PopDraft, SupportItem
from teamlead_app.services.common import signed_versions
from teamlead_app.services.common.settings import get_settings, save_settings
from teamlead_app.services.development import goals, pop
from teamlead_app.services.development.goals import GoalDraft, StepDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft

LONG = "Waar sta ik over drie jaar? <b>Voorman</b> & meer 🙂 " + "ł" * 20_000


def employee(ctx: ServiceContext, team_lead: str = "Tijn de Boer") -> int:
    team = people.save_team(ctx, TeamDraft("Plaatwerk", lead_name=team_lead))
    return people.save_employee(
        ctx,
        EmployeeDraft(
            first_name="Łukasz",
            last_name="Wiśniewski",
            function="Kantbankoperator",
            team_id=team,
            personnel_number="1042",
            date_in_service=date(2020, 9, 1),
        ),
    )


def test_pop_lifecycle_with_carry_over(ctx: ServiceContext) -> None:
    person = employee(ctx)
    plan = pop.create_pop(ctx, person, 2026)
    view = pop.get_pop(ctx, plan)
    assert (view.status, view.period_start, view.period_end) == (
        "draft",
        date(2026, 1, 1),
        date(2026, 12, 31),
    )
    assert (view.employee, view.function, view.team, view.lead_name) == (
        "Łukasz Wiśniewski",
        "Kantbankoperator",
        "Plaatwerk",
        "Tijn de Boer",
    )

    draft = replace(
        view.draft(),
        ambition=LONG,
        lead_perspective="Zelfstandig monteur, later voorman",
        strengths="Nauwkeurig",
        development_points="Plannen & <i>nee</i> zeggen",
        support=(SupportItem("meelopen", "Twee dagen met Kees"), SupportItem("budget", "€ 500")),
    )
    pop.update_pop(ctx, plan, draft)
    carried = goals.create_goal(
        ctx,
        person,
        GoalDraft(
            what="Zelfstandig de kantbank instellen",
            start_date=date(2026, 1, 15),
            target_date=date(2026, 10, 1),
        ),
        pop_id=plan,
    )
    goals.add_step(ctx, carried, StepDraft("Meelopen met Kees", "Kees", date(2026, 2, 1)))
    goals.add_step(ctx, carried, StepDraft("Zelf een serie zetten", "Łukasz"))
    goals.mark_step_done(ctx, goals.get_goal(ctx, carried).steps[0].id, date(2026, 2, 1))
    reached = goals.create_goal(
        ctx, person, GoalDraft(what="B-VCA", start_date=date(2026, 1, 15)), pop_id=plan
    )
    left = goals.create_goal(
        ctx, person, GoalDraft(what="Klantgesprek", start_date=date(2026, 1, 15)), pop_id=plan
    )

    pop.agree_pop(
        ctx,
        plan,
        signoff="akkoord",
        signoff_date=date(2026, 1, 20),
        method="paper",
        employee_response="Eens, <b>graag</b> & snel",
    )
    moments = pop.plan_evaluations(ctx, plan, today=date(2026, 1, 20))
    goals.set_goal_status(ctx, reached, "achieved", on=date(2026, 5, 4))
    view = pop.get_pop(ctx, plan)
    assert view.status == "agreed"
    assert (view.signoff, view.signoff_date, view.signoff_method, view.lead_signed_on) == (
        "akkoord",
        date(2026, 1, 20),
        "paper",
        date(2026, 1, 20),
    )
    assert view.employee_response == "Eens, <b>graag</b> & snel"
    assert view.ambition == LONG
    assert view.support == draft.support
    assert [(m.conversation_id, m.scheduled_at, m.status) for m in view.evaluation_moments] == [
        (moments[0], datetime(2026, 7, 1, 10), "planned"),
        (moments[1], datetime(2026, 12, 1, 10), "planned"),
    ]
    assert [g.what for g in view.goals] == [
        "Zelfstandig de kantbank instellen",
        "B-VCA",
        "Klantgesprek",
    ]
    assert [g.id for g in view.open_goals] == [carried, left]

    pop.evaluate_pop(ctx, plan, "Goed jaar; kantbank bijna zelfstandig.", date(2026, 12, 1))
    view = pop.get_pop(ctx, plan)
    assert (view.status, view.evaluated_on, view.read_only) == (
        "evaluated",
        date(2026, 12, 1),
        True,
    )

    # read-only from now on: the plan, its goals, their steps and progress
    for attempt in (
        lambda: pop.update_pop(ctx, plan, view.draft()),
        lambda: pop.agree_pop(ctx, plan, "gezien", date(2026, 12, 2), "screen"),
        lambda: pop.evaluate_pop(ctx, plan, "Nog eens"),
        lambda: pop.plan_evaluations(ctx, plan),
        lambda: goals.set_goal_status(ctx, carried, "achieved"),
        lambda: goals.add_step(ctx, carried, StepDraft("Nog een stap")),
        lambda: goals.add_progress(ctx, carried, "Regel"),
        lambda: goals.create_goal(ctx, person, GoalDraft(what="Later"), pop_id=plan),
        lambda: goals.take_into_pop(ctx, carried, None),
    ):
        with pytest.raises(ValidationError):
            attempt()

    following = pop.start_next_pop(ctx, plan, [carried])
    nxt = pop.get_pop(ctx, following)
    assert (nxt.status, nxt.period_start, nxt.period_end, nxt.previous_pop_id) == (
        "draft",
        date(2027, 1, 1),
        date(2027, 12, 31),
        plan,
    )
    assert (nxt.ambition, nxt.strengths, nxt.development_points) == (
        LONG,
        "Nauwkeurig",
        "Plannen & <i>nee</i> zeggen",
    )
    assert (nxt.support, nxt.evaluation, nxt.signoff) == ((), "", None)
    [copy] = nxt.goals
    assert (copy.what, copy.status, copy.carried_from_id, copy.start_date, copy.target_date) == (
        "Zelfstandig de kantbank instellen",
        "open",
        carried,
        date(2027, 1, 1),
        None,  # the old target passed: agreed anew in the new plan
    )
    assert [(s.what, s.who, s.done_on) for s in copy.steps] == [
        ("Zelf een serie zetten", "Łukasz", None)
    ]
    # the old goal keeps its status in the old plan; only the copy is active
    assert goals.get_goal(ctx, carried).status == "open"
    assert [a.id for a in goals.active_goals(ctx, person)] == [copy.id]
    assert [p.status for p in pop.list_pops(ctx, person)] == ["draft", "evaluated"]


def test_overlapping_periods_are_refused(ctx: ServiceContext) -> None:
    person = employee(ctx)
    pop.create_pop(ctx, person, 2026)
    with pytest.raises(ValidationError) as info:
        pop.create_pop(ctx, person, period=(date(2026, 6, 1), date(2027, 5, 31)))
    assert info.value.field == "period_start"
    assert "01-01-2026 – 31-12-2026" in str(info.value)
    following = pop.create_pop(ctx, person, period=(date(2027, 1, 1), date(2027, 12, 31)))
    with pytest.raises(ValidationError):
        pop.update_pop(ctx, following, PopDraft(date(2026, 12, 31), date(2027, 12, 31)))
    other = people.save_employee(ctx, EmployeeDraft(first_name="Kees", last_name="Bakker"))
    assert pop.create_pop(ctx, other, 2026) > 0


def test_period_and_text_validation(ctx: ServiceContext) -> None:
    person = employee(ctx)
    with pytest.raises(ValidationError) as info:
        pop.create_pop(ctx, person, period=(date(2026, 12, 31), date(2026, 1, 1)))
    assert info.value.field == "period_end"
    with pytest.raises(ValidationError) as info:
        pop.create_pop(ctx, person, period=(date(2026, 1, 1), date(2062, 12, 31)))
    assert info.value.field == "period_end"
    problems = pop.validate_pop(
        PopDraft(date(2026, 1, 1), date(2026, 12, 31), support=(SupportItem("geld"),))
    )
    assert set(problems) == {"support"}
    plan = pop.create_pop(
        ctx,
        person,
        draft=PopDraft(date(2026, 2, 1), date(2027, 1, 31), strengths="Sterk & <b>snel</b>"),
    )
    view = pop.get_pop(ctx, plan)
    assert (view.period_start, view.strengths) == (date(2026, 2, 1), "Sterk & <b>snel</b>")
    with pytest.raises(ValidationError) as info:
        pop.agree_pop(ctx, plan, "misschien", date(2026, 2, 2), "paper")
    assert info.value.field == "signoff"
    with pytest.raises(ValidationError) as info:
        pop.agree_pop(ctx, plan, "gezien", date(2026, 2, 2), "fax")
    assert info.value.field == "signoff_method"


def test_archived_employee_gets_no_new_pop(ctx: ServiceContext) -> None:
    person = employee(ctx)
    people.archive_employee(ctx, person, date(2026, 6, 30))
    with pytest.raises(ValidationError) as info:
        pop.create_pop(ctx, person, 2026)
    assert info.value.field == "employee_id"


def test_order_of_the_life_cycle_is_enforced(ctx: ServiceContext) -> None:
    person = employee(ctx)
    plan = pop.create_pop(ctx, person, 2026)
    with pytest.raises(ValidationError) as info:
        pop.evaluate_pop(ctx, plan, "Te vroeg")
    assert info.value.field == "status"
    with pytest.raises(ValidationError) as info:
        pop.start_next_pop(ctx, plan, [])
    assert info.value.field == "status"
    pop.agree_pop(ctx, plan, "gezien", date(2026, 1, 10), "screen", date(2026, 1, 9))
    with pytest.raises(ValidationError) as info:
        pop.evaluate_pop(ctx, plan, "   ")
    assert info.value.field == "evaluation"
    # an agreed plan is locked: a change needs a new version, whose sign-off is open again
    changed = replace(pop.get_pop(ctx, plan).draft(), strengths="Nieuw")
    with pytest.raises(ValidationError) as info:
        pop.update_pop(ctx, plan, changed)
    assert info.value.field == "signoff"
    assert pop.get_pop(ctx, plan).strengths == ""
    signed_versions.change_after_signing(ctx, "pop", plan, "Sterke punten aangevuld")
    pop.update_pop(ctx, plan, changed)
    view = pop.get_pop(ctx, plan)
    assert (view.status, view.signoff, view.lead_signed_on, view.strengths) == (
        "draft",
        None,
        None,
        "Nieuw",
    )


def test_only_open_goals_of_the_plan_carry_over(ctx: ServiceContext) -> None:
    person = employee(ctx)
    plan = pop.create_pop(ctx, person, 2026)
    start = date(2026, 1, 1)
    done = goals.create_goal(ctx, person, GoalDraft(what="Klaar", start_date=start), pop_id=plan)
    goals.set_goal_status(ctx, done, "achieved", on=date(2026, 3, 1))
    loose = goals.create_goal(ctx, person, GoalDraft(what="Los", start_date=start))
    later = goals.create_goal(
        ctx,
        person,
        GoalDraft(what="Later", start_date=start, target_date=date(2027, 3, 1)),
        pop_id=plan,
    )
    goals.set_goal_status(ctx, later, "postponed")
    pop.agree_pop(ctx, plan, "akkoord", date(2026, 1, 5), "paper")
    pop.evaluate_pop(ctx, plan, "Klaar", date(2026, 12, 10))
    for wrong in ([done], [loose]):
        with pytest.raises(ValidationError) as info:
            pop.start_next_pop(ctx, plan, wrong)
        assert info.value.field == "carry_goal_ids"
    assert [p.id for p in pop.list_pops(ctx, person)] == [plan]
    following = pop.start_next_pop(ctx, plan, [later, later])
    [copy] = pop.get_pop(ctx, following).goals
    assert (copy.carried_from_id, copy.target_date) == (later, date(2027, 3, 1))
    with pytest.raises(ValidationError) as info:
        pop.start_next_pop(ctx, plan, [])
    assert info.value.field == "period_start"


def test_default_evaluation_moments_avoid_weekends() -> None:
    assert pop.default_evaluation_moments(date(2026, 1, 1), date(2026, 12, 31)) == (
        datetime(2026, 7, 1, 10),
        datetime(2026, 12, 1, 10),
    )
    # 1 July 2028 is a Saturday; 1 December 2029 is a Saturday
    assert pop.default_evaluation_moments(date(2028, 1, 1), date(2028, 12, 31))[0] == datetime(
        2028, 7, 3, 10
    )
    assert pop.default_evaluation_moments(date(2029, 1, 1), date(2029, 12, 31)) == (
        datetime(2029, 7, 2, 10),
        datetime(2029, 12, 3, 10),
    )
    # a school-year period: halfway and a month before the end
    assert pop.default_evaluation_moments(date(2026, 9, 1), date(2027, 8, 31)) == (
        datetime(2027, 3, 1, 10),
        datetime(2027, 8, 2, 10),
    )


def test_plan_evaluations_rules(ctx: ServiceContext) -> None:
    person = employee(ctx)
    plan = pop.create_pop(ctx, person, 2026)
    # agreed late: the mid-year default has passed, only the end moment is planned
    [end] = pop.plan_evaluations(ctx, plan, today=date(2026, 9, 15))
    with ctx.sessions() as session:
        row = session.get(Conversation, end)
        assert row is not None
        assert (row.kind, row.status, row.pop_id, row.employee_id, row.scheduled_at) == (
            "ontwikkel",
            "planned",
            plan,
            person,
            datetime(2026, 12, 1, 10),
        )
    with pytest.raises(ValidationError):
        pop.plan_evaluations(ctx, plan, today=date(2026, 9, 15))

    with ctx.sessions.begin() as session:
        held = session.get(Conversation, end)
        assert held is not None
        held.status = "held"
    with pytest.raises(ValidationError) as info:
        pop.plan_evaluations(ctx, plan, mid_year=datetime(2027, 2, 1, 10))
    assert info.value.field == "mid_year" and "31-12-2026" in str(info.value)
    with pytest.raises(ValidationError) as info:
        pop.plan_evaluations(
            ctx, plan, mid_year=datetime(2026, 10, 1, 9), end=datetime(2026, 9, 1, 9)
        )
    assert info.value.field == "end"
    with pytest.raises(ValidationError):
        pop.plan_evaluations(ctx, plan, today=date(2027, 1, 10))
    ids = pop.plan_evaluations(
        ctx, plan, mid_year=datetime(2026, 10, 1, 9), end=datetime(2027, 1, 12, 14)
    )
    with ctx.sessions() as session:
        planned = session.scalars(
            select(Conversation.scheduled_at).where(Conversation.id.in_(ids))
        ).all()
    assert sorted(planned) == [datetime(2026, 10, 1, 9), datetime(2027, 1, 12, 14)]


def test_pop_for_year_and_list(ctx: ServiceContext) -> None:
    person = employee(ctx)
    first = pop.create_pop(ctx, person, period=(date(2025, 3, 1), date(2026, 2, 28)))
    second = pop.create_pop(ctx, person, period=(date(2026, 3, 1), date(2027, 2, 28)))
    goals.create_goal(ctx, person, GoalDraft(what="A", start_date=date(2026, 3, 1)), pop_id=second)
    achieved = goals.create_goal(
        ctx, person, GoalDraft(what="B", start_date=date(2026, 3, 1)), pop_id=second
    )
    goals.set_goal_status(ctx, achieved, "achieved", on=date(2026, 6, 1))
    found = pop.pop_for_year(ctx, person, 2026)
    assert found is not None and found.id == second
    found = pop.pop_for_year(ctx, person, 2025)
    assert found is not None and found.id == first
    assert pop.pop_for_year(ctx, person, 2024) is None
    rows = pop.list_pops(ctx, person)
    assert [(r.id, r.goals_total, r.goals_achieved, r.goals_open) for r in rows] == [
        (second, 2, 1, 1),
        (first, 0, 0, 0),
    ]


def test_lead_name_falls_back_to_the_settings(ctx: ServiceContext) -> None:
    person = employee(ctx, team_lead="")
    save_settings(ctx, replace(get_settings(ctx), lead_name="Henk Jansen"))
    assert pop.get_pop(ctx, pop.create_pop(ctx, person, 2026)).lead_name == "Henk Jansen"


def test_development_events_for_the_timeline(ctx: ServiceContext) -> None:
    person = employee(ctx)
    plan = pop.create_pop(ctx, person, 2025)
    start = date(2025, 2, 1)
    kept = goals.create_goal(
        ctx, person, GoalDraft(what="Kantbank <b>&\nmet details", start_date=start), pop_id=plan
    )
    step = goals.add_step(ctx, kept, StepDraft("Meelopen met Kees"))
    goals.mark_step_done(ctx, step, date(2025, 3, 3))
    reached = goals.create_goal(ctx, person, GoalDraft(what="B-VCA", start_date=start), pop_id=plan)
    goals.set_goal_status(ctx, reached, "achieved", on=date(2025, 4, 1))
    dropped = goals.create_goal(ctx, person, GoalDraft(what="Heftruck", start_date=start))
    goals.set_goal_status(ctx, dropped, "stopped", on=date(2025, 5, 1))
    pop.agree_pop(ctx, plan, "gezien", date(2025, 2, 1), "screen")
    pop.evaluate_pop(ctx, plan, "Prima", date(2025, 12, 5))
    pop.start_next_pop(ctx, plan, [kept])

    with ctx.sessions() as session:
        events = goals.goal_timeline_events(session, person)
    assert [(e.on, e.kind, e.title, e.ref_id) for e in events] == [
        (start, "pop_agreed", "POP 01-01-2025 – 31-12-2025 ondertekend (Gezien)", plan),
        (start, "goal_started", "Nieuw doel: Kantbank <b>&", kept),
        (start, "goal_started", "Nieuw doel: B-VCA", reached),
        (start, "goal_started", "Nieuw doel: Heftruck", dropped),
        (date(2025, 3, 3), "step_done", "Stap gedaan: Meelopen met Kees", kept),
        (date(2025, 4, 1), "goal_achieved", "Doel bereikt: B-VCA", reached),
        (date(2025, 5, 1), "goal_stopped", "Doel gestopt: Heftruck", dropped),
        (date(2025, 12, 5), "pop_evaluated", "POP 01-01-2025 – 31-12-2025 geëvalueerd", plan),
    ]


def test_pop_status_by_employee_for_a_year(ctx: ServiceContext) -> None:
    from teamlead_app.services.development.pop_queries import pop_status_by_employee

    person = employee(ctx)
    team = people.get_employee(ctx, person).row.team_id
    other_team = people.save_team(ctx, TeamDraft("Lasserij"))
    welder = people.save_employee(
        ctx, EmployeeDraft(first_name="Sanne", last_name="Bakker", team_id=other_team)
    )
    people.save_employee(ctx, EmployeeDraft(first_name="Piet", last_name="Zonder", team_id=team))
    leaver = people.save_employee(ctx, EmployeeDraft(first_name="Ex", last_name="Collega"))
    last_year = pop.create_pop(ctx, person, 2025)
    plan = pop.create_pop(ctx, person, 2026)
    # a plan from July to June still counts for 2026, the year it starts in
    pop.create_pop(ctx, welder, period=(date(2026, 7, 1), date(2027, 6, 30)))
    pop.create_pop(ctx, leaver, 2026)
    people.archive_employee(ctx, leaver, date(2026, 3, 1))
    goals.create_goal(ctx, person, GoalDraft(what="In plan", start_date=date(2026, 1, 2)), plan)
    done = goals.create_goal(ctx, person, GoalDraft(what="B", start_date=date(2026, 1, 2)), plan)
    goals.set_goal_status(ctx, done, "achieved", on=date(2026, 3, 1))
    goals.create_goal(ctx, person, GoalDraft(what="Los", start_date=date(2026, 4, 1)))
    goals.create_goal(ctx, person, GoalDraft(what="Oud", start_date=date(2025, 4, 1)), last_year)
    pop.agree_pop(ctx, plan, "akkoord", date(2026, 1, 20), "screen")
    pop.plan_evaluations(ctx, plan, today=date(2026, 1, 20))

    rows = pop_status_by_employee(ctx, 2026)
    assert set(rows) == {person, welder}  # the leaver is out of service; Piet has nothing
    mine = rows[person]
    assert (mine.pop_id, mine.status, mine.goals_open, mine.goals_achieved) == (
        plan,
        "agreed",
        2,
        1,
    )
    assert mine.next_evaluation == datetime(2026, 7, 1, 10)
    assert (rows[welder].status, rows[welder].period_start) == ("draft", date(2026, 7, 1))
    assert rows[welder].next_evaluation is None
    assert set(pop_status_by_employee(ctx, 2026, team_id=other_team)) == {welder}
    earlier = pop_status_by_employee(ctx, 2025)
    assert (earlier[person].pop_id, earlier[person].goals_open) == (last_year, 1)
    assert welder not in earlier


def test_typed_texts_are_signed_and_evaluated_in_the_same_call(ctx: ServiceContext) -> None:
    """The POP page hands its unsaved texts to the action (one action, one transaction): they
    are part of what is signed, so keeping them is no change and altering them is refused."""
    person = employee(ctx)
    plan = pop.create_pop(ctx, person, 2031)
    typed = PopDraft(date(2031, 1, 1), date(2031, 12, 31), ambition="Łukasz <b>&</b> 🔧 voorman")
    pop.agree_pop(ctx, plan, "akkoord", date(2031, 1, 15), "paper", typed=typed)
    view = pop.get_pop(ctx, plan)
    assert (view.status, view.ambition) == ("agreed", "Łukasz <b>&</b> 🔧 voorman")
    pop.update_pop(ctx, plan, typed)  # the signed text again: no change
    with pytest.raises(ValidationError):
        pop.update_pop(ctx, plan, replace(typed, ambition="Iets anders"))
    again = replace(typed, strengths="Zorgvuldig")
    with pytest.raises(ValidationError):  # the typed change is refused with the evaluation
        pop.evaluate_pop(ctx, plan, "Goed jaar", date(2031, 12, 20), typed=again)
    assert pop.get_pop(ctx, plan).status == "agreed"
    pop.evaluate_pop(ctx, plan, "Goed jaar", date(2031, 12, 20), typed=typed)
    assert pop.get_pop(ctx, plan).status == "evaluated"
