"""Backups: verified before they count, thinned to 7 daily / 4 weekly / 6 monthly, a second
folder that may be missing, no .tmp left by a killed backup, never over the live file; and
restoring one (round trip, checks, counts before and after, logged without names)."""

from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest

from teamlead_app.config import DbPaths
from teamlead_app.data import migrate
from teamlead_app.data.context import ServiceContext
from teamlead_app.data.db import Database
from teamlead_app.data.migrate import CorruptDatabaseError, NewerDatabaseError
from teamlead_app.data.models import Setting
from teamlead_app.errors import StorageError
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.storage import backups, restore
from teamlead_app.services.storage.export_log import list_export_log

FIXTURE_0001 = Path(__file__).parents[1] / "data" / "fixtures" / "schema_0001.sqlite"


def _add(ctx: ServiceContext, first: str, last: str = "Wiśniewski") -> int:
    return people.save_employee(ctx, EmployeeDraft(first_name=first, last_name=last))


def _files(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir()) if folder.is_dir() else []


def _set_second_folder(ctx: ServiceContext, folder: Path) -> None:
    with ctx.sessions.begin() as session:
        session.merge(Setting(key=backups.FOLDER_KEY, value=json.dumps(str(folder))))


# --- thinning (pure) --------------------------------------------------------------------


def test_thinning_keeps_7_daily_4_weekly_6_monthly() -> None:
    now = datetime(2026, 12, 7, 18, 0)  # a Monday
    # Two backups a day (at start and on close) for a year.
    made = [now - timedelta(days=d, hours=h) for d in range(365) for h in (0, 8)]
    days = [
        *((2026, 12, d) for d in range(1, 8)),  # the last 7 days
        (2026, 11, 29),  # Sunday: the newest of the week before
        (2026, 11, 22),  # and of the week before that
        *((2026, 11, 30), (2026, 10, 31), (2026, 9, 30), (2026, 8, 31), (2026, 7, 31)),
    ]
    assert backups.thin(made) == {datetime(*day, 18, 0) for day in days}


def test_thinning_a_few_backups_keeps_them_all() -> None:
    made = [datetime(2026, 1, 1, 9), datetime(2026, 3, 5, 9), datetime(2026, 3, 5, 17)]
    assert backups.thin(made) == {datetime(2026, 1, 1, 9), datetime(2026, 3, 5, 17)}
    assert backups.thin([]) == set()


# --- making backups ---------------------------------------------------------------------


