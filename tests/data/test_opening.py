"""Opening never misjudges a crash: a rollback journal left by a killed commit is rolled back
(not called damaged), the schema is created in one transaction, a half-created file is
recreated only when it holds no data, and the whole-file check runs only after an unclean
end, before a migration or on `check`, yet a really damaged file is still found."""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest
from alembic.operations import Operations

from teamlead_app.data import migrate
from teamlead_app.services.people import employees as people
from teamlead_app.services.storage import database as storage

# A writer that dies during a big transaction whose pages already spilled into the file:
# SQLite leaves a hot journal and a file that is only consistent after rolling it back.
_DIE_DURING_COMMIT = """
import os, sqlite3, sys
con = sqlite3.connect(sys.argv[1], isolation_level=None)
con.execute("PRAGMA cache_size=2")
con.execute("BEGIN")
for i in range(300):
    con.execute("INSERT INTO setting (key, value) VALUES (?, ?)", (f"k{i}", "x" * 2000))
os._exit(0)
"""


def _crash_during_commit(path: Path) -> None:
    subprocess.run([sys.executable, "-c", _DIE_DURING_COMMIT, str(path)], check=True)
    assert migrate.has_hot_journal(path)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _tables(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        return {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    finally:
        con.close()


def test_hot_journal_is_rolled_back_not_called_damaged(db_path: Path, db) -> None:  # type: ignore[no-untyped-def]
    people.save_employee(db, people.EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski"))
    db.close()
    _crash_during_commit(db_path)
    assert migrate.prepare(db_path) == "current"
    assert not migrate.has_hot_journal(db_path)
    assert storage.check_database(db_path).ok
    reopened = storage.open_database(db_path)
    assert [p.full_name for p in people.list_employees(reopened)] == ["Łukasz Wiśniewski"]
    reopened.close()


def test_check_and_backup_roll_back_a_hot_journal(db_path: Path, tmp_path: Path) -> None:
    _crash_during_commit(db_path)
    result = storage.check_database(db_path)
    assert result.ok, result.message
    _crash_during_commit(db_path)
    copy = storage.backup_database(db_path, tmp_path / "copy.sqlite")
    assert storage.check_database(copy).ok


def test_schema_creation_is_one_transaction(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Stopped after a few tables, the file holds no table at all (not half a schema)."""
    path = tmp_path / "new.sqlite"
    real = Operations.create_table
    made: list[str] = []

    def create_then_die(self: Operations, name: str, *columns: object, **kw: object) -> object:
        if len(made) == 5:
            raise KeyboardInterrupt  # stands in for the process being stopped
        made.append(name)
        return real(self, name, *columns, **kw)  # type: ignore[arg-type]

    monkeypatch.setattr(Operations, "create_table", create_then_die)
    with pytest.raises(KeyboardInterrupt):
        migrate.prepare(path)
    assert len(made) == 5
    assert _tables(path) == set()
    monkeypatch.undo()
    assert migrate.prepare(path) == "created"
    assert migrate.read_revision(path) == migrate.SCHEMA_HEAD


def _half_created(path: Path, template: Path, count: int, version_table: bool) -> None:
    """What an older version left when it was killed while creating the schema."""
    con = sqlite3.connect(template)
    ddl = [
        r[0]
        for r in con.execute(
            "SELECT sql FROM sqlite_master WHERE type='table' AND name != 'alembic_version' "
            "AND name NOT LIKE 'sqlite_%' "
            "ORDER BY rowid"
        )
    ][:count]
    con.close()
    new = sqlite3.connect(path)
    if version_table:
        new.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    for statement in ddl:
        new.execute(statement)
    new.commit()
    new.close()


@pytest.mark.parametrize("version_table", [False, True])
def test_half_created_file_without_data_is_recreated(
    tmp_path: Path, migrated_template: Path, version_table: bool
) -> None:
    path = tmp_path / "half.sqlite"
    _half_created(path, migrated_template, 4, version_table)
    db = storage.open_database(path)
    try:
        assert db.opened_as == "recreated"
        assert people.list_employees(db) == []
    finally:
        db.close()
    assert _tables(path) == _tables(migrated_template)
    assert "opnieuw aangemaakt" in migrate.recreated_message(path)


def test_half_created_file_with_data_is_refused_and_unchanged(
    tmp_path: Path, migrated_template: Path
) -> None:
    path = tmp_path / "half.sqlite"
    _half_created(path, migrated_template, 30, version_table=True)
    con = sqlite3.connect(path)
    con.execute("INSERT INTO job_function (name) VALUES ('Lasser')")
    con.commit()
    con.close()
    before = _digest(path)
    with pytest.raises(migrate.HalfCreatedDatabaseError, match="bevat wel gegevens"):
        migrate.prepare(path)
    assert _digest(path) == before


def test_the_start_path_does_not_scan_the_whole_file(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    checks: list[str] = []
    real = migrate._check
    monkeypatch.setattr(
        migrate, "_check", lambda p, pragma: checks.append(pragma) or real(p, pragma)
    )
    assert migrate.prepare(db_path) == "current"
    assert checks == []  # a clean start: no whole-file check on the start path
    migrate.prepare(db_path, thorough=True)  # the last session ended uncleanly
    assert checks == ["quick_check"]


def test_a_hot_journal_makes_opening_check_the_file(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _crash_during_commit(db_path)
    checks: list[str] = []
    real = migrate._check
    monkeypatch.setattr(
        migrate, "_check", lambda p, pragma: checks.append(pragma) or real(p, pragma)
    )
    assert migrate.prepare(db_path) == "current"
    assert checks == ["quick_check"]


def damage(path: Path) -> None:
    """Overwrite every page after the first two with garbage (a really damaged file)."""
    size = path.stat().st_size
    page = 4096
    with path.open("r+b") as handle:
        for offset in range(2 * page, size, page):
            handle.seek(offset)
            handle.write(os.urandom(page))


def _filled(db_path: Path) -> None:
    db = storage.open_database(db_path)
    for i in range(60):
        people.save_employee(db, people.EmployeeDraft(first_name="Jan", last_name=f"Bakker {i}"))
    db.close()


def test_really_damaged_file_is_called_damaged(db_path: Path) -> None:
    _filled(db_path)
    damage(db_path)
    with pytest.raises(migrate.CorruptDatabaseError, match="beschadigd"):
        migrate.prepare(db_path, thorough=True)
    result = storage.check_database(db_path)
    assert not result.ok and "beschadigd" in result.message
    assert storage.background_check(db_path) is not None


def test_check_on_a_newer_file_says_newer_not_damaged(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    result = storage.check_database(db_path)
    assert not result.ok and result.newer
    assert "nieuwere versie" in result.message
    assert "beschadigd" not in result.message


def test_a_missing_folder_is_refused_not_created(tmp_path: Path) -> None:
    path = tmp_path / "typo" / "team.sqlite"
    with pytest.raises(storage.MissingFolderError, match="bestaat niet"):
        storage.require_folder(path)
    assert not path.parent.exists()
