"""Cadence: when someone's next conversation is due, when they are overdue, and who is due in
a month. The rules are pure functions (no database); two small queries gather the facts.

The rules (tests/services/test_cadence.py pins each one):

* **What counts.** A held conversation of any kind (a POP or performance talk in a month is
  that month's one-on-one as well), on the day it was held (`held_on`).
* **monthly** (the default): one conversation per calendar month. After a conversation held
  in month M the next one is due in month M+1, so `next_due` is the last day of M+1: held
  31-01-2024 -> due by 29-02-2024; held 29-02-2024 -> due by 31-03-2024; held 15-12-2025 ->
  due by 31-01-2026.
* **weeks** (every N weeks): `next_due` = the last held day + N x 7 days. Without a number of
  weeks (not allowed by the form, but possible in old data) the monthly rule applies.
* **paused** (e.g. long leave): never due; `next_due` is None.
* **New starter** (nothing held yet): due from the date in service. monthly: by the end of the
  month in which the person started; weeks: N weeks after the first day. The app knows no
  talks from before a person was added to it, so for someone added later than the date in
  service (an existing team entered on day one) the day added counts instead: nobody shows
  up years overdue on a fresh install. Without either date, today.
* **Overdue**: today is later than `next_due` + the grace period (settings.overdue_grace_days).
  Days overdue count from `next_due`. A planned conversation does not stop someone being
  overdue: only holding it does.
* **Due in month M** ("Plan de maand"): in service (no out-of-service date; started on or
  before the last day of M), cadence not paused, `next_due` on or before the last day of M,
  and no planned conversation that already covers it. monthly: one planned in M covers it.
  weeks: one planned from the first of M on, later than the last held one, covers it (the
  next talk is booked, even if late). A planned conversation left over from an earlier
  month, never held nor moved, covers nothing.
* **Archived** people (an out-of-service date, as everywhere in the app) are never due.
"""

from __future__ import annotations

import calendar
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import ScalarSelect, func, null, select
from sqlalchemy.orm import Session

from teamlead_app.data.models import Conversation, Employee
from teamlead_app.services.people.employment import in_service, is_out_of_service
from teamlead_app.services.people.names import full_name, list_name, sort_key

__all__ = [
    "CadenceFacts",
    "cadence_facts",
    "days_overdue",
    "is_due_in_month",
    "is_overdue",
    "last_day_of_month",
    "last_held",
    "month_bounds",
    "next_due",
    "next_planned",
    "planned_days",
]


# --- pure rules ------------------------------------------------------------------------------


def last_day_of_month(year: int, month: int) -> date:
    return date(year, month, calendar.monthrange(year, month)[1])


def month_bounds(year: int, month: int) -> tuple[date, date]:
    """The first and the last day of a calendar month."""
    return date(year, month, 1), last_day_of_month(year, month)


def _end_of_next_month(day: date) -> date:
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return last_day_of_month(year, month)


def _uses_weeks(cadence: str, weeks: int | None) -> bool:
    return cadence == "weeks" and weeks is not None and weeks >= 1


def next_due(
    last_held: date | None,
    cadence: str,
    weeks: int | None,
    date_in_service: date | None,
    today: date,
) -> date | None:
    """The day by which the next conversation should have been held; None when never due
    (paused). See the module docstring for the exact rule."""
    if cadence == "paused":
        return None
    if last_held is None:
        start = date_in_service or today
        if _uses_weeks(cadence, weeks):
            assert weeks is not None
            return start + timedelta(weeks=weeks)
        return last_day_of_month(start.year, start.month)
    if _uses_weeks(cadence, weeks):
        assert weeks is not None
        return last_held + timedelta(weeks=weeks)
    return _end_of_next_month(last_held)


def is_overdue(due: date | None, today: date, grace_days: int) -> bool:
    """Overdue once today is past the due day plus the grace period."""
    return due is not None and today > due + timedelta(days=grace_days)


def days_overdue(due: date | None, today: date) -> int:
    """Days since the due day (0 when not yet due)."""
    if due is None:
        return 0
    return max(0, (today - due).days)


@dataclass(frozen=True)
class CadenceFacts:
    """What the rules need to know about one person."""

    employee_id: int
    first_name: str
    tussenvoegsel: str
    last_name: str
    team_id: int | None
    cadence: str
    cadence_weeks: int | None
    date_in_service: date | None
    date_out_of_service: date | None
    last_held: date | None
    # The day the person was added to the app.
    added_on: date | None = None
    # The next planned conversation from the day asked for (cadence_facts(next_planned_from)).
    next_planned: datetime | None = None

    @property
    def full_name(self) -> str:
        return full_name(self.first_name, self.tussenvoegsel, self.last_name)

    @property
    def list_name(self) -> str:
        return list_name(self.first_name, self.tussenvoegsel, self.last_name)

    @property
    def sort_key(self) -> tuple[str, str, str, int]:
        """Dutch order: surname without the tussenvoegsel, then first name."""
        return (*sort_key(self.first_name, self.tussenvoegsel, self.last_name), self.employee_id)

    @property
    def due_from(self) -> date | None:
        """Where a new starter's first window starts: the date in service, or the day added
        to the app when that is later (talks from before are unknown)."""
        known = [day for day in (self.date_in_service, self.added_on) if day is not None]
        return max(known) if known else None

    def next_due(self, today: date) -> date | None:
        if is_out_of_service(self.date_out_of_service, today):
            return None
        return next_due(self.last_held, self.cadence, self.cadence_weeks, self.due_from, today)


