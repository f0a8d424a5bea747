"""Open a database file safely: check it, back it up, migrate it, in that order.

At start-up the revision is read with the plain `sqlite3` module so that Alembic (slow to
import) is only loaded when there is something to migrate.

A file is always opened read-write before it is judged: after a crash during a commit SQLite
left a rollback journal, and only a writable connection rolls it back; a read-only one fails
and a healthy file would be called damaged. The integrity check does not run on every start
(it reads the whole file): only after an unclean end (`thorough`, or a journal found), before
a migration, and on `check`; the GUI runs it in the background after a clean start.

Schema creation and every migration run inside one transaction (SQLite has transactional
DDL; pysqlite's own transaction handling is switched off so it cannot commit halfway): a kill
at any moment leaves either the old or the new schema.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from teamlead_app.config import DbPaths
from teamlead_app.data.sqlite_errors import storage_error_for
from teamlead_app.errors import DatabaseBusyError, StorageError
from teamlead_app.i18n import t
from teamlead_app.util.private import create_private_file, make_private_folder, tighten

log = logging.getLogger(__name__)

# The newest revision this app knows; a test keeps it equal to the Alembic head.
SCHEMA_HEAD = "0011"
KNOWN_REVISIONS = (
    "0001",
    "0002",
    "0003",
    "0004",
    "0005",
    "0006",
    "0007",
    "0008",
    "0009",
    "0010",
    "0011",
)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
BUSY_TIMEOUT_S = 5.0

# Tables that are SQLite's or Alembic's own, not the app's data.
_BOOKKEEPING = ("alembic_version", "sqlite_sequence")


def sqlite_file_uri(path: Path, mode: str) -> str:
    """A sqlite3 URI of the file; `%`, `?` and `#` in the path are encoded (they end or escape
    the file name in a URI: a folder `Team #2` was read as `Team `), everything else stays."""
    name = str(path).replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    return f"file:{name}?mode={mode}"


class NewerDatabaseError(StorageError):
    pass


class CorruptDatabaseError(StorageError):
    pass


class ReadOnlyDatabaseError(StorageError):
    pass


class HalfCreatedDatabaseError(StorageError):
    """An older version was stopped while creating the file, and the file holds data."""


def journal_path(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def has_hot_journal(path: Path) -> bool:
    """A rollback journal left by a process that died during a commit (DELETE journal mode
    removes it at every commit)."""
    journal = journal_path(path)
    try:
        return journal.stat().st_size > 0
    except OSError:
        return False


def connect(path: Path) -> sqlite3.Connection:
    """A connection that can roll back a hot journal: read-write when the file and its folder
    may be written, read-only otherwise. Never creates the file."""
    writable = os.access(path, os.W_OK) and os.access(path.parent, os.W_OK)
    return sqlite3.connect(
        sqlite_file_uri(path, "rw" if writable else "ro"), uri=True, timeout=BUSY_TIMEOUT_S
    )


def _unreadable(path: Path, exc: sqlite3.DatabaseError) -> StorageError:
    """Busy, read-only or I/O trouble is said as such; only the rest means not a database."""
    translated = storage_error_for(exc)
    if isinstance(translated, DatabaseBusyError):
        return translated
    if "readonly" in str(exc).lower():
        return ReadOnlyDatabaseError(
            t(
                f"{path.name} moet na een onderbreking worden hersteld, maar is alleen-lezen. "
                "Zet schrijfrechten aan en open het opnieuw.",
                f"{path.name} must be recovered after an interruption but is read-only. "
                "Allow writing and open it again.",
            )
        )
    if translated is not None and "i/o" in str(exc).lower():
        return translated
    return CorruptDatabaseError(
        t(
            f"{path.name} is geen leesbare database (beschadigd of een ander soort bestand).",
            f"{path.name} is not a readable database (damaged or another kind of file).",
        )
    )


@dataclass(frozen=True)
class FileState:
    revision: str | None
    tables: tuple[str, ...]  # every table except SQLite's and Alembic's bookkeeping
    has_rows: bool


def inspect_file(path: Path) -> FileState:
    """Revision, tables and whether any table holds a row; rolls back a hot journal first."""
    if not path.exists() or path.stat().st_size == 0:
        return FileState(None, (), False)
    try:
        con = connect(path)
        try:
            names = [
                str(row[0])
                for row in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
            ]
            revision = None
            if "alembic_version" in names:
                row = con.execute("SELECT version_num FROM alembic_version").fetchone()
                revision = str(row[0]) if row else None
            tables = tuple(n for n in names if n not in _BOOKKEEPING)
            has_rows = revision is None and any(
                con.execute(f'SELECT EXISTS (SELECT 1 FROM "{name}")').fetchone()[0]
                for name in tables
            )
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise _unreadable(path, exc) from exc
    return FileState(revision, tables, has_rows)


def read_revision(path: Path) -> str | None:
    """The Alembic revision of the file, None for a new or empty file (or one whose creation
    was interrupted)."""
    state = inspect_file(path)
    if state.revision is None and state.tables and not _only_app_tables(state.tables):
        raise CorruptDatabaseError(
            t(
                f"{path.name} is geen database van deze app.",
                f"{path.name} is not a database of this app.",
            )
        )
    return state.revision


def _only_app_tables(tables: Sequence[str]) -> bool:
    from teamlead_app.data.models import Base  # only for an unusual file: start-up time

    ours = set(Base.metadata.tables)
    return all(name in ours or name.startswith("_alembic_tmp_") for name in tables)


def quick_check(path: Path) -> None:
    """SQLite's quick integrity check; raises CorruptDatabaseError with the first problem."""
    _check(path, "quick_check")


