"""The onboarding talks of a newcomer (domain §3.11): inwerkgesprekken at the end of weeks 1,
2, 4 and 6 (week 6: the first-year plan as a draft POP), and at months 3, 6 (the end of the
mentor minimum) and 12, on working days (never in a weekend or on a public holiday). The
dates are a proposal the foreman may change; planning them makes ordinary planned
conversations of kind "inwerk" (held in the existing conversation screen with the
inwerkgesprek template), in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Conversation
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import t
from teamlead_app.services.conversations.days_off import public_holidays
from teamlead_app.services.conversations.use_cases import (
    ConversationPlanDraft,
    PlanResult,
    plan_conversations,
)
from teamlead_app.services.skills.certificates import add_months

# (code, weeks, months): week N ends on the working day before start + 7N days.
MOMENTS: tuple[tuple[str, int, int], ...] = (
    ("week_1", 1, 0),
    ("week_2", 2, 0),
    ("week_4", 4, 0),
    ("week_6", 6, 0),
    ("month_3", 0, 3),
    ("month_6", 0, 6),
    ("month_12", 0, 12),
)
TALK_TIME = time(10, 0)


@dataclass(frozen=True)
class OnboardingMoment:
    code: str
    label: str
    day: date
    note: str = ""


def _weekday_before(day: date) -> date:
    """Saturday, Sunday and a public holiday move back to the working day before."""
    holidays = public_holidays(day - timedelta(days=10), day)
    while day.weekday() > 4 or day in holidays:
        day -= timedelta(days=1)
    return day


def _label(code: str) -> str:
    kind, number = code.split("_")
    return (
        t(f"Week {number}", f"Week {number}")
        if kind == "week"
        else t(f"Maand {number}", f"Month {number}")
    )


def onboarding_schedule(start: date, *, zij_instromer: bool = False) -> list[OnboardingMoment]:
    """The proposed moments for someone starting on `start`."""
    moments = []
    for code, weeks, months in MOMENTS:
        day = start + timedelta(days=7 * weeks - 3) if weeks else add_months(start, months)
        note = ""
        if code == "week_6":
            note = t(
                "Eerstejaarsplan opstellen (concept-POP met doelen uit de leerpunten).",
                "Draw up the first-year plan (draft POP with goals from the gap skills).",
            )
        elif code == "month_6":
            note = t("Einde van de minimale mentorperiode.", "End of the minimum mentor period.")
        if zij_instromer and code in ("week_2", "month_3"):
            note = (note + " " if note else "") + t(
                "Verwachting tegenover werkelijkheid bespreken.",
                "Discuss expectations against reality.",
            )
        moments.append(OnboardingMoment(code, _label(code), _weekday_before(day), note))
    return moments


def plan_onboarding(
    ctx: ServiceContext,
    employee_id: int,
    days: Sequence[date],
    *,
    at: time = TALK_TIME,
    now: datetime | None = None,
) -> list[PlanResult]:
    """Plan the (possibly adjusted) onboarding days as inwerkgesprekken, all or none; refused
    when inwerkgesprekken are already planned for this person."""
    if not days:
        raise ValidationError(t("Kies minstens één datum.", "Choose at least one date."))
    if len(set(days)) != len(days):
        raise ValidationError(
            t("Twee inwerkgesprekken op dezelfde dag.", "Two onboarding talks on the same day."),
            field="days",
        )
    with ctx.sessions() as session:
        planned = session.scalar(
            select(func.count(Conversation.id)).where(
                Conversation.employee_id == employee_id,
                Conversation.kind == "inwerk",
                Conversation.status == "planned",
            )
        )
    if planned:
        raise ValidationError(
            t(
                f"Er staan al {planned} inwerkgesprekken gepland; pas die aan in de planning.",
                f"{planned} onboarding talks are already planned; change them in the planning.",
            ),
            field="days",
        )
    drafts = [
        ConversationPlanDraft(employee_id, datetime.combine(day, at), kind="inwerk")
        for day in sorted(days)
    ]
    return plan_conversations(ctx, drafts, now=now)
