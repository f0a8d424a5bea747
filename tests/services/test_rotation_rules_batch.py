"""The planner's batch of conflicts gives exactly what the single rule gives for each stored
rotation (same kinds, same messages, same order), on a team with every kind of conflict and
on randomly generated teams."""

from __future__ import annotations

import random
from datetime import date, timedelta

import pytest

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.services.rotations import rules as rotation_rules
from teamlead_app.services.rotations import schedule as rotations
from teamlead_app.services.rotations.draft import RotationDraft
from teamlead_app.services.rotations.rules_batch import conflicts_of_many
from teamlead_app.services.rotations.schedule import EvaluationDraft
from teamlead_app.services.rotations.stations import StationDraft
from teamlead_app.services.skills import certificates
from teamlead_app.services.skills import levels as skills
from teamlead_app.services.skills.certificates import CertificateDraft
from teamlead_app.services.skills.levels import LevelDraft, SkillDraft

TODAY = date(2026, 12, 7)
JAN4 = date(2027, 1, 4)


def _same_as_single(
    ctx: ServiceContext, ids: list[int]
) -> dict[int, tuple[rotation_rules.Conflict, ...]]:
    batch = conflicts_of_many(ctx, ids)
    for rotation_id in ids:
        assert batch[rotation_id] == tuple(rotation_rules.conflicts_of(ctx, rotation_id)), (
            rotation_id
        )
    return batch


def test_every_kind_of_conflict_matches_the_single_rule(ctx: ServiceContext) -> None:
    team = people.save_team(ctx, TeamDraft("Verspaning"))
    other = people.save_team(ctx, TeamDraft("Assemblage"))

    def person(first: str, team_id: int = team, **kw: object) -> int:
        draft = EmployeeDraft(first_name=first, last_name="Jansen", team_id=team_id, **kw)  # type: ignore[arg-type]
        return people.save_employee(ctx, draft)

    piet, kees, henk, ana, bob = (person(n) for n in ("Piet", "Kees", "Henk", "Łukasz", "Bob"))
    leaving = person("Vera", date_out_of_service=date(2027, 1, 10))
    outsider = person("Olga", other)
    lathe = skills.save_skill(ctx, SkillDraft("Draaibank <b>&", "machine", team))
    shared = skills.save_skill(ctx, SkillDraft("Veiligheid", "topic", None))
    fork_type = next(x.id for x in certificates.list_types(ctx) if x.name == "Heftruck")
    fork = skills.save_skill(ctx, SkillDraft("Heftruck rijden", "machine", team, fork_type))
    station = rotations.save_station(ctx, StationDraft("Paneelbouw", team, 2, (lathe, fork)))
    for who, skill, level in (
        (piet, lathe, "U"),
        (kees, lathe, "O"),
        (leaving, lathe, "U"),
        (outsider, lathe, "U"),
        (piet, shared, "U"),
        (outsider, shared, "O"),
        (henk, fork, "U"),
        (kees, fork, "U"),
        (ana, lathe, "L"),
    ):
        skills.set_level(ctx, LevelDraft(who, skill, level, TODAY, "Tijn"), today=TODAY)
    certificates.save_certificate(
        ctx, CertificateDraft(henk, fork_type, date(2021, 1, 1), date(2027, 1, 8))
    )
    certificates.save_certificate(
        ctx, CertificateDraft(kees, fork_type, date(2021, 1, 1), date(2031, 1, 1))
    )

    def plan(who: int, start: date, days: int, **kw: object) -> int:
        draft = RotationDraft(who, start, start + timedelta(days=days), **kw)  # type: ignore[arg-type]
        return rotations.save_rotation(ctx, draft)

    ids = [
        plan(piet, JAN4, 11, host_id=kees, station_id=station, skill_id=fork),
        plan(piet, JAN4 + timedelta(days=7), 4),  # double booking
        plan(ana, JAN4, 4, host_id=kees, station_id=station),  # host busy, prerequisites
        plan(bob, JAN4 + timedelta(days=2), 3, host_id=kees),  # three guests at once
        plan(kees, JAN4 + timedelta(days=3), 6),  # the host on a rotation of his own
        plan(henk, JAN4, 11, skill_id=fork, host_id=outsider),  # certificate expires
        plan(outsider, JAN4, 4, host_id=piet),
        plan(leaving, JAN4, 2),
    ]
    done = plan(bob, date(2026, 12, 1), 3)
    rotations.evaluate_rotation(ctx, EvaluationDraft(done, "doorgaan"), today=TODAY)
    batch = _same_as_single(ctx, [*ids, done])
    kinds = {c.kind for found in batch.values() for c in found}
    assert kinds == set(rotation_rules.CONFLICT_KINDS)
    assert batch[done] == ()


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_random_teams_match_the_single_rule(ctx: ServiceContext, seed: int) -> None:
    rng = random.Random(seed)
    team = people.save_team(ctx, TeamDraft(f"Team {seed}"))
    staff = [
        people.save_employee(ctx, EmployeeDraft(first_name=f"P{i}", last_name="X", team_id=team))
        for i in range(8)
    ]
    fork_type = next(x.id for x in certificates.list_types(ctx) if x.name == "Heftruck")
    catalogue = [
        skills.save_skill(
            ctx, SkillDraft(f"Vak {k}", "machine", team, fork_type if k == 0 else None)
        )
        for k in range(5)
    ]
    stations = [
        rotations.save_station(
            ctx, StationDraft(f"Plek {s}", team, 1, tuple(rng.sample(catalogue, 2)))
        )
        for s in range(3)
    ]
    for who in staff:
        for skill in rng.sample(catalogue, 3):
            level = rng.choice("ILUO")
            skills.set_level(ctx, LevelDraft(who, skill, level, TODAY, "Tijn"), today=TODAY)
        if rng.random() < 0.5:
            issued = date(2025, 1, 1)
            expires = issued + timedelta(days=rng.randrange(600, 900))
            certificates.save_certificate(ctx, CertificateDraft(who, fork_type, issued, expires))
    ids = []
    for _ in range(12):
        who = rng.choice(staff)
        host = rng.choice([None, *[s for s in staff if s != who]])
        start = JAN4 + timedelta(days=rng.randrange(40))
        draft = RotationDraft(
            who,
            start,
            start + timedelta(days=rng.randrange(1, 20)),
            host_id=host,
            station_id=rng.choice([None, *stations]),
            skill_id=rng.choice([None, *catalogue]),
        )
        ids.append(rotations.save_rotation(ctx, draft))
    batch = _same_as_single(ctx, ids)
    assert any(batch.values())
