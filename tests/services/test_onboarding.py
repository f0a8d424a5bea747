"""The onboarding schedule (domain §3.11): weeks 1, 2, 4, 6 and months 3, 6, 12, on working
days; planning it makes inwerkgesprekken, all or none, never twice."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from teamlead_app.data.context import ServiceContext
from teamlead_app.errors import ValidationError
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.pairings.onboarding import onboarding_schedule, plan_onboarding
from tests.services.pairing_helpers import company

START = date(2027, 1, 4)  # a Monday


def test_the_schedule_has_seven_moments_on_working_days() -> None:
    moments = onboarding_schedule(START)
    assert [(m.label, m.day) for m in moments] == [
        ("Week 1", date(2027, 1, 8)),
        ("Week 2", date(2027, 1, 15)),
        ("Week 4", date(2027, 1, 29)),
        ("Week 6", date(2027, 2, 12)),
        ("Maand 3", date(2027, 4, 2)),  # 4 April 2027 is a Sunday
        ("Maand 6", date(2027, 7, 2)),  # 4 July 2027 is a Sunday
        ("Maand 12", date(2028, 1, 4)),
    ]
    assert all(m.day.weekday() < 5 for m in moments)
    assert "concept-POP" in moments[3].note
    assert "Einde van de minimale mentorperiode" in moments[5].note
    assert not any("Verwachting" in m.note for m in moments)


def test_a_zij_instromer_also_talks_about_expectations() -> None:
    moments = onboarding_schedule(START, zij_instromer=True)
    asked = [m.label for m in moments if "Verwachting tegenover werkelijkheid" in m.note]
    assert asked == ["Week 2", "Maand 3"]


def test_planning_makes_inwerkgesprekken_once(ctx: ServiceContext) -> None:
    c = company(ctx)
    days = [m.day for m in onboarding_schedule(START)]
    days[0] = date(2027, 1, 7)  # the foreman moved week 1
    results = plan_onboarding(ctx, c.apprentice, days, now=datetime(2027, 1, 1, 9, 0))
    assert len(results) == 7
    rows = conversations.list_conversations(ctx, employee_id=c.apprentice)
    assert {r.kind for r in rows} == {"inwerk"}
    assert sorted(r.scheduled_at.date() for r in rows) == sorted(days)
    with pytest.raises(ValidationError, match="al 7 inwerkgesprekken gepland"):
        plan_onboarding(ctx, c.apprentice, days, now=datetime(2027, 1, 1, 9, 0))


def test_the_same_day_twice_is_refused(ctx: ServiceContext) -> None:
    c = company(ctx)
    with pytest.raises(ValidationError, match="dezelfde dag"):
        plan_onboarding(ctx, c.apprentice, [START, START])
    assert conversations.list_conversations(ctx, employee_id=c.apprentice) == []


def test_a_talk_on_a_public_holiday_moves_to_the_working_day_before() -> None:
    moments = {m.code: m.day for m in onboarding_schedule(date(2026, 11, 30))}
    assert moments["week_4"] == date(2026, 12, 24)  # not Christmas Day (Friday 25-12)
    assert moments["week_1"] == date(2026, 12, 4)
