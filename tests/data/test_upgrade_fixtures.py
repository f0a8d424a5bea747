"""A database from every released schema opens with its data intact. One fixture per schema
lives in tests/data/fixtures (schema_<revision>.sqlite); when a migration is added, the
previous head's fixture proves the upgrade keeps every row."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from teamlead_app.data import migrate
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.development import goals
from teamlead_app.services.people import employees as people
from teamlead_app.services.storage.database import open_database

FIXTURES = sorted((Path(__file__).parent / "fixtures").glob("schema_*.sqlite"))


def test_there_is_a_fixture_for_every_known_schema() -> None:
    names = {path.stem.removeprefix("schema_") for path in FIXTURES}
    assert names == set(migrate.KNOWN_REVISIONS)


@pytest.mark.parametrize("fixture", FIXTURES, ids=lambda p: p.stem)
def test_fixture_opens_with_its_data(fixture: Path, tmp_path: Path) -> None:
    path = tmp_path / fixture.name
    shutil.copy(fixture, path)
    assert migrate.prepare(path) in ("current", "upgraded")
    assert migrate.read_revision(path) == migrate.SCHEMA_HEAD
    db = open_database(path)
    try:
        [person] = people.list_employees(db)
        assert (person.full_name, person.personnel_number, person.team) == (
            "Łukasz Wiśniewski",
            "1024",
            "Assemblage",
        )
        [held] = conversations.list_conversations(db, employee_id=person.id)
        view = conversations.get_conversation(db, held.id)
        assert (view.shared_summary, view.private_notes) == ("Gedeeld <b>&", "Werkaantekening")
        assert [a.text for a in view.agreements] == ["Kantbank leren omstellen"]
        assert [g.what for g in goals.list_goals(db, employee_id=person.id)] == ["TIG-certificaat"]
    finally:
        db.close()
