"""Migration 0007 (the onboarding plan) keeps every row of the 0006 schema, pairings and
check-ins included, and the 0007 fixture's onboarding rows open intact."""

from __future__ import annotations

import shutil
from datetime import date
from pathlib import Path

from teamlead_app.data import migrate
from teamlead_app.services.pairings import pairings
from teamlead_app.services.pairings.onboarding_views import onboarding_plan
from teamlead_app.services.people import employees as people
from teamlead_app.services.storage.database import open_database
from tests.data.test_upgrade_0004 import _counts

FIXTURES = Path(__file__).parent / "fixtures"


def test_upgrade_from_0006_keeps_every_row(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "schema_0006.sqlite", path)
    before = _counts(path)
    assert before["pairing"] > 0 and before["pairing_checkin"] > 0
    assert migrate.prepare(path) == "upgraded"
    after = _counts(path)
    assert {name: after[name] for name in before} == before
    assert after["onboarding_item"] == 0
    db = open_database(path)
    try:
        [person] = people.list_employees(db)
        [view] = pairings.list_pairings(db, person.id, with_checkins=True)
        assert view.stop_reason == "Mentor vertrokken <b>&"
        assert onboarding_plan(db, person.id) is None
    finally:
        db.close()


def test_fixture_0007_keeps_the_onboarding_plan(tmp_path: Path) -> None:
    path = tmp_path / "f.sqlite"
    shutil.copy(FIXTURES / "schema_0007.sqlite", path)
    migrate.prepare(path)
    db = open_database(path)
    try:
        [person] = people.list_employees(db)
        plan = onboarding_plan(db, person.id)
        assert plan is not None
        [talk] = plan.talks
        assert (talk.code, talk.note) == ("week_1", "Week 1 <b>&")
        assert talk.conversation_id is not None
        [task] = plan.tasks
        assert (task.text, task.done_on) == ("Veiligheidsinstructie Łukasz 😀", date(2025, 1, 3))
    finally:
        db.close()
