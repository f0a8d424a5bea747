"""Shared fixtures: every test gets a fresh database built by the real migrations: a file
(a migrated template is made once per session and copied), or, for the service tests, also a
database on a real PostgreSQL server (one throw-away cluster per session, a migrated template
database, and a fresh `CREATE DATABASE ... TEMPLATE` copy per test; see tests/pg_server.py).
The service tests run on both backends: tests/services/conftest.py parametrises `db`."""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from hypothesis import settings
from hypothesis.configuration import set_hypothesis_home_dir
from hypothesis.database import DirectoryBasedExampleDatabase

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

# Hypothesis keeps its example database (and its Unicode tables) outside the checkout, in the
# temp folder, so running the suite leaves no `.hypothesis/` folder in the project.
HYPOTHESIS_HOME = Path(tempfile.gettempdir()) / "teamlead-hypothesis"
set_hypothesis_home_dir(HYPOTHESIS_HOME)
settings.register_profile(
    "teamlead", database=DirectoryBasedExampleDatabase(HYPOTHESIS_HOME / "examples")
)
settings.load_profile("teamlead")

import psycopg
from sqlalchemy import URL
from sqlalchemy.engine import make_url

from teamlead_app.data import server_schema
from teamlead_app.data.context import ServiceContext, context_for
from teamlead_app.data.db import Database
from teamlead_app.data.migrate import upgrade
from teamlead_app.i18n import set_language
from tests.pg_server import SUPERUSER_PASSWORD, PgServer, pg_unavailable, start_server


@pytest.fixture(autouse=True)
def _isolated(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Keep the app's data folder (logs, default database) out of the user's home; Dutch."""
    monkeypatch.setenv("TEAMLEAD_DATA_DIR", str(tmp_path_factory.mktemp("appdata")))
    set_language("nl")


@pytest.fixture(scope="session")
def migrated_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("template") / "template.sqlite"
    upgrade(path)
    return path


@pytest.fixture
def db_path(tmp_path: Path, migrated_template: Path) -> Path:
    path = tmp_path / "teamlead.sqlite"
    shutil.copy(migrated_template, path)
    return path


@pytest.fixture
def db(request: pytest.FixtureRequest) -> Iterator[Database]:
    """The database of one test: a migrated file, or with the parameter "postgresql" a fresh
    database on the test server."""
    if getattr(request, "param", "sqlite") == "postgresql":
        yield request.getfixturevalue("pg_db")
        return
    database = Database(request.getfixturevalue("db_path"))
    yield database
    database.close()


@pytest.fixture
def ctx(db: Database) -> ServiceContext:
    """What the services are handed: the test's database (either backend, see `db`), the
    test's language and the user who works on it (the file's one user; the administrator,
    i.e. the superuser, on the test server)."""
    return context_for(db)


def _own_server() -> Iterator[PgServer]:
    """A throw-away cluster for the fixture's scope (skipped, with the reason, when the
    PostgreSQL binaries are not installed)."""
    reason = pg_unavailable()
    if reason:
        pytest.skip(reason)
    server = start_server()
    assert server is not None
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture(scope="session")
def pg_server() -> Iterator[PgServer]:
    """A real PostgreSQL server for this test session (skipped, with the reason, when the
    binaries are not installed)."""
    yield from _own_server()


def pg_admin(server: PgServer) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(server.conninfo("postgres"), autocommit=True)


@pytest.fixture(scope="session")
def pg_template(pg_server: PgServer) -> str:
    """A database migrated once per session; each test's database is a copy of it."""
    name = "teamlead_template"
    with pg_admin(pg_server) as admin:
        admin.execute(f"CREATE DATABASE {name}")
    server_schema.init(make_url(pg_server.url(name, password=SUPERUSER_PASSWORD)))
    return name


_PG_NAMES = itertools.count(1)


