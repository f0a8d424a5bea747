"""Schema 0002: every integer id is AUTOINCREMENT (ids never reused), drafts name their
person; the upgrade keeps every row and every foreign key of a 0001 database."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from teamlead_app.data import migrate

FIXTURE_0001 = Path(__file__).parent / "fixtures" / "schema_0001.sqlite"
ID_TABLES = (
    "team",
    "job_function",
    "employee",
    "template_version",
    "pop",
    "conversation",
    "conversation_answer",
    "conversation_move",
    "agreement",
    "agreement_followup",
    "pop_support",
    "goal",
    "goal_step",
    "goal_progress",
    "export_log",
    "draft",
)


def _counts(con: sqlite3.Connection) -> dict[str, int]:
    return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in ID_TABLES}


def test_upgrade_keeps_rows_and_foreign_keys_and_adds_autoincrement(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURE_0001, path)
    con = sqlite3.connect(path)
    now = "2026-11-01 10:00:00"
    con.executemany(
        "INSERT INTO draft (kind, ref_id, payload_json, updated_at) VALUES (?, ?, ?, ?)",
        [
            ("conversation", 1, '{"private_notes": "x"}', now),
            ("pop", 1, "{}", now),
            ("goal", 1, "{}", now),
            ("pop", 999, '{"ambition": "van iemand die weg is"}', now),  # owner gone
        ],
    )
    con.execute(
        "INSERT INTO export_log (at, action, scope, file_name, os_user) "
        "VALUES (?, 'delete', 'employee=57', '', 'jan')",
        (now,),
    )
    con.commit()
    before = _counts(con)
    con.close()

    assert migrate.prepare(path) == "upgraded"

    con = sqlite3.connect(path)
    try:
        after = _counts(con)
        assert after == {**before, "draft": 3}  # only the orphan went
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        drafts = con.execute("SELECT kind, employee_id FROM draft ORDER BY kind").fetchall()
        assert drafts == [("conversation", 1), ("goal", 1), ("pop", 1)]
        for table in ID_TABLES:
            sql = con.execute(
                "SELECT sql FROM sqlite_master WHERE type='table' AND name=?", (table,)
            ).fetchone()[0]
            assert "AUTOINCREMENT" in sql, table
        # A person deleted before the upgrade (id 57 in the export log) is not reused.
        con.execute("PRAGMA foreign_keys=ON")
        con.execute(
            "INSERT INTO employee (first_name, tussenvoegsel, last_name, kind, stage, cadence, "
            "created_at) VALUES ('Nieuw', '', 'Iemand', 'medewerker', 'medior', 'monthly', ?)",
            (now,),
        )
        assert con.execute("SELECT max(id) FROM employee").fetchone()[0] == 58
        # The cascades still work after the table copies.
        con.execute("DELETE FROM employee WHERE id = 1")
        assert con.execute("SELECT count(*) FROM conversation").fetchone()[0] == 0
        assert con.execute("SELECT count(*) FROM draft").fetchone()[0] == 0
    finally:
        con.close()