def integrity_check(path: Path) -> None:
    """SQLite's full integrity check (also compares every index with its table)."""
    _check(path, "integrity_check")


def _check(path: Path, pragma: str) -> None:
    try:
        con = connect(path)
        try:
            result = str(con.execute(f"PRAGMA {pragma}").fetchone()[0])
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        error = _unreadable(path, exc)
        if isinstance(error, CorruptDatabaseError):
            error = CorruptDatabaseError(
                t(f"{path.name} is beschadigd.", f"{path.name} is damaged.")
            )
        raise error from exc
    if result != "ok":
        log.warning("%s failed on the database", pragma)
        raise CorruptDatabaseError(
            t(f"{path.name} is beschadigd: {result}", f"{path.name} is damaged: {result}")
        )


def backup_file(
    path: Path,
    target: Path | None = None,
    label: str = "backup",
    *,
    progress: Callable[[int, int, int], object] | None = None,
) -> Path:
    """A consistent copy with SQLite's backup API (safe even while the file is open), written
    to `<target>.tmp`, checked with integrity_check and only then renamed into place. A
    damaged source raises CorruptDatabaseError; a failed copy leaves no .tmp behind (a killed
    one is cleaned by services.backups at the next run)."""
    paths = DbPaths(path)
    if target is None:
        make_private_folder(paths.backups)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = paths.backups / f"{path.stem}-{label}-{stamp}.sqlite"
    tmp = target.with_name(target.name + ".tmp")
    try:
        _verified_copy(path, tmp, progress)
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        tmp.with_name(tmp.name + "-journal").unlink(missing_ok=True)
        raise
    return target


def _verified_copy(
    path: Path, tmp: Path, progress: Callable[[int, int, int], object] | None
) -> None:
    tmp.unlink(missing_ok=True)
    create_private_file(tmp)
    try:
        # Read-write (never created): SQLite rolls a hot journal back before copying.
        src = connect(path)
        try:
            dst = sqlite3.connect(tmp)
            try:
                src.backup(dst, pages=64, progress=progress)
                result = [str(row[0]) for row in dst.execute("PRAGMA integrity_check")]
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(
            t(
                f"Geen back-up gemaakt: {path.name} is beschadigd of niet leesbaar ({exc}).",
                f"No backup made: {path.name} is damaged or unreadable ({exc}).",
            )
        ) from exc
    if result != ["ok"]:
        raise CorruptDatabaseError(
            t(
                f"Geen back-up gemaakt: {path.name} is beschadigd ({result[0]}).",
                f"No backup made: {path.name} is damaged ({result[0]}).",
            )
        )
    with open(tmp, "rb+") as handle:  # on disk before the rename makes it count
        os.fsync(handle.fileno())


def _check_writable(path: Path) -> None:
    folder = path.parent
    if path.exists() and not os.access(path, os.W_OK):
        raise ReadOnlyDatabaseError(
            t(
                f"{path.name} is alleen-lezen. Kies een ander bestand of zet schrijfrechten aan.",
                f"{path.name} is read-only. Choose another file or allow writing.",
            )
        )
    if not os.access(folder, os.W_OK):
        raise ReadOnlyDatabaseError(
            t(
                f"In de map {folder} mag niet geschreven worden.",
                f"The folder {folder} cannot be written to.",
            )
        )


def newer_message(path: Path, revision: str) -> str:
    return t(
        f"{path.name} is gemaakt met een nieuwere versie van de app (schema {revision}). "
        "Werk de app bij of open een ander bestand.",
        f"{path.name} was made by a newer version of the app (schema {revision}). "
        "Update the app or open another file.",
    )


