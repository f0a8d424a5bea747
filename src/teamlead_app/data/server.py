"""A PostgreSQL server as the database (`postgresql+psycopg://user@host/db`) instead of the
SQLite file: the URL, connecting with clear Dutch messages for what goes wrong (wrong
password, server not reachable, database missing, server too old, schema never created or
newer than the app), and the same Alembic migrations as for a file.

The password is never stored by the app: it is asked at start (the command line asks on the
terminal; the window may have it remembered in the operating system's credential store, see
services/storage/passwords.py), or libpq finds it itself in `PGPASSWORD` or the user's
`~/.pgpass` (`%APPDATA%\\postgresql\\pgpass.conf` on Windows), which IT can set up with the
right file rights. psycopg is imported only when a server is used: the file's start-up does not pay.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.engine import ExceptionContext, make_url
from sqlalchemy.exc import ArgumentError

from teamlead_app.config import is_server_url
from teamlead_app.errors import DatabaseBusyError, ServerConnectionError, StorageError
from teamlead_app.i18n import t

if TYPE_CHECKING:
    import psycopg

log = logging.getLogger(__name__)

# PostgreSQL 14 or newer: the oldest version still supported by its makers when this was
# written; older ones are refused with a message (nothing is changed on them).
MIN_SERVER_VERSION = 140000
CONNECT_TIMEOUT_S = 10


class ServerError(StorageError):
    """The server cannot be used as asked; the message says why and what to do."""


class WrongPasswordError(ServerError):
    pass


class UnreachableServerError(ServerError):
    pass


class ServerTooOldError(ServerError):
    pass


class NotInitialisedError(ServerError):
    pass


class FileOnlyError(StorageError):
    """Something that only exists for a database file (a backup file, the lock file, the
    integrity check) was asked of a server database."""


def parse_url(text: str) -> URL:
    """The SQLAlchemy URL with the psycopg 3 driver; a clear message for a malformed one."""
    try:
        url = make_url(text)
    except ArgumentError:
        url = None
    if url is None or not is_server_url(text) or not url.database:
        raise ServerError(
            t(
                f"'{hide_password(text)}' is geen geldig serveradres. Schrijf het als "
                "postgresql+psycopg://gebruiker@server/database.",
                f"'{hide_password(text)}' is not a valid server address. Write it as "
                "postgresql+psycopg://user@host/database.",
            )
        )
    return url.set(drivername="postgresql+psycopg")


def hide_password(text: str) -> str:
    """The URL for messages and logs: a password in it is replaced by ***."""
    try:
        return make_url(text).render_as_string(hide_password=True)
    except ArgumentError:
        return text.split("@", 1)[-1]


def where(url: URL) -> str:
    """`database on host:port` for messages; never the password."""
    host = url.host or "localhost"
    port = f":{url.port}" if url.port else ""
    return t(f"database {url.database} op {host}{port}", f"database {url.database} on {host}{port}")


def connect_error(url: URL, exc: BaseException) -> ServerError:
    """psycopg's connection failure as a message the user can act on."""
    text = str(exc).lower()
    user = url.username or ""
    if "no password supplied" in text:
        return WrongPasswordError(
            t(
                f"De server vraagt een wachtwoord voor {user} ({where(url)}), maar er is er "
                "geen gegeven. Start de opdracht in een terminal (dan wordt erom gevraagd) "
                "of vraag de beheerder. Er is niets gewijzigd.",
                f"The server wants a password for {user} ({where(url)}) but none was "
                "given. Run the command in a terminal (it then asks) or ask the "
                "administrator. Nothing was changed.",
            )
        )
    if "password authentication failed" in text:
        return WrongPasswordError(
            t(
                f"Het wachtwoord van {user} klopt niet ({where(url)}). Er is niets gewijzigd; "
                "probeer het opnieuw of vraag de beheerder.",
                f"The password of {user} is wrong ({where(url)}). Nothing was changed; "
                "try again or ask the administrator.",
            )
        )
    if "does not exist" in text and "database" in text:
        return NotInitialisedError(
            t(
                f"De database {url.database} bestaat niet op de server. Laat de beheerder "
                "hem aanmaken en `teamlead-app server init` uitvoeren.",
                f"The database {url.database} does not exist on the server. Ask the "
                "administrator to create it and run `teamlead-app server init`.",
            )
        )
    if "role" in text and "does not exist" in text:
        return WrongPasswordError(
            t(
                f"De gebruiker {user} bestaat niet op de server ({where(url)}). Vraag de "
                "beheerder u toe te voegen.",
                f"The user {user} does not exist on the server ({where(url)}). Ask the "
                "administrator to add you.",
            )
        )
    if "permission denied" in text or "not permitted" in text:
        return ServerError(
            t(
                f"De gebruiker {user} heeft geen toegang tot {where(url)}. Er is niets "
                "gewijzigd; vraag de beheerder om rechten.",
                f"The user {user} has no access to {where(url)}. Nothing was changed; "
                "ask the administrator for rights.",
            )
        )
    log.info("server connection failed: %s", type(exc).__name__)
    return UnreachableServerError(
        t(
            f"De databaseserver is niet bereikbaar ({where(url)}). Controleer de netwerk"
            "verbinding en het adres, of vraag de beheerder of de server draait.",
            f"The database server cannot be reached ({where(url)}). Check the network "
            "connection and the address, or ask the administrator whether the server runs.",
        )
    )