@pytest.fixture
def pg_url(pg_server: PgServer, pg_template: str) -> Iterator[URL]:
    """A fresh migrated database of its own on the test server (as the superuser), dropped
    afterwards: for tests that change roles, the schema or the connection."""
    name = f"teamlead_test_{os.getpid()}_{next(_PG_NAMES)}"
    with pg_admin(pg_server) as admin:
        admin.execute(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    yield make_url(pg_server.url(name, password=SUPERUSER_PASSWORD))
    with pg_admin(pg_server) as admin:
        admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")


@dataclass
class SharedPgDatabase:
    """One migrated database for the service tests, emptied back to its just-migrated state
    after each test in one statement (a copy per test costs ~0.5 s; this ~20 ms)."""

    url: URL
    admin: psycopg.Connection[tuple[object, ...]]
    reset_sql: str

    def reset(self) -> None:
        self.admin.execute(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            "WHERE datname = current_database() AND pid <> pg_backend_pid()"
        )
        self.admin.execute(self.reset_sql)


def _reset_sql(admin: psycopg.Connection[tuple[object, ...]]) -> str:
    """Delete every row (foreign keys off: order does not matter), put back what the
    migrations seeded (kept in the schema test_seed), set every id sequence after its ids."""
    tables = [
        str(r[0])
        for r in admin.execute(
            "SELECT tablename FROM pg_tables WHERE schemaname = 'public' "
            "AND tablename <> 'alembic_version'"
        )
    ]
    admin.execute("CREATE SCHEMA test_seed")
    seeded = []
    for table in tables:
        row = admin.execute(f'SELECT EXISTS (SELECT 1 FROM "{table}")').fetchone()
        if row and row[0]:
            admin.execute(f'CREATE TABLE test_seed."{table}" AS SELECT * FROM "{table}"')
            seeded.append(table)
    sequences = admin.execute(
        "SELECT table_name, pg_get_serial_sequence(quote_ident(table_name), 'id') "
        "FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'id' "
        "AND (column_default LIKE 'nextval%' OR is_identity = 'YES')"
    ).fetchall()
    parts = ["SET session_replication_role = replica"]
    parts += [f'DELETE FROM "{t}"' for t in tables]
    parts += [f'INSERT INTO "{t}" SELECT * FROM test_seed."{t}"' for t in seeded]
    parts += [
        f"SELECT setval('{seq}', COALESCE((SELECT MAX(id) FROM \"{table}\"), 0) + 1, false)"
        for table, seq in sequences
    ]
    parts.append("SET session_replication_role = DEFAULT")
    return ";\n".join(parts)


@pytest.fixture(scope="session")
def pg_shared(pg_server: PgServer, pg_template: str) -> Iterator[SharedPgDatabase]:
    name = f"teamlead_shared_{os.getpid()}"
    with pg_admin(pg_server) as admin:
        admin.execute(f"CREATE DATABASE {name} TEMPLATE {pg_template}")
    url = make_url(pg_server.url(name, password=SUPERUSER_PASSWORD))
    admin = psycopg.connect(pg_server.conninfo(name), autocommit=True)
    try:
        yield SharedPgDatabase(url, admin, _reset_sql(admin))
    finally:
        admin.close()


@pytest.fixture
def pg_db(pg_shared: SharedPgDatabase) -> Iterator[Database]:
    """The service tests' PostgreSQL database: just migrated, as the superuser."""
    database = Database.for_server(pg_shared.url)
    try:
        yield database
    finally:
        database.close()
        pg_shared.reset()


@pytest.fixture(scope="module")
def restartable_pg() -> Iterator[PgServer]:
    """A PostgreSQL server of its own that a test may stop and start (pause/resume) to see
    the app lose and regain the connection; the shared server is not disturbed."""
    yield from _own_server()


@pytest.fixture
def restart_db(restartable_pg: PgServer) -> Iterator[Database]:
    """A fresh migrated database on the restartable server, as the superuser."""
    with pg_admin(restartable_pg) as admin:
        admin.execute("DROP DATABASE IF EXISTS teamlead_restart WITH (FORCE)")
        admin.execute("CREATE DATABASE teamlead_restart")
    url = make_url(restartable_pg.url("teamlead_restart", password=SUPERUSER_PASSWORD))
    server_schema.init(url)
    database = Database.for_server(url)
    yield database
    database.close()
