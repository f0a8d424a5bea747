"""Opening a database file: created, migrated after a backup, and every bad file refused with
a clear message and left unchanged."""

from __future__ import annotations

import hashlib
import os
import sqlite3
from pathlib import Path

import pytest

from teamlead_app.config import DbPaths
from teamlead_app.data import migrate
from teamlead_app.data.filelock import AlreadyOpenError, DbLock
from teamlead_app.errors import StorageError
from teamlead_app.services.people import employees as people
from teamlead_app.services.storage import database as storage


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_file_in_missing_folder_is_created(tmp_path: Path) -> None:
    path = tmp_path / "a" / "b" / "team.sqlite"
    assert migrate.prepare(path) == "created"
    assert migrate.read_revision(path) == migrate.SCHEMA_HEAD
    assert migrate.prepare(path) == "current"


def test_pragmas_are_set_on_our_connections(db_path: Path) -> None:
    db = storage.open_database(db_path)
    with db.engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
        assert connection.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        # Debian's SQLite is built with it on; python.org's Windows build is not.
        assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    db.close()


def test_corrupt_file_is_refused_and_unchanged(tmp_path: Path) -> None:
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"this is not a database at all" * 100)
    before = _digest(path)
    with pytest.raises(StorageError, match="geen leesbare database"):
        migrate.prepare(path)
    assert _digest(path) == before


def test_foreign_sqlite_file_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (x)")
    con.commit()
    con.close()
    with pytest.raises(StorageError, match="geen database van deze app"):
        migrate.prepare(path)


def test_newer_database_is_refused_and_unchanged(db_path: Path) -> None:
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    before = _digest(db_path)
    with pytest.raises(migrate.NewerDatabaseError, match="nieuwere versie"):
        migrate.prepare(db_path)
    assert _digest(db_path) == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root ignores file permissions")
def test_read_only_file_is_refused(db_path: Path) -> None:
    db_path.chmod(0o444)
    try:
        with pytest.raises(migrate.ReadOnlyDatabaseError):
            migrate.prepare(db_path)
    finally:
        db_path.chmod(0o644)


def test_read_only_check_reports_unwritable_file(
    db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The same check as above, independent of running as root."""
    real_access = os.access
    monkeypatch.setattr(
        migrate.os, "access", lambda p, mode: False if Path(p) == db_path else real_access(p, mode)
    )
    with pytest.raises(migrate.ReadOnlyDatabaseError, match="alleen-lezen"):
        migrate.prepare(db_path)


def test_unknown_revision_is_refused_not_guessed(db_path: Path, db) -> None:  # type: ignore[no-untyped-def]
    people.save_employee(db, people.EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski"))
    db.close()
    con = sqlite3.connect(db_path)
    con.execute("DELETE FROM alembic_version")
    con.execute("INSERT INTO alembic_version VALUES ('0000')")
    con.commit()
    con.close()
    with pytest.raises(migrate.NewerDatabaseError):
        migrate.prepare(db_path)


def test_backup_is_a_complete_copy(db_path: Path, db) -> None:  # type: ignore[no-untyped-def]
    people.save_employee(db, people.EmployeeDraft(first_name="Mehmet", last_name="Yılmaz"))
    target = storage.backup_database(db_path)
    assert target.parent == DbPaths(db_path).backups
    copy = storage.open_database(target)
    assert [r.full_name for r in people.list_employees(copy)] == ["Mehmet Yılmaz"]
    copy.close()
    assert storage.list_backups(db_path) == [target]


def test_backup_of_missing_file_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(StorageError, match="bestaat niet"):
        storage.backup_database(tmp_path / "nothing.sqlite")


def test_second_lock_on_the_same_file_is_refused(tmp_path: Path) -> None:
    first = DbLock(tmp_path / "x.sqlite.lock")
    first.acquire()
    second = DbLock(tmp_path / "x.sqlite.lock")
    with pytest.raises(AlreadyOpenError):
        second.acquire()
    first.release()
    second.acquire()
    second.release()


def test_check_reports_sound_and_damaged(db_path: Path, tmp_path: Path) -> None:
    assert storage.check_database(db_path).ok
    bad = tmp_path / "bad.sqlite"
    bad.write_bytes(b"\x00garbage" * 50)
    result = storage.check_database(bad)
    assert not result.ok
    assert "bad.sqlite" in result.message
    assert not storage.check_database(tmp_path / "missing.sqlite").ok
