"""Automatic, verified and thinned backups, and restoring one.

- A backup is made with SQLite's backup API into `<name>.tmp`, checked with integrity_check
  on the copy, and only then renamed into place (data/migrate.backup_file). A damaged
  database raises CorruptDatabaseError: it is never "backed up" with a success message. A
  `.tmp` left by a killed backup is removed at the next run.
- Automatically at start (when the file changed since the last backup, at most once a day)
  and on close (when it changed), in `backups/` beside the database; thinned to the newest
  of each of the last 7 days, 4 weeks and 6 months (`thin`). Backups made by hand, before a
  migration or before a restore are not thinned (the retention still removes them).
- An optional second folder (setting `backup_folder`: a USB stick, a network share) gets a
  copy too; when it cannot be reached that is a warning, not a failure.
- Privacy (domain §5.1): deleting a person (services.retention) removes every backup made
  before the deletion and makes a fresh one; the second folder is cleaned of them at the next
  backup that reaches it (the moment is kept in the setting `backups_purged_at`).
- Restoring one lives in services.restore.
"""

from __future__ import annotations

import json
import logging
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from teamlead_app.config import DbPaths
from teamlead_app.data import migrate
from teamlead_app.data.context import ServiceContext
from teamlead_app.errors import StorageError
from teamlead_app.i18n import t
from teamlead_app.util.files import os_reason
from teamlead_app.util.private import make_private_folder

log = logging.getLogger(__name__)

AUTO = "auto"
MANUAL = "handmatig"
BEFORE_RESTORE = "voor-herstel"
KEEP_DAILY, KEEP_WEEKLY, KEEP_MONTHLY = 7, 4, 6
PURGED_AT_KEY = "backups_purged_at"
FOLDER_KEY = "backup_folder"
# <stem>-<label>-YYYYMMDD-HHMMSS.sqlite, as data/migrate.backup_file names them; the stem
# (the database's name) may itself hold dashes, so the label is read from the end.
_NAME = re.compile(r"^(?P<rest>.+)-(?P<stamp>\d{8}-\d{6})\.sqlite$")
_LABEL = re.compile(r"-(?P<label>auto|handmatig|voor-herstel|voor-migratie-[0-9a-z]+|backup)$")


@dataclass(frozen=True)
class BackupResult:
    path: Path
    copy: Path | None  # in the second folder
    warning: str  # "" or why the second folder got no copy
    thinned: tuple[Path, ...]


@dataclass(frozen=True)
class Counts:
    people: int
    conversations: int


@dataclass(frozen=True)
class BackupInfo:
    path: Path
    made_at: datetime
    label: str
    counts: Counts | None  # None: the file cannot be read


# --- names and dates --------------------------------------------------------------------


def made_at(path: Path) -> datetime | None:
    """When a backup was made, from the stamp in its name; None for another file."""
    found = _NAME.match(path.name)
    if found is None:
        return None
    try:
        return datetime.strptime(found["stamp"], "%Y%m%d-%H%M%S")
    except ValueError:
        return None


def _label(path: Path) -> str:
    found = _NAME.match(path.name)
    label = _LABEL.search(found["rest"]) if found else None
    return label["label"] if label else ""


def _belongs(path: Path, stem: str) -> bool:
    """Whether a backup file is one of the database called `stem`: other databases may keep
    their backups in the same folder (two files in Documents, a shared second folder) and
    their backups are never listed, thinned or removed for this one."""
    found = _NAME.match(path.name)
    if found is None:
        return False
    label = _label(path)
    rest = found["rest"]
    return bool(label) and rest[: -len(label) - 1] == stem


def _stamped(folder: Path, stem: str) -> list[tuple[datetime, Path]]:
    """The backups of the database `stem` in `folder`, newest first."""
    if not folder.is_dir():
        return []
    found = [(made_at(p), p) for p in folder.glob("*.sqlite") if _belongs(p, stem)]
    return sorted(((when, p) for when, p in found if when is not None), reverse=True)


def thin(dates: Iterable[datetime]) -> set[datetime]:
    """The backups to keep: the newest of each of the last 7 days, 4 ISO weeks and 6 months
    that have a backup. Pure: a date in, a decision out."""
    newest_first = sorted(set(dates), reverse=True)
    keep: set[datetime] = set()
    rules: tuple[tuple[int, object], ...] = (
        (KEEP_DAILY, lambda d: d.date()),
        (KEEP_WEEKLY, lambda d: d.isocalendar()[:2]),
        (KEEP_MONTHLY, lambda d: (d.year, d.month)),
    )
    for count, period in rules:
        seen: list[object] = []
        for when in newest_first:
            key = period(when)  # type: ignore[operator]
            if key in seen:
                continue
            if len(seen) == count:
                break
            seen.append(key)
            keep.add(when)
    return keep


