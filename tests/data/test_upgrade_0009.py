"""Migration 0009 (edit versions, after 0008) keeps every row of the 0007 schema and starts
every edited record at version 1; the 0009 fixture's versions open intact and still guard a
save."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest

from teamlead_app.data import migrate
from teamlead_app.errors import ConflictError
from teamlead_app.records.conversations import ConversationDraft
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.development import goals
from teamlead_app.services.people import employees as people
from teamlead_app.services.storage.database import open_database
from tests.data.test_upgrade_0004 import _counts

FIXTURES = Path(__file__).parent / "fixtures"
VERSIONED = ("employee", "conversation", "agreement", "pop", "goal", "rotation", "pairing")


def _versions(path: Path) -> dict[str, list[int]]:
    with sqlite3.connect(path) as connection:
        return {
            table: [v for (v,) in connection.execute(f"SELECT version FROM {table}")]
            for table in VERSIONED
        }


def test_upgrade_from_0007_keeps_every_row_at_version_1(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "schema_0007.sqlite", path)
    before = _counts(path)
    assert all(before[table] > 0 for table in VERSIONED)
    assert migrate.prepare(path) == "upgraded"
    after = _counts(path)
    # (0008's talk summaries come on the way: new tables, filled from the rows.)
    assert {table: after[table] for table in before} == before
    assert _versions(path) == {table: [1] * before[table] for table in VERSIONED}
    with sqlite3.connect(path) as connection:
        for table in VERSIONED:
            [sql] = connection.execute(
                "SELECT sql FROM sqlite_master WHERE type='table' AND name=?", (table,)
            ).fetchone()
            # The column is added in place: ids are still never handed out again.
            assert "AUTOINCREMENT" in sql, table
    db = open_database(path)
    try:
        [person] = people.list_employees(db)
        [held] = conversations.list_conversations(db, employee_id=person.id)
        view = conversations.get_conversation(db, held.id)
        assert (view.shared_summary, view.row_version) == ("Gedeeld <b>&", 1)
    finally:
        db.close()


def test_fixture_0009_keeps_the_versions_and_they_guard_a_save(tmp_path: Path) -> None:
    path = tmp_path / "f.sqlite"
    shutil.copy(FIXTURES / "schema_0009.sqlite", path)
    assert migrate.prepare(path) == "upgraded"  # (0010's card indexes on the way)
    db = open_database(path)
    try:
        [person] = people.list_employees(db)
        [goal] = goals.list_goals(db, employee_id=person.id)
        assert goals.get_goal(db, goal.id).row_version == 2
        [held] = conversations.list_conversations(db, employee_id=person.id)
        view = conversations.get_conversation(db, held.id)
        assert view.row_version == 3
        with pytest.raises(ConflictError) as caught:
            conversations.save_conversation(
                db, held.id, ConversationDraft(shared_summary="Oud scherm", row_version=2)
            )
        assert caught.value.theirs_version == 3
        assert conversations.get_conversation(db, held.id).shared_summary == "Gedeeld <b>&"
    finally:
        db.close()