def prepare(path: Path, thorough: bool = False) -> str:
    """Make `path` ready to open: create the folder, check, back up and migrate.
    `thorough`: the previous session did not end cleanly, so check the whole file.
    Returns what happened: "created", "upgraded", "recreated" or "current"."""
    try:
        make_private_folder(path.parent)
    except OSError as exc:
        raise StorageError(
            t(
                f"De map {path.parent} kan niet worden gemaakt: {exc.strerror}",
                f"The folder {path.parent} cannot be created: {exc.strerror}",
            )
        ) from exc
    _check_writable(path)
    if not create_private_file(path):
        tighten(path)
    thorough = thorough or has_hot_journal(path)
    state = inspect_file(path)  # read-write: a hot journal is rolled back here
    revision = state.revision
    if revision == SCHEMA_HEAD:
        if thorough:
            log.info("previous session ended uncleanly: checking the file")
            quick_check(path)
        return "current"
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerDatabaseError(newer_message(path, revision))
    if revision is not None:
        quick_check(path)
        saved = backup_file(path, label=f"voor-migratie-{revision}")
        log.info("backed up before migration to %s", saved.name)
        upgrade(path)
        return "upgraded"
    if not state.tables:
        upgrade(path)
        return "created"
    return _recreate_half_created(path, state)


def _recreate_half_created(path: Path, state: FileState) -> str:
    """A file whose creation was interrupted (by an older version, which did not create the
    schema in one transaction): recreated when it holds no data, refused when it does."""
    if not _only_app_tables(state.tables):
        raise CorruptDatabaseError(
            t(
                f"{path.name} is geen database van deze app.",
                f"{path.name} is not a database of this app.",
            )
        )
    if state.has_rows:
        raise HalfCreatedDatabaseError(
            t(
                f"{path.name} is onvolledig aangemaakt maar bevat wel gegevens; het is niet "
                "gewijzigd. Open een back-up of kies een ander bestand.",
                f"{path.name} was not completely created but does hold data; it has not been "
                "changed. Open a backup or choose another file.",
            )
        )
    quick_check(path)
    log.warning("half-created database without data: creating it again")
    upgrade(path, drop_tables=state.tables)
    return "recreated"


def recreated_message(path: Path) -> str:
    return t(
        f"{path.name} was bij een eerdere start maar half aangemaakt en bevatte nog geen "
        "gegevens. Het bestand is opnieuw aangemaakt.",
        f"{path.name} was only half created during an earlier start and held no data yet. "
        "The file has been created again.",
    )


def _migration_engine(path: Path) -> Any:
    """An engine whose transactions are real: pysqlite's own transaction handling is off
    (it would run DDL outside any transaction) and BEGIN IMMEDIATE is ours."""
    from sqlalchemy import create_engine, event

    from teamlead_app.data.db import sqlite_url, translate_error

    engine = create_engine(sqlite_url(path), hide_parameters=True)

    def on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        for pragma in (
            f"PRAGMA busy_timeout={int(BUSY_TIMEOUT_S * 1000)}",
            # OFF: a batch table copy with cascades on would silently delete child rows.
            "PRAGMA foreign_keys=OFF",
            "PRAGMA journal_mode=DELETE",
            "PRAGMA synchronous=FULL",
        ):
            dbapi_connection.execute(pragma)

    def on_begin(connection: Any) -> None:
        connection.exec_driver_sql("BEGIN IMMEDIATE")

    event.listen(engine, "connect", on_connect)
    event.listen(engine, "begin", on_begin)
    event.listen(engine, "handle_error", translate_error)
    return engine


def upgrade(
    path: Path, script_location: Path | None = None, drop_tables: Sequence[str] = ()
) -> None:
    """Run Alembic to head in one transaction with foreign keys OFF, check the foreign keys
    before committing; `drop_tables` are dropped first, in the same transaction."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import text

    if not path.exists():
        create_private_file(path)
    engine = _migration_engine(path)
    try:
        with engine.connect() as connection, connection.begin():
            for name in drop_tables:
                connection.exec_driver_sql(f'DROP TABLE IF EXISTS "{name}"')
            config = Config()
            # ConfigParser interpolation: a % in the install folder must be doubled.
            config.set_main_option(
                "script_location", str(script_location or MIGRATIONS_DIR).replace("%", "%%")
            )
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if problems:
                raise CorruptDatabaseError(
                    t(
                        f"Na het bijwerken kloppen {len(problems)} verwijzingen niet.",
                        f"After the upgrade {len(problems)} references are broken.",
                    )
                )
    finally:
        engine.dispose()


def read_setting_fast(path: Path, key: str) -> str | None:
    """One setting's raw JSON value with plain sqlite3 (start-up must not wait for SQLAlchemy).
    None when the file, the table or the key is not there."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(sqlite_file_uri(path, "ro"), uri=True)
        try:
            row = con.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else None
