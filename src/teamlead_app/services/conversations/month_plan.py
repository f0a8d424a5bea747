"""'Plan de maand': propose a moment for everyone due in a month, then create the reviewed
proposals in one transaction.

How the proposal is made (tests/services/test_planning.py pins each point):

* Who: everyone due in the month without a planned conversation (cadence.py), the most
  overdue first (earliest due day), then in Dutch name order (surname without tussenvoegsel),
  one proposal per person.
* When: on the working days (settings.working_days) of the month, from the first of the month,
  or from tomorrow when planning the current month (never in the past), and not before the
  person's date in service; never on a Dutch public holiday or a day the lead blocked
  (days_off.py), listed in `days_off`.
* Spread: person i of n goes to working day i x days / n, so the talks spread evenly over
  the month and the most overdue get the earliest days; a day holds at most ceil(n / days)
  conversations, never more than MAX_PER_DAY (conversations already on that day count too).
  A person whose day is full goes to the next day with room, then to earlier ones; someone
  who fits nowhere is listed as not placed.
* Time: from the start of the working day (settings.work_start) in quarter hours, ending by
  settings.work_end, with GAP_MINUTES free before and after every conversation (for typing
  the notes right after), overlapping no planned or held conversation and no other proposal.
* Length: the current maandgesprek template's default duration, else DEFAULT_MINUTES.
* Load: the month's conversations (everyone due in it: to plan now or already planned) x the
  length, in plain words: "22 gesprekken × 30 min = 11 uur".
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from sqlalchemy import select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import CONVERSATION_KINDS, Conversation, Employee, TemplateVersion
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import language, t
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.conversations.cadence import (
    CadenceFacts,
    cadence_facts,
    is_due_in_month,
    month_bounds,
    planned_days,
)
from teamlead_app.services.conversations.days_off import days_off_in
from teamlead_app.services.conversations.month_agenda import (
    GAP_MINUTES,
    MonthAgenda,
    busy_by_day,
    working_days,
)

__all__ = [
    "DEFAULT_MINUTES",
    "GAP_MINUTES",
    "MAX_PER_DAY",
    "MonthLoad",
    "MonthProposal",
    "NotPlaced",
    "ProposedConversation",
    "create_planned",
    "propose_month",
]

KIND = "maandgesprek"
DEFAULT_MINUTES = 30
MAX_PER_DAY = 4
MIN_MINUTES, MAX_MINUTES = 5, 480
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


@dataclass(frozen=True)
class ProposedConversation:
    """One proposed talk; the lead may change `start` or `duration_minutes` (dataclasses.replace)
    before create_planned. `start` is local wall time (Europe/Amsterdam)."""

    employee_id: int
    employee: str
    list_name: str
    start: datetime
    duration_minutes: int
    kind: str = KIND
    template_version_id: int | None = None

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True)
class NotPlaced:
    """Someone due whose talk did not fit in the month: plan by hand."""

    employee_id: int
    employee: str
    list_name: str


@dataclass(frozen=True)
class MonthLoad:
    """The month's load: conversations (one per person due) x minutes."""

    people: int
    minutes_each: int

    @property
    def total_minutes(self) -> int:
        return self.people * self.minutes_each

    @property
    def hours(self) -> float:
        return self.total_minutes / 60

    @property
    def text(self) -> str:
        hours = f"{self.hours:.1f}".removesuffix(".0")
        if language() == "nl":
            hours = hours.replace(".", ",")
        if language() == "en":
            talks = "conversation" if self.people == 1 else "conversations"
            return f"{self.people} {talks} × {self.minutes_each} min = {hours} hours"
        talks = "gesprek" if self.people == 1 else "gesprekken"
        return f"{self.people} {talks} × {self.minutes_each} min = {hours} uur"


@dataclass(frozen=True)
class MonthProposal:
    year: int
    month: int
    team_id: int | None
    items: tuple[ProposedConversation, ...]
    not_placed: tuple[NotPlaced, ...]
    # People due who already have a conversation planned that covers the month.
    already_planned: int
    load: MonthLoad
    # The most conversations proposed on one day (existing ones included).
    per_day: int
    working_days: tuple[date, ...]
    # Working days of the month left out: public holidays and blocked days, with the reason.
    days_off: tuple[tuple[date, str], ...] = ()


# --- proposing -------------------------------------------------------------------------------


def _current_template(session: Session, lang: str) -> TemplateVersion | None:
    """The newest maandgesprek template in the language; the shipped key before custom ones."""
    return session.scalars(
        select(TemplateVersion)
        .where(TemplateVersion.kind == KIND, TemplateVersion.language == lang)
        .order_by(
            (TemplateVersion.template_key == KIND).desc(),
            TemplateVersion.version.desc(),
            TemplateVersion.id.desc(),
        )
        .limit(1)
    ).first()


def _first_day(year: int, month: int, today: date) -> date:
    first, last = month_bounds(year, month)
    if last < today:
        raise ValidationError(
            t(
                f"{month:02d}-{year} is al voorbij: plan een maand vanaf nu.",
                f"{month:02d}-{year} is over: plan a month from now on.",
            ),
            field="month",
        )
    return max(first, today + timedelta(days=1))


