"""Moving a planned conversation (with history), suggesting a free moment for it, and
cancelling it with a required reason. Moving is the default when a conversation does not
take place (domain.md §3.1); warnings never block."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Conversation, ConversationMove
from teamlead_app.data.statuses import ConversationStatus
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import t
from teamlead_app.services.common.drafts import CONVERSATION_DRAFT, discard_in
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.conversations.days_off import day_off_warning_in
from teamlead_app.services.conversations.hold import load_conversation
from teamlead_app.services.conversations.rules import (
    busy_intervals,
    first_free_slot,
    fold,
    health_warning,
    month_warning,
    moves_warning,
    overlap_warnings,
    past_warning,
    reason_problems,
    wall_time,
    working_hours_warnings,
)

# How far ahead a new moment is looked for when the month has no room.
SUGGEST_HORIZON = timedelta(days=62)


@dataclass(frozen=True)
class MoveResult:
    conversation_id: int
    new_when: datetime
    move_count: int
    warnings: tuple[str, ...] = ()


def _now() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)


def _raise_first(problems: dict[str, str]) -> None:
    if problems:
        name, message = next(iter(problems.items()))
        raise ValidationError(message, field=name)


def validate_cancel(reason: str, note: str = "") -> dict[str, str]:
    """Field name ("reason", "note") -> message, for the cancel dialog's live checks."""
    return reason_problems(reason, note, required=True)


def _planned(
    session: Session, conversation_id: int, action_nl: str, action_en: str
) -> Conversation:
    conversation = load_conversation(session, conversation_id)
    if conversation.status != ConversationStatus.PLANNED:
        raise ValidationError(
            t(
                f"Alleen een gepland gesprek kun je {action_nl}.",
                f"Only a planned conversation can be {action_en}.",
            ),
            field="status",
        )
    return conversation


def move_conversation(
    ctx: ServiceContext,
    conversation_id: int,
    new_when: datetime,
    reason: str = "",
    note: str = "",
    *,
    now: datetime | None = None,
) -> MoveResult:
    """Move a planned conversation; the old moment is kept in its move history. `reason` is
    optional (a MOVE_REASONS code; "anders" needs `note`)."""
    _raise_first(reason_problems(reason, note, required=False))
    settings = get_settings(ctx)
    moment = now or _now()
    new = wall_time(new_when)
    with ctx.sessions.begin() as session:
        conversation = _planned(session, conversation_id, "verplaatsen", "moved")
        if new == conversation.scheduled_at:
            raise ValidationError(
                t("Kies een ander moment.", "Choose another moment."), field="new_when"
            )
        original = (
            conversation.moves[0].from_at if conversation.moves else conversation.scheduled_at
        )
        conversation.moves.append(
            ConversationMove(
                from_at=conversation.scheduled_at,
                to_at=new,
                reason=reason,
                note=fold(note),
                moved_on=moment.date(),
            )
        )
        conversation.scheduled_at = new
        conversation.updated_at = moment
        minutes = conversation.duration_minutes
        count = len(conversation.moves)
        warnings = [
            w
            for w in (
                past_warning(new, moment),
                month_warning(original, new),
                moves_warning(count),
                health_warning(note, t("De toelichting", "The explanation")),
            )
            if w
        ]
        warnings += working_hours_warnings(settings, new, minutes)
        warnings += [w for w in (day_off_warning_in(session, new.date()),) if w]
        warnings += overlap_warnings(session, new, minutes, exclude_id=conversation.id)
        session.flush()
    return MoveResult(conversation_id, new, count, tuple(warnings))


def suggest_new_time(
    ctx: ServiceContext, conversation_id: int, *, now: datetime | None = None
) -> datetime | None:
    """The first free quarter-hour for a planned conversation: from the day after its current
    day (and not before now), on a working day within working hours, overlapping no other
    conversation; in the month it was first planned for when there is room, else within
    the next two months. None when nothing is free."""
    settings = get_settings(ctx)
    moment = now or _now()
    with ctx.sessions() as session:
        conversation = _planned(session, conversation_id, "verplaatsen", "moved")
        original = (
            conversation.moves[0].from_at if conversation.moves else conversation.scheduled_at
        )
        next_day = datetime.combine(conversation.scheduled_at.date() + timedelta(days=1), time())
        start = max(next_day, moment)
        horizon = start + SUGGEST_HORIZON
        busy = [
            (begin, end)
            for begin, end, _cid, _person in busy_intervals(
                session, start, horizon, exclude_id=conversation.id
            )
        ]
        minutes = conversation.duration_minutes
    month_end = _first_of_next_month(original.date())
    if start < month_end:
        in_month = first_free_slot(busy, settings, start, month_end, minutes)
        if in_month is not None:
            return in_month
    return first_free_slot(busy, settings, start, horizon, minutes)


def _first_of_next_month(day: date) -> datetime:
    year, month = (day.year + 1, 1) if day.month == 12 else (day.year, day.month + 1)
    return datetime(year, month, 1)


def cancel_conversation(
    ctx: ServiceContext,
    conversation_id: int,
    reason: str,
    note: str = "",
    *,
    today: date | None = None,
) -> tuple[str, ...]:
    """Cancel a planned conversation. A reason is required (CANCEL_REASONS; "anders" needs
    `note`); there is no health field. Its autosaved draft goes: it can no longer be filled
    in. Returns non-blocking warnings (health words in the note)."""
    _raise_first(validate_cancel(reason, note))
    with ctx.sessions.begin() as session:
        conversation = _planned(session, conversation_id, "annuleren", "cancelled")
        conversation.status = ConversationStatus.CANCELLED
        conversation.cancel_reason = reason
        conversation.cancel_note = fold(note)
        conversation.cancelled_on = today or date.today()
        conversation.updated_at = _now()
        discard_in(session, CONVERSATION_DRAFT, conversation.id)
    warning = health_warning(note, t("De toelichting", "The explanation"))
    return (warning,) if warning else ()
