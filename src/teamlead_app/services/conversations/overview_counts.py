"""The overview's counts of this month and this year (planned, held, moved, cancelled,
missed), in one statement over the year's conversations (the planned-moment index bounds it
to the year, whatever the length of the history)."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import and_, case, exists, func, not_, select
from sqlalchemy.orm import Session

from teamlead_app.data.models import Conversation, ConversationMove, Employee
from teamlead_app.records.overview import PeriodCounts
from teamlead_app.services.conversations.status import missed_condition


def _start(day: date) -> datetime:
    return datetime.combine(day, time())


def _first_of_next_month(day: date) -> date:
    return date(day.year + 1, 1, 1) if day.month == 12 else date(day.year, day.month + 1, 1)


def period_counts(
    session: Session, today: date, team_id: int | None = None
) -> tuple[PeriodCounts, PeriodCounts]:
    """Planned / held / moved / cancelled in today's month and in today's year, by planned
    moment, in one query over the year's conversations."""
    in_month = and_(
        Conversation.scheduled_at >= _start(today.replace(day=1)),
        Conversation.scheduled_at < _start(_first_of_next_month(today)),
    )
    missed = missed_condition(today)
    measures = (
        and_(Conversation.status == "planned", not_(missed)),
        Conversation.status == "held",
        exists().where(ConversationMove.conversation_id == Conversation.id),
        Conversation.status == "cancelled",
        missed,
    )
    columns = [func.count(case((m, 1))) for m in measures]
    columns += [func.count(case((and_(in_month, m), 1))) for m in measures]
    query = select(*columns).where(
        Conversation.scheduled_at >= _start(date(today.year, 1, 1)),
        Conversation.scheduled_at < _start(date(today.year + 1, 1, 1)),
    )
    if team_id is not None:
        query = query.join(Employee, Employee.id == Conversation.employee_id).where(
            Employee.team_id == team_id
        )
    values = [int(value) for value in session.execute(query).one()]
    size = len(measures)
    return PeriodCounts(*values[size:]), PeriodCounts(*values[:size])
