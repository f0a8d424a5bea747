"""A leaving mentor's open pairings are ended or handed over, never orphaned; a hand-over
keeps the rules (the new mentor may not lead the mentee's team)."""

from __future__ import annotations

from datetime import date

import pytest

from teamlead_app.data.context import ServiceContext
from teamlead_app.errors import ValidationError
from teamlead_app.services.pairings import pairings
from teamlead_app.services.pairings.handover import (
    end_open_pairings,
    hand_over,
    open_pairings_of_mentor,
)
from teamlead_app.services.pairings.rules import PairingDraft
from tests.services.pairing_helpers import TODAY, Company, company

LEAVES = date(2026, 4, 1)


def _open(ctx: ServiceContext) -> tuple[Company, int]:
    c = company(ctx)
    saved = pairings.save_pairing(
        ctx,
        PairingDraft(
            c.senior,
            c.apprentice,
            TODAY,
            "leermeester",
            status="actief",
            focus_skill_ids=(c.kantbank,),
        ),
        today=TODAY,
    )
    return c, saved.id


def test_hand_over_stops_the_old_and_starts_a_new_pairing(ctx: ServiceContext) -> None:
    c, old = _open(ctx)
    assert [p.id for p in open_pairings_of_mentor(ctx, c.senior)] == [old]
    result = hand_over(ctx, c.senior, [old], c.welder, LEAVES, "Łukasz vertrekt")
    [new] = result.new_ids
    before, after = pairings.get_pairing(ctx, old), pairings.get_pairing(ctx, new)
    assert (before.status, before.ended_on, before.stop_reason) == (
        "gestopt",
        LEAVES,
        "Łukasz vertrekt",
    )
    assert (after.mentor, after.mentee, after.kind, after.status) == (
        "Ayşe Yılmaz",
        "Sem Bakker",
        "leermeester",
        "actief",
    )
    assert (after.start_on, after.planned_end_on, after.focus_skills) == (
        LEAVES,
        before.planned_end_on,
        ("Kantbank <b>&",),
    )
    assert "untrained" in {w.code for w in result.warnings}
    assert open_pairings_of_mentor(ctx, c.senior) == []


def test_hand_over_to_the_mentees_own_leader_is_refused_and_saves_nothing(
    ctx: ServiceContext,
) -> None:
    c, old = _open(ctx)
    with pytest.raises(ValidationError, match="ploegleider van team Assemblage"):
        hand_over(ctx, c.senior, [old], c.leader, LEAVES, "")
    assert pairings.get_pairing(ctx, old).status == "actief"
    assert len(pairings.list_pairings(ctx)) == 1


def test_ending_needs_a_reason_and_only_the_mentors_open_pairings(ctx: ServiceContext) -> None:
    c, old = _open(ctx)
    with pytest.raises(ValidationError, match="reden"):
        end_open_pairings(ctx, c.senior, [old], LEAVES, " ")
    with pytest.raises(ValidationError, match="open koppel van deze mentor"):
        end_open_pairings(ctx, c.welder, [old], LEAVES, "Weg")
    end_open_pairings(ctx, c.senior, [old], LEAVES, "Mentor vertrekt")
    view = pairings.get_pairing(ctx, old)
    assert (view.status, view.ended_on) == ("gestopt", LEAVES)


def test_archiving_a_mentor_stops_the_open_pairings_in_the_same_step(ctx: ServiceContext) -> None:
    from teamlead_app.services.pairings.handover import archive_mentor
    from teamlead_app.services.people import employees as people

    c, pid = _open(ctx)
    with pytest.raises(ValidationError, match="reden"):
        archive_mentor(ctx, c.senior, LEAVES)
    # refused: nothing happened, not even the archiving
    assert people.get_employee(ctx, c.senior).row.date_out_of_service is None
    assert pairings.get_pairing(ctx, pid).status == "actief"
    archive_mentor(ctx, c.senior, LEAVES, reason="Gaat met pensioen")
    view = pairings.get_pairing(ctx, pid)
    assert (view.status, view.ended_on, view.stop_reason) == (
        "gestopt",
        LEAVES,
        "Gaat met pensioen",
    )
    assert people.get_employee(ctx, c.senior).row.date_out_of_service == LEAVES
    assert open_pairings_of_mentor(ctx, c.senior) == []


def test_archiving_a_mentor_hands_over_under_the_rules(ctx: ServiceContext) -> None:
    from teamlead_app.services.pairings.handover import archive_mentor
    from teamlead_app.services.people import employees as people

    c, pid = _open(ctx)
    with pytest.raises(ValidationError, match="ploegleider"):
        archive_mentor(ctx, c.senior, LEAVES, new_mentor_id=c.leader)
    assert people.get_employee(ctx, c.senior).row.date_out_of_service is None
    assert pairings.get_pairing(ctx, pid).status == "actief"
    result = archive_mentor(ctx, c.senior, LEAVES, new_mentor_id=c.colleague)
    [new_id] = result.new_ids
    new = pairings.get_pairing(ctx, new_id)
    assert (new.mentor_id, new.mentee_id, new.status, new.start_on) == (
        c.colleague,
        c.apprentice,
        "actief",
        LEAVES,
    )
    assert new.focus_skill_ids == (c.kantbank,)
    assert pairings.get_pairing(ctx, pid).status == "gestopt"
    assert people.get_employee(ctx, c.senior).row.date_out_of_service == LEAVES


def test_archiving_someone_who_guides_nobody_needs_no_reason(ctx: ServiceContext) -> None:
    from teamlead_app.services.pairings.handover import archive_mentor
    from teamlead_app.services.people import employees as people

    c, _ = _open(ctx)
    archive_mentor(ctx, c.welder, LEAVES)
    assert people.get_employee(ctx, c.welder).row.date_out_of_service == LEAVES
