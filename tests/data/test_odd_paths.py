"""Database files in folders with spaces, diacritics and the characters that mean something in
a URL (`C:\\Users\\Jürgen Müller\\...`, `Team #2`, `100% zeker`, `a%20b`): created, migrated,
read back, backed up, all in that folder and nowhere else. And the migrations load from an
install folder with a `%` in its name."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from teamlead_app.data import migrate
from teamlead_app.services.people import employees as people
from teamlead_app.services.storage.database import backup_database, check_database, open_database

NAMES = ["Jürgen Müller", "Team #2", "100% zeker", "a%20b", "Łódź – ñ 😀"]
if os.name != "nt":
    NAMES.append("wat?nu")  # not a valid Windows name


@pytest.mark.parametrize("name", NAMES)
def test_a_database_in_an_odd_folder(tmp_path: Path, name: str) -> None:
    folder = tmp_path / "Users" / name / "AppData"
    folder.mkdir(parents=True)
    path = folder / "team lead.sqlite"
    db = open_database(path)
    try:
        people.save_employee(db, people.EmployeeDraft(first_name="Łukasz", last_name="W"))
    finally:
        db.close()
    assert migrate.read_revision(path) == migrate.SCHEMA_HEAD
    assert migrate.prepare(path) == "current"
    assert check_database(path).ok
    backup = backup_database(path)
    assert backup.parent == folder / "backups"
    assert sorted(p.name for p in folder.iterdir()) == ["backups", "team lead.sqlite"]
    assert sorted(p.name for p in (tmp_path / "Users").iterdir()) == [name]
    db = open_database(backup)
    try:
        assert people.count_employees(db) == 1
    finally:
        db.close()


def test_migrations_load_from_an_install_folder_with_a_percent(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    install = tmp_path / "Program Files" / "Teamlead 100%" / "_internal" / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, install)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", install)
    path = tmp_path / "x.sqlite"
    migrate.upgrade(path)
    assert migrate.read_revision(path) == migrate.SCHEMA_HEAD
