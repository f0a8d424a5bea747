"""Drafts on a company server stay on this PC (server-drafts.sqlite, 0600, per server and
user): never sent to the server, removed by a real save and by deleting the person, part of
the access export. On a SQLite file the draft stays a row in the file (test_drafts.py)."""

from __future__ import annotations

import stat

import pytest
from sqlalchemy import func, select, text

from teamlead_app.config import data_dir
from teamlead_app.data.context import ServiceContext
from teamlead_app.data.db import Database
from teamlead_app.data.local_drafts import FILENAME, LocalDrafts
from teamlead_app.data.models import Draft
from teamlead_app.services.common import drafts
from teamlead_app.services.development import pop
from teamlead_app.services.privacy import access as privacy
from tests.services.test_privacy import PAST, full_person

TEXT = "Łukasz Wiśniewski <b>&amp; 🙂 privé\n" + "ş" * 5000


def _server_drafts(ctx: ServiceContext) -> int:
    with ctx.sessions() as session:
        return int(session.scalar(select(func.count(Draft.id))) or 0)


def test_a_server_draft_stays_in_a_private_file_of_this_user(pg_db: Database) -> None:
    person = full_person(pg_db)
    before = _server_drafts(pg_db)  # full_person's own rows (as an older version left them)
    drafts.save_draft(pg_db, drafts.POP_DRAFT, person.pop, {"ambition": TEXT})
    assert _server_drafts(pg_db) == before  # nothing went to the server
    path = data_dir() / FILENAME
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert "Wiśniewski <b>&amp;".encode() in path.read_bytes()  # the text is there, on this PC
    loaded = drafts.load_draft(pg_db, drafts.POP_DRAFT, person.pop)
    assert loaded is not None and loaded.payload == {"ambition": TEXT}
    # Another user, or the same user on another server, does not see it.
    assert LocalDrafts(pg_db.url.set(username="piet")).all() == []
    assert LocalDrafts(pg_db.url.set(database="elders")).all() == []
    # No password in the local file.
    assert pg_db.url.password and pg_db.url.password.encode() not in path.read_bytes()


def test_a_real_save_removes_the_local_draft_and_a_failed_one_keeps_it(pg_db: Database) -> None:
    person = full_person(pg_db, out=None)
    plan = pop.create_pop(pg_db, person.id, 2031)
    drafts.save_draft(pg_db, drafts.POP_DRAFT, plan, {"strengths": TEXT})
    with pytest.raises(RuntimeError), pg_db.sessions.begin() as session:
        drafts.discard_in(session, drafts.POP_DRAFT, plan)
        raise RuntimeError("the save fails after discarding")  # rolled back
    assert drafts.load_draft(pg_db, drafts.POP_DRAFT, plan) is not None
    pop.update_pop(pg_db, plan, pop.get_pop(pg_db, plan).draft())
    assert drafts.load_draft(pg_db, drafts.POP_DRAFT, plan) is None
    assert LocalDrafts(pg_db.url).all() == []


def test_deleting_the_person_removes_the_local_drafts(pg_db: Database) -> None:
    gone = full_person(pg_db, "Vlasblomkwast")
    stays = full_person(pg_db, "Blijft", out=None, number="2")
    drafts.save_draft(pg_db, drafts.POP_DRAFT, gone.pop, {"ambition": "POPMARKER Vlasblomkwast"})
    drafts.save_draft(pg_db, drafts.POP_DRAFT, stays.pop, {"ambition": "blijft"})
    report = privacy.delete_person(pg_db, gone.id, PAST, vacuum=False)
    assert report.drafts == 4  # full_person's three rows on the server, one on this PC
    assert [(d.kind, d.ref_id) for d in LocalDrafts(pg_db.url).all()] == [
        (drafts.POP_DRAFT, stays.pop)
    ]
    assert b"Vlasblomkwast" not in (data_dir() / FILENAME).read_bytes()  # secure_delete


def test_a_draft_of_a_record_deleted_elsewhere_is_not_offered(pg_db: Database) -> None:
    person = full_person(pg_db)
    drafts.save_draft(pg_db, drafts.POP_DRAFT, person.pop, {"ambition": "x"})
    with pg_db.sessions.begin() as session:  # another PC deletes the POP
        session.execute(text("DELETE FROM pop WHERE id = :id"), {"id": person.pop})
    assert all(d.payload != {"ambition": "x"} for d in drafts.list_drafts(pg_db))
    assert LocalDrafts(pg_db.url).all() == []


def test_the_access_export_holds_the_local_drafts(ctx: ServiceContext) -> None:
    person = full_person(ctx)
    drafts.save_draft(ctx, drafts.CONVERSATION_DRAFT, person.conversations[0], {"notes": TEXT})
    record = privacy.access_data(ctx, person.id, today=PAST).record
    payloads = [d["payload"] for d in record["drafts"]]
    assert {"notes": TEXT} in payloads
