"""Migration 0006 (pairings, check-ins, team leaders, buddy training) keeps every row of the
0004 schema (skills, levels, certificates included), and the 0006 fixture's pairing rows open
intact."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from teamlead_app.data import migrate
from teamlead_app.services.pairings import pairings
from teamlead_app.services.people import employees as people
from teamlead_app.services.skills import knowledge
from teamlead_app.services.storage.database import open_database
from tests.data.test_upgrade_0004 import _counts

FIXTURES = Path(__file__).parent / "fixtures"


def test_upgrade_from_0004_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "schema_0004.sqlite", path)
    before = _counts(path)
    assert before["skill_level"] > 0 and before["certificate_scan"] > 0
    assert migrate.prepare(path) == "upgraded"
    after = _counts(path)
    assert {name: after[name] for name in before} == before
    new = ("pairing", "pairing_checkin", "team_leader", "buddy_training")
    assert {name: after[name] for name in new} == dict.fromkeys(new, 0)
    db = open_database(path)
    try:
        [person] = people.list_employees(db)
        [row] = knowledge.person_levels(db, person.id)
        assert [h.level for h in row.history] == ["U", "L"]
    finally:
        db.close()


def test_fixture_0006_keeps_pairing_checkins_leaders_and_training(tmp_path: Path) -> None:
    path = tmp_path / "f.sqlite"
    shutil.copy(FIXTURES / "schema_0006.sqlite", path)
    migrate.prepare(path)
    db = open_database(path)
    try:
        [person] = people.list_employees(db)
        [view] = pairings.list_pairings(db, person.id, with_checkins=True)
        assert (view.kind, view.status, view.mentor, view.mentee) == (
            "leermeester",
            "gestopt",
            "",
            "Łukasz Wiśniewski",
        )
        assert view.stop_reason == "Mentor vertrokken <b>&"
        assert [(c.held_on, c.note, c.shared) for c in view.checkins] == [
            (date(2025, 2, 1), "Check-in Łukasz 😀", False)
        ]
        [leader] = pairings.list_team_leaders(db)
        assert (leader.name, leader.role) == ("Łukasz Wiśniewski", "ploegleider")
        [training] = pairings.buddy_trainings(db, [person.id])
        assert training.how == "Vakschool <b>& 3 dagen"
    finally:
        db.close()
