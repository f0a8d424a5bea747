"""Shared fixtures: every test gets a fresh database file built by the real migrations
(a migrated template is made once per session and copied)."""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
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

from teamlead_app.data.db import Database
from teamlead_app.data.migrate import upgrade
from teamlead_app.i18n import set_language


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
def db(db_path: Path) -> Iterator[Database]:
    database = Database(db_path)
    yield database
    database.close()
