"""Putting a backup back (Settings, Back-ups, and `teamlead-app restore FILE`): the current
file is first kept aside as a verified backup ("voor-herstel"; a damaged one is kept as it
is), the chosen file is checked (integrity; a newer schema is refused, an older one is
migrated on a copy), then it replaces the database, and the counts of people and
conversations before and after are reported and written to the export log (no names)."""

from __future__ import annotations

import logging
import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from teamlead_app.config import DbPaths
from teamlead_app.data import migrate
from teamlead_app.data.context import context_for
from teamlead_app.data.db import Database
from teamlead_app.data.migrate import CorruptDatabaseError, NewerDatabaseError
from teamlead_app.errors import StorageError
from teamlead_app.i18n import t
from teamlead_app.services.storage.backups import (
    BEFORE_RESTORE,
    Counts,
    make_backup,
    purged_at,
    read_counts,
    set_purged_at,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class RestoreReport:
    source: Path
    kept_aside: Path | None
    before: Counts | None
    after: Counts
    migrated: bool


def _check_source(db_path: Path, source: Path) -> str:
    """The source's schema revision; StorageError when it cannot be restored."""
    if not source.is_file():
        raise StorageError(t(f"{source} bestaat niet.", f"{source} does not exist."))
    if not db_path.parent.is_dir():
        raise StorageError(
            t(
                f"De map {db_path.parent} bestaat niet.",
                f"The folder {db_path.parent} does not exist.",
            )
        )
    if source.resolve() == db_path.resolve():
        raise StorageError(
            t(
                "Dit is het databasebestand zelf; kies een back-up.",
                "This is the database file itself; choose a backup.",
            )
        )
    revision = migrate.read_revision(source)
    if revision is None:
        raise CorruptDatabaseError(
            t(
                f"{source.name} is geen back-up van deze app (leeg).",
                f"{source.name} is not a backup of this app (empty).",
            )
        )
    if revision not in migrate.KNOWN_REVISIONS:
        raise NewerDatabaseError(
            t(
                f"{source.name} is gemaakt met een nieuwere versie van de app (schema "
                f"{revision}); werk eerst de app bij.",
                f"{source.name} was made by a newer version of the app (schema {revision}); "
                "update the app first.",
            )
        )
    return revision


def _keep_aside(db_path: Path, now: datetime) -> Path | None:
    """The current file, as a verified backup; a damaged one is kept as it is, apart."""
    if not db_path.exists() or db_path.stat().st_size == 0:
        return None
    try:
        return make_backup(db_path, BEFORE_RESTORE, now).path
    except CorruptDatabaseError:
        folder = DbPaths(db_path).backups
        aside = folder / f"{db_path.stem}-beschadigd-{now:%Y%m%d-%H%M%S}.sqlite.damaged"
        shutil.copyfile(db_path, aside)
        return aside


def restore_backup(db_path: Path, source: Path, now: datetime | None = None) -> RestoreReport:
    """Replace the database by `source`. The caller has closed its connections (and holds
    the lock). Nothing changes when the source is refused."""
    revision = _check_source(db_path, source)
    when = (now or datetime.now()).replace(microsecond=0)
    staging = db_path.with_name(db_path.name + ".restore.tmp")
    try:
        migrate.backup_file(source, staging)  # a checked copy; the source is not touched
        if revision != migrate.SCHEMA_HEAD:
            migrate.upgrade(staging)
        migrate.quick_check(staging)
        try:
            before: Counts | None = read_counts(db_path) if db_path.exists() else None
        except sqlite3.Error:
            before = None
        purged = purged_at(db_path) if db_path.exists() else None
        kept = _keep_aside(db_path, when)
        os.replace(staging, db_path)
    finally:
        staging.unlink(missing_ok=True)
    db_path.with_name(db_path.name + "-journal").unlink(missing_ok=True)
    after = read_counts(db_path)
    _log_restore(db_path, source, before, after, purged)
    log.info("restored from %s", source.name)
    return RestoreReport(source, kept, before, after, revision != migrate.SCHEMA_HEAD)


def _log_restore(
    db_path: Path, source: Path, before: Counts | None, after: Counts, purged: datetime | None
) -> None:
    """In the export log of the restored file: counts and the backup's file name, no names.
    The moment of the last deletion carries over, so the second folder is still cleaned."""
    from teamlead_app.services.storage.export_log import log_export

    was = f"{before.people}/{before.conversations}" if before else "-"
    scope = f"people/conversations={was}->{after.people}/{after.conversations}"
    restored_purge = purged_at(db_path)
    ctx = context_for(Database(db_path))
    try:
        if purged is not None and (restored_purge is None or restored_purge < purged):
            set_purged_at(ctx, purged)
        log_export(ctx, "restore", scope, source.name)
    finally:
        ctx.close()
