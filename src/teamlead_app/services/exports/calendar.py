"""The calendar export: the conversations of a period (optionally one team) as an .ics file.

Planned and held conversations are ordinary appointments, cancelled ones are written as
cancelled so an agenda that imported them before drops them. The UID comes from the record
id ("conversation-123@teamlead-app") and the SEQUENCE is the number of moves (plus one once
cancelled), so a new export updates the same appointments. Titles carry the kind and the name
only: never notes, answers, agreements or reasons (Outlook calendars are often shared).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from sqlalchemy import func, select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Conversation, ConversationMove, Employee
from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.reports.ics import CalendarData, CalendarEvent, render_ics
from teamlead_app.services.people.names import full_name

__all__ = ["CalendarExport", "calendar_data", "conversation_uid", "export_calendar"]

UID_DOMAIN = "teamlead-app"


def conversation_uid(conversation_id: int) -> str:
    return f"conversation-{conversation_id}@{UID_DOMAIN}"


@dataclass(frozen=True)
class CalendarExport:
    """The file's bytes and how many appointments it holds."""

    content: bytes
    events: int
    cancelled: int


def calendar_data(
    ctx: ServiceContext,
    team_id: int | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    *,
    now: datetime | None = None,
) -> CalendarData:
    """The conversations planned from `date_from` up to and including `date_to` (None: no
    bound), in one query, by time."""
    moves = (
        select(func.count(ConversationMove.id))
        .where(ConversationMove.conversation_id == Conversation.id)
        .scalar_subquery()
    )
    query = (
        select(
            Conversation.id,
            Conversation.kind,
            Conversation.status,
            Conversation.scheduled_at,
            Conversation.duration_minutes,
            Employee.first_name,
            Employee.tussenvoegsel,
            Employee.last_name,
            moves,
        )
        .join(Employee, Employee.id == Conversation.employee_id)
        .order_by(Conversation.scheduled_at, Conversation.id)
    )
    if team_id is not None:
        query = query.where(Employee.team_id == team_id)
    if date_from is not None:
        query = query.where(Conversation.scheduled_at >= datetime.combine(date_from, time()))
    if date_to is not None:
        end = datetime.combine(date_to + timedelta(days=1), time())
        query = query.where(Conversation.scheduled_at < end)
    with ctx.sessions() as session:
        rows = session.execute(query).all()
    events = [
        CalendarEvent(
            uid=conversation_uid(cid),
            start=at,
            minutes=minutes,
            title=f"{label('conversation_kind', kind)} – {full_name(first, tv, last)}",
            # A cancellation is one more change than the last move the agenda saw.
            sequence=int(move_count) + (1 if status == "cancelled" else 0),
            cancelled=status == "cancelled",
        )
        for cid, kind, status, at, minutes, first, tv, last, move_count in rows
    ]
    stamp = (now or datetime.now(UTC)).astimezone(UTC).replace(microsecond=0)
    return CalendarData(t("Gesprekken", "Conversations"), tuple(events), stamp)


def export_calendar(
    ctx: ServiceContext,
    team_id: int | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    *,
    now: datetime | None = None,
) -> CalendarExport:
    data = calendar_data(ctx, team_id, date_from, date_to, now=now)
    cancelled = sum(1 for event in data.events if event.cancelled)
    return CalendarExport(render_ics(data), len(data.events), cancelled)
