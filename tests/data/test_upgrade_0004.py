"""Migration 0004 (skills matrix and certificates) keeps every row of the 0001 schema, and the
0004 fixture's skills, levels with history and certificate scan open intact."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

from teamlead_app.data import migrate
from teamlead_app.services.people import employees as people
from teamlead_app.services.skills import certificates, knowledge
from teamlead_app.services.storage.database import open_database

FIXTURES = Path(__file__).parent / "fixtures"


def _counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        tables = [
            name
            for (name,) in con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name NOT LIKE 'sqlite_%'"
                " AND name != 'alembic_version'"
            )
        ]
        return {
            name: con.execute(f'SELECT count(*) FROM "{name}"').fetchone()[0] for name in tables
        }
    finally:
        con.close()


def test_upgrade_from_0001_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "schema_0001.sqlite", path)
    before = _counts(path)
    assert sum(before.values()) > 0
    assert migrate.prepare(path) == "upgraded"
    after = _counts(path)
    assert {name: after[name] for name in before} == before
    # The new tables are there, with the default certificate types and nothing else.
    assert after["skill"] == after["skill_level"] == after["certificate"] == 0
    assert after["certificate_type"] == 8


def test_fixture_0004_keeps_levels_history_and_scan(tmp_path: Path) -> None:
    path = tmp_path / "f.sqlite"
    shutil.copy(FIXTURES / "schema_0004.sqlite", path)
    migrate.prepare(path)
    db = open_database(path)
    try:
        [person] = people.list_employees(db)
        [row] = knowledge.person_levels(db, person.id)
        assert (row.skill, row.level, row.knowledge_holder) == ("Kantbank <b>&", "U", True)
        assert [h.level for h in row.history] == ["U", "L"]
        [cert] = certificates.list_certificates(db, employee_id=person.id)
        assert (cert.type_name, cert.has_scan) == ("VCA basis", True)
        scan = certificates.get_scan(db, cert.id)
        assert scan is not None and scan.data.startswith(b"%PDF")
    finally:
        db.close()