# --- making backups ---------------------------------------------------------------------


def _setting(path: Path, key: str) -> str:
    raw = migrate.read_setting_fast(path, key)
    try:
        value = json.loads(raw) if raw else ""
    except ValueError:
        return ""
    return value if isinstance(value, str) else ""


def second_folder(path: Path) -> Path | None:
    folder = _setting(path, FOLDER_KEY).strip()
    return Path(folder) if folder else None


def _clean_tmp(folder: Path) -> None:
    """Remove what a killed backup left: `*.sqlite.tmp` and its `-journal`."""
    if folder.is_dir():
        for stale in (*folder.glob("*.sqlite.tmp"), *folder.glob("*.sqlite.tmp-journal")):
            stale.unlink(missing_ok=True)
            log.info("removed an unfinished backup %s", stale.name)


def _thin_folder(folder: Path, stem: str) -> list[Path]:
    found = [(w, p) for w, p in _stamped(folder, stem) if _label(p) == AUTO]
    keep = thin(w for w, _p in found)
    removed = [p for w, p in found if w not in keep]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def _purge_before(folder: Path, stem: str, cutoff: datetime | None) -> list[Path]:
    """Remove backups made before a person was deleted (see module doc)."""
    if cutoff is None:
        return []
    removed = [p for w, p in _stamped(folder, stem) if w < cutoff]
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def purged_at(path: Path) -> datetime | None:
    text = _setting(path, PURGED_AT_KEY)
    try:
        return datetime.fromisoformat(text) if text else None
    except ValueError:
        return None


def _target(folder: Path, db_path: Path, label: str, when: datetime) -> Path:
    target = folder / f"{db_path.stem}-{label}-{when:%Y%m%d-%H%M%S}.sqlite"
    bump = 0
    while target.exists():  # two in one second: the next free second
        bump += 1
        later = datetime.fromtimestamp(when.timestamp() + bump)
        target = folder / f"{db_path.stem}-{label}-{later:%Y%m%d-%H%M%S}.sqlite"
    return target


def _copy_to_second(source: Path, db_path: Path, folder: Path) -> tuple[Path | None, str]:
    if not folder.is_dir():
        return None, t(
            f"De tweede back-upmap {folder} is niet bereikbaar; de back-up staat alleen in "
            f"{source.parent}.",
            f"The second backup folder {folder} cannot be reached; the backup is only in "
            f"{source.parent}.",
        )
    try:
        _clean_tmp(folder)
        _purge_before(folder, db_path.stem, purged_at(db_path))
        copy = migrate.backup_file(source, folder / source.name)
        _thin_folder(folder, db_path.stem)
    except (OSError, sqlite3.Error, StorageError) as exc:
        log.warning("second backup folder failed: %s", type(exc).__name__)
        return None, t(
            f"In de tweede back-upmap {folder} kon geen kopie worden gezet; de back-up staat "
            f"alleen in {source.parent}.",
            f"No copy could be put in the second backup folder {folder}; the backup is only "
            f"in {source.parent}.",
        )
    return copy, ""


def make_backup(db_path: Path, label: str = MANUAL, now: datetime | None = None) -> BackupResult:
    """A verified backup in `backups/`, a copy in the second folder when set, then thinning.
    CorruptDatabaseError for a damaged database (nothing is written), StorageError when the
    backups folder cannot be written."""
    if not db_path.exists():
        raise StorageError(t(f"{db_path} bestaat niet.", f"{db_path} does not exist."))
    folder = DbPaths(db_path).backups
    when = (now or datetime.now()).replace(microsecond=0)
    try:
        make_private_folder(folder)  # personnel data: readable by the user only
        _clean_tmp(folder)
        path = migrate.backup_file(db_path, _target(folder, db_path, label, when))
        thinned = _thin_folder(folder, db_path.stem)
    except OSError as exc:
        raise StorageError(
            t(
                f"Back-up kon niet worden geschreven: {os_reason(exc)}",
                f"The backup could not be written: {os_reason(exc)}",
            )
        ) from exc
    log.info("backup made: %s", path.name)
    second = second_folder(db_path)
    copy, warning = _copy_to_second(path, db_path, second) if second else (None, "")
    return BackupResult(path, copy, warning, tuple(thinned))


def needs_backup(db_path: Path, *, daily: bool, now: datetime | None = None) -> bool:
    """True when the database changed since the newest backup (and, with `daily`, that
    backup is not from today)."""
    found = _stamped(DbPaths(db_path).backups, db_path.stem)
    if not db_path.exists():
        return False
    if not found:
        return True
    newest_at, newest = found[0]
    if daily and newest_at.date() == (now or datetime.now()).date():
        return False
    return db_path.stat().st_mtime > newest.stat().st_mtime


