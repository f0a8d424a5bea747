"""Open a database file safely: check it, back it up, migrate it, in that order.

At start-up the revision is read with the plain `sqlite3` module so that Alembic (slow to
import) is only loaded when there is something to migrate.
"""

from __future__ import annotations

import logging
import os
import sqlite3
from datetime import datetime
from pathlib import Path

from teamlead_app.config import DbPaths
from teamlead_app.errors import StorageError
from teamlead_app.i18n import t

log = logging.getLogger(__name__)

# The newest revision this app knows; a test keeps it equal to the Alembic head.
SCHEMA_HEAD = "0001"
KNOWN_REVISIONS = ("0001",)
MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"


def sqlite_readonly_uri(path: Path) -> str:
    """A read-only sqlite3 URI of the file; `%`, `?` and `#` in the path are encoded (they
    end or escape the file name in a URI: a folder `Team #2` was read as `Team `), everything
    else stays as it is."""
    name = str(path).replace("%", "%25").replace("?", "%3f").replace("#", "%23")
    return f"file:{name}?mode=ro"


class NewerDatabaseError(StorageError):
    pass


class CorruptDatabaseError(StorageError):
    pass


class ReadOnlyDatabaseError(StorageError):
    pass


def read_revision(path: Path) -> str | None:
    """The Alembic revision of the file, None for a new or empty file."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(sqlite_readonly_uri(path), uri=True)
        try:
            row = con.execute(
                "SELECT name FROM sqlite_master WHERE type='table' AND name='alembic_version'"
            ).fetchone()
            if row is None:
                tables = con.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
                if tables:
                    raise CorruptDatabaseError(
                        t(
                            f"{path.name} is geen database van deze app.",
                            f"{path.name} is not a database of this app.",
                        )
                    )
                return None
            version = con.execute("SELECT version_num FROM alembic_version").fetchone()
            return str(version[0]) if version else None
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(
            t(
                f"{path.name} is geen leesbare database (beschadigd of een ander soort bestand).",
                f"{path.name} is not a readable database (damaged or another kind of file).",
            )
        ) from exc


def quick_check(path: Path) -> None:
    """SQLite's quick integrity check; raises CorruptDatabaseError with the first problem."""
    try:
        con = sqlite3.connect(sqlite_readonly_uri(path), uri=True)
        try:
            result = con.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            con.close()
    except sqlite3.DatabaseError as exc:
        raise CorruptDatabaseError(
            t(f"{path.name} is beschadigd.", f"{path.name} is damaged.")
        ) from exc
    if result != "ok":
        raise CorruptDatabaseError(
            t(f"{path.name} is beschadigd: {result}", f"{path.name} is damaged: {result}")
        )


def backup_file(path: Path, target: Path | None = None, label: str = "backup") -> Path:
    """A consistent copy with SQLite's backup API (safe even while the file is open)."""
    paths = DbPaths(path)
    if target is None:
        paths.backups.mkdir(parents=True, exist_ok=True)
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        target = paths.backups / f"{path.stem}-{label}-{stamp}.sqlite"
    tmp = target.with_name(target.name + ".tmp")
    src = sqlite3.connect(sqlite_readonly_uri(path), uri=True)
    try:
        dst = sqlite3.connect(tmp)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    os.replace(tmp, target)
    return target


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


def prepare(path: Path) -> str:
    """Make `path` ready to open: create the folder, check, back up and migrate.
    Returns what happened: "created", "upgraded" or "current"."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise StorageError(
            t(
                f"De map {path.parent} kan niet worden gemaakt: {exc.strerror}",
                f"The folder {path.parent} cannot be created: {exc.strerror}",
            )
        ) from exc
    _check_writable(path)
    revision = read_revision(path)
    if revision == SCHEMA_HEAD:
        quick_check(path)
        return "current"
    if revision is not None and revision not in KNOWN_REVISIONS:
        raise NewerDatabaseError(
            t(
                f"{path.name} is gemaakt met een nieuwere versie van de app (schema {revision}). "
                "Werk de app bij of open een ander bestand.",
                f"{path.name} was made by a newer version of the app (schema {revision}). "
                "Update the app or open another file.",
            )
        )
    if revision is not None:
        quick_check(path)
        saved = backup_file(path, label=f"voor-migratie-{revision}")
        log.info("backed up before migration to %s", saved.name)
    upgrade(path)
    return "created" if revision is None else "upgraded"


def upgrade(path: Path) -> None:
    """Run Alembic to head with foreign keys OFF (a batch table copy with cascades on would
    silently delete child rows), then check the foreign keys and turn them back on."""
    from alembic import command
    from alembic.config import Config
    from sqlalchemy import create_engine, text

    from teamlead_app.data.db import sqlite_url

    engine = create_engine(sqlite_url(path))
    try:
        with engine.connect() as connection:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")
            connection.exec_driver_sql("PRAGMA journal_mode=DELETE")
            config = Config()
            # ConfigParser interpolation: a % in the install folder must be doubled.
            config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
            connection.commit()
            problems = connection.execute(text("PRAGMA foreign_key_check")).fetchall()
            if problems:
                raise CorruptDatabaseError(
                    t(
                        f"Na het bijwerken kloppen {len(problems)} verwijzingen niet.",
                        f"After the upgrade {len(problems)} references are broken.",
                    )
                )
            connection.exec_driver_sql("PRAGMA foreign_keys=ON")
    finally:
        engine.dispose()


def read_setting_fast(path: Path, key: str) -> str | None:
    """One setting's raw JSON value with plain sqlite3 (start-up must not wait for SQLAlchemy).
    None when the file, the table or the key is not there."""
    if not path.exists() or path.stat().st_size == 0:
        return None
    try:
        con = sqlite3.connect(sqlite_readonly_uri(path), uri=True)
        try:
            row = con.execute("SELECT value FROM setting WHERE key = ?", (key,)).fetchone()
        finally:
            con.close()
    except sqlite3.DatabaseError:
        return None
    return str(row[0]) if row else None
