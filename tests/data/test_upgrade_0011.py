"""Migration 0011 (the craftsmanship card's state of one day) keeps every row of the 0010
schema, adds the state's tables (empty: the first card fills them) and, on SQLite, the
triggers that mark what a write may change; a new file has them all; the 0011 fixture opens as
current and its card, read from the state, equals the card computed live."""

from __future__ import annotations

import importlib
import shutil
import sqlite3
from datetime import date
from pathlib import Path

from teamlead_app.data import migrate
from teamlead_app.data.context import context_for
from teamlead_app.services.skills.alerts import card_lines, skill_alerts, skill_card
from teamlead_app.services.storage.database import open_database
from tests.data.test_upgrade_0004 import _counts

FIXTURES = Path(__file__).parent / "fixtures"
STATE = ("skill_day", "skill_day_state", "skill_dirty", "certificate_day", "certificate_dirty")
TRIGGERS = set(
    importlib.import_module("teamlead_app.data.migrations.versions.0011_skill_day").TRIGGER_NAMES
)


def _triggers(path: Path) -> set[str]:
    with sqlite3.connect(path) as connection:
        return {
            name
            for (name,) in connection.execute(
                "SELECT name FROM sqlite_master WHERE type = 'trigger'"
            )
        }


def test_upgrade_from_0010_keeps_every_row_and_adds_the_state(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "schema_0010.sqlite", path)
    before = _counts(path)
    assert migrate.prepare(path) == "upgraded"
    after = _counts(path)
    assert {name: after[name] for name in before} == before
    assert {name: after[name] for name in STATE} == dict.fromkeys(STATE, 0)
    assert _triggers(path) >= TRIGGERS
    assert len(TRIGGERS) == 18


def test_a_new_file_has_the_triggers(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite"
    open_database(path).close()
    assert _triggers(path) >= TRIGGERS


def test_fixture_0011_opens_as_current_and_its_card_is_right(tmp_path: Path) -> None:
    path = tmp_path / "f.sqlite"
    shutil.copy(FIXTURES / "schema_0011.sqlite", path)
    assert migrate.prepare(path) == "current"
    db = open_database(path)
    try:
        ctx = context_for(db)
        for today in (date(2026, 12, 7), date(2031, 1, 1)):
            every = card_lines(skill_alerts(ctx, None, today))
            assert every, "the fixture's one skill has one qualified person: red"
            kept = skill_card(ctx, None, today)
            assert (list(kept.lines), kept.total) == (every[:17], len(every))
    finally:
        db.close()
    with sqlite3.connect(path) as connection:
        assert connection.execute("SELECT day FROM skill_day_state").fetchone() == ("2031-01-01",)
