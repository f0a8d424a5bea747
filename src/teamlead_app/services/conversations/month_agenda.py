"""The lead's agenda for a month, for 'Plan de maand' (month_plan.py): the working days, the
conversations already in it, and a free quarter-hour slot with GAP_MINUTES around every talk,
at most `cap` talks a day."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from teamlead_app.data.models import Conversation
from teamlead_app.services.common.settings import AppSettings

GAP_MINUTES = 15


STEP = timedelta(minutes=15)


Interval = tuple[datetime, datetime]


def working_days(start: date, end: date, settings: AppSettings, off: dict[date, str]) -> list[date]:
    count = (end - start).days + 1
    days = (start + timedelta(days=i) for i in range(max(count, 0)))
    return [day for day in days if day.weekday() in settings.working_days and day not in off]


def busy_by_day(session: Session, first: date, last: date) -> dict[date, list[Interval]]:
    """Planned and held conversations of everyone (the lead has one agenda), by day."""
    query = select(Conversation.scheduled_at, Conversation.duration_minutes).where(
        Conversation.status != "cancelled",
        Conversation.scheduled_at >= datetime.combine(first, time()),
        Conversation.scheduled_at < datetime.combine(last + timedelta(days=1), time()),
    )
    busy: dict[date, list[Interval]] = {}
    for at, minutes in session.execute(query):
        busy.setdefault(at.date(), []).append((at, at + timedelta(minutes=minutes)))
    return busy


def _free_slot(
    day: date, busy: list[Interval], minutes: int, settings: AppSettings
) -> datetime | None:
    length, gap = timedelta(minutes=minutes), timedelta(minutes=GAP_MINUTES)
    slot = datetime.combine(day, settings.start_time)
    day_end = datetime.combine(day, settings.end_time)
    while slot + length <= day_end:
        if all(slot >= end + gap or slot + length + gap <= begin for begin, end in busy):
            return slot
        slot += STEP
    return None


def _candidate_days(target: int, earliest: int, count: int) -> list[int]:
    """The target day first, then later days, then earlier ones (not before `earliest`)."""
    start = max(target, earliest)
    return list(range(start, count)) + list(range(start - 1, earliest - 1, -1))


@dataclass
class MonthAgenda:
    days: list[date]
    busy: dict[date, list[Interval]]
    cap: int
    settings: AppSettings

    def place(self, target: int, earliest: date, minutes: int) -> datetime | None:
        first = next((i for i, day in enumerate(self.days) if day >= earliest), len(self.days))
        for index in _candidate_days(target, first, len(self.days)):
            day = self.days[index]
            taken = self.busy.setdefault(day, [])
            if len(taken) >= self.cap:
                continue
            slot = _free_slot(day, taken, minutes, self.settings)
            if slot is not None:
                taken.append((slot, slot + timedelta(minutes=minutes)))
                return slot
        return None
