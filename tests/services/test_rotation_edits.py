"""Changing what was planned: a planned rotation goes, a running or evaluated one stays (with
a Dutch reason); an evaluated one cannot be changed; a station or form in use stays; the
open POP goals a rotation can serve."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import func, select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Rotation, StationSkill
from teamlead_app.errors import ValidationError
from teamlead_app.services.development import goals
from teamlead_app.services.development.goal_rules import GoalDraft
from teamlead_app.services.rotations import edits as rotation_edits
from teamlead_app.services.rotations import schedule as rotations
from teamlead_app.services.rotations.schedule import EvaluationDraft
from teamlead_app.services.rotations.stations import StationDraft
from tests.services.test_rotations import JAN5, JAN16, TODAY, World


@pytest.fixture
def w(ctx: ServiceContext) -> World:
    return World(ctx)


def test_a_planned_rotation_can_be_deleted(w: World) -> None:
    rid = w.plan(w.piet)
    rotation_edits.delete_rotation(w.db, rid, today=TODAY)
    assert rotations.list_rotations(w.db) == []


def test_a_running_rotation_is_refused_with_the_reason(w: World) -> None:
    rid = w.plan(w.piet, date_from=date(2026, 12, 1), date_to=JAN16)
    with pytest.raises(ValidationError, match=r"al begonnen \(op 01-12-2026\).*afgebroken"):
        rotation_edits.delete_rotation(w.db, rid, today=TODAY)
    started = w.plan(w.kees, status="bezig")  # marked running though its first day is ahead
    with pytest.raises(ValidationError, match="al begonnen"):
        rotation_edits.delete_rotation(w.db, started, today=TODAY)
    assert len(rotations.list_rotations(w.db)) == 2


def test_an_evaluated_rotation_is_neither_deleted_nor_changed(w: World) -> None:
    rid = w.plan(w.piet, date_from=date(2026, 11, 2), date_to=date(2026, 11, 6))
    rotations.evaluate_rotation(w.db, EvaluationDraft(rid, "niet_voor_mij"), today=TODAY)
    with pytest.raises(ValidationError, match="al geëvalueerd en blijft"):
        rotation_edits.delete_rotation(w.db, rid, today=TODAY)
    with pytest.raises(ValidationError, match="kan niet meer worden gewijzigd"):
        rotations.save_rotation(w.db, w.draft(w.piet, host_id=w.henk), rid)
    view = rotations.get_rotation(w.db, rid)
    assert (view.status, view.host_id) == ("afgerond", None)


def test_changing_a_planned_rotation_keeps_its_id(w: World) -> None:
    rid = w.plan(w.piet)
    rotations.save_rotation(w.db, w.draft(w.piet, host_id=w.henk, date_to=JAN5), rid)
    view = rotations.get_rotation(w.db, rid)
    assert (view.id, view.host_id, view.date_to) == (rid, w.henk, JAN5)


def test_a_station_in_use_stays_an_unused_one_goes(w: World) -> None:
    used = rotations.save_station(w.db, StationDraft("DMG <b>&", w.team, 2, (w.lathe,)))
    free = rotations.save_station(w.db, StationDraft("Zaag", w.team, 1, (w.lathe,)))
    w.plan(w.piet, station_id=used)
    with pytest.raises(ValidationError, match=r"werkplek staat bij 1 roulatie\(s\)"):
        rotation_edits.delete_station(w.db, used)
    rotation_edits.delete_station(w.db, free)
    assert [s.id for s in rotations.list_stations(w.db)] == [used]
    with w.db.sessions() as session:
        links = session.scalar(select(func.count()).select_from(StationSkill))
    assert links == 1


def test_a_form_in_use_stays_an_unused_one_goes(w: World) -> None:
    forms = rotations.list_forms(w.db)
    w.plan(w.piet, form_id=forms[0].id)
    with pytest.raises(ValidationError, match="roulatievorm staat bij 1"):
        rotation_edits.delete_form(w.db, forms[0].id)
    rotation_edits.delete_form(w.db, forms[1].id)
    assert [f.id for f in rotations.list_forms(w.db)] == [forms[0].id] + [f.id for f in forms[2:]]
    with w.db.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Rotation)) == 1


def test_goal_choices_are_the_open_goals_and_the_linked_one(w: World) -> None:
    open_goal = goals.create_goal(
        w.db, w.piet, GoalDraft("Draaibank  zelfstandig", start_date=TODAY)
    )
    done = goals.create_goal(w.db, w.piet, GoalDraft("Lassen", start_date=TODAY))
    goals.create_goal(w.db, w.kees, GoalDraft("Frezen", start_date=TODAY))
    goals.set_goal_status(w.db, done, "achieved", on=TODAY)
    assert [(c.id, c.what) for c in rotation_edits.goal_choices(w.db, w.piet)] == [
        (open_goal, "Draaibank zelfstandig")
    ]
    kept = rotation_edits.goal_choices(w.db, w.piet, keep=done)
    assert {c.id for c in kept} == {open_goal, done}


def test_a_goal_names_a_skill_by_its_first_word() -> None:
    assert rotation_edits.goal_names_skill("De lasersnijder leren bedienen", "Lasersnijder")
    assert rotation_edits.goal_names_skill("Werkbonnen zelf afhandelen", "Werkbon invullen")
    assert not rotation_edits.goal_names_skill("Heftruckcertificaat halen", "Hydrauliek")
    assert not rotation_edits.goal_names_skill("Alles", "")
