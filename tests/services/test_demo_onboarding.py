"""The demo's newcomers have onboarding plans: their inwerkgesprekken named as moments, the
checklist of their kind ticked off as far as they are."""

from __future__ import annotations

from datetime import date

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.demo.company import generate_company
from teamlead_app.services.pairings.onboarding_plan import is_newcomer
from teamlead_app.services.pairings.onboarding_views import onboarding_plan
from teamlead_app.services.people import employees as people

TODAY = date(2026, 11, 26)


def test_newcomers_have_plans_in_every_stage(ctx: ServiceContext) -> None:
    generate_company(ctx, today=TODAY)
    plans = [
        plan
        for row in people.list_employees(ctx)
        if is_newcomer(row.kind, row.stage) and (plan := onboarding_plan(ctx, row.id)) is not None
    ]
    assert plans, "at least one newcomer with a plan"
    for plan in plans:
        codes = [talk.code for talk in plan.talks]
        assert codes[0] == "week_1" and len(set(codes)) == len(codes)
        assert all(talk.conversation_id is not None for talk in plan.talks)
        assert plan.tasks and "Veiligheidsinstructie en VCA-afspraken" in plan.tasks[0].text
    held = [sum(t.status == "held" for t in plan.talks) for plan in plans]
    assert max(held) >= 2  # one is well under way
    ticked = [sum(t.done_on is not None for t in plan.tasks) for plan in plans]
    assert max(ticked) > 0 and min(ticked) < len(plans[0].tasks)


def test_the_demo_keeps_its_check_ins_up_but_one(ctx: ServiceContext) -> None:
    """A fresh demo shows what a slipped check-in looks like once, not a wall of late ones."""
    from teamlead_app.services.pairings.alerts import pairing_alerts

    generate_company(ctx, today=TODAY)
    late = [a for a in pairing_alerts(ctx, TODAY).checkins_due if a.day < TODAY]
    assert len(late) == 1
    assert late[0].last_checkin is not None


def test_a_demo_newcomer_has_the_whole_first_year_planned(ctx: ServiceContext) -> None:
    """The plan books every talk up to month 12 at once, as the onboarding dialog does."""
    generate_company(ctx, today=TODAY)
    plans = [
        plan
        for row in people.list_employees(ctx)
        if is_newcomer(row.kind, row.stage) and (plan := onboarding_plan(ctx, row.id)) is not None
    ]
    assert any(
        plan.talks[-1].code == "month_12" and plan.talks[-1].status == "planned" for plan in plans
    )
