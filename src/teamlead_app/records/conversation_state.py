"""The state a conversation shows (gepland, verplaatst, gevoerd, afgerond, gemist,
geannuleerd), derived from what is stored; services/conversations/status.py explains the rules
and adds their SQL form."""

from __future__ import annotations

from datetime import date, datetime
from enum import StrEnum

from teamlead_app.data.statuses import ConversationStatus


class ConversationState(StrEnum):
    """What the lead sees (label group "conversation_state"), derived from the stored status."""

    PLANNED = "planned"
    MOVED = "moved"
    HELD = "held"
    SIGNED = "signed"
    MISSED = "missed"
    CANCELLED = "cancelled"


STATES = tuple(state.value for state in ConversationState)


def month_start(today: date) -> datetime:
    """Talks planned before this moment that were not held are missed."""
    return datetime(today.year, today.month, 1)


def is_missed(status: str, scheduled_at: datetime, today: date) -> bool:
    return status == ConversationStatus.PLANNED and scheduled_at < month_start(today)


def conversation_state(
    status: str, scheduled_at: datetime, signoff: str | None, move_count: int, today: date
) -> ConversationState:
    """One of STATES (label group "conversation_state")."""
    if status == ConversationStatus.HELD:
        return ConversationState.SIGNED if signoff else ConversationState.HELD
    if status == ConversationStatus.CANCELLED:
        return ConversationState.CANCELLED
    if is_missed(status, scheduled_at, today):
        return ConversationState.MISSED
    return ConversationState.MOVED if move_count else ConversationState.PLANNED
