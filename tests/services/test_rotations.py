"""The rotation planner: validation, every conflict rule (as a warning with its reason), the
amber "on rotation" coverage, suggestions with reasons, and the evaluation that closes the
loop in one transaction (level row naming the rotation, POP goal progress line)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import GoalProgress, Rotation, SkillLevel
from teamlead_app.errors import ValidationError
from teamlead_app.services.common import settings
from teamlead_app.services.development import goals
from teamlead_app.services.development.goal_rules import GoalDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.services.rotations import rules as rotation_rules
from teamlead_app.services.rotations import schedule as rotations
from teamlead_app.services.rotations import suggestions as rotation_suggestions
from teamlead_app.services.rotations.draft import RotationDraft
from teamlead_app.services.rotations.schedule import EvaluationDraft
from teamlead_app.services.rotations.stations import StationDraft
from teamlead_app.services.skills import certificates
from teamlead_app.services.skills import coverage as skill_coverage
from teamlead_app.services.skills import levels as skills
from teamlead_app.services.skills.certificates import CertificateDraft
from teamlead_app.services.skills.levels import LevelDraft, SkillDraft

TODAY = date(2026, 12, 7)
JAN5, JAN16 = date(2027, 1, 4), date(2027, 1, 15)


class World:
    def __init__(self, ctx: ServiceContext) -> None:
        self.db = ctx
        self.team = people.save_team(ctx, TeamDraft("Verspaning"))
        self.other_team = people.save_team(ctx, TeamDraft("Assemblage"))
        self.piet = self.person("Piet")
        self.kees = self.person("Kees")
        self.henk = self.person("Henk")
        self.ana = self.person("Łukasz")
        self.lathe = skills.save_skill(ctx, SkillDraft("Draaibank <b>&", "machine", self.team))

    def person(self, first: str, **kw: object) -> int:
        draft = EmployeeDraft(first_name=first, last_name="Jansen", team_id=self.team, **kw)  # type: ignore[arg-type]
        return people.save_employee(self.db, draft)

    def level(self, who: int, skill: int, level: str) -> None:
        skills.set_level(self.db, LevelDraft(who, skill, level, TODAY, "Tijn"), today=TODAY)

    def draft(self, who: int, **kw: object) -> RotationDraft:
        values: dict[str, object] = {"date_from": JAN5, "date_to": JAN16, **kw}
        return RotationDraft(who, **values)  # type: ignore[arg-type]

    def plan(self, who: int, **kw: object) -> int:
        return rotations.save_rotation(self.db, self.draft(who, **kw))

    def conflicts(self, who: int, **kw: object) -> list[rotation_rules.Conflict]:
        return rotation_rules.find_conflicts(self.db, self.draft(who, **kw))


@pytest.fixture
def w(ctx: ServiceContext) -> World:
    return World(ctx)


def _kinds(conflicts: list[rotation_rules.Conflict]) -> list[str]:
    return [c.kind for c in conflicts]


# --- validation ---------------------------------------------------------------------------


def test_end_before_start_is_refused_with_dutch_message(w: World) -> None:
    with pytest.raises(ValidationError, match=r"einddatum .* ligt vóór de begindatum") as e:
        rotations.save_rotation(w.db, RotationDraft(w.piet, JAN16, JAN5))
    assert e.value.field == "date_to"


def test_host_cannot_be_the_person_themself(w: World) -> None:
    with pytest.raises(ValidationError, match="begeleider kan niet de medewerker zelf") as e:
        w.plan(w.piet, host_id=w.piet)
    assert e.value.field == "host_id"


def test_archived_person_gets_no_rotation(w: World) -> None:
    gone = w.person("Oud", date_out_of_service=date(2026, 6, 30))
    with pytest.raises(ValidationError, match="uit dienst"):
        w.plan(gone)


def test_forms_are_seeded_from_domain_table_and_editable(w: World) -> None:
    names = [f.name for f in rotations.list_forms(w.db)]
    assert len(names) == 8
    assert names[0] == "Paar uur in ander team of aan andere machine"
    assert "Meestertoets in ander team" in names
    new = rotations.save_form(w.db, None, "Avondje <b>& 🛠", "proberen", "1 avond")
    assert rotations.list_forms(w.db)[-1] == rotations.RotationFormView(
        new, "Avondje <b>& 🛠", "proberen", "1 avond"
    )
    with pytest.raises(ValidationError, match="al een roulatievorm"):
        rotations.save_form(w.db, None, "avondje <B>& 🛠")


def test_list_rotations_filters_by_person_and_period(w: World) -> None:
    form = rotations.list_forms(w.db)[1].id
    first = w.plan(w.piet, form_id=form, host_id=w.henk, department="Werkvoorbereiding")
    rotations.save_rotation(w.db, RotationDraft(w.kees, date(2027, 3, 1), date(2027, 3, 5)))
    [view] = rotations.list_rotations(w.db, employee_id=w.piet)
    assert (view.id, view.host, view.where, view.status) == (
        first,
        "Henk Jansen",
        "Werkvoorbereiding",
        "gepland",
    )
    assert [v.employee for v in rotations.list_rotations(w.db, date_from=date(2027, 2, 1))] == [
        "Kees Jansen"
    ]
    assert len(rotations.list_rotations(w.db, date_to=date(2027, 12, 31))) == 2


# --- conflicts ----------------------------------------------------------------------------


def test_no_conflicts_for_a_clean_rotation(w: World) -> None:
    assert w.conflicts(w.piet, host_id=w.henk) == []


def test_double_booking_of_a_person(w: World) -> None:
    w.plan(w.piet, date_from=date(2027, 1, 11), date_to=date(2027, 1, 20))
    [conflict] = w.conflicts(w.piet)
    assert conflict.kind == "double_booking"
    assert "11-01-2027 – 20-01-2027" in conflict.message
    # A rotation that ends the day before does not clash; a stopped one neither.
    assert w.conflicts(w.piet, date_from=date(2027, 1, 21), date_to=date(2027, 1, 22)) == []


def test_changing_a_rotation_does_not_clash_with_itself(w: World) -> None:
    rid = w.plan(w.piet)
    assert rotation_rules.find_conflicts(w.db, w.draft(w.piet), rotation_id=rid) == []
    assert rotation_rules.conflicts_of(w.db, rid) == []


def test_host_with_too_many_guests_at_once(w: World) -> None:
    w.plan(w.piet, host_id=w.henk)
    w.plan(w.kees, host_id=w.henk)
    [conflict] = w.conflicts(w.ana, host_id=w.henk)
    assert conflict.kind == "host_busy"
    assert "Henk Jansen heeft dan 3 gasten tegelijk (maximaal 2)" in conflict.message
    # The setting raises the limit.
    settings.save_settings(w.db, replace(settings.get_settings(w.db), max_guests_per_host=3))
    assert w.conflicts(w.ana, host_id=w.henk) == []


def test_guests_one_after_another_are_not_at_once(w: World) -> None:
    rotations.save_rotation(w.db, RotationDraft(w.piet, JAN5, date(2027, 1, 6), host_id=w.henk))
    rotations.save_rotation(w.db, RotationDraft(w.kees, date(2027, 1, 11), JAN16, host_id=w.henk))
    assert w.conflicts(w.ana, host_id=w.henk) == []


def test_host_on_a_rotation_of_their_own(w: World) -> None:
    w.plan(w.henk)
    [conflict] = w.conflicts(w.piet, host_id=w.henk)
    assert conflict.kind == "host_busy"
    assert "zelf op roulatie" in conflict.message


def test_prerequisite_of_the_station_not_signed_off(w: World) -> None:
    saw = skills.save_skill(w.db, SkillDraft("Zaag", "machine", w.team))
    cnc = rotations.save_station(w.db, StationDraft("CNC 5-assig", w.team, 3, (saw, w.lathe)))
    w.level(w.piet, saw, "U")
    w.level(w.piet, w.lathe, "L")
    # (Piet is the only one at U on the saw: the coverage rule warns about that too.)
    [conflict] = [c for c in w.conflicts(w.piet, station_id=cnc) if c.kind != "coverage"]
    assert conflict.kind == "prerequisite"
    assert "'Draaibank <b>&' op niveau U" in conflict.message and "staat op L" in conflict.message
    w.level(w.piet, w.lathe, "O")
    assert "prerequisite" not in _kinds(w.conflicts(w.piet, station_id=cnc))


def test_home_team_drops_under_two_qualified_while_away(w: World) -> None:
    for who in (w.piet, w.kees):
        w.level(who, w.lathe, "U")
    [conflict] = w.conflicts(w.piet)
    assert conflict.kind == "coverage"
    assert "'Draaibank <b>&' houdt in het eigen team 1 gekwalificeerde" in conflict.message
    w.level(w.henk, w.lathe, "U")  # a third one: two stay behind
    assert w.conflicts(w.piet) == []
    # ...unless the third is away on a rotation in the same period.
    w.plan(w.henk)
    assert _kinds(w.conflicts(w.piet)) == ["coverage"]


def test_coverage_is_amber_while_someone_is_on_rotation_today(w: World) -> None:
    for who in (w.piet, w.kees):
        w.level(who, w.lathe, "U")

    def status() -> str:
        rows = skill_coverage.compute_coverage(w.db, team_id=w.team, today=TODAY)
        return next(r.status for r in rows if r.skill_id == w.lathe)

    assert status() == "green"
    rotations.save_rotation(w.db, RotationDraft(w.piet, date(2026, 12, 1), date(2026, 12, 11)))
    assert status() == "amber"


def test_required_certificate_missing_or_expired(w: World) -> None:
    vca = next(x.id for x in certificates.list_types(w.db) if x.name == "Heftruck")
    fork = skills.save_skill(w.db, SkillDraft("Heftruck rijden", "machine", w.team, vca))
    [missing] = w.conflicts(w.piet, skill_id=fork)
    assert missing.kind == "certificate"
    assert "Heftruck is vereist en ontbreekt" in missing.message
    certificates.save_certificate(
        w.db, CertificateDraft(w.piet, vca, date(2021, 1, 1), date(2026, 12, 1))
    )
    [expired] = w.conflicts(w.piet, skill_id=fork)
    assert "is verlopen op 01-12-2026" in expired.message
    certificates.save_certificate(
        w.db, CertificateDraft(w.piet, vca, date(2026, 12, 2), date(2031, 12, 1))
    )
    assert w.conflicts(w.piet, skill_id=fork) == []


def test_certificate_of_a_station_prerequisite_counts(w: World) -> None:
    nen = next(x.id for x in certificates.list_types(w.db) if x.name == "NEN 3140 VP")
    panel = skills.save_skill(w.db, SkillDraft("Schakelkast", "machine", w.team, nen))
    station = rotations.save_station(w.db, StationDraft("Paneelbouw", w.team, 2, (panel,)))
    w.level(w.piet, panel, "U")
    conflicts = [c for c in w.conflicts(w.piet, station_id=station) if c.kind != "coverage"]
    assert _kinds(conflicts) == ["certificate"]
    assert "NEN 3140 VP" in conflicts[0].message


# --- suggestions --------------------------------------------------------------------------


def test_suggestions_for_a_red_skill_nearest_first_with_free_host(w: World) -> None:
    w.level(w.henk, w.lathe, "O")
    w.level(w.piet, w.lathe, "I")
    w.level(w.kees, w.lathe, "L")
    found = rotation_suggestions.suggest(w.db, w.team, JAN5, JAN16)
    assert [(s.employee, s.level, s.steps_to_u) for s in found] == [
        ("Kees Jansen", "L", 1),
        ("Piet Jansen", "I", 2),
        ("Łukasz Jansen", "-", 3),
    ]
    first = found[0]
    assert (first.host, first.coverage) == ("Henk Jansen", "red")
    assert first.reasons[0] == "'Draaibank <b>&' is rood: 1 gekwalificeerd (U/O)."
    assert "nog 1 stap tot U" in first.reasons[1]
    assert "Begeleider Henk Jansen kan het opleiden (niveau O)" in first.reasons[2]


def test_suggestion_without_a_free_host_says_so(w: World) -> None:
    w.level(w.henk, w.lathe, "O")
    w.plan(w.henk)  # the only teacher is away
    found = rotation_suggestions.suggest(w.db, w.team, JAN5, JAN16)
    assert found and all(s.host_id is None for s in found)
    assert "Geen vrije begeleider" in found[0].reasons[2]
    assert w.henk not in {s.employee_id for s in found}


def test_no_suggestions_when_everything_is_green(w: World) -> None:
    for who in (w.piet, w.kees, w.henk):
        w.level(who, w.lathe, "U")
    assert rotation_suggestions.suggest(w.db, w.team, JAN5, JAN16) == []


# --- evaluation ---------------------------------------------------------------------------


def _goal(w: World) -> int:
    return goals.create_goal(w.db, w.piet, GoalDraft("Draaibank zelfstandig", start_date=TODAY))


def test_evaluation_closes_the_loop(w: World) -> None:
    goal = _goal(w)
    rid = rotations.save_rotation(
        w.db,
        RotationDraft(
            w.piet,
            date(2026, 11, 2),
            date(2026, 11, 20),
            host_id=w.henk,
            skill_id=w.lathe,
            target_level="U",
            goal_id=goal,
        ),
    )
    rotations.evaluate_rotation(
        w.db,
        EvaluationDraft(rid, "doorgaan", "Omstellen <b>&", "U", "Nu de 5-assige", True, TODAY),
        today=TODAY,
    )
    view = rotations.get_rotation(w.db, rid)
    assert (view.status, view.outcome, view.new_level, view.shared_with_team) == (
        "afgerond",
        "doorgaan",
        "U",
        True,
    )
    with w.db.sessions() as session:
        level = session.scalars(select(SkillLevel).where(SkillLevel.employee_id == w.piet)).one()
        progress = session.scalars(select(GoalProgress).where(GoalProgress.goal_id == goal)).one()
    assert (level.level, level.source, level.rotation_id, level.assessor) == (
        "U",
        "rotation",
        rid,
        "Henk Jansen",
    )
    assert progress.written_on == TODAY
    assert "geëvalueerd: Doorgaan" in progress.note and "Omstellen <b>&" in progress.note
    with pytest.raises(ValidationError, match="al geëvalueerd"):
        rotations.evaluate_rotation(w.db, EvaluationDraft(rid, "doorgaan"), today=TODAY)


def test_not_for_me_is_a_valid_outcome_without_level_change(w: World) -> None:
    goal = _goal(w)
    rid = w.plan(
        w.piet,
        date_from=date(2026, 11, 2),
        date_to=date(2026, 11, 13),
        skill_id=w.lathe,
        goal_id=goal,
    )
    rotations.evaluate_rotation(
        w.db,
        EvaluationDraft(rid, "niet_voor_mij", "Sliep slecht; eigen vak gekozen"),
        today=TODAY,
    )
    view = rotations.get_rotation(w.db, rid)
    assert (view.status, view.outcome, view.new_level) == ("afgerond", "niet_voor_mij", None)
    with w.db.sessions() as session:
        assert session.scalars(select(SkillLevel)).all() == []
        [note] = session.scalars(select(GoalProgress.note)).all()
    assert "Niet voor mij" in note


def test_evaluation_is_one_transaction(w: World, monkeypatch: pytest.MonkeyPatch) -> None:
    goal = _goal(w)
    rid = w.plan(
        w.piet,
        date_from=date(2026, 11, 2),
        date_to=date(2026, 11, 13),
        skill_id=w.lathe,
        goal_id=goal,
    )

    def broken(rotation: Rotation) -> str:
        raise RuntimeError("disk gone")

    monkeypatch.setattr(rotations, "_progress", broken)
    with pytest.raises(RuntimeError):
        rotations.evaluate_rotation(
            w.db, EvaluationDraft(rid, "doorgaan", new_level="L"), today=TODAY
        )
    assert rotations.get_rotation(w.db, rid).status == "gepland"
    with w.db.sessions() as session:
        assert session.scalars(select(SkillLevel)).all() == []
        assert session.scalars(select(GoalProgress)).all() == []


def test_evaluation_refuses_unknown_outcome_and_future_date(w: World) -> None:
    rid = w.plan(w.piet, date_from=date(2026, 11, 2), date_to=date(2026, 11, 13))
    with pytest.raises(ValidationError, match="Kies de uitkomst"):
        rotations.evaluate_rotation(w.db, EvaluationDraft(rid, "mislukt"), today=TODAY)
    with pytest.raises(ValidationError, match="in de toekomst"):
        rotations.evaluate_rotation(
            w.db, EvaluationDraft(rid, "doorgaan", evaluated_on=date(2027, 1, 1)), today=TODAY
        )


def test_profile_timeline_shows_rotation_and_its_evaluation(w: World) -> None:
    from teamlead_app.services.people.timeline import employee_timeline

    form = rotations.list_forms(w.db)[4]
    rid = rotations.save_rotation(
        w.db,
        RotationDraft(
            w.piet,
            date(2026, 11, 2),
            date(2026, 11, 13),
            form.id,
            w.henk,
            department="Werkvoorbereiding",
            skill_id=w.lathe,
            target_level="U",
        ),
    )
    rotations.evaluate_rotation(
        w.db,
        EvaluationDraft(rid, "niet_voor_mij", "Sliep slecht", None, "Eigen vak"),
        today=TODAY,
    )
    events = {e.kind: e for e in employee_timeline(w.db, w.piet)}
    planned, evaluated = events["rotation"], events["rotation_evaluated"]
    assert (planned.when, planned.title) == (date(2026, 11, 2), f"Roulatie: {form.name}")
    assert "tot en met 13-11-2026" in planned.detail and "Draaibank <b>& → U" in planned.detail
    assert (evaluated.when, evaluated.title) == (TODAY, "Roulatie geëvalueerd: niet voor mij")
    assert evaluated.detail == "Sliep slecht · volgende stap: Eigen vak"
