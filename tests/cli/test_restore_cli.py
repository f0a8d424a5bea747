"""`teamlead-app backup` and `teamlead-app restore FILE [--yes]` on the command line."""

from __future__ import annotations

from pathlib import Path

import pytest

from teamlead_app.cli import main
from teamlead_app.config import DbPaths
from teamlead_app.data.context import ServiceContext
from teamlead_app.data.filelock import DbLock
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.storage import backups


def _add(ctx: ServiceContext, first: str) -> None:
    people.save_employee(ctx, EmployeeDraft(first_name=first, last_name="Wiśniewski"))


def test_backup_out_refuses_the_live_database(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = db_path.read_bytes()
    assert main(["--db", str(db_path), "backup", "--out", str(db_path)]) == 2
    err = capsys.readouterr().err
    assert "het databasebestand zelf" in err and "Traceback" not in err
    journal = db_path.with_name(db_path.name + "-journal")
    assert main(["--db", str(db_path), "backup", "--out", str(journal)]) == 2
    assert db_path.read_bytes() == before and not journal.exists()


def test_backup_says_it_was_checked(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "backup"]) == 0
    assert "gecontroleerd" in capsys.readouterr().out
    assert len(backups.list_backups(db_path)) == 1


def test_restore_with_yes_shows_what_changed(
    ctx: ServiceContext, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _add(ctx, "Łukasz")
    saved = backups.make_backup(db_path).path
    _add(ctx, "Later")
    ctx.close()
    assert main(["--db", str(db_path), "restore", str(saved), "--yes"]) == 0
    out = capsys.readouterr().out
    assert "Voor: 2 medewerkers, 0 gesprekken" in out
    assert "Na: 1 medewerker, 0 gesprekken" in out
    assert "voor-herstel" in out
    assert [p.full_name for p in people.list_employees(ctx)] == ["Łukasz Wiśniewski"]


def test_restore_without_yes_and_without_a_terminal_refuses(
    ctx: ServiceContext, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = backups.make_backup(db_path).path
    _add(ctx, "Blijft")
    ctx.close()
    assert main(["--db", str(db_path), "restore", str(saved)]) == 2
    assert "--yes" in capsys.readouterr().err
    assert [p.first_name for p in people.list_employees(ctx)] == ["Blijft"]


def test_restore_asks_on_a_terminal(
    ctx: ServiceContext, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    saved = backups.make_backup(db_path).path
    _add(ctx, "Blijft")
    ctx.close()
    monkeypatch.setattr("sys.stdin.isatty", lambda: True)
    monkeypatch.setattr("builtins.input", lambda _q: "n")
    assert main(["--db", str(db_path), "restore", str(saved)]) == 2
    assert len(people.list_employees(ctx)) == 1
    ctx.close()  # the file is replaced: no pooled connection may keep the old one
    monkeypatch.setattr("builtins.input", lambda _q: "j")
    assert main(["--db", str(db_path), "restore", str(saved)]) == 0
    assert people.list_employees(ctx) == []


def test_restore_while_the_program_has_it_open_is_refused(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    saved = backups.make_backup(db_path).path
    lock = DbLock(DbPaths(db_path).lock)
    lock.acquire()
    try:
        assert main(["--db", str(db_path), "restore", str(saved), "--yes"]) == 2
    finally:
        lock.release()
    assert "sluit het programma eerst" in capsys.readouterr().err