def test_a_backup_is_checked_and_holds_the_data(ctx: ServiceContext, db_path: Path) -> None:
    _add(ctx, "Łukasz")
    result = backups.make_backup(db_path)
    assert result.path.parent == DbPaths(db_path).backups
    assert backups.read_counts(result.path) == backups.Counts(1, 0)
    con = sqlite3.connect(result.path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()
    assert (result.copy, result.warning) == (None, "")
    assert [i.path for i in backups.list_backups(db_path)] == [result.path]


def test_backups_are_thinned_as_they_are_made(ctx: ServiceContext, db_path: Path) -> None:
    start = datetime(2026, 1, 1, 17, 0)
    for day in range(60):
        backups.make_backup(db_path, backups.AUTO, start + timedelta(days=day))
    kept = {i.made_at for i in backups.list_backups(db_path)}
    assert kept == backups.thin(start + timedelta(days=d) for d in range(60))
    assert len(kept) < 60


def test_only_automatic_backups_are_thinned(db_path: Path) -> None:
    folder = DbPaths(db_path).backups
    folder.mkdir()
    old = folder / "teamlead-voor-migratie-0001-20250101-120000.sqlite"
    shutil.copy(db_path, old)
    by_hand = backups.make_backup(db_path, backups.MANUAL, datetime(2025, 2, 1, 8, 0)).path
    for day in range(20):
        backups.make_backup(db_path, backups.AUTO, datetime(2025, 2, 1) + timedelta(days=day))
    assert old.exists() and by_hand.exists()


def _damage(path: Path) -> None:
    """Garbage over a data page: the header reads, integrity_check fails."""
    data = bytearray(path.read_bytes())
    page = 4096
    assert len(data) > 6 * page
    data[4 * page : 6 * page] = os.urandom(2 * page)
    path.write_bytes(bytes(data))


def test_a_damaged_database_is_never_counted_as_a_backup(
    ctx: ServiceContext, db_path: Path
) -> None:
    for n in range(300):
        _add(ctx, f"Persoon{n:03d}", "Achternaam" * 5)
    ctx.close()
    _damage(db_path)
    with pytest.raises(CorruptDatabaseError, match="Geen back-up gemaakt"):
        backups.make_backup(db_path)
    assert _files(DbPaths(db_path).backups) == []  # no backup, no .tmp


def test_a_stale_tmp_from_a_killed_backup_is_removed(db_path: Path) -> None:
    folder = DbPaths(db_path).backups
    folder.mkdir()
    stale = folder / "teamlead-auto-20261201-120000.sqlite.tmp"
    stale.write_bytes(b"half")
    result = backups.make_backup(db_path)
    assert _files(folder) == [result.path.name]


KILLED_BACKUP = """
import sys, time
from pathlib import Path
from teamlead_app.data import migrate
migrate.backup_file(Path(sys.argv[1]), Path(sys.argv[2]), progress=lambda *a: time.sleep(0.2))
"""


def test_a_killed_backup_leaves_no_tmp_after_the_next_run(
    ctx: ServiceContext, db_path: Path
) -> None:
    for n in range(300):
        _add(ctx, f"Persoon{n:03d}", "Achternaam" * 5)
    folder = DbPaths(db_path).backups
    folder.mkdir()
    target = folder / "teamlead-auto-20261201-120000.sqlite"
    tmp = target.with_name(target.name + ".tmp")
    child = subprocess.Popen([sys.executable, "-c", KILLED_BACKUP, str(db_path), str(target)])
    try:
        deadline = time.monotonic() + 20
        while not tmp.exists() and time.monotonic() < deadline:
            time.sleep(0.05)
        assert tmp.exists()
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert not target.exists()  # never renamed into place: it does not count
    result = backups.make_backup(db_path)
    assert _files(folder) == [result.path.name]


def test_the_second_folder_gets_a_copy(ctx: ServiceContext, db_path: Path, tmp_path: Path) -> None:
    usb = tmp_path / "usb"
    usb.mkdir()
    _set_second_folder(ctx, usb)
    result = backups.make_backup(db_path)
    assert result.copy == usb / result.path.name
    assert result.warning == ""
    assert backups.read_counts(result.copy) == backups.read_counts(result.path)


def test_an_unreachable_second_folder_is_a_warning(
    ctx: ServiceContext, db_path: Path, tmp_path: Path
) -> None:
    _set_second_folder(ctx, tmp_path / "usb-stick-not-in")
    result = backups.make_backup(db_path)
    assert result.path.exists() and result.copy is None
    assert "niet bereikbaar" in result.warning
    assert not (tmp_path / "usb-stick-not-in").exists()  # never created


def test_backup_out_refuses_the_live_file(db_path: Path) -> None:
    before = db_path.read_bytes()
    for out in (db_path, db_path.with_name(db_path.name + "-journal"), DbPaths(db_path).lock):
        with pytest.raises(StorageError, match="het databasebestand zelf"):
            backups.backup_to(db_path, out)
    with pytest.raises(StorageError, match="het databasebestand zelf"):
        backups.backup_to(db_path, db_path.parent / "." / db_path.name)
    assert db_path.read_bytes() == before


def test_a_backup_is_needed_when_changed_and_at_most_daily(
    ctx: ServiceContext, db_path: Path
) -> None:
    assert backups.needs_backup(db_path, daily=True)
    assert backups.auto_backup(db_path, daily=True) is not None
    assert not backups.needs_backup(db_path, daily=False)  # unchanged
    assert backups.auto_backup(db_path, daily=False) is None
    time.sleep(0.01)
    _add(ctx, "Nieuw")
    later = time.time() + 5
    os.utime(db_path, (later, later))
    assert backups.needs_backup(db_path, daily=False)  # on close: changed
    assert not backups.needs_backup(db_path, daily=True)  # at start: one today already
    tomorrow = datetime.now() + timedelta(days=1)
    assert backups.needs_backup(db_path, daily=True, now=tomorrow)


# --- restore ----------------------------------------------------------------------------


def test_restore_round_trip(ctx: ServiceContext, db_path: Path) -> None:
    _add(ctx, "Łukasz")
    saved = backups.make_backup(db_path).path
    _add(ctx, "Later", "Toegevoegd")
    ctx.close()
    report = restore.restore_backup(db_path, saved)
    assert (report.before, report.after) == (backups.Counts(2, 0), backups.Counts(1, 0))
    assert not report.migrated
    reopened = Database(db_path)
    try:
        assert [p.full_name for p in people.list_employees(reopened)] == ["Łukasz Wiśniewski"]
        [entry] = list_export_log(reopened)
        assert (entry.action, entry.file_name) == ("restore", ".sqlite")  # the kind of file only
        assert entry.scope == "people/conversations=2/0->1/0"
        assert "Łukasz" not in entry.scope + entry.file_name
    finally:
        reopened.close()
    # The file that was replaced is kept aside as a verified backup, with the later person.
    assert report.kept_aside is not None and "voor-herstel" in report.kept_aside.name
    assert backups.read_counts(report.kept_aside) == backups.Counts(2, 0)
    assert not list(db_path.parent.glob("*.tmp"))


def test_restoring_an_older_schema_upgrades_it(db_path: Path, tmp_path: Path) -> None:
    old = tmp_path / "oud.sqlite"
    shutil.copy(FIXTURE_0001, old)
    report = restore.restore_backup(db_path, old)
    assert report.migrated
    assert migrate.read_revision(db_path) == migrate.SCHEMA_HEAD
    assert migrate.read_revision(old) == "0001"  # the chosen file itself is not touched
    assert report.after == backups.Counts(1, 1)


def test_a_newer_or_damaged_backup_is_refused_and_nothing_changes(
    ctx: ServiceContext, db_path: Path, tmp_path: Path
) -> None:
    for n in range(300):
        _add(ctx, f"Persoon{n:03d}", "Achternaam" * 5)
    ctx.close()
    newer = tmp_path / "nieuwer.sqlite"
    shutil.copy(db_path, newer)
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    damaged = tmp_path / "kapot.sqlite"
    shutil.copy(db_path, damaged)
    _damage(damaged)
    before = db_path.read_bytes()
    with pytest.raises(NewerDatabaseError, match="nieuwere versie"):
        restore.restore_backup(db_path, newer)
    with pytest.raises(CorruptDatabaseError):
        restore.restore_backup(db_path, damaged)
    with pytest.raises(StorageError, match="databasebestand zelf"):
        restore.restore_backup(db_path, db_path)
    assert db_path.read_bytes() == before
    assert not list(db_path.parent.glob("*.tmp"))
    assert _files(DbPaths(db_path).backups) == []  # nothing kept aside: nothing replaced


def test_a_damaged_current_file_is_kept_aside_as_it_is(ctx: ServiceContext, db_path: Path) -> None:
    _add(ctx, "Eerst")
    saved = backups.make_backup(db_path).path
    for n in range(300):
        _add(ctx, f"Persoon{n:03d}", "Achternaam" * 5)
    ctx.close()
    _damage(db_path)
    report = restore.restore_backup(db_path, saved)
    assert report.kept_aside is not None and report.kept_aside.suffix == ".damaged"
    assert report.after == backups.Counts(1, 0)
    # A damaged file is not offered as a backup.
    assert [i.path for i in backups.list_backups(db_path)] == [saved]


def test_the_list_shows_date_and_counts_from_the_files(ctx: ServiceContext, db_path: Path) -> None:
    backups.make_backup(db_path, backups.AUTO, datetime(2026, 11, 1, 8, 0))
    _add(ctx, "Łukasz")
    backups.make_backup(db_path, backups.MANUAL, datetime(2026, 11, 2, 9, 30))
    listed = backups.list_backups(db_path)
    assert [(i.made_at, i.label, i.counts) for i in listed] == [
        (datetime(2026, 11, 2, 9, 30), "handmatig", backups.Counts(1, 0)),
        (datetime(2026, 11, 1, 8, 0), "auto", backups.Counts(0, 0)),
    ]
    assert date(2026, 11, 2) == listed[0].made_at.date()


def test_the_kind_is_read_from_the_name_even_with_dashes_in_the_database_name(
    tmp_path: Path, migrated_template: Path
) -> None:
    path = tmp_path / "team-noord-2026.sqlite"
    shutil.copy(migrated_template, path)
    backups.make_backup(path, backups.AUTO, datetime(2026, 11, 1, 8, 0))
    backups.make_backup(path, backups.MANUAL, datetime(2026, 11, 2, 8, 0))
    assert [i.label for i in backups.list_backups(path)] == ["handmatig", "auto"]


def test_the_moment_of_the_last_deletion_survives_a_restore(
    ctx: ServiceContext, db_path: Path, tmp_path: Path
) -> None:
    """Else a second folder that was away during a deletion would keep its old copies."""
    elsewhere = tmp_path / "usb-copy.sqlite"
    backups.backup_to(db_path, elsewhere)  # from before the deletion
    backups.purge_after_deletion(ctx, datetime(2026, 12, 1, 9, 0))
    ctx.close()
    restore.restore_backup(db_path, elsewhere)
    raw = migrate.read_setting_fast(db_path, backups.PURGED_AT_KEY)
    assert raw is not None and json.loads(raw) == "2026-12-01T09:00:00"


def test_two_databases_in_one_folder_keep_their_own_backups(
    tmp_path: Path, migrated_template: Path
) -> None:
    """A demo file and the real team beside it in Documents (or two teams, one a prefix of
    the other's name): one's list, thinning and deletion never touch the other's backups."""
    team, demo, team_a = (tmp_path / f"{n}.sqlite" for n in ("team", "demo", "team-a"))
    for path in (team, demo, team_a):
        shutil.copy(migrated_template, path)
    kept = backups.make_backup(team, backups.AUTO, datetime(2026, 11, 1, 8, 0)).path
    backups.make_backup(team_a, backups.MANUAL, datetime(2026, 11, 1, 9, 0))
    start = datetime(2026, 11, 2, 8, 0)
    for day in range(20):  # thinning the demo's many automatic backups
        backups.make_backup(demo, backups.AUTO, start + timedelta(days=day))
    assert [i.path for i in backups.list_backups(team)] == [kept]
    assert [i.label for i in backups.list_backups(team_a)] == ["handmatig"]
    assert all(i.path.name.startswith("demo-") for i in backups.list_backups(demo))
    assert not backups.needs_backup(team, daily=False)  # the demo's newer one is not the team's
    database = Database(demo)
    try:
        removed = backups.purge_after_deletion(database, datetime(2026, 12, 1, 9, 0))
    finally:
        database.close()
    assert removed and all(p.name.startswith("demo-") for p in removed)
    assert kept.exists()
    assert [i.label for i in backups.list_backups(team_a)] == ["handmatig"]
