"""The status a conversation shows, and the two rules behind "gevoerd" and "gemist".

Stored is only planned / held / cancelled plus the sign-off; what the lead sees is derived
from that here, in one place, at read time:

- **Gepland** (planned), **Verplaatst** (planned, moved at least once),
- **Gevoerd** (held), **Afgerond (ondertekend)** (held and signed by the employee),
- **Gemist** (missed): planned, never held, and the month it was planned in has ended
  (domain.md §3.1: "gemist only at month end"). Derived, not written: there is no job that
  must run at midnight, a moved talk is planned again at once, and a fixed `today` tests it.
- **Geannuleerd** (cancelled).

A missed talk is still stored as planned, so it can be moved (the move dialog works on it),
held after all, or cancelled.

Held on save: a talk that is filled in (an answer, the shared summary, an agreement, a
follow-up or the score) and saved on or after its planned day is marked held on that day."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from sqlalchemy import ColumnElement, and_, case

from teamlead_app.data.models import Conversation
from teamlead_app.data.statuses import AgreementStatus, ConversationStatus
from teamlead_app.records.conversation_state import ConversationState, month_start

if TYPE_CHECKING:  # the views import the state rule from here
    from teamlead_app.records.conversations import ConversationDraft


def missed_condition(today: date) -> ColumnElement[bool]:
    """The same rule as is_missed, for counting in SQL."""
    return and_(
        Conversation.status == ConversationStatus.PLANNED,
        Conversation.scheduled_at < month_start(today),
    )


def counted_status(today: date) -> ColumnElement[str]:
    """planned / held / cancelled / missed per conversation, for counting in SQL."""
    return case(
        (missed_condition(today), ConversationState.MISSED.value), else_=Conversation.status
    )


def is_filled(draft: ConversationDraft) -> bool:
    """Something of the talk itself was recorded (the private note alone may be preparation)."""
    return bool(
        any(answer.strip() for answer in draft.answers)
        or draft.shared_summary.strip()
        or draft.agreements
        or any(f.status != AgreementStatus.OPEN or f.comment.strip() for f in draft.follow_ups)
        or draft.score is not None
    )


def held_on_save(draft: ConversationDraft, status: str, scheduled_day: date, today: date) -> bool:
    """True when saving `draft` marks a planned talk held: asked for, or filled in and saved
    on or after its planned day."""
    if status != ConversationStatus.PLANNED:
        return False
    return draft.mark_held or (scheduled_day <= today and is_filled(draft))
