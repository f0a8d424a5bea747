"""Hypothesis writes its example database and caches outside the checkout."""

from __future__ import annotations

from pathlib import Path

from hypothesis import settings
from hypothesis.configuration import storage_directory
from hypothesis.database import DirectoryBasedExampleDatabase

CHECKOUT = Path(__file__).resolve().parents[1]


def test_the_example_database_and_caches_live_outside_the_checkout() -> None:
    database = settings.default.database
    assert isinstance(database, DirectoryBasedExampleDatabase)
    assert not Path(database.path).resolve().is_relative_to(CHECKOUT)
    assert not storage_directory("unicode_data").path.resolve().is_relative_to(CHECKOUT)
