"""The engine and the session factory, with our pragmas on every connection.

Every database error of normal use is translated here, in one place, into the app's own
errors (a busy, read-only, full or damaged file becomes a StorageError with a clear message),
and SQL parameters never appear in an exception text or a log line: they hold note text."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event, text
from sqlalchemy.engine import ExceptionContext
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session, sessionmaker

from teamlead_app.data.sqlite_errors import storage_error_for
from teamlead_app.errors import StorageError
from teamlead_app.i18n import t

BUSY_TIMEOUT_MS = 5000

# DELETE journal, not WAL: the file may live on a network share, and some shipped SQLite
# builds have the WAL-reset bug. FULL sync: a foreman's notes matter more than speed.
# The busy timeout comes first: setting the journal mode may have to wait for another writer.
PRAGMAS = (
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=DELETE",
    "PRAGMA synchronous=FULL",
    # Deleted content is overwritten with zeros, not left in free space (AVG: deletion).
    "PRAGMA secure_delete=ON",
)


def _pragmas(busy_timeout_ms: int) -> Any:
    pragmas = [f"PRAGMA busy_timeout={int(busy_timeout_ms)}", *PRAGMAS[1:]]

    def apply(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        for pragma in pragmas:
            cursor.execute(pragma)
        cursor.close()

    return apply


def sqlite_url(path: Path) -> URL:
    """The SQLAlchemy URL of a database file. Built, not parsed: a folder named `Team #2`,
    `a%20b` or `?` would be cut short or decoded in a `sqlite:///...` string."""
    return URL.create("sqlite", database=str(path))


def translate_error(context: ExceptionContext) -> None:
    error = storage_error_for(context.original_exception)
    if error is not None:
        raise error


def make_engine(path: Path, busy_timeout_ms: int | None = None) -> Engine:
    # hide_parameters: an error or a log line must never carry the note text being saved.
    engine = create_engine(sqlite_url(path), hide_parameters=True)
    timeout = BUSY_TIMEOUT_MS if busy_timeout_ms is None else busy_timeout_ms
    event.listen(engine, "connect", _pragmas(timeout))
    event.listen(engine, "handle_error", translate_error)
    return engine


def catch_up_ids(session: Session, tables: Iterable[str]) -> None:
    """After rows were written with ids handed out by the app (the demo's bulk INSERTs):
    SQLite's AUTOINCREMENT counter follows such ids by itself, a PostgreSQL sequence does
    not, and the next ordinary INSERT would get an id already taken. Move each table's
    sequence past its highest id (never back: ids are never reused)."""
    if session.get_bind().dialect.name != "postgresql":
        return
    for name in tables:
        session.execute(
            text(
                "SELECT setval(pg_get_serial_sequence(:t, 'id'), m) "
                f'FROM (SELECT MAX(id) AS m FROM "{name}") AS x WHERE m IS NOT NULL AND m > '
                "COALESCE(pg_sequence_last_value(pg_get_serial_sequence(:t, 'id')::regclass), 0)"
            ),
            {"t": name},
        )


def file_only_error() -> StorageError:
    """What is said when something that needs the database file is asked on a server."""
    from teamlead_app.data.server import FileOnlyError

    return FileOnlyError(
        t(
            "Dit kan alleen bij een databasebestand. De database staat op een "
            "PostgreSQL-server: back-ups, terugzetten en de controle van de bestanden "
            "regelt de beheerder daar (bijvoorbeeld met pg_dump).",
            "This is only possible with a database file. The database is on a "
            "PostgreSQL server: backups, restoring and checking its files are the "
            "administrator's job there (for example with pg_dump).",
        )
    )


class Database:
    """One open database: a SQLite file (the default) or a PostgreSQL server. Engine plus
    session factory. Services take the ServiceContext built around it (data/context.py)."""

    # No user of its own: a bare Database handed to a service (tests, benchmarks, tools) is
    # unchecked, like the administrator; the ServiceContext carries who is logged in.
    user: None = None

    def __init__(self, path: Path, busy_timeout_ms: int | None = None) -> None:
        self._path: Path | None = path
        self.url: URL = sqlite_url(path)
        self.engine = make_engine(path, busy_timeout_ms)
        self.sessions: sessionmaker[Session] = sessionmaker(self.engine, expire_on_commit=False)
        # What opening did to the file ("created", "upgraded", "recreated", "current").
        self.opened_as = "current"
        # HR on a server: the data is read only (data/server_roles.py refuses every write).
        self.read_only = False
        # A lead on a server: whether a conversation's private part is another lead's
        # (data/server_roles.py: private_hidden); a file has one user, who reads it all.
        self.private_check: Callable[[Session, int], bool] | None = None

    @classmethod
    def for_server(cls, url: URL) -> Database:
        """A PostgreSQL database (`postgresql+psycopg://...`); see data.server."""
        from teamlead_app.data import server

        db = cls.__new__(cls)
        db._path = None
        db.url = url
        db.engine = server.make_engine(url)
        db.sessions = sessionmaker(db.engine, expire_on_commit=False)
        db.opened_as = "current"
        db.read_only = False
        db.private_check = None
        return db

    def private_hidden(self, session: Session, conversation_id: int) -> bool:
        """Whether the private note and score of the conversation are another lead's, so
        the user reads them empty (only on a server, as a lead after a hand-over)."""
        return self.private_check is not None and self.private_check(session, conversation_id)

    @property
    def is_server(self) -> bool:
        return self._path is None

    @property
    def path(self) -> Path:
        """The database file. On a server there is none: what needs the file (backups,
        restore, the integrity check) is refused with a clear message instead."""
        if self._path is None:
            raise file_only_error()
        return self._path

    def describe(self) -> str:
        """Where the data is, for messages and the settings page; never a password."""
        if self._path is not None:
            return str(self._path)
        return self.url.render_as_string(hide_password=True)

    def close(self) -> None:
        if self._path is not None:
            self._refresh_statistics()
        self.engine.dispose()

    def _refresh_statistics(self) -> None:
        """SQLite's advice before closing: refresh the planner's statistics of tables that
        grew a lot since they were made (cheap when nothing did). Stale or missing ones make
        the overview's cards walk every person instead of a few index rows."""
        try:
            with self.engine.connect() as connection:
                connection.exec_driver_sql("PRAGMA optimize")
        except (StorageError, DBAPIError):  # a busy or read-only file: next time
            pass
