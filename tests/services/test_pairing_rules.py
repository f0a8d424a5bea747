"""Every pairing rule (domain §3.10), hard and soft, with the reason it gives; a refusal
saves nothing."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Pairing
from teamlead_app.errors import ValidationError
from teamlead_app.services.common.settings import get_settings, save_settings
from teamlead_app.services.pairings import pairings
from teamlead_app.services.pairings.rules import PairingDraft
from teamlead_app.services.people import employees as people
from tests.services.pairing_helpers import TODAY, Company, company, person

START = date(2026, 3, 2)


@pytest.fixture
def firm(ctx: ServiceContext) -> Company:
    return company(ctx)


def _draft(c: Company, **changes: object) -> PairingDraft:
    base = PairingDraft(mentor_id=c.senior, mentee_id=c.apprentice, start_on=START)
    return replace(base, **changes)  # type: ignore[arg-type]


def _count(ctx: ServiceContext) -> int:
    with ctx.sessions() as session:
        return int(session.scalar(select(func.count(Pairing.id))) or 0)


def _trained(ctx: ServiceContext, who: int) -> None:
    pairings.add_buddy_training(ctx, who, date(2025, 1, 10), "Drie dagen op de vakschool")


def test_a_clean_pairing_has_no_findings_and_ends_after_six_months(
    ctx: ServiceContext, firm: Company
) -> None:
    _trained(ctx, firm.senior)
    saved = pairings.save_pairing(ctx, _draft(firm), today=TODAY)
    assert saved.check.findings == ()
    view = pairings.get_pairing(ctx, saved.id)
    assert (view.planned_end_on, view.status, view.mentor) == (
        date(2026, 9, 2),
        "voorgesteld",
        "Łukasz Wiśniewski",
    )


@pytest.mark.parametrize(
    ("changes", "code", "words"),
    [
        ({"mentor_id": "apprentice"}, "same_person", "dezelfde persoon"),
        ({"planned_end_on": date(2026, 2, 1)}, "end_before_start", "vóór de startdatum"),
        ({"mentor_id": "leader"}, "own_leader", "ploegleider van team Assemblage"),
        ({"kind": "coach"}, "kind", "Onbekende soort"),
        ({"checkin_weeks": 0}, "checkin_weeks", "1 tot 52 weken"),
    ],
)
def test_hard_rules_refuse_with_the_reason_and_save_nothing(
    ctx: ServiceContext, firm: Company, changes: dict[str, object], code: str, words: str
) -> None:
    resolved = {k: getattr(firm, v) if k.endswith("_id") else v for k, v in changes.items()}
    draft = _draft(firm, **resolved)
    check = pairings.check_draft(ctx, draft, today=TODAY)
    assert code in {f.code for f in check.refusals}
    with pytest.raises(ValidationError, match=words) as caught:
        pairings.save_pairing(ctx, draft, today=TODAY)
    assert caught.value.field == code
    assert _count(ctx) == 0


def test_an_archived_person_is_refused_on_either_side(ctx: ServiceContext, firm: Company) -> None:
    people.archive_employee(ctx, firm.senior, date(2026, 1, 31))
    with pytest.raises(ValidationError, match=r"Łukasz Wiśniewski .*uit dienst"):
        pairings.save_pairing(ctx, _draft(firm), today=TODAY)
    people.archive_employee(ctx, firm.apprentice, date(2026, 2, 1))
    check = pairings.check_draft(ctx, _draft(firm, mentor_id=firm.colleague), today=TODAY)
    assert [f.code for f in check.refusals] == ["archived"]
    assert _count(ctx) == 0


def test_the_leader_rule_needs_the_team_leader_link(ctx: ServiceContext, firm: Company) -> None:
    """Without the link (a team's leader only as a name) the same person is allowed."""
    pairings.set_team_leaders(ctx, firm.team, [])
    check = pairings.check_draft(ctx, _draft(firm, mentor_id=firm.leader), today=TODAY)
    assert "own_leader" not in check.codes()
    # A leader of another team may mentor.
    pairings.set_team_leaders(ctx, firm.other_team, [(firm.welder, "meewerkend_voorman")])
    check = pairings.check_draft(ctx, _draft(firm, mentor_id=firm.welder), today=TODAY)
    assert not check.refused


def test_a_team_picks_its_leaders_from_its_own_people(ctx: ServiceContext, firm: Company) -> None:
    with pytest.raises(ValidationError, match="hoort niet bij dit team"):
        pairings.set_team_leaders(ctx, firm.team, [(firm.welder, "leider")])
    assert [x.name for x in pairings.list_team_leaders(ctx, firm.team)] == ["Henk de Vries"]


def test_capacity_warns_above_the_setting(ctx: ServiceContext, firm: Company) -> None:
    _trained(ctx, firm.senior)
    for first in ("Anna", "Bram"):
        mentee = person(ctx, first, "Nieuw", firm.team)
        saved = pairings.save_pairing(
            ctx, _draft(firm, mentee_id=mentee, status="actief"), today=TODAY
        )
        assert "capacity" not in saved.check.codes()
    saved = pairings.save_pairing(ctx, _draft(firm), today=TODAY)
    [warning] = saved.check.warnings
    assert warning.code == "capacity" and warning.severity == "warning"
    assert "begeleidt al 2 mentee(s)" in warning.message and "meer dan de 2" in warning.message
    save_settings(ctx, replace(get_settings(ctx), max_active_mentees=3))
    check = pairings.check_draft(ctx, _draft(firm), pairing_id=saved.id, today=TODAY)
    assert "capacity" not in check.codes()


def test_shorter_than_six_months_warns_for_an_apprentice_only(
    ctx: ServiceContext, firm: Company
) -> None:
    short = {"planned_end_on": date(2026, 8, 1)}
    check = pairings.check_draft(ctx, _draft(firm, **short), today=TODAY)
    [finding] = [f for f in check.findings if f.code == "short"]
    assert finding.severity == "warning" and "een BBL-leerling" in finding.message
    veteran = person(ctx, "Jan", "Oud", firm.team)
    check = pairings.check_draft(ctx, _draft(firm, mentee_id=veteran, **short), today=TODAY)
    assert "short" not in check.codes()


def test_a_mentor_without_buddy_training_gets_a_warning(ctx: ServiceContext, firm: Company) -> None:
    check = pairings.check_draft(ctx, _draft(firm), today=TODAY)
    assert "untrained" in {f.code for f in check.warnings}
    _trained(ctx, firm.senior)
    assert "untrained" not in pairings.check_draft(ctx, _draft(firm), today=TODAY).codes()
    [row] = pairings.buddy_trainings(ctx, [firm.senior])
    assert row.how == "Drie dagen op de vakschool"


def test_the_same_pair_within_a_year_is_a_hint(ctx: ServiceContext, firm: Company) -> None:
    first = pairings.save_pairing(
        ctx, _draft(firm, start_on=date(2025, 1, 6), status="actief"), today=TODAY
    )
    pairings.set_status(ctx, first.id, "afgerond", on=date(2025, 7, 1), evaluation="Goed")
    check = pairings.check_draft(ctx, _draft(firm), today=TODAY)
    [hint] = [f for f in check.findings if f.code == "repeat"]
    assert hint.severity == "hint" and "06-01-2025 – 01-07-2025" in hint.message
    later = _draft(firm, start_on=date(2026, 7, 2))
    assert "repeat" not in pairings.check_draft(ctx, later, today=TODAY).codes()


def test_a_mentor_leaving_before_the_planned_end_warns(ctx: ServiceContext, firm: Company) -> None:
    people.archive_employee(ctx, firm.senior, date(2026, 6, 30))
    check = pairings.check_draft(ctx, _draft(firm), today=TODAY)
    [finding] = [f for f in check.findings if f.code == "leaving"]
    assert "30-06-2026" in finding.message and "02-09-2026" in finding.message
    assert not check.refused


def test_refusals_come_before_warnings(ctx: ServiceContext, firm: Company) -> None:
    check = pairings.check_draft(
        ctx, _draft(firm, mentor_id=firm.leader, planned_end_on=date(2026, 5, 1)), today=TODAY
    )
    assert [f.severity for f in check.findings] == ["refused", "warning", "warning"]
    assert {"short", "untrained"} <= check.codes()


def test_activating_a_proposal_checks_the_hard_rules_again(
    ctx: ServiceContext, firm: Company
) -> None:
    saved = pairings.save_pairing(ctx, _draft(firm), today=TODAY)
    pairings.set_team_leaders(ctx, firm.team, [(firm.senior, "meewerkend_voorman")])
    with pytest.raises(ValidationError, match="meewerkend voorman van team Assemblage"):
        pairings.set_status(ctx, saved.id, "actief", on=TODAY)
    assert pairings.get_pairing(ctx, saved.id).status == "voorgesteld"
    pairings.set_team_leaders(ctx, firm.team, [(firm.leader, "leider")])
    pairings.set_status(ctx, saved.id, "actief", on=TODAY)
    assert pairings.get_pairing(ctx, saved.id).status == "actief"


def test_stopping_needs_a_reason(ctx: ServiceContext, firm: Company) -> None:
    saved = pairings.save_pairing(ctx, _draft(firm, status="actief"), today=TODAY)
    with pytest.raises(ValidationError, match="reden"):
        pairings.set_status(ctx, saved.id, "gestopt", on=TODAY)
    pairings.set_status(ctx, saved.id, "gestopt", on=TODAY, reason="Ander rooster")
    view = pairings.get_pairing(ctx, saved.id)
    assert (view.status, view.ended_on, view.stop_reason) == ("gestopt", TODAY, "Ander rooster")


def test_a_proposal_is_stopped_before_its_start_but_never_completed(
    ctx: ServiceContext, firm: Company
) -> None:
    later = date(2026, 6, 1)
    saved = pairings.save_pairing(ctx, _draft(firm, start_on=later), today=TODAY)
    with pytest.raises(ValidationError, match="nooit begonnen"):
        pairings.set_status(ctx, saved.id, "afgerond", on=later, evaluation="x")
    pairings.set_status(ctx, saved.id, "gestopt", on=TODAY, reason="Gaat toch niet door")
    view = pairings.get_pairing(ctx, saved.id)
    assert (view.status, view.ended_on) == ("gestopt", TODAY)
    # an active pairing still cannot end before its start
    active = pairings.save_pairing(
        ctx, _draft(firm, mentor_id=firm.colleague, start_on=later, status="actief"), today=TODAY
    )
    with pytest.raises(ValidationError, match="vóór de start"):
        pairings.set_status(ctx, active.id, "gestopt", on=TODAY, reason="x")


def test_changing_a_pairing_keeps_its_id_and_status_under_the_rules(
    ctx: ServiceContext, firm: Company
) -> None:
    saved = pairings.save_pairing(
        ctx, _draft(firm, status="actief", focus_skill_ids=(firm.kantbank,)), today=TODAY
    )
    changed = _draft(
        firm,
        mentor_id=firm.colleague,
        status="actief",
        checkin_weeks=2,
        focus_skill_ids=(firm.kantbank,),
    )
    # the pairing itself does not count against the new mentor's capacity or as a repeat
    check = pairings.check_draft(ctx, changed, saved.id, today=TODAY)
    assert "capacity" not in check.codes() and "repeat" not in check.codes()
    again = pairings.save_pairing(ctx, changed, saved.id, today=TODAY)
    assert again.id == saved.id and _count(ctx) == 1
    view = pairings.get_pairing(ctx, saved.id)
    assert (view.mentor_id, view.checkin_weeks, view.status, view.focus_skill_ids) == (
        firm.colleague,
        2,
        "actief",
        (firm.kantbank,),
    )
    with pytest.raises(ValidationError, match="ploegleider"):
        pairings.save_pairing(ctx, replace(changed, mentor_id=firm.leader), saved.id, today=TODAY)
    assert pairings.get_pairing(ctx, saved.id).mentor_id == firm.colleague
