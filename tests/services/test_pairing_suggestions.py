"""Suggestions: ranked by the four named facts, each with its reasons as text; the mentee's
own leader never offered; an empty list says why."""

from __future__ import annotations

from datetime import date

import pytest

from teamlead_app.data.context import ServiceContext
from teamlead_app.errors import ValidationError
from teamlead_app.services.pairings import pairings
from teamlead_app.services.pairings.rules import PairingDraft
from teamlead_app.services.pairings.suggestions import suggest
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.teams import TeamDraft
from tests.services.pairing_helpers import TODAY, company, level, person


def test_ranked_by_gap_skills_then_team_with_named_reasons(ctx: ServiceContext) -> None:
    c = company(ctx)
    result = suggest(ctx, c.apprentice, today=TODAY)
    assert result.empty_reason == ""
    assert result.gap_skills == ("Kantbank <b>&", "TIG-lassen")
    names = [x.name for x in result.candidates]
    # Both seniors cover 2 of 2; the same team first; Piet covers 1; Henk leads the team.
    assert names == ["Łukasz Wiśniewski", "Ayşe Yılmaz", "Piet Jansen"]
    first = result.candidates[0]
    assert first.reasons[0] == (
        "Niveau U of O in 2 van 2 leerpunten: Kantbank <b>& (O), TIG-lassen (U)"
    )
    assert "Ruimte: begeleidt nu 0 van 2" in first.reasons
    assert "Zelfde team (Assemblage)" in first.reasons
    assert "Ander team (Lassen)" in result.candidates[1].reasons
    assert "Geen buddytraining geregistreerd" in first.reasons


def test_full_capacity_and_a_recent_repeat_move_a_candidate_down(ctx: ServiceContext) -> None:
    c = company(ctx)
    for first in ("Anna", "Bram"):
        mentee = person(ctx, first, "Nieuw", c.team)
        pairings.save_pairing(
            ctx, PairingDraft(c.senior, mentee, TODAY, status="actief"), today=TODAY
        )
    result = suggest(ctx, c.apprentice, today=TODAY)
    assert [x.name for x in result.candidates][:2] == ["Ayşe Yılmaz", "Łukasz Wiśniewski"]
    assert "Vol: begeleidt al 2 van 2" in result.candidates[1].reasons


def test_a_recent_repeat_ranks_below_an_equal_candidate(ctx: ServiceContext) -> None:
    c = company(ctx)
    twin = person(ctx, "Kees", "Tweede", c.other_team)
    level(ctx, twin, c.kantbank, "U")
    level(ctx, twin, c.tig, "O")
    old = pairings.save_pairing(
        ctx,
        PairingDraft(c.welder, c.apprentice, date(2025, 6, 2), status="actief"),
        today=date(2025, 6, 2),
    )
    pairings.set_status(ctx, old.id, "afgerond", on=date(2025, 12, 2), evaluation="Prima")
    result = suggest(ctx, c.apprentice, today=TODAY).candidates
    names = [x.name for x in result]
    assert names.index("Kees Tweede") < names.index("Ayşe Yılmaz")
    welder = result[names.index("Ayşe Yılmaz")]
    assert welder.recent_repeat
    assert "Was het afgelopen jaar al mentor van Sem Bakker" in welder.reasons


def test_buddy_training_is_shown_beside_the_name(ctx: ServiceContext) -> None:
    c = company(ctx)
    pairings.add_buddy_training(ctx, c.senior, date(2025, 3, 12), "Vakschool, 3 dagen")
    first = suggest(ctx, c.apprentice, today=TODAY).candidates[0]
    assert first.buddy_training == "12-03-2025 · Vakschool, 3 dagen"
    assert "Buddytraining: 12-03-2025 · Vakschool, 3 dagen" in first.reasons


def test_no_gap_skills_says_why(ctx: ServiceContext) -> None:
    c = company(ctx)
    level(ctx, c.apprentice, c.kantbank, "U")
    level(ctx, c.apprentice, c.tig, "U")
    result = suggest(ctx, c.apprentice, today=TODAY)
    assert result.candidates == ()
    assert "Sem Bakker heeft geen leerpunten" in result.empty_reason


def test_no_function_says_why(ctx: ServiceContext) -> None:
    c = company(ctx)
    loner = person(ctx, "Els", "Zonder", c.team, function="")
    result = suggest(ctx, loner, today=TODAY)
    assert result.candidates == () and "geen functie" in result.empty_reason


def test_a_team_of_one_without_qualified_colleagues_says_why(ctx: ServiceContext) -> None:
    c = company(ctx)
    alone = people.save_team(ctx, TeamDraft("Nachtdienst"))
    who = person(ctx, "Jan", "Alleen", alone, function="Monteur")
    # Nobody has the new skill at U or O.
    from teamlead_app.services.skills import knowledge
    from teamlead_app.services.skills import levels as skills
    from teamlead_app.services.skills.levels import SkillDraft

    new = skills.save_skill(ctx, SkillDraft("Lasrobot", "machine"))
    knowledge.set_required_level(ctx, "Monteur", new, "U")
    level(ctx, who, c.kantbank, "U")
    level(ctx, who, c.tig, "U")
    level(ctx, c.leader, new, "L")
    result = suggest(ctx, who, today=TODAY)
    assert result.candidates == ()
    assert result.empty_reason == (
        "Jan Alleen is de enige in team Nachtdienst, en in de andere teams heeft niemand "
        "niveau U of O in: Lasrobot."
    )


def test_bad_kind_and_archived_mentee_are_refused(ctx: ServiceContext) -> None:
    c = company(ctx)
    with pytest.raises(ValidationError, match="Onbekende soort 'coach'"):
        suggest(ctx, c.apprentice, "coach", today=TODAY)
    people.archive_employee(ctx, c.apprentice, date(2026, 2, 1))
    with pytest.raises(ValidationError, match="uit dienst"):
        suggest(ctx, c.apprentice, today=TODAY)
