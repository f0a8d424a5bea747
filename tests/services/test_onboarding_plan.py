"""A newcomer's onboarding plan: the talks, the checklist per kind and the first-year draft
POP with goals from the gap skills, all in one call, never twice; the plan view and the buddy
line the conversation screen shows."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from teamlead_app.data.context import ServiceContext
from teamlead_app.errors import ValidationError
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.development import goals
from teamlead_app.services.pairings import pairings
from teamlead_app.services.pairings.onboarding import onboarding_schedule
from teamlead_app.services.pairings.onboarding_plan import (
    OnboardingDraft,
    TalkDraft,
    default_checklist,
    is_newcomer,
    propose_onboarding,
    set_task_done,
    start_onboarding,
)
from teamlead_app.services.pairings.onboarding_views import buddy_of, buddy_summary, onboarding_plan
from teamlead_app.services.pairings.rules import PairingDraft
from tests.services.pairing_helpers import company, person

START = date(2027, 1, 4)
NOW = datetime(2027, 1, 1, 9, 0)


def _draft(employee_id: int, **changes: object) -> OnboardingDraft:
    proposal = propose_onboarding(employee_id=employee_id, ctx=changes.pop("db"))  # type: ignore[arg-type]
    values: dict[str, object] = {
        "employee_id": employee_id,
        "start_on": START,
        "talks": tuple(
            TalkDraft(m.code, m.day)
            for m in onboarding_schedule(START, zij_instromer=proposal.kind == "zij_instromer")
        ),
        "checklist": proposal.checklist,
        "goal_skill_ids": tuple(g.skill_id for g in proposal.goals),
    }
    values.update(changes)
    return OnboardingDraft(**values)  # type: ignore[arg-type]


def test_who_is_a_newcomer() -> None:
    assert [
        k for k in ("medewerker", "junior", "stagiair", "bbl", "zij_instromer") if is_newcomer(k)
    ] == [
        "junior",
        "stagiair",
        "bbl",
        "zij_instromer",
    ]
    assert is_newcomer("medewerker", "starter")
    assert not is_newcomer("medewerker", "senior")


def test_the_checklist_depends_on_the_kind() -> None:
    bbl = default_checklist("bbl")
    assert "Veiligheidsinstructie en VCA-afspraken" in bbl
    assert "Rondleiding door het hele proces" in bbl
    assert "Meelopen bij elk deelproces" in bbl
    assert "Praktijkopleider (leermeester) aangewezen" in bbl
    assert "Praktijkopleider (leermeester) aangewezen" not in default_checklist("junior")
    assert "Verwachtingen besproken" in default_checklist("zij_instromer")


def test_the_proposal_for_an_apprentice(ctx: ServiceContext) -> None:
    c = company(ctx)
    proposal = propose_onboarding(ctx, c.apprentice)
    assert proposal.start_on == date(2020, 1, 1)  # the date in service
    assert [m.code for m in proposal.moments] == [
        "week_1",
        "week_2",
        "week_4",
        "week_6",
        "month_3",
        "month_6",
        "month_12",
    ]
    assert [g.skill for g in proposal.goals] == ["Kantbank <b>&", "TIG-lassen"]
    assert proposal.goals[0].text == "Kantbank <b>&: niveau U (zelfstandig)"
    assert proposal.pairing_kind == "leermeester"
    assert not proposal.has_plan


def test_starting_plans_talks_checklist_and_a_first_year_pop(ctx: ServiceContext) -> None:
    c = company(ctx)
    draft = _draft(c.apprentice, db=ctx)
    result = start_onboarding(ctx, draft, now=NOW)
    assert len(result.conversation_ids) == 7
    rows = conversations.list_conversations(ctx, employee_id=c.apprentice)
    assert sorted(r.scheduled_at.date() for r in rows) == [t.day for t in draft.talks]
    assert {r.kind for r in rows} == {"inwerk"}
    plan = onboarding_plan(ctx, c.apprentice)
    assert plan is not None
    assert [v.label for v in plan.talks] == [
        "Week 1",
        "Week 2",
        "Week 4",
        "Week 6",
        "Maand 3",
        "Maand 6",
        "Maand 12",
    ]
    assert all(v.status == "planned" for v in plan.talks)
    assert "concept-POP" in plan.talks[3].note
    assert [task.text for task in plan.tasks] == list(default_checklist("bbl"))
    # the draft POP starts at week 6 and holds a goal per gap skill
    assert result.pop_id is not None and plan.pop_id == result.pop_id
    assert plan.goals == (
        "Kantbank <b>&: niveau U (zelfstandig)",
        "TIG-lassen: niveau U (zelfstandig)",
    )
    week_6 = conversations.get_conversation(ctx, plan.talks[3].conversation_id or 0)
    assert week_6.scheduled_at.date() == date(2027, 2, 12)
    pop_goals = goals.list_goals(ctx, employee_id=c.apprentice)
    assert {g.pop_id for g in pop_goals} == {result.pop_id}


def test_adjusted_days_and_a_left_out_talk_are_kept(ctx: ServiceContext) -> None:
    c = company(ctx)
    draft = _draft(
        c.apprentice,
        db=ctx,
        talks=(TalkDraft("week_1", date(2027, 1, 7)), TalkDraft("month_3", date(2027, 4, 6))),
        checklist=("  Sleutel   van de kast  ", "", "Werkkleding"),
        goal_skill_ids=(),
    )
    result = start_onboarding(ctx, draft, now=NOW)
    plan = onboarding_plan(ctx, c.apprentice)
    assert plan is not None
    assert [(v.code, v.day) for v in plan.talks] == [
        ("week_1", date(2027, 1, 7)),
        ("month_3", date(2027, 4, 6)),
    ]
    assert [task.text for task in plan.tasks] == ["Sleutel van de kast", "Werkkleding"]
    assert result.pop_id is not None and plan.goals == ()


def test_a_second_plan_is_refused_and_nothing_is_added(ctx: ServiceContext) -> None:
    c = company(ctx)
    start_onboarding(ctx, _draft(c.apprentice, db=ctx), now=NOW)
    with pytest.raises(ValidationError, match="al een inwerkplan"):
        start_onboarding(ctx, _draft(c.apprentice, db=ctx), now=NOW)
    assert len(conversations.list_conversations(ctx, employee_id=c.apprentice)) == 7
    assert propose_onboarding(ctx, c.apprentice).has_plan


@pytest.mark.parametrize(
    ("talks", "message"),
    [
        ((), "minstens één"),
        ((TalkDraft("week_9", START),), "Onbekend moment"),
        ((TalkDraft("week_1", date(2026, 12, 1)),), "vóór de eerste werkdag"),
        ((TalkDraft("week_1", START), TalkDraft("week_2", START)), "dezelfde dag"),
    ],
)
def test_bad_talks_are_refused_with_nothing_saved(
    ctx: ServiceContext, talks: tuple[TalkDraft, ...], message: str
) -> None:
    c = company(ctx)
    with pytest.raises(ValidationError, match=message):
        start_onboarding(ctx, _draft(c.apprentice, db=ctx, talks=talks), now=NOW)
    assert onboarding_plan(ctx, c.apprentice) is None
    assert conversations.list_conversations(ctx, employee_id=c.apprentice) == []


def test_a_too_long_checklist_item_is_named(ctx: ServiceContext) -> None:
    c = company(ctx)
    with pytest.raises(ValidationError, match="Punt 2 van de checklist is te lang"):
        start_onboarding(ctx, _draft(c.apprentice, db=ctx, checklist=("ok", "x" * 301)), now=NOW)
    assert onboarding_plan(ctx, c.apprentice) is None


def test_an_existing_pop_is_left_alone(ctx: ServiceContext) -> None:
    from teamlead_app.services.development import pop

    c = company(ctx)
    pop.create_pop(ctx, c.apprentice, period=(date(2027, 1, 1), date(2027, 12, 31)))
    result = start_onboarding(ctx, _draft(c.apprentice, db=ctx), now=NOW)
    assert result.pop_id is None
    assert goals.list_goals(ctx, employee_id=c.apprentice) == []


def test_ticking_off_a_checklist_item(ctx: ServiceContext) -> None:
    c = company(ctx)
    start_onboarding(ctx, _draft(c.apprentice, db=ctx), now=NOW)
    plan = onboarding_plan(ctx, c.apprentice)
    assert plan is not None
    first = plan.tasks[0]
    set_task_done(ctx, first.id, True, on=date(2027, 1, 5))
    plan = onboarding_plan(ctx, c.apprentice)
    assert plan is not None and plan.tasks[0].done_on == date(2027, 1, 5)
    set_task_done(ctx, first.id, False)
    plan = onboarding_plan(ctx, c.apprentice)
    assert plan is not None and plan.tasks[0].done_on is None


def test_a_new_starter_without_a_date_in_service_gets_the_start(ctx: ServiceContext) -> None:
    c = company(ctx)
    newcomer = person(ctx, "Noor", "El Amrani", c.team, kind="zij_instromer")
    from teamlead_app.services.people import employees as people

    people.save_employee(
        ctx,
        people.get_employee(ctx, newcomer).draft.__class__(
            **{**people.get_employee(ctx, newcomer).draft.__dict__, "date_in_service": None}
        ),
        newcomer,
    )
    proposal = propose_onboarding(ctx, newcomer, today=START)
    assert proposal.start_on == START
    asked = [m.label for m in proposal.moments if "Verwachting" in m.note]
    assert asked == ["Week 2", "Maand 3"]
    start_onboarding(ctx, _draft(newcomer, db=ctx), now=NOW)
    assert people.get_employee(ctx, newcomer).row.date_in_service == START
    plan = onboarding_plan(ctx, newcomer)
    assert plan is not None
    assert "Verwachting tegenover werkelijkheid" in plan.talks[1].note


def test_the_buddy_line_shows_the_mentor_and_the_last_checkin(ctx: ServiceContext) -> None:
    c = company(ctx)
    assert buddy_of(ctx, c.apprentice) is None
    saved = pairings.save_pairing(
        ctx,
        PairingDraft(c.senior, c.apprentice, date(2026, 3, 2), "leermeester", status="actief"),
        today=date(2026, 3, 2),
    )
    line = buddy_of(ctx, c.apprentice)
    assert line is not None and line.last_checkin is None
    assert buddy_summary(line) == (
        "Leermeester / praktijkopleider: Łukasz Wiśniewski · nog geen check-in"
    )
    pairings.add_checkin(ctx, saved.id, date(2026, 4, 1), "Gaat goed")
    pairings.add_checkin(ctx, saved.id, date(2026, 3, 16), "Eerste week")
    line = buddy_of(ctx, c.apprentice)
    assert line is not None and line.last_checkin == date(2026, 4, 1)
    assert buddy_summary(line).endswith("laatste check-in 01-04-2026")
    assert buddy_of(ctx, c.senior) is None  # the mentor is nobody's mentee


def test_another_teams_skill_of_the_function_is_no_gap(ctx: ServiceContext) -> None:
    from teamlead_app.services.pairings.suggestions import gap_skill_ids
    from teamlead_app.services.skills import knowledge
    from teamlead_app.services.skills import levels as skills

    c = company(ctx)
    theirs = skills.save_skill(ctx, skills.SkillDraft("Montage", "process", team_id=c.other_team))
    ours = skills.save_skill(ctx, skills.SkillDraft("Montage", "process", team_id=c.team))
    for skill in (theirs, ours):
        knowledge.set_required_level(ctx, "Monteur", skill, "U")
    goals_ = [g.skill_id for g in propose_onboarding(ctx, c.apprentice).goals]
    assert ours in goals_ and theirs not in goals_
    assert ours in gap_skill_ids(ctx, c.apprentice) and theirs not in gap_skill_ids(
        ctx, c.apprentice
    )