def connect(url: URL) -> psycopg.Connection[Any]:
    """A plain psycopg connection for the start-up checks (autocommit, read only)."""
    import psycopg

    try:
        return psycopg.connect(
            **_connect_args(url), autocommit=True, connect_timeout=CONNECT_TIMEOUT_S
        )
    except psycopg.Error as exc:
        raise connect_error(url, exc) from None


def _connect_args(url: URL) -> dict[str, Any]:
    args: dict[str, Any] = {"dbname": url.database}
    for key, value in (
        ("host", url.host),
        ("port", url.port),
        ("user", url.username),
        ("password", url.password),
    ):
        if value:
            args[key] = value
    return args


def check_version(url: URL, version: int) -> None:
    if version < MIN_SERVER_VERSION:
        shown = f"{version // 10000}.{version % 10000}"
        raise ServerTooOldError(
            t(
                f"De server draait PostgreSQL {shown}; deze app heeft versie "
                f"{MIN_SERVER_VERSION // 10000} of nieuwer nodig ({where(url)}). Er is niets "
                "gewijzigd; vraag de beheerder de server bij te werken.",
                f"The server runs PostgreSQL {shown}; this app needs version "
                f"{MIN_SERVER_VERSION // 10000} or newer ({where(url)}). Nothing was changed; "
                "ask the administrator to update the server.",
            )
        )


def read_revision(connection: psycopg.Connection[Any]) -> str | None:
    """The Alembic revision in the database; None when the schema was never created."""
    # From the catalog, which everyone may read: a user without rights on the schema must
    # hear that, not that the database was never set up.
    row = connection.execute(
        "SELECT quote_ident(n.nspname) FROM pg_catalog.pg_class c "
        "JOIN pg_catalog.pg_namespace n ON n.oid = c.relnamespace "
        "WHERE c.relname = 'alembic_version' AND c.relkind = 'r' "
        "AND n.nspname = COALESCE(current_schema(), 'public')"
    ).fetchone()
    if row is None:
        return None
    found = connection.execute(f"SELECT version_num FROM {row[0]}.alembic_version").fetchone()
    return str(found[0]) if found else None


def translate_error(context: ExceptionContext) -> None:
    """A lost connection, a server shutting down or a refused right during use: a message
    instead of a traceback. Constraint and programming errors stay bugs."""
    if context.is_pre_ping:
        # The pool's check of a connection it is about to hand out: the connection died (the
        # server restarted, pg_terminate_backend). Left alone, SQLAlchemy throws it away and
        # connects anew; translated here, the reconnect would never happen.
        return
    error = storage_error_for(context.original_exception)
    if error is not None:
        raise error


def storage_error_for(exc: BaseException) -> StorageError | None:
    import psycopg
    from psycopg import errors

    if isinstance(exc, errors.InsufficientPrivilege):
        return StorageError(
            t(
                "De server weigert dit: u heeft er geen rechten voor. Er is niets opgeslagen.",
                "The server refuses this: you have no rights for it. Nothing was saved.",
            )
        )
    if isinstance(exc, errors.LockNotAvailable | errors.DeadlockDetected):
        return DatabaseBusyError(
            t(
                "De database is even bezet, probeer het zo opnieuw.",
                "The database is busy, try again in a moment.",
            )
        )
    if isinstance(exc, psycopg.OperationalError):
        # Also a server that cannot be reached on reconnecting: said the same way, the
        # screen keeps the text and notices when the server is back.
        return ServerConnectionError(connection_lost_message())
    return None


def connection_lost_message() -> str:
    return t(
        "De verbinding met de server is weggevallen. Je tekst is bewaard als concept; "
        "probeer het zo opnieuw.",
        "The connection to the server was lost. Your text is kept as a draft; try again "
        "in a moment.",
    )


def make_engine(url: URL) -> Engine:
    # hide_parameters: an error or a log line must never carry the note text being saved.
    # pool_pre_ping: after a lost connection the next action reconnects instead of failing.
    engine = create_engine(
        url,
        hide_parameters=True,
        pool_pre_ping=True,
        # jit off: the app's statements are short, but the row-level rules make a lead's
        # estimates large enough for PostgreSQL to compile them first, which took 0.5-2 s of
        # a 30 ms statement (the overview's counts, benchmarks/bench_server.py).
        connect_args={"connect_timeout": CONNECT_TIMEOUT_S, "options": "-c jit=off"},
    )
    event.listen(engine, "handle_error", translate_error)
    return engine


def with_password(url: URL, ask: Callable[[], str | None] | None) -> URL:
    """Try the URL as given (libpq may find the password in PGPASSWORD or ~/.pgpass); when
    the server wants a password that was not given, ask for it (once) and use that."""
    try:
        connect(url).close()
    except WrongPasswordError:
        if ask is None or url.password:
            raise
        password = ask()
        if not password:
            raise
        return url.set(password=password)
    return url
