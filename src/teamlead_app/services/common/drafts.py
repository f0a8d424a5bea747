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
from typing import Any, Protocol

from sqlalchemy import delete, event, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.local_drafts import LocalDrafts
from teamlead_app.data.models import Conversation, Draft, Goal, Pop
from teamlead_app.errors import NotFoundError, ServerConnectionError, StorageError, ValidationError
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


class _Stored(Protocol):
    """A draft row: the file's or server's `Draft`, or this PC's `LocalDraft`."""

    @property
    def kind(self) -> str: ...
    @property
    def ref_id(self) -> int: ...
    @property
    def payload_json(self) -> str: ...
    @property
    def updated_at(self) -> datetime: ...


def _decode(row: _Stored) -> DraftView | None:
    try:
        payload = json.loads(row.payload_json)
    except ValueError:
        payload = None
    if not isinstance(payload, dict):
        # Cannot happen through save_draft; a hand-edited file should not crash the offer.
        log.warning("draft %s %s is not readable and is skipped", row.kind, row.ref_id)
        return None
    return DraftView(row.kind, row.ref_id, payload, row.updated_at)


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def save_draft(ctx: ServiceContext, kind: str, ref_id: int, payload: dict[str, Any]) -> datetime:
    """Store or replace the draft (kind, ref_id) and return its time stamp. NotFoundError
    when the conversation, POP or goal is gone (deleted meanwhile): nothing is written."""
    _check_kind(kind)
    encoded = json.dumps(payload, ensure_ascii=False)
    stamp = _now()
    if ctx.is_server:
        _save_local(ctx, kind, ref_id, encoded, stamp)
        return stamp
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
        # Two windows on one file cannot both insert; said, not a traceback.
        raise StorageError(
            t(
                "Er staat nog een niet-opgeslagen concept bij; uw tekst wordt daarom niet "
                "automatisch bewaard. Sla op om hem te bewaren.",
                "An unsaved draft is already there; your text is therefore not kept "
                "automatically. Save to keep it.",
            )
        ) from exc
    return stamp


def _save_local(ctx: ServiceContext, kind: str, ref_id: int, encoded: str, stamp: datetime) -> None:
    """The draft in the local file. The person comes from the server; with the connection
    gone the text is kept all the same (under the person known from before, if any) and the
    error is passed on for the screen to show."""
    local = LocalDrafts(ctx.url)
    try:
        with ctx.sessions() as session:
            employee_id = _owner(session, kind, ref_id)
    except ServerConnectionError:
        before = local.load(kind, ref_id)
        local.save(kind, ref_id, before.employee_id if before else 0, encoded, stamp)
        raise
    local.save(kind, ref_id, employee_id, encoded, stamp)


def load_draft(ctx: ServiceContext, kind: str, ref_id: int) -> DraftView | None:
    if ctx.is_server:
        local = LocalDrafts(ctx.url).load(kind, ref_id)
        if local is not None:
            return _decode(local)
    with ctx.sessions() as session:
        row = session.scalar(select(Draft).where(Draft.kind == kind, Draft.ref_id == ref_id))
        return _decode(row) if row is not None else None


def _local_in(session: Session) -> LocalDrafts | None:
    """The local drafts of the session's server user; None on a SQLite file."""
    engine = session.get_bind().engine
    return LocalDrafts(engine.url) if engine.dialect.name == "postgresql" else None


def _after_commit(session: Session, work: Any) -> None:
    """Change the local file only once the server has committed: a save that fails (the
    connection dropped) keeps its draft."""

    def run(_session: Session) -> None:
        try:
            work()
        except (StorageError, OSError):
            log.warning("a local draft could not be removed after saving")

    event.listen(session, "after_commit", run, once=True)


def discard_in(session: Session, kind: str, ref_id: int) -> bool:
    """Remove the draft inside the caller's transaction (a real save discards its draft)."""
    result = session.execute(delete(Draft).where(Draft.kind == kind, Draft.ref_id == ref_id))
    local = _local_in(session)
    if local is not None:
        _after_commit(session, lambda: local.discard(kind, ref_id))
    return bool(getattr(result, "rowcount", 0))


def discard_person_in(session: Session, employee_id: int) -> int:
    """Every draft of the person, inside the caller's transaction (the privacy deletion);
    how many there were. On a server the local ones go once the deletion is committed."""
    stored = session.scalars(select(Draft.id).where(Draft.employee_id == employee_id)).all()
    # The cascade removes them too; explicitly, so a foreign key turned off cannot keep one.
    session.execute(delete(Draft).where(Draft.employee_id == employee_id))
    local = _local_in(session)
    if local is None:
        return len(stored)
    kept = len(local.for_person(employee_id))
    _after_commit(session, lambda: local.discard_person(employee_id))
    return len(stored) + kept


def person_drafts_in(session: Session, employee_id: int) -> list[dict[str, Any]]:
    """The person's drafts for the access export: the server's rows (with RLS: this user's)
    and, on a server, this PC's. A payload that is not JSON is given as its text."""
    rows: list[_Stored] = list(
        session.scalars(select(Draft).where(Draft.employee_id == employee_id))
    )
    local = _local_in(session)
    if local is not None:
        rows += local.for_person(employee_id)
    items = []
    for row in rows:
        try:
            payload: Any = json.loads(row.payload_json)
        except ValueError:
            payload = row.payload_json
        keys = {"kind": row.kind, "ref_id": row.ref_id, "updated_at": row.updated_at}
        items.append({**keys, "payload": payload})
    return items


def discard_draft(ctx: ServiceContext, kind: str, ref_id: int) -> bool:
    """Remove the draft; False when there was none."""
    if ctx.is_server:
        # The local one first: throwing away works with the connection gone.
        gone = LocalDrafts(ctx.url).discard(kind, ref_id)
        try:
            with ctx.sessions.begin() as session:
                return discard_in(session, kind, ref_id) or gone
        except ServerConnectionError:
            log.warning("the server could not be asked to remove a draft")
            return gone
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
        if ctx.is_server:
            views = _with_local(session, LocalDrafts(ctx.url), views)
    return [view for view in views if view is not None]


def _with_local(
    session: Session, local: LocalDrafts, server: list[DraftView | None]
) -> list[DraftView | None]:
    """This PC's drafts before the server's, without those whose record was deleted
    meanwhile (elsewhere): those are removed here."""
    mine: list[DraftView | None] = []
    for row in local.all():
        model = DRAFT_OWNERS.get(row.kind)
        owner = (
            session.scalar(select(model.employee_id).where(model.id == row.ref_id))
            if model
            else None
        )
        if owner is None:
            local.discard(row.kind, row.ref_id)
            continue
        mine.append(_decode(row))
    seen = {(v.kind, v.ref_id) for v in mine if v is not None}
    rest = [v for v in server if v is not None and (v.kind, v.ref_id) not in seen]
    merged = [*mine, *rest]
    return sorted(merged, key=lambda v: v.updated_at if v else datetime.min, reverse=True)
