"""Migration 0008 (the talk summaries) fills employee_talks, talk_month and team_month from the
rows already there, and the 0008 fixture keeps them right through its triggers."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date, datetime
from pathlib import Path

from teamlead_app.data import migrate
from teamlead_app.services.conversations.overview import PeriodCounts, overview
from teamlead_app.services.storage.database import open_database
from tests.data.test_upgrade_0004 import _counts
from tests.services.history_helpers import talk
from tests.services.test_talk_summaries import assert_summaries_recount

FIXTURES = Path(__file__).parent / "fixtures"
TRIGGERS = {
    "talks_conversation_insert",
    "talks_conversation_update",
    "talks_conversation_delete",
    "talks_move_insert",
    "talks_move_update",
    "talks_move_delete",
    "talks_employee_delete",
    "talks_employee_team",
    "talks_month_insert",
    "talks_month_delete",
    "talks_month_update",
}


def _more_talks(path: Path) -> None:
    """The 0007 fixture's one held talk, plus a planned one moved once and a cancelled one,
    and a planned one of a month gone by (missed), written as the 0007 app would."""
    con = sqlite3.connect(path)
    columns = [r[1] for r in con.execute("PRAGMA table_info(conversation)") if r[1] != "id"]
    listed = ", ".join(columns)
    for status, at, held in (
        ("planned", "2026-11-09 10:00:00.000000", None),
        ("cancelled", "2026-11-16 10:00:00.000000", None),
        ("planned", "2026-09-07 10:00:00.000000", None),
    ):
        picked = ", ".join(
            "?" if c in ("status", "scheduled_at", "held_on") else c for c in columns
        )
        args = [
            {"status": status, "scheduled_at": at, "held_on": held}[c]
            for c in columns
            if c in ("status", "scheduled_at", "held_on")
        ]
        con.execute(
            f"INSERT INTO conversation ({listed}) SELECT {picked} FROM conversation"
            " WHERE id = (SELECT min(id) FROM conversation)",
            args,
        )
    moved = con.execute(
        "SELECT max(id) FROM conversation WHERE status = 'planned' AND scheduled_at LIKE '2026-11%'"
    ).fetchone()[0]
    con.execute(
        "INSERT INTO conversation_move (conversation_id, from_at, to_at, reason, note, moved_on)"
        " VALUES (?, '2026-11-02 10:00:00.000000', '2026-11-09 10:00:00.000000', 'afwezig',"
        " 'Łukasz <b>& 😀', '2026-10-30')",
        (moved,),
    )
    con.commit()
    con.close()


def test_upgrade_from_0007_fills_the_summaries_from_the_rows(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "schema_0007.sqlite", path)
    _more_talks(path)
    before = _counts(path)
    assert migrate.prepare(path) == "upgraded"
    after = _counts(path)
    assert {name: after[name] for name in before} == before
    assert after["talk_month"] == 3 and after["employee_talks"] == 1
    db = open_database(path)
    try:
        assert_summaries_recount(db)
        view = overview(db, date(2026, 11, 20))
        assert view.month_counts == PeriodCounts(planned=1, moved=1, cancelled=1)
        assert view.year_counts == PeriodCounts(planned=1, held=1, moved=1, cancelled=1, missed=1)
    finally:
        db.close()


def test_fixture_0008_keeps_its_summaries_right(tmp_path: Path) -> None:
    path = tmp_path / "f.sqlite"
    shutil.copy(FIXTURES / "schema_0008.sqlite", path)
    con = sqlite3.connect(path)
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    con.close()
    assert names >= TRIGGERS
    db = open_database(path)
    try:
        assert_summaries_recount(db)
        talk(db, 1, datetime(2026, 11, 3, 9, 0))
        talk(db, 1, datetime(2026, 12, 1, 9, 0), "planned")
        assert_summaries_recount(db)
        view = overview(db, date(2026, 11, 20))
        assert view.year_counts == PeriodCounts(planned=1, held=2)
    finally:
        db.close()


def test_a_new_file_has_the_triggers(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    open_database(path).close()
    con = sqlite3.connect(path)
    names = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger'")}
    con.close()
    assert names >= TRIGGERS
