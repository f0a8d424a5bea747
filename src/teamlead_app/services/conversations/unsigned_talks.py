"""The overview's "Nog te tekenen": held conversations of people in service from the last
UNSIGNED_DAYS days that the employee has not signed (gezien or akkoord) yet. The partial index
ix_conversation_unsigned (schema 0010) holds only those talks, newest first. The overview cards
keep the counts per person for the day: changing the rule means raising
services/cards/person_day.RULE_VERSION."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from teamlead_app.data.models import Conversation, Employee
from teamlead_app.records.overview import UNSIGNED_DAYS, UnsignedTalk
from teamlead_app.services.common.chosen_people import People
from teamlead_app.services.conversations.overview_limits import first_rows
from teamlead_app.services.people.names import full_name


def _start(day: date) -> datetime:
    return datetime.combine(day, time())


def _unsigned(today: date, *columns: Any) -> Select[Any]:
    return (
        select(*columns)
        .join(Employee, Employee.id == Conversation.employee_id)
        .where(
            Conversation.status == "held",
            Conversation.signoff.is_(None),
            Conversation.scheduled_at >= _start(today - timedelta(days=UNSIGNED_DAYS)),
            Conversation.scheduled_at < _start(today + timedelta(days=1)),
            Employee.date_out_of_service.is_(None),
        )
    )


def unsigned(
    session: Session,
    today: date,
    team_id: int | None = None,
    *,
    limit: int | None = None,
    total: int | None = None,
) -> tuple[tuple[UnsignedTalk, ...], int]:
    """The unsigned talks, the most recent first (with `limit` only the first ones, and how
    many more there are; `total`: how many there are in all, known already, so only the
    first rows are read)."""
    query = _unsigned(
        today,
        Conversation.id,
        Conversation.employee_id,
        Employee.first_name,
        Employee.tussenvoegsel,
        Employee.last_name,
        Conversation.kind,
        Conversation.held_on,
        Conversation.scheduled_at,
    ).order_by(Conversation.scheduled_at.desc(), Conversation.id.desc())
    if team_id is not None:
        query = query.where(Employee.team_id == team_id)
    if limit is not None and total is not None:
        rows: list[Any] = list(session.execute(query.limit(limit)))
        more = total - len(rows)
    else:
        rows, more = first_rows(session, query, limit)
    return tuple(
        UnsignedTalk(cid, eid, full_name(first, tv, last), kind, held or at.date())
        for cid, eid, first, tv, last, kind, held, at in rows
    ), more


def unsigned_per_person(session: Session, today: date, ids: People) -> dict[int, int]:
    """How many unsigned talks each of the people `ids` (None: everyone) has."""
    query = _unsigned(today, Conversation.employee_id, func.count()).group_by(
        Conversation.employee_id
    )
    if ids is not None:
        query = query.where(Conversation.employee_id.in_(ids))
    return {int(person): int(n) for person, n in session.execute(query)}