def _covered(facts: CadenceFacts, first: date, last: date, planned: Sequence[date]) -> bool:
    if _uses_weeks(facts.cadence, facts.cadence_weeks):
        return any(
            day >= first and (facts.last_held is None or day > facts.last_held) for day in planned
        )
    return any(first <= day <= last for day in planned)


def is_due_in_month(
    facts: CadenceFacts, year: int, month: int, planned: Sequence[date], today: date
) -> bool:
    """Whether the person still needs a conversation planned in this month. `planned` are
    the days of the person's planned (not held, not cancelled) conversations."""
    first, last = month_bounds(year, month)
    out = facts.date_out_of_service
    if (out is not None and out < max(first, today)) or facts.cadence == "paused":
        return False  # gone by then (a notice date later in the month still counts)
    if facts.date_in_service is not None and facts.date_in_service > last:
        return False
    due = facts.next_due(today)
    if due is None or due > last:
        return False
    return not _covered(facts, first, last, planned)


# --- queries ---------------------------------------------------------------------------------


def last_held() -> ScalarSelect[date | None]:
    """A correlated subquery over Employee: the person's last held day. One index seek per
    person (ix_conversation_employee_status_held), not a scan of their history."""
    return (
        select(func.max(Conversation.held_on))
        .where(Conversation.employee_id == Employee.id, Conversation.status == "held")
        .correlate(Employee)
        .scalar_subquery()
    )


def next_planned(since: date) -> ScalarSelect[datetime]:
    """A correlated subquery over Employee: the person's first planned moment from `since`
    (NULL when none)."""
    return (
        select(func.min(Conversation.scheduled_at))
        .where(
            Conversation.employee_id == Employee.id,
            Conversation.status == "planned",
            Conversation.scheduled_at >= datetime.combine(since, time()),
        )
        .correlate(Employee)
        .scalar_subquery()
    )


def cadence_facts(
    session: Session,
    today: date,
    team_id: int | None = None,
    *,
    include_paused: bool = False,
    started_by: date | None = None,
    next_planned_from: date | None = None,
) -> list[CadenceFacts]:
    """The facts for everyone in service (no end date or one still to come, started on or before
    `started_by`, default today), optionally of one team, in one statement, in Dutch name
    order. Paused people only when asked: they are never due. With `next_planned_from`,
    each person's first planned moment from that day is filled in as well."""
    started_by = started_by or today
    planned = next_planned(next_planned_from) if next_planned_from else null()
    query = select(
        Employee.id,
        Employee.first_name,
        Employee.tussenvoegsel,
        Employee.last_name,
        Employee.team_id,
        Employee.cadence,
        Employee.cadence_weeks,
        Employee.date_in_service,
        Employee.date_out_of_service,
        Employee.created_at,
        last_held(),
        planned,
    ).where(
        in_service(today),
        (Employee.date_in_service.is_(None)) | (Employee.date_in_service <= started_by),
    )
    if team_id is not None:
        query = query.where(Employee.team_id == team_id)
    if not include_paused:
        query = query.where(Employee.cadence != "paused")
    facts: list[CadenceFacts] = []
    for row in session.execute(query):
        (eid, first, tv, last, team, cadence, weeks, d_in, d_out, created, held, upcoming) = row
        added = created.date() if created else None
        facts.append(
            CadenceFacts(
                eid, first, tv, last, team, cadence, weeks, d_in, d_out, held, added, upcoming
            )
        )
    return sorted(facts, key=lambda f: f.sort_key)


def planned_days(
    session: Session, since: date, team_id: int | None = None
) -> dict[int, list[date]]:
    """Employee id -> days of their planned conversations from `since` on, in one query."""
    query = select(Conversation.employee_id, Conversation.scheduled_at).where(
        Conversation.status == "planned",
        Conversation.scheduled_at >= datetime.combine(since, time()),
    )
    if team_id is not None:
        query = query.join(Employee, Employee.id == Conversation.employee_id).where(
            Employee.team_id == team_id
        )
    days: dict[int, list[date]] = {}
    for employee_id, at in session.execute(query):
        days.setdefault(employee_id, []).append(at.date())
    return days