def _spread(
    due: list[CadenceFacts],
    agenda: MonthAgenda,
    first_day: date,
    minutes: int,
    template_id: int | None,
) -> tuple[list[ProposedConversation], list[NotPlaced]]:
    items: list[ProposedConversation] = []
    not_placed: list[NotPlaced] = []
    for i, person in enumerate(due):
        target = i * len(agenda.days) // len(due)
        earliest = max(first_day, person.date_in_service or first_day)
        slot = agenda.place(target, earliest, minutes)
        if slot is None:
            not_placed.append(NotPlaced(person.employee_id, person.full_name, person.list_name))
            continue
        items.append(
            ProposedConversation(
                employee_id=person.employee_id,
                employee=person.full_name,
                list_name=person.list_name,
                start=slot,
                duration_minutes=minutes,
                template_version_id=template_id,
            )
        )
    return items, not_placed


def propose_month(
    ctx: ServiceContext,
    year: int,
    month: int,
    team_id: int | None = None,
    today: date | None = None,
) -> MonthProposal:
    """Propose a moment for everyone due in the month (nothing is saved). ValidationError for
    a month that is over."""
    if not 1 <= month <= 12 or not 1900 <= year <= 9999:
        raise ValidationError(t("Onbekende maand.", "Unknown month."), field="month")
    today = today or date.today()
    settings = get_settings(ctx)
    start = _first_day(year, month, today)
    first, last = month_bounds(year, month)
    with ctx.sessions() as session:
        template = _current_template(session, settings.language)
        people = cadence_facts(session, today, team_id, started_by=last)
        planned = planned_days(session, first, team_id)
        busy = busy_by_day(session, start, last)
        off = days_off_in(session, start, last)
    minutes = template.default_minutes if template is not None else DEFAULT_MINUTES
    due = sorted(
        (
            p
            for p in people
            if is_due_in_month(p, year, month, planned.get(p.employee_id, []), today)
        ),
        key=lambda p: (p.next_due(today) or last, p.sort_key),
    )
    due_ids = {p.employee_id for p in due}
    # Due by the cadence, but a planned conversation already covers the month.
    waiting = [
        p
        for p in people
        if p.employee_id not in due_ids and is_due_in_month(p, year, month, [], today)
    ]
    days = working_days(start, last, settings, off)
    cap = min(MAX_PER_DAY, max(1, math.ceil(len(due) / max(len(days), 1))))
    agenda = MonthAgenda(days, busy, cap, settings)
    items, not_placed = (
        _spread(due, agenda, start, minutes, template.id if template else None)
        if days and due
        else ([], [NotPlaced(p.employee_id, p.full_name, p.list_name) for p in due])
    )
    return MonthProposal(
        year=year,
        month=month,
        team_id=team_id,
        items=tuple(items),
        not_placed=tuple(not_placed),
        already_planned=len(waiting),
        load=MonthLoad(len(due) + len(waiting), minutes),
        per_day=cap,
        working_days=tuple(days),
        days_off=tuple(
            (day, why) for day, why in sorted(off.items()) if day.weekday() in settings.working_days
        ),
    )


# --- creating --------------------------------------------------------------------------------


def _wall_time(when: datetime) -> datetime:
    if when.tzinfo is not None:
        when = when.astimezone(AMSTERDAM).replace(tzinfo=None)
    return when.replace(second=0, microsecond=0)


def _check(session: Session, items: Sequence[ProposedConversation], today: date) -> None:
    ids = {item.employee_id for item in items}
    archived = {
        eid: out
        for eid, out in session.execute(
            select(Employee.id, Employee.date_out_of_service).where(Employee.id.in_(ids))
        )
    }
    templates = {i.template_version_id for i in items if i.template_version_id is not None}
    kinds = {
        tid: kind
        for tid, kind in session.execute(
            select(TemplateVersion.id, TemplateVersion.kind).where(
                TemplateVersion.id.in_(templates)
            )
        )
    }
    for item in items:
        if item.employee_id not in archived:
            raise NotFoundError(t("Medewerker niet gevonden.", "Employee not found."))
        out = archived[item.employee_id]
        if out is not None and out < max(item.start.date(), today):
            raise ValidationError(
                t(
                    f"{item.employee} is uit dienst: geen gesprek gepland.",
                    f"{item.employee} is out of service: no conversation planned.",
                ),
                field="employee_id",
            )
        if item.kind not in CONVERSATION_KINDS:
            raise ValidationError(
                t("Onbekend soort gesprek.", "Unknown kind of conversation."), field="kind"
            )
        if not MIN_MINUTES <= item.duration_minutes <= MAX_MINUTES:
            raise ValidationError(
                t(
                    f"Kies een duur van {MIN_MINUTES} tot {MAX_MINUTES} minuten.",
                    f"Choose a duration from {MIN_MINUTES} to {MAX_MINUTES} minutes.",
                ),
                field="duration_minutes",
            )
        if item.template_version_id is not None and kinds.get(item.template_version_id) != (
            item.kind
        ):
            raise ValidationError(
                t("Onbekend sjabloon.", "Unknown template."), field="template_version_id"
            )


def create_planned(
    ctx: ServiceContext, items: Sequence[ProposedConversation], *, now: datetime | None = None
) -> list[int]:
    """Create the reviewed proposals as planned conversations in one transaction: all or
    none. Returns the new ids in the order given."""
    moment = (now or datetime.now()).replace(microsecond=0)
    with ctx.sessions.begin() as session:
        _check(session, items, moment.date())
        rows = [
            Conversation(
                employee_id=item.employee_id,
                kind=item.kind,
                status="planned",
                scheduled_at=_wall_time(item.start),
                duration_minutes=item.duration_minutes,
                template_version_id=item.template_version_id,
                created_at=moment,
                updated_at=moment,
            )
            for item in items
        ]
        session.add_all(rows)
        session.flush()
        return [row.id for row in rows]
