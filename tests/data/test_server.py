"""The PostgreSQL backend against a real server (tests/pg_server.py): the same migrations build
exactly the models; the start-up checks say in Dutch what is wrong (wrong password,
unreachable server, too old a server, never initialised, newer or older schema) and change
nothing; `server init` is idempotent; a lost connection is a message and the next save works;
file-only commands are refused with a message on a server."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import psycopg
import pytest
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import URL, create_engine, select, text

from teamlead_app.cli import main
from teamlead_app.data import server, server_schema
from teamlead_app.data.db import Database
from teamlead_app.data.migrate import SCHEMA_HEAD
from teamlead_app.data.models import Base, Employee
from teamlead_app.errors import ServerConnectionError
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.services.storage import database as storage
from tests.pg_server import SUPERUSER_PASSWORD, PgServer

pytestmark = pytest.mark.usefixtures("no_libpq_password")


@pytest.fixture
def no_libpq_password(monkeypatch: pytest.MonkeyPatch, tmp_path_factory: pytest.TempPathFactory):
    """libpq must not find a password elsewhere: the tests decide what is given."""
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path_factory.mktemp("nopass") / "none"))


def _revision(url: URL) -> str | None:
    engine = create_engine(url)
    try:
        with engine.connect() as connection:
            exists = connection.scalar(text("SELECT to_regclass('alembic_version')"))
            return (
                connection.scalar(text("SELECT version_num FROM alembic_version"))
                if exists
                else None
            )
    finally:
        engine.dispose()


def _set_revision(url: URL, revision: str) -> None:
    engine = create_engine(url)
    with engine.begin() as connection:
        connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    engine.dispose()


@pytest.fixture
def empty_url(pg_server: PgServer) -> Iterator[URL]:
    """A database that exists on the server but was never set up for the app."""
    with psycopg.connect(pg_server.conninfo("postgres"), autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS never_initialised WITH (FORCE)")
        admin.execute("CREATE DATABASE never_initialised")
    yield server.parse_url(pg_server.url("never_initialised", password=SUPERUSER_PASSWORD))
    with psycopg.connect(pg_server.conninfo("postgres"), autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS never_initialised WITH (FORCE)")


def test_migrations_build_exactly_the_models_on_postgresql(pg_url: URL) -> None:
    engine = create_engine(pg_url)
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()
    assert _revision(pg_url) == SCHEMA_HEAD


def test_server_init_creates_the_schema_and_a_second_run_changes_nothing(
    empty_url: URL, pg_server: PgServer
) -> None:
    text_url = pg_server.url("never_initialised", password=SUPERUSER_PASSWORD)
    assert storage.init_server(text_url) == "created"
    assert _revision(empty_url) == SCHEMA_HEAD
    db = storage.open_server(text_url)
    people.save_team(db, TeamDraft("Assemblage"))
    db.close()
    assert storage.init_server(text_url) == "current"
    db = storage.open_server(text_url)
    assert [t.name for t in people.list_teams(db)] == ["Assemblage"]
    db.close()


def test_a_database_never_initialised_is_refused_and_left_as_it_is(empty_url: URL) -> None:
    with pytest.raises(server.NotInitialisedError) as caught:
        storage.open_server(empty_url.render_as_string(hide_password=False))
    message = str(caught.value)
    assert "nog niet ingericht" in message and "teamlead-app server init" in message
    assert SUPERUSER_PASSWORD not in message
    assert _revision(empty_url) is None  # nothing was created


def test_a_database_that_does_not_exist_says_so(pg_server: PgServer) -> None:
    with pytest.raises(server.NotInitialisedError, match="bestaat niet op de server"):
        storage.open_server(pg_server.url("no_such_db", password=SUPERUSER_PASSWORD))


def test_a_wrong_password_is_said_plainly_and_never_shown(pg_url: URL) -> None:
    wrong = pg_url.set(password="wrong-secret").render_as_string(hide_password=False)
    with pytest.raises(server.WrongPasswordError) as caught:
        storage.open_server(wrong)
    assert "wachtwoord" in str(caught.value).lower()
    assert "wrong-secret" not in str(caught.value)


def test_the_password_is_asked_when_the_server_wants_one(pg_url: URL) -> None:
    asked: list[bool] = []

    def ask() -> str:
        asked.append(True)
        return SUPERUSER_PASSWORD

    without = pg_url._replace(password=None).render_as_string(hide_password=False)
    db = storage.open_server(without, ask)
    assert asked == [True]
    assert people.list_teams(db) == []
    db.close()
    with pytest.raises(server.WrongPasswordError, match="klopt niet"):
        storage.open_server(without, lambda: "wrong")
    with pytest.raises(server.WrongPasswordError, match="vraagt een wachtwoord"):
        storage.open_server(without)  # no terminal to ask on


def test_an_unreachable_server_is_said_plainly() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]  # nothing listens here once the socket is closed
    with pytest.raises(server.UnreachableServerError) as caught:
        storage.open_server(f"postgresql+psycopg://lead:pw@127.0.0.1:{port}/teamlead")
    assert "niet bereikbaar" in str(caught.value)
    assert f"127.0.0.1:{port}" in str(caught.value)


def test_a_server_older_than_supported_is_refused(
    pg_url: URL, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(server, "MIN_SERVER_VERSION", 990000)  # the real server is "too old"
    with pytest.raises(server.ServerTooOldError, match="nodig"):
        storage.open_server(pg_url.render_as_string(hide_password=False))
    with pytest.raises(server.ServerTooOldError):
        storage.init_server(pg_url.render_as_string(hide_password=False))
    assert _revision(pg_url) == SCHEMA_HEAD


def test_a_newer_schema_is_refused_and_init_does_not_touch_it(pg_url: URL) -> None:
    _set_revision(pg_url, "9999")
    text_url = pg_url.render_as_string(hide_password=False)
    with pytest.raises(server_schema.NewerServerSchemaError, match="nieuwere versie"):
        storage.open_server(text_url)
    with pytest.raises(server_schema.NewerServerSchemaError):
        storage.init_server(text_url)
    assert _revision(pg_url) == "9999"


def test_an_older_schema_is_not_upgraded_by_opening(pg_url: URL) -> None:
    _set_revision(pg_url, "0005")
    with pytest.raises(server_schema.OlderServerSchemaError, match="ouder schema"):
        storage.open_server(pg_url.render_as_string(hide_password=False))
    assert _revision(pg_url) == "0005"


def test_a_malformed_address_is_refused() -> None:
    with pytest.raises(server.ServerError, match="geen geldig serveradres"):
        storage.open_server("postgresql+psycopg://host-without-database")


def _terminate_others(pg_server: PgServer, url: URL) -> None:
    with psycopg.connect(pg_server.conninfo("postgres"), autocommit=True) as admin:
        admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = %s AND pid <> pg_backend_pid()",
            (url.database,),
        )


def test_a_lost_connection_fails_the_save_with_a_message_and_the_next_save_works(
    pg_url: URL, pg_server: PgServer
) -> None:
    db = Database.for_server(pg_url)
    team = people.save_team(db, TeamDraft("Assemblage"))
    with pytest.raises(ServerConnectionError, match="verbinding met de server is weggevallen"):  # noqa: SIM117
        with db.sessions.begin() as session:
            session.execute(select(Employee.id)).all()
            _terminate_others(pg_server, pg_url)  # the server goes away mid-save
            session.add(
                Employee(first_name="Ans", last_name="Vos", team_id=team, cadence="monthly")
            )
    saved = people.save_employee(
        db,
        EmployeeDraft(
            first_name="Łukasz",
            last_name="Wiśniewski",
            team_id=team,
            date_in_service=date(2021, 4, 1),
        ),
    )
    try:
        assert people.get_employee(db, saved).draft.last_name == "Wiśniewski"
    finally:
        db.close()


def test_file_only_commands_give_a_message_on_a_server(
    pg_url: URL, capsys: pytest.CaptureFixture[str]
) -> None:
    text_url = pg_url.render_as_string(hide_password=False)
    assert main(["--db", text_url, "backup"]) == 2
    err = capsys.readouterr().err
    assert "alleen bij een databasebestand" in err and "pg_dump" in err
    assert main(["--db", text_url, "check"]) == 0
    assert "bereikbaar en in orde" in capsys.readouterr().out


def test_the_command_line_works_on_the_server(
    pg_url: URL, capsys: pytest.CaptureFixture[str]
) -> None:
    db = Database.for_server(pg_url)
    team = people.save_team(db, TeamDraft("Assemblage"))
    people.save_employee(
        db,
        EmployeeDraft(
            first_name="Łukasz",
            last_name="Wiśniewski",
            team_id=team,
            personnel_number="1001",
            date_in_service=date(2021, 4, 1),
        ),
    )
    db.close()
    text_url = pg_url.render_as_string(hide_password=False)
    assert main(["list", "employees", "--json", "--db", text_url]) == 0
    assert "Wiśniewski" in capsys.readouterr().out


def test_a_backup_on_a_server_is_refused_with_a_message_and_logs_nothing(
    pg_db: Database, tmp_path: Path
) -> None:
    from teamlead_app.services.storage.database import make_backup
    from teamlead_app.services.storage.export_log import list_export_log

    with pytest.raises(server.FileOnlyError, match="pg_dump"):
        make_backup(pg_db, tmp_path / "kopie.sqlite")
    assert list_export_log(pg_db) == []
    assert list(tmp_path.iterdir()) == []


def test_a_user_without_rights_gets_a_message_and_nothing_changes(
    pg_url: URL, pg_server: PgServer
) -> None:
    with psycopg.connect(pg_server.conninfo(str(pg_url.database)), autocommit=True) as admin:
        admin.execute("DROP ROLE IF EXISTS zonder_rechten")
        admin.execute("CREATE ROLE zonder_rechten LOGIN PASSWORD 'geheim-1'")
        admin.execute("REVOKE ALL ON SCHEMA public FROM PUBLIC")
    as_user = pg_url.set(username="zonder_rechten", password="geheim-1")
    try:
        with pytest.raises(server.ServerError, match="heeft geen rechten"):
            storage.open_server(as_user.render_as_string(hide_password=False))
        with psycopg.connect(pg_server.conninfo(str(pg_url.database)), autocommit=True) as admin:
            admin.execute(f"REVOKE CONNECT ON DATABASE {pg_url.database} FROM PUBLIC")
        with pytest.raises(server.ServerError, match="geen toegang"):
            storage.open_server(as_user.render_as_string(hide_password=False))
        assert _revision(pg_url) == SCHEMA_HEAD
    finally:
        with psycopg.connect(pg_server.conninfo("postgres"), autocommit=True) as admin:
            admin.execute(f"DROP DATABASE {pg_url.database} WITH (FORCE)")
            admin.execute("DROP ROLE zonder_rechten")
