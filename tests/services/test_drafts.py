"""Autosaved drafts: save (upsert), load, discard, list; exact text; offered back after the
app was killed (a fresh engine on the same file finds them)."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.db import Database
from teamlead_app.data.local_drafts import LocalDrafts
from teamlead_app.data.models import Conversation, Draft, Employee, Goal, Pop
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.services.common import drafts


def stored(ctx: ServiceContext) -> list[tuple[str, int, int]]:
    """(kind, ref_id, employee_id) of every draft where this backend keeps them: the file's
    table, or on a server the local file of this user (the server's table stays empty)."""
    with ctx.sessions() as session:
        rows = [(d.kind, d.ref_id, d.employee_id) for d in session.scalars(select(Draft))]
    if ctx.is_server:
        assert rows == []  # nothing typed goes to the server
        rows = [(d.kind, d.ref_id, d.employee_id) for d in LocalDrafts(ctx.url).all()]
    return sorted(rows)


TEXT = "Eerste regel <b>vet</b> & meer 🙂 Łukasz Wiśniewski\n" + "ı" * 20_000


@pytest.fixture(autouse=True)
def _records(ctx: ServiceContext) -> None:
    """Drafts belong to a record: conversations 1-8, POP 1-2 and goal 1 of one person."""
    now = datetime(2026, 11, 2, 9, 0)
    with ctx.sessions.begin() as s:
        person = Employee(first_name="Łukasz", last_name="Wiśniewski", created_at=now)
        s.add(person)
        s.flush()
        for _ in range(8):
            s.add(
                Conversation(
                    employee_id=person.id, scheduled_at=now, created_at=now, updated_at=now
                )
            )
        for _ in range(2):
            s.add(
                Pop(
                    employee_id=person.id,
                    period_start=now.date(),
                    period_end=now.date(),
                    created_at=now,
                )
            )
        s.add(Goal(employee_id=person.id, what="Lassen", start_date=now.date(), created_at=now))


def test_save_load_and_discard(ctx: ServiceContext) -> None:
    stamp = drafts.save_draft(ctx, "conversation", 7, {"shared_summary": TEXT, "score": 4})
    loaded = drafts.load_draft(ctx, "conversation", 7)
    assert loaded is not None
    assert loaded.payload == {"shared_summary": TEXT, "score": 4}
    assert (loaded.kind, loaded.ref_id, loaded.updated_at) == ("conversation", 7, stamp)
    assert drafts.load_draft(ctx, "conversation", 8) is None
    assert drafts.load_draft(ctx, "pop", 7) is None
    assert drafts.discard_draft(ctx, "conversation", 7) is True
    assert drafts.load_draft(ctx, "conversation", 7) is None
    assert drafts.discard_draft(ctx, "conversation", 7) is False


def test_saving_again_replaces_the_one_draft(ctx: ServiceContext) -> None:
    drafts.save_draft(ctx, "conversation", 1, {"v": 1})
    drafts.save_draft(ctx, "conversation", 1, {"v": 2})
    loaded = drafts.load_draft(ctx, "conversation", 1)
    assert loaded is not None and loaded.payload == {"v": 2}
    assert stored(ctx) == [("conversation", 1, 1)]


def test_the_draft_survives_a_killed_app(db_path: Path) -> None:
    first = Database(db_path)
    drafts.save_draft(first, "conversation", 3, {"private_notes": TEXT})
    # No close(): the process is gone; a new engine opens the same file.
    second = Database(db_path)
    offered = drafts.list_drafts(second)
    assert [(d.kind, d.ref_id) for d in offered] == [("conversation", 3)]
    assert offered[0].payload["private_notes"] == TEXT
    first.close()
    second.close()


def test_list_newest_first(ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(drafts, "_now", lambda: datetime(2020, 1, 1))
    drafts.save_draft(ctx, "conversation", 1, {})
    monkeypatch.setattr(drafts, "_now", lambda: datetime(2026, 1, 1))
    drafts.save_draft(ctx, "pop", 2, {"x": "y"})
    assert [(d.kind, d.ref_id) for d in drafts.list_drafts(ctx)] == [
        ("pop", 2),
        ("conversation", 1),
    ]


def test_an_unreadable_draft_is_skipped(ctx: ServiceContext) -> None:
    drafts.save_draft(ctx, "conversation", 1, {"ok": True})
    with ctx.sessions.begin() as session:
        session.add(
            Draft(
                kind="conversation",
                ref_id=2,
                employee_id=1,
                payload_json="{half",
                updated_at=datetime.now(),
            )
        )
    assert drafts.load_draft(ctx, "conversation", 2) is None
    assert [d.ref_id for d in drafts.list_drafts(ctx)] == [1]


def test_kind_is_checked(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError):
        drafts.save_draft(ctx, "", 1, {})
    with pytest.raises(ValidationError):
        drafts.save_draft(ctx, "x" * 41, 1, {})
    with pytest.raises(ValidationError):
        drafts.save_draft(ctx, "notitie", 1, {})  # a kind nobody can trace to a person


def test_every_draft_names_its_person(ctx: ServiceContext) -> None:
    for kind in drafts.DRAFT_OWNERS:
        drafts.save_draft(ctx, kind, 1, {"x": kind})
    assert stored(ctx) == [("conversation", 1, 1), ("goal", 1, 1), ("pop", 1, 1)]


def test_no_draft_is_written_for_a_record_that_is_gone(ctx: ServiceContext) -> None:
    """An autosave timer firing after the person was deleted must not write text back."""
    drafts.save_draft(ctx, "pop", 2, {"ambition": "eerst"})
    with ctx.sessions.begin() as session:
        session.execute(Employee.__table__.delete())
    assert drafts.list_drafts(ctx) == []  # the cascade took the draft
    for kind in drafts.DRAFT_OWNERS:
        with pytest.raises(NotFoundError, match="bestaat niet meer"):
            drafts.save_draft(ctx, kind, 1, {"private_notes": "na het verwijderen"})
    assert drafts.list_drafts(ctx) == []