def auto_backup(db_path: Path, *, daily: bool) -> BackupResult | None:
    """The backup at start (`daily=True`) or on close: only when needed."""
    if not needs_backup(db_path, daily=daily):
        return None
    return make_backup(db_path, AUTO)


def refuse_live_file(db_path: Path, out: Path) -> None:
    """`backup --out` must never write over the database or the files that belong to it."""
    live = db_path.resolve()
    own = {live, *(live.with_name(live.name + s) for s in ("-journal", "-wal", "-shm", ".lock"))}
    if out.resolve() in own:
        raise StorageError(
            t(
                f"{out} is het databasebestand zelf (of hoort erbij); kies een andere naam "
                "voor de back-up.",
                f"{out} is the database file itself (or belongs to it); choose another name "
                "for the backup.",
            )
        )


def backup_to(db_path: Path, out: Path) -> Path:
    """`teamlead-app backup --out FILE`: a verified copy to a chosen file."""
    refuse_live_file(db_path, out)
    if not db_path.exists():
        raise StorageError(t(f"{db_path} bestaat niet.", f"{db_path} does not exist."))
    if out.is_dir():
        raise StorageError(t(f"{out} is een map.", f"{out} is a folder."))
    folder = out.parent if str(out.parent) else Path(".")
    if not folder.is_dir():
        raise StorageError(
            t(f"De map {folder} bestaat niet.", f"The folder {folder} does not exist.")
        )
    try:
        return migrate.backup_file(db_path, out)
    except OSError as exc:
        raise StorageError(
            t(
                f"Back-up kon niet worden geschreven: {os_reason(exc)}",
                f"The backup could not be written: {os_reason(exc)}",
            )
        ) from exc


# --- after a deletion -------------------------------------------------------------------


def purge_after_deletion(ctx: ServiceContext, now: datetime | None = None) -> list[Path]:
    """Remove every backup made before a deletion (beside the database, and in the second
    folder when it can be reached; otherwise at the next backup that reaches it), then make a
    fresh verified backup. Returns the removed files."""
    when = (now or datetime.now()).replace(microsecond=0)
    set_purged_at(ctx, when)
    if ctx.is_server:  # no backup files of ours: the server's backups are the administrator's
        return []
    removed: list[Path] = []
    for folder in (DbPaths(ctx.path).backups, second_folder(ctx.path)):
        if folder is None or not folder.is_dir():
            continue
        _clean_tmp(folder)
        for _when, path in _stamped(folder, ctx.path.stem):
            path.unlink(missing_ok=True)
            removed.append(path)
    try:
        make_backup(ctx.path, AUTO)
    except StorageError as exc:  # the deletion stands; the next start tries again
        log.warning("no backup after the deletion: %s", type(exc).__name__)
    return removed


def set_purged_at(ctx: ServiceContext, when: datetime) -> None:
    from teamlead_app.data.models import Setting

    with ctx.sessions.begin() as session:
        row = session.get(Setting, PURGED_AT_KEY)
        if row is None:
            session.add(Setting(key=PURGED_AT_KEY, value=json.dumps(when.isoformat())))
        else:
            row.value = json.dumps(when.isoformat())


# --- reading and restoring --------------------------------------------------------------


def read_counts(path: Path) -> Counts:
    """People and conversations in a database or backup file (read-only)."""
    con = sqlite3.connect(migrate.sqlite_file_uri(path, "ro"), uri=True)
    try:
        people = con.execute("SELECT count(*) FROM employee").fetchone()[0]
        talks = con.execute("SELECT count(*) FROM conversation").fetchone()[0]
    finally:
        con.close()
    return Counts(int(people), int(talks))


def counts_text(counts: Counts) -> str:
    """ "1 medewerker, 12 gesprekken" in the current language."""
    people = counts.people
    talks = counts.conversations
    return t(
        f"{people} {'medewerker' if people == 1 else 'medewerkers'}, "
        f"{talks} {'gesprek' if talks == 1 else 'gesprekken'}",
        f"{people} {'employee' if people == 1 else 'employees'}, "
        f"{talks} {'conversation' if talks == 1 else 'conversations'}",
    )


def _info(path: Path, when: datetime) -> BackupInfo:
    try:
        counts: Counts | None = read_counts(path)
    except sqlite3.Error:
        counts = None
    return BackupInfo(path, when, _label(path), counts)


def list_backups(db_path: Path) -> list[BackupInfo]:
    """The backups beside the database, newest first, with what each holds."""
    return [_info(p, when) for when, p in _stamped(DbPaths(db_path).backups, db_path.stem)]
