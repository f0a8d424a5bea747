"""Opening, checking and backing up the database file: the use cases behind start-up,
`teamlead-app check` and `teamlead-app backup`."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from teamlead_app.config import DbPaths
from teamlead_app.data import migrate
from teamlead_app.data.context import ServiceContext
from teamlead_app.data.db import Database
from teamlead_app.data.filelock import DbLock
from teamlead_app.errors import StorageError
from teamlead_app.i18n import t

if TYPE_CHECKING:
    from teamlead_app.services.storage import backups


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    message: str
    newer: bool = False


class MissingFolderError(StorageError):
    """A database path in a folder that does not exist (a typing error, most likely)."""


def require_folder(path: Path) -> None:
    """Refuse a database path whose folder does not exist instead of silently creating it:
    `--db` with a typing error would otherwise start an empty second database."""
    if not path.parent.is_dir():
        raise MissingFolderError(
            t(
                f"De map {path.parent} bestaat niet. Controleer het pad naar de database "
                "(een typefout?) of maak de map eerst aan.",
                f"The folder {path.parent} does not exist. Check the path to the database "
                "(a typing error?) or create the folder first.",
            )
        )


def lock_database(path: Path) -> DbLock:
    """Take the OS lock that the GUI and every writing or exporting command share.
    AlreadyOpenError (a StorageError) when another process holds it."""
    lock = DbLock(DbPaths(path).lock)
    lock.acquire()
    return lock


def open_database(path: Path, thorough: bool = False) -> Database:
    """Check, back up and migrate when needed, then open. Raises StorageError with a message.
    `thorough`: the last session on this file did not end cleanly, so check the whole file."""
    status = migrate.prepare(path, thorough=thorough)
    db = Database(path)
    db.opened_as = status
    return db


PasswordPrompt = Callable[[], "str | None"]


def open_server(url_text: str, ask_password: PasswordPrompt | None = None) -> Database:
    """Open the company database on a PostgreSQL server (`postgresql+psycopg://...`): the
    password is asked when the server wants one that libpq did not find; the server's version
    and the schema are checked. Never changes anything; a ServerError says what is wrong. An
    HR user's database is read only: every write is refused with a message (`read_only`)."""
    from teamlead_app.data import server, server_schema, server_sessions

    url = server.with_password(server.parse_url(url_text), ask_password)
    server_schema.check(url)
    db = Database.for_server(url)
    group = server_schema.session_group(url)
    if group == "hr":
        db.read_only = True
        server_sessions.refuse_writes(db.engine)
        server_sessions.defer_private_columns(db.sessions)
    elif group == "lead":
        server_sessions.read_private_through_functions(db.engine)
        db.private_check = server_sessions.private_hidden
    return db


def init_server(url_text: str, ask_password: PasswordPrompt | None = None) -> str:
    """`server init`: create the schema on the server or bring it up to date (idempotent).
    Returns "created", "upgraded" or "current"."""
    from teamlead_app.data import server, server_schema

    url = server.with_password(server.parse_url(url_text), ask_password)
    return server_schema.init(url)


def check_server(url_text: str, ask_password: PasswordPrompt | None = None) -> CheckResult:
    """`check` on a server: reachable, version and schema (the server checks its own files)."""
    from teamlead_app.data import server

    try:
        db = open_server(url_text, ask_password)
    except StorageError as exc:
        return CheckResult(False, str(exc))
    where = server.where(db.url)
    db.close()
    return CheckResult(
        True,
        t(
            f"De {where} is bereikbaar en in orde.",
            f"The {where} can be reached and is sound.",
        ),
    )


def check_database(path: Path) -> CheckResult:
    if not path.exists():
        return CheckResult(False, t(f"{path} bestaat niet.", f"{path} does not exist."))
    try:
        revision = migrate.read_revision(path)  # read-write: rolls back a crash's journal
        if revision is not None and revision not in migrate.KNOWN_REVISIONS:
            return CheckResult(False, migrate.newer_message(path, revision), newer=True)
        migrate.integrity_check(path)
    except StorageError as exc:
        return CheckResult(False, str(exc))
    if revision != migrate.SCHEMA_HEAD:
        return CheckResult(
            True,
            t(
                f"{path.name} is in orde; het schema ({revision}) wordt bij openen bijgewerkt.",
                f"{path.name} is sound; its schema ({revision}) is upgraded when opened.",
            ),
        )
    return CheckResult(True, t(f"{path.name} is in orde.", f"{path.name} is sound."))


def background_check(path: Path) -> str | None:
    """The quick integrity check the GUI runs in a worker after a clean start (the start path
    itself does not read the whole file). None when sound, else the message to show."""
    try:
        migrate.quick_check(path)
    except migrate.CorruptDatabaseError as exc:
        return str(exc)
    except StorageError:
        return None  # busy or unreadable just now: not a verdict on the file
    return None


def backup_database(path: Path, out: Path | None = None) -> Path:
    """A verified backup: to `out`, or beside the database (thinned, with the second folder);
    see services.backups."""
    from teamlead_app.services.storage import backups

    if out is not None:
        return backups.backup_to(path, out)
    return backups.make_backup(path).path


def make_backup(ctx: ServiceContext, out: Path | None = None) -> backups.BackupResult:
    """A backup on request (GUI or CLI): to `out`, or beside the database (thinned, with the
    second folder). Recorded in the export log like every other copy of personal data; a
    backup that cannot be logged is removed again."""
    from teamlead_app.services.storage import backups
    from teamlead_app.services.storage.export_log import save_export

    made: list[backups.BackupResult] = []

    def write() -> Path:
        if out is not None:
            return backups.backup_to(ctx.path, out)
        made.append(backups.make_backup(ctx.path))
        return made[0].path

    target = save_export(ctx, "backup", "database", out or ctx.path, write)
    return made[0] if made else backups.BackupResult(target, None, "", ())


def list_backups(path: Path) -> list[Path]:
    from teamlead_app.services.storage import backups

    return [info.path for info in backups.list_backups(path)]


def server_reachable(ctx: ServiceContext) -> bool:
    """Whether the company server answers again after the connection dropped (asked by the
    window every few seconds, off the UI thread). The pool checks and replaces dead
    connections itself, so a True here means the next save works."""
    from sqlalchemy import text

    try:
        with ctx.engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except StorageError:
        return False
    return True
