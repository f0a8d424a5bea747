"""Two leads at once (issue 14): two screens load the same record, both save; the second
gets a ConflictError with both versions and the database keeps the first save; "Mijn versie
opslaan" (the same draft with the stored version) then succeeds. Runs on SQLite and on
PostgreSQL (tests/services/conftest.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import update

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Conversation
from teamlead_app.errors import ConflictError
from teamlead_app.records.conversations import AgreementDraft, ConversationDraft, FollowUpDraft
from teamlead_app.records.development import PopDraft
from teamlead_app.services.common import edit_versions
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.development import goals, pop
from teamlead_app.services.development.goals import GoalDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.services.rotations import schedule as rotations
from teamlead_app.services.rotations.draft import RotationDraft

NOW = datetime(2026, 12, 1, 9, 0)
LONG = "Łukasz Wiśniewski <b>& 😀 " + "lange tekst " * 200


@pytest.fixture
def person(ctx: ServiceContext) -> int:
    team = people.save_team(ctx, TeamDraft("Plaatwerk"))
    return people.save_employee(
        ctx, EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski", team_id=team)
    )


def _conversation(ctx: ServiceContext, person: int) -> int:
    planned = conversations.plan_conversation(
        ctx, ConversationPlanDraft(person, datetime(2026, 12, 7, 10, 0)), now=NOW
    )
    return planned.conversation_id


def test_second_conversation_save_gets_the_conflict_and_the_first_is_kept(
    ctx: ServiceContext, person: int
) -> None:
    conversation_id = _conversation(ctx, person)
    loaded_a = conversations.get_conversation(ctx, conversation_id)
    loaded_b = conversations.get_conversation(ctx, conversation_id)
    assert loaded_a.row_version == loaded_b.row_version == 1
    mine_a = ConversationDraft(shared_summary="Lead A <b>&", row_version=loaded_a.row_version)
    mine_b = ConversationDraft(shared_summary=LONG, score=4, row_version=loaded_b.row_version)
    conversations.save_conversation(ctx, conversation_id, mine_a)
    stored = conversations.get_conversation(ctx, conversation_id)
    with pytest.raises(ConflictError) as caught:
        conversations.save_conversation(ctx, conversation_id, mine_b)
    error = caught.value
    assert (error.mine_version, error.theirs_version) == (1, stored.row_version) == (1, 2)
    assert error.changed_at == stored.updated_at
    assert str(error) == (
        "Iemand anders heeft dit gesprek intussen gewijzigd "
        f"(versie 2, {stored.updated_at:%d-%m-%Y %H:%M}). Jouw wijzigingen zijn niet opgeslagen."
    )
    summary = {f.label: (f.mine, f.theirs) for f in error.fields}
    assert summary["Gedeelde samenvatting"] == (LONG, "Lead A <b>&")
    assert "Score" not in summary  # private, like the working note: never shown to another
    # Nothing of B's save was written.
    after = conversations.get_conversation(ctx, conversation_id)
    assert (after.shared_summary, after.score, after.row_version) == ("Lead A <b>&", None, 2)
    # "Mijn versie opslaan": the same text, knowingly over version 2.
    conversations.save_conversation(
        ctx, conversation_id, replace(mine_b, row_version=error.theirs_version)
    )
    final = conversations.get_conversation(ctx, conversation_id)
    assert (final.shared_summary, final.score, final.row_version) == (LONG, 4, 3)


def test_a_save_that_only_changes_answers_still_moves_the_version_on(
    ctx: ServiceContext, person: int
) -> None:
    conversation_id = _conversation(ctx, person)
    first = ConversationDraft(answers=("Goed",), row_version=1)
    conversations.save_conversation(ctx, conversation_id, first)
    conversations.save_conversation(ctx, conversation_id, replace(first, row_version=2))
    assert conversations.get_conversation(ctx, conversation_id).row_version == 3
    with pytest.raises(ConflictError) as caught:
        conversations.save_conversation(ctx, conversation_id, ConversationDraft(row_version=2))
    assert [(f.label, f.mine, f.theirs) for f in caught.value.fields] == [
        ("Antwoord 1", "", "Goed")
    ]


def test_a_draft_without_a_version_is_not_checked(ctx: ServiceContext, person: int) -> None:
    """The command line and the demo hand in no version: they save as before."""
    conversation_id = _conversation(ctx, person)
    conversations.save_conversation(ctx, conversation_id, ConversationDraft(shared_summary="A"))
    conversations.save_conversation(ctx, conversation_id, ConversationDraft(shared_summary="B"))
    view = conversations.get_conversation(ctx, conversation_id)
    assert (view.shared_summary, view.row_version) == ("B", 3)


def test_a_write_between_check_and_update_is_caught_by_the_versioned_update(
    ctx: ServiceContext, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The race: another transaction commits after our check but before our UPDATE. The
    mapper's version column makes our UPDATE match no row; the save runs once more and then
    reports the conflict with both versions."""
    conversation_id = _conversation(ctx, person)
    real_check = edit_versions.check_version
    raced: list[bool] = []

    def check_then_other_lead_saves(*args: object, **kwargs: object) -> None:
        real_check(*args, **kwargs)  # type: ignore[arg-type]
        if not raced:
            raced.append(True)
            with ctx.engine.begin() as other:
                other.execute(
                    update(Conversation)
                    .where(Conversation.id == conversation_id)
                    .values(shared_summary="Lead A", version=Conversation.version + 1)
                )

    monkeypatch.setattr(edit_versions, "check_version", check_then_other_lead_saves)
    with pytest.raises(ConflictError) as caught:
        conversations.save_conversation(
            ctx, conversation_id, ConversationDraft(shared_summary="Lead B", row_version=1)
        )
    assert (caught.value.mine_version, caught.value.theirs_version) == (1, 2)
    assert conversations.get_conversation(ctx, conversation_id).shared_summary == "Lead A"


