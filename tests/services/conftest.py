"""The service tests run on both backends: each test that takes the `db` fixture (and not the
file itself through `db_path`) runs once on a SQLite file and once on a PostgreSQL database."""

from __future__ import annotations

import pytest

BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    """Tests marked `sqlite_only` are about the file itself (SQLite's query plans, backup
    files, which a server does not have); they keep running on the file."""
    if "db" not in metafunc.fixturenames or "db_path" in metafunc.fixturenames:
        return
    if metafunc.definition.get_closest_marker("sqlite_only") is not None:
        return
    metafunc.parametrize("db", BACKENDS, indirect=True)
