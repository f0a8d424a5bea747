"""Rules around planning conversations: working hours and overlaps (warnings, never blocks),
cancel and move reasons, the health-word warning, and finding a free slot."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from teamlead_app.data.models import Conversation, Employee
from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.records.conversations import MOVE_WARNING_AT
from teamlead_app.services.common.sensitive import sensitive_hits
from teamlead_app.services.common.settings import AppSettings
from teamlead_app.services.people.names import full_name
from teamlead_app.util.dates import format_month

CANCEL_REASONS = ("afwezig", "operationele_drukte", "uit_dienst", "anders")
MOVE_REASONS = ("operationele_drukte", "afwezig", "verlof", "anders")
FOLLOWUP_STATUSES = ("open", "done", "dropped")
# From this many moves on, the lead is warned (domain.md §3.1: "warn after 2 reschedules").
MAX_TEXT = 100_000
MAX_AGREEMENT = 2_000
MAX_REASON_NOTE = 200
MIN_DURATION = 5
MAX_DURATION = 480
MAX_DUE_YEARS = 5
SLOT_STEP = timedelta(minutes=15)
# Conversations never last longer than MAX_DURATION, so an overlap can only start this early.
_LONGEST = timedelta(minutes=MAX_DURATION)
AMSTERDAM = ZoneInfo("Europe/Amsterdam")

_DAYS_NL = ("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag")
_DAYS_EN = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


def wall_time(when: datetime) -> datetime:
    """Local wall time in Europe/Amsterdam, naive, to the minute (how times are stored)."""
    if when.tzinfo is not None:
        when = when.astimezone(AMSTERDAM).replace(tzinfo=None)
    return when.replace(second=0, microsecond=0)


def fold(text: str) -> str:
    return " ".join(text.split())


def health_warning(text: str, what: str) -> str | None:
    """A warning when `text` seems to describe someone's health; `what` names the field."""
    # One word list for the whole app (services/common/sensitive.py); a prompt, never a block.
    hits = sensitive_hits(text)
    if not hits:
        return None
    word = hits[0]
    return t(
        f"{what} lijkt over gezondheid te gaan ('{word}'). Leg de aard of oorzaak van ziekte "
        "niet vast; schrijf bijvoorbeeld 'afwezig'.",
        f"{what} seems to be about health ('{word}'). Do not record the nature or cause of an "
        "illness; write 'absent', for example.",
    )


def health_warnings(texts: Iterable[tuple[str, str]]) -> list[str]:
    """Warnings for (what, text) pairs, one per field at most."""
    found = (health_warning(text, what) for what, text in texts)
    return [warning for warning in found if warning]


def duration_problem(minutes: int) -> str | None:
    if MIN_DURATION <= minutes <= MAX_DURATION:
        return None
    return t(
        f"Kies een duur van {MIN_DURATION} tot {MAX_DURATION} minuten.",
        f"Choose a duration from {MIN_DURATION} to {MAX_DURATION} minutes.",
    )


def working_hours_warnings(settings: AppSettings, start: datetime, minutes: int) -> list[str]:
    """Warnings when a conversation falls on a day off or outside the working hours."""
    warnings: list[str] = []
    weekday = start.weekday()
    if weekday not in settings.working_days:
        warnings.append(
            t(
                f"Het gesprek valt op een {_DAYS_NL[weekday]}, geen werkdag.",
                f"The conversation falls on a {_DAYS_EN[weekday]}, not a working day.",
            )
        )
    end = start + timedelta(minutes=minutes)
    day_start = datetime.combine(start.date(), settings.start_time)
    day_end = datetime.combine(start.date(), settings.end_time)
    if start < day_start or end > day_end:
        hours = f"{settings.work_start}–{settings.work_end}"
        warnings.append(
            t(
                f"Het gesprek valt (deels) buiten je werktijden ({hours}).",
                f"The conversation falls (partly) outside your working hours ({hours}).",
            )
        )
    return warnings