def test_pop_conflict_keeps_the_first_save(ctx: ServiceContext, person: int) -> None:
    plan = pop.create_pop(ctx, person, 2026)
    loaded = pop.get_pop(ctx, plan)
    base = PopDraft(period_start=loaded.period_start, period_end=loaded.period_end, row_version=1)
    pop.update_pop(ctx, plan, replace(base, ambition="Voorman worden"))
    with pytest.raises(ConflictError) as caught:
        pop.update_pop(ctx, plan, replace(base, ambition=LONG, strengths="Lassen"))
    assert str(caught.value).startswith("Iemand anders heeft dit POP intussen gewijzigd (versie 2")
    fields = {f.label: (f.mine, f.theirs) for f in caught.value.fields}
    assert fields == {"Ambitie": (LONG, "Voorman worden"), "Sterke punten": ("Lassen", "")}
    assert pop.get_pop(ctx, plan).ambition == "Voorman worden"
    pop.update_pop(ctx, plan, replace(base, ambition=LONG, row_version=2))
    assert (pop.get_pop(ctx, plan).ambition, pop.get_pop(ctx, plan).row_version) == (LONG, 3)


def test_goal_conflict_keeps_the_first_save(ctx: ServiceContext, person: int) -> None:
    goal = goals.save_goal(ctx, None, GoalDraft(what="TIG-certificaat"), employee_id=person)
    assert goal.row_version == 1
    goals.save_goal(ctx, goal.id, GoalDraft(what="TIG-certificaat", why="Lead A", row_version=1))
    with pytest.raises(ConflictError) as caught:
        goals.save_goal(ctx, goal.id, GoalDraft(what="MIG 😀", row_version=1))
    assert str(caught.value).startswith("Iemand anders heeft dit ontwikkeldoel intussen")
    fields = {f.label: (f.mine, f.theirs) for f in caught.value.fields}
    assert fields == {"Doel": ("MIG 😀", "TIG-certificaat"), "Waarom": ("", "Lead A")}
    assert goals.get_goal(ctx, goal.id).what == "TIG-certificaat"
    saved = goals.save_goal(ctx, goal.id, GoalDraft(what="MIG 😀", row_version=2))
    assert (saved.what, saved.row_version) == ("MIG 😀", 3)


def test_employee_conflict_keeps_the_first_save(ctx: ServiceContext, person: int) -> None:
    loaded = people.get_employee(ctx, person).draft
    assert loaded.row_version == 1
    people.save_employee(ctx, replace(loaded, personnel_number="1024"), person)
    with pytest.raises(ConflictError) as caught:
        people.save_employee(ctx, replace(loaded, first_name="Lukas"), person)
    assert str(caught.value).startswith("Iemand anders heeft deze medewerker intussen")
    fields = {f.label: (f.mine, f.theirs) for f in caught.value.fields}
    assert fields == {
        "Naam": ("Lukas Wiśniewski", "Łukasz Wiśniewski"),
        "Personeelsnummer": ("", "1024"),
    }
    assert people.get_employee(ctx, person).row.first_name == "Łukasz"
    people.save_employee(ctx, replace(loaded, first_name="Lukas", row_version=2), person)
    assert people.get_employee(ctx, person).draft.row_version == 3


