"""The guidance cards' first lines (pairing_alerts with a limit): the check-ins due and the
pairings ending soon are chosen, ordered and counted in SQL (the next check-in day worked out
in the statement), so a card reads a dozen pairings whatever the size of the company. The same
lines, in the same order, as the full lists in alerts.py (tests/services/test_pairing_alerts.py)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session, aliased

from teamlead_app.data.models import Employee, Pairing, PairingCheckin
from teamlead_app.data.statuses import PairingStatus
from teamlead_app.records.pairings import OPEN_STATUSES
from teamlead_app.services.common.sql_dates import SqlDates
from teamlead_app.services.conversations.overview_limits import first_rows

# (pairing, mentee id, mentee name, mentor name, day, last check-in) -> the alert
MakeAlert = Callable[[int, int | None, Sequence[Any], Sequence[Any], date, date | None], Any]


def _pairings(*columns: Any) -> tuple[Select[Any], Any, Any]:
    mentor, mentee = aliased(Employee), aliased(Employee)
    names = (
        mentee.first_name,
        mentee.tussenvoegsel,
        mentee.last_name,
        mentor.first_name,
        mentor.tussenvoegsel,
        mentor.last_name,
    )
    query = (
        select(Pairing.id, Pairing.mentee_id, *names, *columns)
        .outerjoin(mentor, mentor.id == Pairing.mentor_id)
        .outerjoin(mentee, mentee.id == Pairing.mentee_id)
    )
    return query, mentee, mentor


def checkins_due(
    session: Session,
    today: date,
    team_id: int | None,
    limit: int,
    ahead_days: int,
    make: MakeAlert,
) -> tuple[list[Any], int]:
    """Active pairings (started) whose next check-in — the last one, or the start, plus the
    pairing's weeks — falls before `ahead_days` from today: the earliest first."""
    last = (
        select(PairingCheckin.held_on)
        .where(PairingCheckin.pairing_id == Pairing.id)
        .order_by(PairingCheckin.held_on.desc())
        .limit(1)
        .scalar_subquery()
    )
    query, mentee, _mentor = _pairings(last.label("last"))
    query = query.add_columns(
        SqlDates(session)
        .plus_weeks(func.coalesce(last, Pairing.start_on), Pairing.checkin_weeks)
        .label("next_on")
    ).where(Pairing.status == PairingStatus.ACTIVE, Pairing.start_on <= today)
    if team_id is not None:
        query = query.where(mentee.team_id == team_id)
    # The next day once per pairing (a subquery), then chosen, ordered and counted on it.
    each = query.subquery()
    chosen = (
        select(each)
        .where(each.c.next_on <= today + timedelta(days=ahead_days))
        .order_by(each.c.next_on, each.c.id)
    )
    rows, more = first_rows(session, chosen, limit)
    return [
        make(pid, mentee_id, tuple(names[:3]), tuple(names[3:]), next_on, last_on)
        for pid, mentee_id, *names, last_on, next_on in rows
    ], more


def ending_soon(
    session: Session,
    today: date,
    team_id: int | None,
    limit: int,
    within_days: int,
    make: MakeAlert,
) -> tuple[list[Any], int]:
    """Open pairings whose planned end falls within `within_days` from today, soonest first."""
    query, mentee, _mentor = _pairings(Pairing.planned_end_on)
    query = query.where(
        Pairing.status.in_(OPEN_STATUSES),
        Pairing.planned_end_on >= today,
        Pairing.planned_end_on <= today + timedelta(days=within_days),
    ).order_by(Pairing.planned_end_on, Pairing.id)
    if team_id is not None:
        query = query.where(mentee.team_id == team_id)
    rows, more = first_rows(session, query, limit)
    return [
        make(pid, mentee_id, tuple(names[:3]), tuple(names[3:]), end, None)
        for pid, mentee_id, *names, end in rows
    ], more
