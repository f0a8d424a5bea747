"""Migration 0010 (the overview cards' state) keeps every row of the 0009 schema and adds the
cards' state tables (empty until the first visit), the partial index the "Nog te tekenen" card
reads and the planner's statistics; the 0010 fixture opens (and upgrades to the head)."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from teamlead_app.data import migrate
from tests.data.test_upgrade_0004 import _counts

FIXTURES = Path(__file__).parent / "fixtures"


def _index_sql(path: Path, name: str) -> str | None:
    with sqlite3.connect(path) as connection:
        row = connection.execute(
            "SELECT sql FROM sqlite_master WHERE type = 'index' AND name = ?", (name,)
        ).fetchone()
    return None if row is None else str(row[0])


def test_upgrade_from_0009_keeps_every_row_and_adds_the_cards_state(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "schema_0009.sqlite", path)
    before = _counts(path)
    assert _index_sql(path, "ix_conversation_unsigned") is None
    assert migrate.prepare(path) == "upgraded"
    after = _counts(path)
    # Later schemas add their own tables (0011: the skill card's state, empty).
    assert {table: after[table] for table in before} == before
    assert after["person_day"] == 0  # (made by the overview's first visit)
    sql = _index_sql(path, "ix_conversation_unsigned")
    assert sql is not None and "signoff IS NULL" in sql, sql
    # The planner has statistics from the start (without them it walks every person).
    with sqlite3.connect(path) as connection:
        analysed = {table for (table,) in connection.execute("SELECT tbl FROM sqlite_stat1")}
    assert {"conversation", "employee"} <= analysed


def test_fixture_0010_opens_and_upgrades(tmp_path: Path) -> None:
    path = tmp_path / "f.sqlite"
    shutil.copy(FIXTURES / "schema_0010.sqlite", path)
    assert migrate.prepare(path) == "upgraded"
    assert _index_sql(path, "ix_conversation_unsigned") is not None
