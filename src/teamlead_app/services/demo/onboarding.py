"""Demo history step: the onboarding plans of the demo's newcomers (issue 12). The history
step already planned and held their inwerkgesprekken (weeks 1, 2, 4, 6, months 3, 6); here
each talk is named as its onboarding moment and each newcomer gets the checklist of their
kind, ticked off as far as they are: one newcomer is halfway, another has just started."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from teamlead_app.data.models import Conversation, OnboardingItem
from teamlead_app.services.demo.context import DemoContext
from teamlead_app.services.pairings.onboarding import MOMENTS, onboarding_schedule
from teamlead_app.services.pairings.onboarding_plan import default_checklist, is_newcomer


def add_onboarding(session: Session, ctx: DemoContext) -> None:
    newcomers = {p.id: p for p in ctx.people if p.active and is_newcomer(p.kind, p.stage)}
    if not newcomers:
        return
    talks: dict[int, list[Conversation]] = {}
    for talk in session.scalars(
        select(Conversation)
        .where(Conversation.kind == "inwerk", Conversation.employee_id.in_(newcomers))
        .order_by(Conversation.scheduled_at, Conversation.id)
    ):
        talks.setdefault(talk.employee_id, []).append(talk)
    created = datetime.combine(ctx.today, time(8, 0))
    for employee_id, planned in talks.items():
        person = newcomers[employee_id]
        notes = {
            m.code: m.note
            for m in onboarding_schedule(
                person.date_in_service, zij_instromer=person.kind == "zij_instromer"
            )
        }
        for position, (talk, (code, *_)) in enumerate(zip(planned, MOMENTS, strict=False)):
            session.add(
                OnboardingItem(
                    employee_id=employee_id,
                    kind="talk",
                    code=code,
                    position=position,
                    text=notes.get(code, ""),
                    conversation_id=talk.id,
                    created_at=created,
                )
            )
        tasks = default_checklist(person.kind)
        held = sum(1 for talk in planned if talk.status == "held")
        done = min(len(tasks), 2 * held)  # about two items per talk held
        for position, text in enumerate(tasks):
            day = person.date_in_service + timedelta(days=position)
            session.add(
                OnboardingItem(
                    employee_id=employee_id,
                    kind="task",
                    position=position,
                    text=text,
                    done_on=min(day, ctx.today) if position < done else None,
                    created_at=created,
                )
            )