def test_an_agreement_closed_elsewhere_meanwhile_is_a_conflict(
    ctx: ServiceContext, person: int
) -> None:
    """The conversation itself is unchanged, but its agreement was closed in a later talk
    after this screen loaded it: re-saving the old screen must not reopen it silently."""
    first = _conversation(ctx, person)
    conversations.save_conversation(
        ctx, first, ConversationDraft(agreements=(AgreementDraft("Kantbank <b>& 😀"),))
    )
    screen = conversations.get_conversation(ctx, first)
    [made] = screen.agreements
    later = conversations.plan_conversation(
        ctx, ConversationPlanDraft(person, datetime(2026, 12, 21, 10, 0)), now=NOW
    ).conversation_id
    conversations.save_conversation(
        ctx, later, ConversationDraft(follow_ups=(FollowUpDraft(made.id, "done", "Gelukt"),))
    )
    mine = ConversationDraft(
        agreements=(AgreementDraft("Kantbank en lasrobot", id=made.id, row_version=1),),
        row_version=screen.row_version,
    )
    with pytest.raises(ConflictError) as caught:
        conversations.save_conversation(ctx, first, mine)
    error = caught.value
    assert str(error).startswith("Iemand anders heeft een afspraak van dit gesprek intussen")
    assert (error.mine_version, error.theirs_version) == (screen.row_version,) * 2
    fields = {f.label: (f.mine, f.theirs) for f in error.fields}
    assert fields["Afspraak"] == ("Kantbank en lasrobot", "Kantbank <b>& 😀")
    assert "Status van de afspraak" in fields
    [stored] = conversations.get_conversation(ctx, first).agreements
    assert (stored.text, stored.status, stored.row_version) == ("Kantbank <b>& 😀", "done", 2)
    # Knowingly: the agreements without their versions (ui.conflicts.over).
    knowingly = replace(mine, agreements=(replace(mine.agreements[0], row_version=None),))
    conversations.save_conversation(ctx, first, knowingly)
    [stored] = conversations.get_conversation(ctx, first).agreements
    assert stored.text == "Kantbank en lasrobot"


def test_rotation_conflict_keeps_the_first_save(ctx: ServiceContext, person: int) -> None:
    draft = RotationDraft(person, date(2027, 1, 4), date(2027, 1, 8), department="Lakstraat")
    rotation_id = rotations.save_rotation(ctx, draft)
    loaded = rotations.get_rotation(ctx, rotation_id)
    assert loaded.row_version == 1
    mine = replace(draft, row_version=loaded.row_version)
    rotations.save_rotation(ctx, replace(mine, department="Magazijn <b>&"), rotation_id)
    with pytest.raises(ConflictError) as caught:
        rotations.save_rotation(ctx, replace(mine, department="Łukasz' werkplaats 😀"), rotation_id)
    assert str(caught.value).startswith("Iemand anders heeft deze roulatie intussen gewijzigd")
    assert [(f.label, f.mine, f.theirs) for f in caught.value.fields] == [
        ("Afdeling", "Łukasz' werkplaats 😀", "Magazijn <b>&")
    ]
    assert rotations.get_rotation(ctx, rotation_id).department == "Magazijn <b>&"
    rotations.save_rotation(ctx, replace(mine, department="Eigen", row_version=2), rotation_id)
    assert rotations.get_rotation(ctx, rotation_id).row_version == 3


def test_pairing_conflict_keeps_the_first_save(ctx: ServiceContext) -> None:
    from teamlead_app.services.pairings import pairings
    from teamlead_app.services.pairings.rules import PairingDraft
    from tests.services.pairing_helpers import TODAY, company

    firm = company(ctx)
    draft = PairingDraft(mentor_id=firm.senior, mentee_id=firm.apprentice, start_on=TODAY)
    pairing_id = pairings.save_pairing(ctx, draft, today=TODAY).id
    loaded = pairings.get_pairing(ctx, pairing_id)
    mine = replace(draft, row_version=loaded.row_version)
    pairings.save_pairing(ctx, replace(mine, checkin_weeks=2), pairing_id, today=TODAY)
    with pytest.raises(ConflictError) as caught:
        pairings.save_pairing(ctx, replace(mine, checkin_weeks=6), pairing_id, today=TODAY)
    assert str(caught.value).startswith("Iemand anders heeft dit koppel intussen gewijzigd")
    assert [(f.mine, f.theirs) for f in caught.value.fields] == [("6", "2")]
    assert pairings.get_pairing(ctx, pairing_id).checkin_weeks == 2
    pairings.save_pairing(
        ctx, replace(mine, checkin_weeks=6, row_version=2), pairing_id, today=TODAY
    )
    stored = pairings.get_pairing(ctx, pairing_id)
    assert (stored.checkin_weeks, stored.row_version) == (6, 3)
