"""Migration 0005 (stations, rotation forms, rotations, the rotation of a level) keeps every
row of the 0004 schema, seeds the rotation forms of domain §3.9, and the 0005 fixture's
rotation with its evaluation opens intact."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

from teamlead_app.data import migrate
from teamlead_app.services.people import employees as people
from teamlead_app.services.rotations import schedule as rotations
from teamlead_app.services.skills import knowledge
from teamlead_app.services.storage.database import open_database
from tests.data.test_upgrade_0004 import _counts

FIXTURES = Path(__file__).parent / "fixtures"


def test_upgrade_from_0004_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "schema_0004.sqlite", path)
    before = _counts(path)
    assert before["skill_level"] == 2 and before["certificate"] == 1
    assert migrate.prepare(path) == "upgraded"
    after = _counts(path)
    assert {name: after[name] for name in before} == before
    assert after["rotation"] == after["station"] == after["station_skill"] == 0
    assert after["rotation_form"] == 8
    con = sqlite3.connect(path)
    try:
        assert (
            con.execute("SELECT count(*) FROM skill_level WHERE rotation_id IS NULL").fetchone()[0]
            == 2
        )
    finally:
        con.close()
    db = open_database(path)
    try:
        [person] = people.list_employees(db)
        [row] = knowledge.person_levels(db, person.id)
        assert (row.skill, row.level) == ("Kantbank <b>&", "U")
    finally:
        db.close()


def test_fixture_0005_keeps_rotation_and_its_level(tmp_path: Path) -> None:
    path = tmp_path / "f.sqlite"
    shutil.copy(FIXTURES / "schema_0005.sqlite", path)
    migrate.prepare(path)
    db = open_database(path)
    try:
        [person] = people.list_employees(db)
        [rotation] = rotations.list_rotations(db, employee_id=person.id)
        assert (rotation.where, rotation.outcome, rotation.new_level) == (
            "Kantbank 4 m <b>& · Plaatwerk 🛠",
            "doorgaan",
            "O",
        )
        assert (rotation.learned, rotation.evaluated_on) == ("Omstellen <b>&", date(2026, 10, 19))
        [row] = knowledge.person_levels(db, person.id)
        assert [h.level for h in row.history] == ["O", "U", "L"]
        [station] = rotations.list_stations(db)
        assert (station.name, station.complexity) == ("Kantbank 4 m <b>&", 2)
    finally:
        db.close()
