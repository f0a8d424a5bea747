"""The fast first screen (data/first_screen.py, plain sqlite3) reads exactly what the services
show (overview, teams) on the same database, never writes, reads only a file today's path
would open as it is, and is importable without SQLAlchemy."""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from teamlead_app.data.db import Database
from teamlead_app.data.first_screen import read_first_screen
from teamlead_app.services.conversations import overview
from teamlead_app.services.people.teams import list_teams
from tests.data.first_screen_company import build_company

LIMIT = 13  # the page asks for CARD_LIMIT + 1


@pytest.fixture(scope="module")
def company(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    path = tmp_path_factory.mktemp("company") / "company.sqlite"
    shutil.copy(migrated_template, path)
    build_company(path)
    return path


@pytest.fixture
def copy(company: Path, tmp_path: Path) -> Path:
    path = tmp_path / "copy.sqlite"
    shutil.copy(company, path)
    return path


def test_the_same_as_the_services_for_all_and_each_team(company: Path) -> None:
    db = Database(company)
    try:
        teams = list_teams(db)
        for team_id in (None, *(team.id for team in teams)):
            fast = read_first_screen(company, team_id=team_id, limit=LIMIT)
            full = overview.overview(db, team_id=team_id, limit=LIMIT)
            assert fast is not None
            assert fast.month_counts == full.month_counts
            assert fast.year_counts == full.year_counts
            assert fast.week == full.week
            assert fast.today_items == full.today_items
            assert fast.unsigned == full.unsigned
            assert fast.late_agreements == full.late_agreements
            assert fast.hidden == full.hidden
            assert fast.teams == tuple(teams)
    finally:
        db.close()


def test_the_edge_cases_are_in_the_data(company: Path) -> None:
    """The comparison above is only worth something when the edge cases are on screen."""
    fast = read_first_screen(company, limit=1000)
    assert fast is not None
    names = {item.employee for item in fast.week}
    assert "Łukasz Wiśniewski" in names
    assert any(item.moved and item.status == "planned" for item in fast.week)
    assert fast.year_counts.cancelled > 0 and fast.year_counts.moved > 0
    late = {a.employee for a in fast.late_agreements}
    assert "Anouk van Vertrek" in late  # under notice: still in service
    assert "<b>& Uit Dienst" not in late  # out of service
    to_sign = {u.employee for u in fast.unsigned}
    assert "Anouk van Vertrek" not in to_sign and "<b>& Uit Dienst" not in to_sign
    assert any("🦺" in a.text for a in fast.late_agreements)


def test_missed_talks_counted_alike(copy: Path) -> None:
    """A talk planned in an earlier month of this year and never held is missed."""
    con = sqlite3.connect(copy)
    with con:
        con.execute(
            "UPDATE conversation SET status = 'planned', held_on = NULL"
            " WHERE id IN (SELECT id FROM conversation WHERE status = 'held'"
            " AND scheduled_at >= strftime('%Y-01-01', 'now')"
            " AND scheduled_at < strftime('%Y-%m-01', 'now') LIMIT 3)"
        )
    con.close()
    db = Database(copy)
    try:
        fast = read_first_screen(copy, limit=LIMIT)
        full = overview.overview(db, limit=LIMIT)
    finally:
        db.close()
    assert fast is not None
    assert (fast.month_counts, fast.year_counts) == (full.month_counts, full.year_counts)
    if date_is_january():
        return  # no earlier month this year: nothing can be missed yet
    assert fast.year_counts.missed >= 3


def date_is_january() -> bool:
    from datetime import date

    return date.today().month == 1


def test_never_writes(copy: Path) -> None:
    before = copy.read_bytes()
    stamp = copy.stat().st_mtime_ns
    copy.chmod(0o400)  # a read-only file reads the same
    try:
        assert read_first_screen(copy) is not None
    finally:
        copy.chmod(0o600)
    assert copy.read_bytes() == before
    assert copy.stat().st_mtime_ns == stamp
    assert not Path(f"{copy}-journal").exists()


def test_another_schema_revision_is_left_to_the_full_path(copy: Path) -> None:
    for version in ("0006", "9999"):  # to migrate, and newer than this version
        con = sqlite3.connect(copy)
        with con:
            con.execute("UPDATE alembic_version SET version_num = ?", (version,))
        con.close()
        assert read_first_screen(copy) is None


def test_no_version_table_is_left_to_the_full_path(copy: Path) -> None:
    con = sqlite3.connect(copy)
    with con:
        con.execute("DROP TABLE alembic_version")
    con.close()
    assert read_first_screen(copy) is None


def test_a_crash_journal_is_left_to_the_full_path(copy: Path) -> None:
    Path(f"{copy}-journal").write_bytes(b"\0" * 512)
    assert read_first_screen(copy) is None


def test_damaged_missing_and_empty_files(copy: Path, tmp_path: Path) -> None:
    data = bytearray(copy.read_bytes())
    data[100:4096] = b"\xff" * (4096 - 100)  # the header and the schema page overwritten
    damaged = tmp_path / "damaged.sqlite"
    damaged.write_bytes(bytes(data))
    assert read_first_screen(damaged) is None
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"not a database at all " * 100)
    assert read_first_screen(garbage) is None
    assert read_first_screen(tmp_path / "missing.sqlite") is None
    assert not (tmp_path / "missing.sqlite").exists()
    empty = tmp_path / "empty.sqlite"
    empty.touch()
    assert read_first_screen(empty) is None


def test_an_empty_database_shows_the_welcome_instead(db_path: Path) -> None:
    assert read_first_screen(db_path) is None


def test_a_busy_file_is_left_to_the_full_path(copy: Path) -> None:
    writer = sqlite3.connect(copy)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        assert read_first_screen(copy) is None
    finally:
        writer.rollback()
        writer.close()


def test_the_fast_path_loads_no_sqlalchemy(company: Path) -> None:
    """Reading and painting the first screen imports neither SQLAlchemy nor the services."""
    script = f"""
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from teamlead_app.ui.app import run_gui  # what __main__ imports to start the GUI
from teamlead_app.ui.first_look import take_first_look
from teamlead_app.ui.main_window import MainWindow
app = QApplication([])
window = MainWindow()
window.show()
lock, screen = take_first_look(Path({str(company)!r}))
assert lock is not None and screen is not None
window.show_first_screen(screen)
app.processEvents()
assert window.first_screen is not None and window.first_screen.isVisible()
loaded = sorted(m for m in sys.modules if m.split(".")[0] == "sqlalchemy" or ".services" in m)
print(loaded)
"""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    out = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, env=env, check=False
    )
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "[]"
