"""One timeline per person (domain.md §6.10): in and out of service, conversations planned,
held, moved and cancelled, agreements made, done and dropped, newest first.

Other areas add their own events through TIMELINE_SOURCES: a source is a function
(session, employee_id) -> list[TimelineEvent], registered once with
`register_timeline_source`. The modules named in TIMELINE_MODULES are imported before the
timeline is built, so a source registered at the bottom of such a module is always present,
whatever the rest of the app happened to import. Titles and details never carry note text:
only labels, dates and the first line of an agreement."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Agreement, Conversation, ConversationMove, Employee
from teamlead_app.data.statuses import AgreementStatus
from teamlead_app.errors import NotFoundError
from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.util.dates import format_date, format_datetime


@dataclass(frozen=True)
class TimelineEvent:
    """`kind` is a code: in_service, out_of_service, conversation_planned, conversation_held,
    conversation_moved, conversation_cancelled, agreement_made, agreement_done,
    agreement_dropped, or one of another source's codes. `conversation_id` is set for events
    that open a conversation (agreements: the one they were made in); `ref_id` is the
    record the event is about in its own area (agreement, goal, POP ...)."""

    when: date
    kind: str
    title: str
    detail: str = ""
    conversation_id: int | None = None
    agreement_id: int | None = None
    ref_id: int | None = None


TimelineSource = Callable[[Session, int], Sequence[TimelineEvent]]

# Modules that register timeline sources when imported (see the module docstring).
TIMELINE_MODULES: list[str] = [
    "teamlead_app.services.development.goal_timeline",
    "teamlead_app.services.skills.timeline",
]

# Same-day order, oldest first (the list is shown reversed): a person comes in service before
# anything else that day, a conversation is held before the agreements made in it.
_DAY_ORDER = {
    "in_service": 0,
    "conversation_moved": 10,
    "conversation_planned": 11,
    "conversation_cancelled": 12,
    "conversation_held": 13,
    "agreement_done": 20,
    "agreement_dropped": 21,
    "agreement_made": 22,
    "out_of_service": 99,
}


def _headline(text: str, limit: int = 120) -> str:
    lines = text.strip().splitlines()
    line = lines[0].strip() if lines else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def service_events(session: Session, employee_id: int) -> list[TimelineEvent]:
    row = session.execute(
        select(Employee.date_in_service, Employee.date_out_of_service).where(
            Employee.id == employee_id
        )
    ).first()
    if row is None:
        raise NotFoundError(t("Medewerker niet gevonden.", "Employee not found."))
    events: list[TimelineEvent] = []
    if row[0] is not None:
        events.append(TimelineEvent(row[0], "in_service", t("In dienst", "In service")))
    if row[1] is not None:
        events.append(TimelineEvent(row[1], "out_of_service", t("Uit dienst", "Out of service")))
    return events


def conversation_events(session: Session, employee_id: int) -> list[TimelineEvent]:
    """Planned, held and cancelled conversations (one query) and their moves (one query)."""
    rows = session.execute(
        select(
            Conversation.id,
            Conversation.kind,
            Conversation.status,
            Conversation.scheduled_at,
            Conversation.held_on,
            Conversation.score,
            Conversation.cancel_reason,
            Conversation.cancelled_on,
        ).where(Conversation.employee_id == employee_id)
    )
    events: list[TimelineEvent] = []
    for cid, kind, status, at, held_on, score, reason, cancelled_on in rows:
        name = label("conversation_kind", kind)
        if status == "held":
            # Never a bare "Score 4": say what the number is (the profile shows the trend).
            detail = (
                t(
                    f"Hoe gaat het (eigen inschatting): {score} van 5",
                    f"How is it going (own estimate): {score} of 5",
                )
                if score is not None
                else ""
            )
            title = t(f"{name} gevoerd", f"{name} held")
            events.append(
                TimelineEvent(held_on or at.date(), "conversation_held", title, detail, cid)
            )
        elif status == "cancelled":
            title = t(f"{name} geannuleerd", f"{name} cancelled")
            detail = label("cancel_reason", reason) if reason else ""
            day = cancelled_on or at.date()
            events.append(TimelineEvent(day, "conversation_cancelled", title, detail, cid))
        else:
            title = t(f"{name} gepland", f"{name} planned")
            events.append(
                TimelineEvent(at.date(), "conversation_planned", title, format_datetime(at), cid)
            )
    moves = session.execute(
        select(
            ConversationMove.conversation_id,
            ConversationMove.from_at,
            ConversationMove.to_at,
            ConversationMove.reason,
            ConversationMove.moved_on,
            Conversation.kind,
        )
        .join(Conversation, Conversation.id == ConversationMove.conversation_id)
        .where(Conversation.employee_id == employee_id)
    )
    for cid, from_at, to_at, reason, moved_on, kind in moves:
        name = label("conversation_kind", kind)
        span = f"{format_datetime(from_at)} → {format_datetime(to_at)}"
        detail = f"{span} ({label('move_reason', reason)})" if reason else span
        title = t(f"{name} verplaatst", f"{name} moved")
        events.append(TimelineEvent(moved_on, "conversation_moved", title, detail, cid))
    return events


def agreement_events(session: Session, employee_id: int) -> list[TimelineEvent]:
    rows = session.execute(
        select(
            Agreement.id,
            Agreement.conversation_id,
            Agreement.text,
            Agreement.owner,
            Agreement.due_date,
            Agreement.status,
            Agreement.created_on,
            Agreement.closed_on,
        ).where(Agreement.employee_id == employee_id)
    )
    events: list[TimelineEvent] = []
    for aid, cid, text, owner, due, status, created_on, closed_on in rows:
        head = _headline(text)
        parts = [label("agreement_owner", owner)]
        if due is not None:
            parts.append(t(f"vóór {format_date(due)}", f"by {format_date(due)}"))
        title = t(f"Afspraak: {head}", f"Agreement: {head}")
        events.append(
            TimelineEvent(created_on, "agreement_made", title, ", ".join(parts), cid, aid, aid)
        )
        if status in (AgreementStatus.DONE, AgreementStatus.DROPPED) and closed_on is not None:
            closed = (
                t(f"Afspraak gedaan: {head}", f"Agreement done: {head}")
                if status == AgreementStatus.DONE
                else t(f"Afspraak vervallen: {head}", f"Agreement dropped: {head}")
            )
            events.append(
                TimelineEvent(closed_on, f"agreement_{status}", closed, "", cid, aid, aid)
            )
    return events


TIMELINE_SOURCES: list[TimelineSource] = [service_events, conversation_events, agreement_events]


def register_timeline_source(source: TimelineSource) -> None:
    """Add a source of events (idempotent, so a module may register at import)."""
    if source not in TIMELINE_SOURCES:
        TIMELINE_SOURCES.append(source)


def _import_sources() -> None:
    for module in TIMELINE_MODULES:
        importlib.import_module(module)


def employee_timeline(ctx: ServiceContext, employee_id: int) -> list[TimelineEvent]:
    """Everything that happened to one person, newest first; a few queries per source."""
    _import_sources()
    with ctx.sessions() as session:
        events = [event for source in TIMELINE_SOURCES for event in source(session, employee_id)]
    return sorted(
        events,
        key=lambda e: (e.when, _DAY_ORDER.get(e.kind, 50), e.ref_id or 0, e.conversation_id or 0),
        reverse=True,
    )
