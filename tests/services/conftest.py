"""The service tests run on both backends: each test that takes the `db` fixture (and not the
file itself through `db_path`) runs once on a SQLite file and once on a PostgreSQL database."""

from __future__ import annotations

import pytest

BACKENDS = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "db" in metafunc.fixturenames and "db_path" not in metafunc.fixturenames:
        metafunc.parametrize("db", BACKENDS, indirect=True)