def busy_intervals(
    session: Session, start: datetime, end: datetime, exclude_id: int | None = None
) -> list[tuple[datetime, datetime, int, str]]:
    """(start, end, conversation id, person) of every planned or held conversation that
    overlaps [start, end), in one query."""
    query = (
        select(
            Conversation.id,
            Conversation.scheduled_at,
            Conversation.duration_minutes,
            Employee.first_name,
            Employee.tussenvoegsel,
            Employee.last_name,
        )
        .join(Employee, Employee.id == Conversation.employee_id)
        .where(
            Conversation.status != "cancelled",
            Conversation.scheduled_at >= start - _LONGEST,
            Conversation.scheduled_at < end,
        )
        .order_by(Conversation.scheduled_at)
    )
    if exclude_id is not None:
        query = query.where(Conversation.id != exclude_id)
    busy: list[tuple[datetime, datetime, int, str]] = []
    for cid, at, minutes, first, tv, last in session.execute(query):
        until = at + timedelta(minutes=minutes)
        if until > start:
            busy.append((at, until, cid, full_name(first, tv, last)))
    return busy


def overlap_warnings(
    session: Session, start: datetime, minutes: int, exclude_id: int | None = None
) -> list[str]:
    end = start + timedelta(minutes=minutes)
    return [
        t(
            f"Het gesprek overlapt met het gesprek met {person} om {at:%H:%M}.",
            f"The conversation overlaps the one with {person} at {at:%H:%M}.",
        )
        for at, _until, _cid, person in busy_intervals(session, start, end, exclude_id)
    ]


def past_warning(start: datetime, now: datetime) -> str | None:
    if start >= now:
        return None
    return t(
        "Dit tijdstip ligt in het verleden. Een gevoerd gesprek leg je achteraf vast.",
        "This moment is in the past. Log a conversation that took place after the fact.",
    )


def month_warning(original: datetime, new: datetime) -> str | None:
    """Moving is meant to keep the talk in its month (domain.md §3.1)."""
    if (original.year, original.month) == (new.year, new.month):
        return None
    month = format_month(original.year, original.month)
    return t(
        f"De nieuwe datum valt buiten de oorspronkelijke maand ({month}).",
        f"The new date falls outside the original month ({month}).",
    )


def moves_warning(move_count: int) -> str | None:
    if move_count < MOVE_WARNING_AT:
        return None
    return t(
        f"Dit gesprek is nu {move_count} keer verplaatst. Probeer het echt door te laten gaan.",
        f"This conversation has now been moved {move_count} times. Try to make it happen.",
    )


def reason_problems(reason: str, note: str, *, required: bool) -> dict[str, str]:
    """Cancel reasons (required) and move reasons (optional): a known code, and free text
    when the code is "anders"."""
    codes = CANCEL_REASONS if required else MOVE_REASONS
    group = "cancel_reason" if required else "move_reason"
    problems: dict[str, str] = {}
    if not reason and required:
        problems["reason"] = t("Kies een reden om te annuleren.", "Choose a reason for cancelling.")
    elif reason and reason not in codes:
        names = ", ".join(label(group, code) for code in codes)
        problems["reason"] = t(f"Kies een reden: {names}.", f"Choose a reason: {names}.")
    elif reason == "anders" and not fold(note):
        problems["note"] = t(
            "Geef bij 'anders' een korte toelichting.", "Give a short explanation for 'other'."
        )
    if len(note) > MAX_REASON_NOTE:
        problems["note"] = t(
            f"Toelichting is te lang (max. {MAX_REASON_NOTE} tekens).",
            f"Explanation is too long (max {MAX_REASON_NOTE} characters).",
        )
    return problems


def _round_up(moment: datetime) -> datetime:
    moment = moment.replace(second=0, microsecond=0)
    extra = moment.minute % 15
    return moment + timedelta(minutes=15 - extra) if extra else moment


def first_free_slot(
    busy: list[tuple[datetime, datetime]],
    settings: AppSettings,
    start: datetime,
    until: datetime,
    minutes: int,
) -> datetime | None:
    """The first quarter-hour on a working day within working hours, from `start` and
    before `until`, where a conversation of `minutes` overlaps nothing in `busy`."""
    length = timedelta(minutes=minutes)
    day: date = start.date()
    while datetime.combine(day, settings.start_time) < until:
        if day.weekday() in settings.working_days:
            slot = max(datetime.combine(day, settings.start_time), _round_up(start))
            day_end = min(datetime.combine(day, settings.end_time), until)
            while slot + length <= day_end:
                clash = next(
                    (b_end for b_start, b_end in busy if slot < b_end and b_start < slot + length),
                    None,
                )
                if clash is None:
                    return slot
                slot = max(slot + SLOT_STEP, _round_up(clash))
        day += timedelta(days=1)
    return None
