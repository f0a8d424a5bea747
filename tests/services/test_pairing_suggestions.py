"""Suggestions: ranked by the four named facts, each with its reasons as text; the mentee's
own leader never offered; an empty list says why."""

from __future__ import annotations

from datetime import date

import pytest

from teamlead_app.data.db import Database
from teamlead_app.errors import ValidationError
from teamlead_app.services.pairings import pairings
from teamlead_app.services.pairings.rules import PairingDraft
from teamlead_app.services.pairings.suggestions import suggest
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.teams import TeamDraft
from tests.services.pairing_helpers import TODAY, company, level, person


def test_ranked_by_gap_skills_then_team_with_named_reasons(db: Database) -> None:
    c = company(db)
    result = suggest(db, c.apprentice, today=TODAY)
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


def test_full_capacity_and_a_recent_repeat_move_a_candidate_down(db: Database) -> None:
    c = company(db)
    for first in ("Anna", "Bram"):
        mentee = person(db, first, "Nieuw", c.team)
        pairings.save_pairing(
            db, PairingDraft(c.senior, mentee, TODAY, status="actief"), today=TODAY
        )
    result = suggest(db, c.apprentice, today=TODAY)
    assert [x.name for x in result.candidates][:2] == ["Ayşe Yılmaz", "Łukasz Wiśniewski"]
    assert "Vol: begeleidt al 2 van 2" in result.candidates[1].reasons


def test_a_recent_repeat_ranks_below_an_equal_candidate(db: Database) -> None:
    c = company(db)
    twin = person(db, "Kees", "Tweede", c.other_team)
    level(db, twin, c.kantbank, "U")
    level(db, twin, c.tig, "O")
    old = pairings.save_pairing(
        db,
        PairingDraft(c.welder, c.apprentice, date(2025, 6, 2), status="actief"),
        today=date(2025, 6, 2),
    )
    pairings.set_status(db, old.id, "afgerond", on=date(2025, 12, 2), evaluation="Prima")
    result = suggest(db, c.apprentice, today=TODAY).candidates
    names = [x.name for x in result]
    assert names.index("Kees Tweede") < names.index("Ayşe Yılmaz")
    welder = result[names.index("Ayşe Yılmaz")]
    assert welder.recent_repeat
    assert "Was het afgelopen jaar al mentor van Sem Bakker" in welder.reasons


def test_buddy_training_is_shown_beside_the_name(db: Database) -> None:
    c = company(db)
    pairings.add_buddy_training(db, c.senior, date(2025, 3, 12), "Vakschool, 3 dagen")
    first = suggest(db, c.apprentice, today=TODAY).candidates[0]
    assert first.buddy_training == "12-03-2025 · Vakschool, 3 dagen"
    assert "Buddytraining: 12-03-2025 · Vakschool, 3 dagen" in first.reasons


def test_no_gap_skills_says_why(db: Database) -> None:
    c = company(db)
    level(db, c.apprentice, c.kantbank, "U")
    level(db, c.apprentice, c.tig, "U")
    result = suggest(db, c.apprentice, today=TODAY)
    assert result.candidates == ()
    assert "Sem Bakker heeft geen leerpunten" in result.empty_reason


def test_no_function_says_why(db: Database) -> None:
    c = company(db)
    loner = person(db, "Els", "Zonder", c.team, function="")
    result = suggest(db, loner, today=TODAY)
    assert result.candidates == () and "geen functie" in result.empty_reason


def test_a_team_of_one_without_qualified_colleagues_says_why(db: Database) -> None:
    c = company(db)
    alone = people.save_team(db, TeamDraft("Nachtdienst"))
    who = person(db, "Jan", "Alleen", alone, function="Monteur")
    # Nobody has the new skill at U or O.
    from teamlead_app.services.skills import knowledge
    from teamlead_app.services.skills import levels as skills
    from teamlead_app.services.skills.levels import SkillDraft

    new = skills.save_skill(db, SkillDraft("Lasrobot", "machine"))
    knowledge.set_required_level(db, "Monteur", new, "U")
    level(db, who, c.kantbank, "U")
    level(db, who, c.tig, "U")
    level(db, c.leader, new, "L")
    result = suggest(db, who, today=TODAY)
    assert result.candidates == ()
    assert result.empty_reason == (
        "Jan Alleen is de enige in team Nachtdienst, en in de andere teams heeft niemand "
        "niveau U of O in: Lasrobot."
    )


def test_bad_kind_and_archived_mentee_are_refused(db: Database) -> None:
    c = company(db)
    with pytest.raises(ValidationError, match="Onbekende soort 'coach'"):
        suggest(db, c.apprentice, "coach", today=TODAY)
    people.archive_employee(db, c.apprentice, date(2026, 2, 1))
    with pytest.raises(ValidationError, match="uit dienst"):
        suggest(db, c.apprentice, today=TODAY)
