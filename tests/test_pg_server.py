"""Where PostgreSQL is not installed, the server tests are skipped with a reason that says so
and how to get it (tests/pg_server.py), instead of failing or silently passing."""

from __future__ import annotations

import pytest

from tests import pg_server


def test_without_the_binaries_the_reason_names_what_to_install(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(pg_server.glob, "glob", lambda _pattern: [])
    monkeypatch.setattr(pg_server.shutil, "which", lambda _name: None)
    assert pg_server.find_binaries() is None
    reason = pg_server.pg_unavailable()
    assert reason == pg_server.SKIP_REASON
    assert "postgresql" in reason and "initdb" in reason


def test_with_the_binaries_installed_nothing_stands_in_the_way() -> None:
    if pg_server.find_binaries() is None:
        pytest.skip(pg_server.SKIP_REASON)
    assert pg_server.pg_unavailable() is None
