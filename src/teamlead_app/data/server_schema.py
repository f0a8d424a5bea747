"""The schema on a PostgreSQL server: judged when the app opens it (never changed then), and
created or brought up to date by the administrator (`teamlead-app server init`), with the
same Alembic migrations as a database file, in one transaction (PostgreSQL has
transactional DDL: a failure or a kill leaves the old schema)."""

from __future__ import annotations

import logging

from sqlalchemy import URL

from teamlead_app.data import server, server_roles, server_sessions
from teamlead_app.data.migrate import KNOWN_REVISIONS, MIGRATIONS_DIR, SCHEMA_HEAD
from teamlead_app.errors import StorageError
from teamlead_app.i18n import t

log = logging.getLogger(__name__)


class NewerServerSchemaError(server.ServerError):
    pass


class OlderServerSchemaError(server.ServerError):
    pass


def _init_hint(url: URL) -> str:
    return f"teamlead-app server init --url {url.render_as_string(hide_password=True)}"


def judge_revision(url: URL, revision: str | None) -> None:
    """Refuse a database the app cannot work in as it is; nothing is changed."""
    if revision == SCHEMA_HEAD:
        return
    if revision is None:
        raise server.NotInitialisedError(
            t(
                f"De {server.where(url)} is nog niet ingericht voor deze app. Laat de "
                f"beheerder eerst `{_init_hint(url)}` uitvoeren.",
                f"The {server.where(url)} has not been set up for this app yet. Ask the "
                f"administrator to run `{_init_hint(url)}` first.",
            )
        )
    if revision not in KNOWN_REVISIONS:
        raise NewerServerSchemaError(
            t(
                f"De {server.where(url)} is ingericht door een nieuwere versie van de app "
                f"(schema {revision}). Werk de app bij; er is niets gewijzigd.",
                f"The {server.where(url)} was set up by a newer version of the app "
                f"(schema {revision}). Update the app; nothing was changed.",
            )
        )
    raise OlderServerSchemaError(
        t(
            f"De {server.where(url)} heeft een ouder schema ({revision}) dan deze app "
            f"({SCHEMA_HEAD}). Er is niets gewijzigd; laat de beheerder `{_init_hint(url)}` "
            "uitvoeren om het bij te werken.",
            f"The {server.where(url)} has an older schema ({revision}) than this app "
            f"({SCHEMA_HEAD}). Nothing was changed; ask the administrator to run "
            f"`{_init_hint(url)}` to update it.",
        )
    )


def check(url: URL) -> None:
    """The start-up checks: reachable, password, server version, schema present and equal to
    the app's. Raises a ServerError with the message; changes nothing."""
    judge_revision(url, _revision(url))


def _revision(url: URL) -> str | None:
    """The server's version checked, then the schema's revision; a user without the right to
    read it gets a message, not a traceback."""
    import psycopg

    connection = server.connect(url)
    try:
        server.check_version(url, connection.info.server_version)
        return server.read_revision(connection)
    except psycopg.errors.InsufficientPrivilege:
        raise server.ServerError(
            t(
                f"De gebruiker {url.username} heeft geen rechten in de {server.where(url)}. "
                "Er is niets gewijzigd; vraag de beheerder om rechten.",
                f"The user {url.username} has no rights in the {server.where(url)}. "
                "Nothing was changed; ask the administrator for rights.",
            )
        ) from None
    finally:
        connection.close()


def init(url: URL) -> str:
    """Create the schema or bring it up to date, then (re)set the roles, grants and row-level
    security policies (data/server_roles.py), all in one transaction; idempotent. Returns
    "created", "upgraded" or "current" (the schema's state; the rights are set each time). A
    schema newer than the app is refused before anything is written."""
    revision = _revision(url)
    if revision is not None and revision not in KNOWN_REVISIONS:
        judge_revision(url, revision)
    upgrade(url, migrate=revision != SCHEMA_HEAD)
    if revision == SCHEMA_HEAD:
        return "current"
    log.info("server schema %s -> %s", revision, SCHEMA_HEAD)
    return "created" if revision is None else "upgraded"


def upgrade(url: URL, *, migrate: bool = True) -> None:
    """Alembic to head on the server and the access rules, in one transaction."""
    import psycopg
    from alembic import command
    from alembic.config import Config

    engine = server.make_engine(url)
    try:
        with engine.connect() as connection, connection.begin():
            if migrate:
                config = Config()
                config.set_main_option("script_location", str(MIGRATIONS_DIR).replace("%", "%%"))
                config.attributes["connection"] = connection
                command.upgrade(config, "head")
            server_roles.apply(connection)
    except StorageError as exc:
        if isinstance(exc.__cause__, psycopg.errors.InsufficientPrivilege) or "rechten" in str(exc):
            raise server.ServerError(
                t(
                    f"De gebruiker {url.username} mag de rollen en rechten niet instellen in "
                    f"de {server.where(url)} (nodig: eigenaar van de tabellen en CREATEROLE). "
                    "Er is niets gewijzigd.",
                    f"The user {url.username} may not set up the roles and rights in the "
                    f"{server.where(url)} (needed: owner of the tables and CREATEROLE). "
                    "Nothing was changed.",
                )
            ) from None
        raise
    finally:
        engine.dispose()


def session_group(url: URL) -> str | None:
    """ "hr" (reads only), "lead" or None (the administrator) for the user of `url`."""
    connection = server.connect(url)
    try:
        return server_sessions.session_group(connection)
    finally:
        connection.close()
