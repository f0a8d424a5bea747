"""The command line and the database file: the GUI's lock, a busy database, a mistyped
--db and a newer file each give one clear line and exit code 2, never a traceback."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from teamlead_app.cli import main
from teamlead_app.config import DbPaths
from teamlead_app.data.filelock import DbLock


@pytest.fixture
def held_by_other_process(db_path: Path) -> Iterator[subprocess.Popen[str]]:
    """Another process (standing in for the GUI) holds the database lock."""
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys; from pathlib import Path; from teamlead_app.data.filelock import DbLock;"
            "l = DbLock(Path(sys.argv[1])); l.acquire(); print('held', flush=True);"
            "sys.stdin.read(); l.release()",
            str(DbPaths(db_path).lock),
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline().strip() == "held"
    yield holder
    holder.communicate("", timeout=10)


@pytest.mark.parametrize(
    "command",
    [
        ["demo"],
        ["backup", "--out", "{tmp}/copy.sqlite"],
        ["export", "roster", "--out", "{tmp}/roster.pdf"],
        ["export", "calendar", "--out", "{tmp}/plan.ics"],
        ["retention"],
    ],
    ids=lambda c: c[0] if len(c) < 2 or c[0] != "export" else f"export-{c[1]}",
)
def test_writing_and_exporting_commands_take_the_guis_lock(
    held_by_other_process: subprocess.Popen[str],
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: list[str],
) -> None:
    args = [part.replace("{tmp}", str(tmp_path)) for part in command]
    assert main(["--db", str(db_path), *args]) == 2
    err = capsys.readouterr().err
    assert "al geopend" in err and f"proces {held_by_other_process.pid}" in err
    assert "Traceback" not in err
    assert not list(tmp_path.glob("copy.sqlite")) and not list(tmp_path.glob("roster.pdf"))


def test_reading_commands_do_not_need_the_lock(
    held_by_other_process: subprocess.Popen[str], db_path: Path
) -> None:
    assert main(["--db", str(db_path), "list", "employees"]) == 0
    assert main(["--db", str(db_path), "check"]) == 0


def test_the_lock_is_released_after_a_command(db_path: Path, tmp_path: Path) -> None:
    assert main(["--db", str(db_path), "backup", "--out", str(tmp_path / "a.sqlite")]) == 0
    lock = DbLock(DbPaths(db_path).lock)
    lock.acquire()
    assert lock.previous_exit_clean
    lock.release()


def test_busy_database_gives_the_message_and_exit_2(
    db_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from teamlead_app.data import db as db_module
    from teamlead_app.data import migrate

    monkeypatch.setattr(db_module, "BUSY_TIMEOUT_MS", 50)
    monkeypatch.setattr(migrate, "BUSY_TIMEOUT_S", 0.05)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")  # another program is writing: reading works, saving not
    try:
        assert main(["--db", str(db_path), "demo", "--teams", "1", "--size", "2"]) == 2
    finally:
        other.execute("ROLLBACK")
        other.close()
    err = capsys.readouterr().err
    assert "De database is even bezet, probeer het zo opnieuw." in err
    assert "Traceback" not in err


def test_mistyped_db_folder_is_refused_not_created(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "typo" / "team.sqlite"
    assert main(["--db", str(path), "list", "employees"]) == 2
    assert main(["--db", str(path), "demo"]) == 2
    assert "bestaat niet" in capsys.readouterr().err
    assert not path.parent.exists()


def test_check_on_a_newer_file_says_newer(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    con = sqlite3.connect(db_path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    assert main(["--db", str(db_path), "check"]) == 2
    out = capsys.readouterr().out
    assert "nieuwere versie" in out and "beschadigd" not in out


def test_a_half_created_file_without_data_is_recreated_with_a_message(
    tmp_path: Path, migrated_template: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = tmp_path / "half.sqlite"
    source = sqlite3.connect(migrated_template)
    ddl = source.execute("SELECT sql FROM sqlite_master WHERE name = 'team'").fetchone()[0]
    source.close()
    half = sqlite3.connect(path)
    half.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL)")
    half.execute(ddl)
    half.commit()
    half.close()
    assert main(["--db", str(path), "list", "employees"]) == 0
    assert "opnieuw aangemaakt" in capsys.readouterr().err
    assert main(["--db", str(path), "check"]) == 0


def test_backup_into_a_folder_that_does_not_exist_names_the_folder(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    missing = tmp_path / "usb"
    assert main(["--db", str(db_path), "backup", "--out", str(missing / "kopie.sqlite")]) == 2
    assert capsys.readouterr().err.strip() == f"Fout: De map {missing} bestaat niet."
    assert not missing.exists()
