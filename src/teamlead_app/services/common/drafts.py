"""Autosaved typing. The screen saves what is typed every few seconds in its own small
transaction; after a crash or a kill the draft is offered back; saving for real discards it.

A draft is identified by (kind, ref_id), e.g. ("conversation", 12). The payload is any
JSON-ready dict and is stored exactly as given (no escaping, no trimming).

Every draft belongs to a person (`Draft.employee_id`, ON DELETE CASCADE): deleting the person
deletes every kind of draft. A kind must be listed in DRAFT_OWNERS with the record it belongs
to, so a new kind cannot be forgotten by the retention; saving a draft for a record that no
longer exists (an autosave timer firing after a deletion) is refused."""

from __future__ import annotations

import json
import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import delete, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Conversation, Draft, Goal, Pop
from teamlead_app.errors import NotFoundError, StorageError, ValidationError
from teamlead_app.i18n import t

log = logging.getLogger(__name__)

CONVERSATION_DRAFT = "conversation"
POP_DRAFT = "pop"
GOAL_DRAFT = "goal"
MAX_KIND = 40

# Each kind of draft and the record it belongs to (all have an employee_id). A new kind must
# be added here: save_draft refuses a kind it cannot trace to a person.
DRAFT_OWNERS: dict[str, type[Conversation] | type[Pop] | type[Goal]] = {
    CONVERSATION_DRAFT: Conversation,
    POP_DRAFT: Pop,
    GOAL_DRAFT: Goal,
}


@dataclass(frozen=True)
class DraftView:
    kind: str
    ref_id: int
    payload: dict[str, Any]
    updated_at: datetime


def _check_kind(kind: str) -> None:
    if not kind or len(kind) > MAX_KIND or kind not in DRAFT_OWNERS:
        raise ValidationError(t("Ongeldig soort concept.", "Invalid kind of draft."), "kind")


def _owner(session: Session, kind: str, ref_id: int) -> int:
    """The person the record (kind, ref_id) belongs to; NotFoundError when it is gone."""
    model = DRAFT_OWNERS[kind]
    employee_id = session.scalar(select(model.employee_id).where(model.id == ref_id))
    if employee_id is None:
        raise NotFoundError(
            t(
                "Het concept is niet bewaard: het gesprek, POP of doel bestaat niet meer.",
                "The draft was not kept: the conversation, POP or goal no longer exists.",
            )
        )
    return int(employee_id)


def _decode(row: Draft) -> DraftView | None:
    try:
        payload = json.loads(row.payload_json)
    except ValueError:
        payload = None
    if not isinstance(payload, dict):
        # Cannot happen through save_draft; a hand-edited file should not crash the offer.
        log.warning("draft %s is not readable and is skipped", row.id)
        return None
    return DraftView(row.kind, row.ref_id, payload, row.updated_at)


def save_draft(ctx: ServiceContext, kind: str, ref_id: int, payload: dict[str, Any]) -> datetime:
    """Store or replace the draft (kind, ref_id) and return its time stamp. NotFoundError
    when the conversation, POP or goal is gone (deleted meanwhile): nothing is written."""
    _check_kind(kind)
    encoded = json.dumps(payload, ensure_ascii=False)
    stamp = datetime.now().replace(microsecond=0)
    try:
        with ctx.sessions.begin() as session:
            employee_id = _owner(session, kind, ref_id)
            row = session.scalar(select(Draft).where(Draft.kind == kind, Draft.ref_id == ref_id))
            if row is None:
                session.add(
                    Draft(
                        kind=kind,
                        ref_id=ref_id,
                        employee_id=employee_id,
                        payload_json=encoded,
                        updated_at=stamp,
                    )
                )
            else:
                row.payload_json = encoded
                row.updated_at = stamp
    except IntegrityError as exc:
        # On a company server a draft another lead left for this record (before a hand-over)
        # is invisible to this one, yet holds its place.
        raise StorageError(
            t(
                "Er staat nog een niet-opgeslagen concept van een andere leidinggevende bij; "
                "uw tekst wordt daarom niet automatisch bewaard. Sla op om hem te bewaren.",
                "Another lead left an unsaved draft here; your text is therefore not kept "
                "automatically. Save to keep it.",
            )
        ) from exc
    return stamp


def load_draft(ctx: ServiceContext, kind: str, ref_id: int) -> DraftView | None:
    with ctx.sessions() as session:
        row = session.scalar(select(Draft).where(Draft.kind == kind, Draft.ref_id == ref_id))
        return _decode(row) if row is not None else None


def discard_in(session: Session, kind: str, ref_id: int) -> bool:
    """Remove the draft inside the caller's transaction (a real save discards its draft)."""
    result = session.execute(delete(Draft).where(Draft.kind == kind, Draft.ref_id == ref_id))
    return bool(getattr(result, "rowcount", 0))


def discard_draft(ctx: ServiceContext, kind: str, ref_id: int) -> bool:
    """Remove the draft; False when there was none."""
    with ctx.sessions.begin() as session:
        return discard_in(session, kind, ref_id)


def list_drafts(ctx: ServiceContext) -> list[DraftView]:
    """Every stored draft, newest first: what to offer back after a crash. HR (a read-only
    server database) types nothing and may not read the leads' drafts: none."""
    if ctx.read_only:
        return []
    with ctx.sessions() as session:
        rows = session.scalars(select(Draft).order_by(Draft.updated_at.desc(), Draft.id.desc()))
        views = [_decode(row) for row in rows]
    return [view for view in views if view is not None]
