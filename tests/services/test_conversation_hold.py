"""Holding a conversation: answers, score, the shared summary apart from the private notes,
agreements and their carry-over into later conversations, sign-off, the employee's response,
and saving in one transaction that discards the draft."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import AgreementFollowUp, Conversation
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import set_language
from teamlead_app.records.conversations import AgreementDraft, ConversationDraft, FollowUpDraft
from teamlead_app.services.common import drafts
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft

NOW = datetime(2026, 1, 1, 8, 0)
TODAY = date(2026, 6, 30)
LONG = "Begin <b>vet</b> & 'quotes' 🙂 Łukasz\n" + "ś" * 20_000 + "\nEinde"
PRIVATE = "Werkaantekening: thuis druk, alleen voor mij <i>&amp;</i>"


@pytest.fixture
def person(ctx: ServiceContext) -> int:
    team = people.save_team(ctx, TeamDraft("Plaatwerk", lead_name="Tijn de Boer"))
    return people.save_employee(
        ctx,
        EmployeeDraft(
            first_name="Łukasz",
            last_name="Wiśniewski",
            function="Lasser",
            team_id=team,
        ),
    )


def plan(ctx: ServiceContext, person: int, month: int, day: int = 2) -> int:
    draft = ConversationPlanDraft(person, datetime(2026, month, day, 10, 0))
    return conversations.plan_conversation(ctx, draft, now=NOW).conversation_id


def save(ctx: ServiceContext, cid: int, **fields: object) -> tuple[str, ...]:
    draft = replace(conversations.get_conversation(ctx, cid).draft(), **fields)  # type: ignore[arg-type]
    return conversations.save_conversation(ctx, cid, draft, today=TODAY)


def test_the_conversation_screen_data(ctx: ServiceContext, person: int) -> None:
    cid = plan(ctx, person, 3)
    view = conversations.get_conversation(ctx, cid)
    assert (view.employee, view.function, view.team, view.lead_name) == (
        "Łukasz Wiśniewski",
        "Lasser",
        "Plaatwerk",
        "Tijn de Boer",
    )
    assert (view.kind, view.status, view.day, view.move_count) == (
        "maandgesprek",
        "planned",
        date(2026, 3, 2),
        0,
    )
    assert view.answers[0].section == "Behoeften en doelen"
    assert [a.answer for a in view.answers] == [""] * len(view.answers)
    assert (view.agreements, view.carried, view.moves) == ((), (), ())


def test_texts_survive_exactly_and_private_notes_stay_apart(
    ctx: ServiceContext, person: int
) -> None:
    cid = plan(ctx, person, 3)
    answers = ("Goed 👍", "", LONG)
    save(
        ctx,
        cid,
        answers=answers,
        score=4,
        shared_summary=LONG,
        private_notes=PRIVATE,
        employee_response="Eens, <b>maar</b> & meer",
        mark_held=True,
    )
    view = conversations.get_conversation(ctx, cid)
    assert view.answers[2].answer == LONG
    assert tuple(a.answer for a in view.answers[:3]) == answers
    assert (view.status, view.held_on, view.score) == ("held", date(2026, 3, 2), 4)
    assert view.shared_summary == LONG
    assert view.private_notes == PRIVATE
    assert PRIVATE not in view.shared_summary and "Werkaantekening" not in view.shared_summary
    assert view.employee_response == "Eens, <b>maar</b> & meer"
    with ctx.sessions() as session:
        row = session.get(Conversation, cid)
        assert row is not None
        assert (row.shared_summary, row.private_notes) == (LONG, PRIVATE)


def test_the_view_for_employee_and_summary_leaves_the_working_note_out(
    ctx: ServiceContext, person: int
) -> None:
    cid = plan(ctx, person, 3)
    save(ctx, cid, shared_summary="Gedeeld <b>&</b>", private_notes=PRIVATE, mark_held=True)
    shared = conversations.get_conversation(ctx, cid).without_private_notes()
    assert (shared.shared_summary, shared.private_notes) == ("Gedeeld <b>&</b>", "")
    assert PRIVATE not in repr(shared)


def test_a_held_day_without_marking_held_changes_nothing(ctx: ServiceContext, person: int) -> None:
    # Planned after "today": filled in ahead, it is not held yet (held_on_save).
    cid = plan(ctx, person, 7)
    save(ctx, cid, held_on=date(2026, 6, 1), agreements=(AgreementDraft("Voorbereid"),))
    view = conversations.get_conversation(ctx, cid)
    assert (view.status, view.held_on) == ("planned", None)
    assert view.agreements[0].created_on == date(2026, 7, 2)


def test_an_unchanged_draft_saves_to_the_same_view(ctx: ServiceContext, person: int) -> None:
    cid = plan(ctx, person, 3)
    save(
        ctx,
        cid,
        answers=("a", "b"),
        score=3,
        mark_held=True,
        agreements=(AgreementDraft("Kantbank omstellen", "beiden", date(2026, 4, 1)),),
    )
    before = conversations.get_conversation(ctx, cid)
    conversations.save_conversation(ctx, cid, before.draft(), today=TODAY)
    after = conversations.get_conversation(ctx, cid)
    # Like the time of the save, the edit version moves on with every save (issue 14).
    assert after.row_version == before.row_version + 1
    assert replace(after, updated_at=None, row_version=0) == replace(
        before, updated_at=None, row_version=0
    )


@pytest.mark.parametrize(
    ("fields", "field"),
    [
        ({"score": 0}, "score"),
        ({"score": 6}, "score"),
        ({"held_on": date(2026, 7, 1), "mark_held": True}, "held_on"),
        ({"answers": ("x",) * 20}, "answers"),
        ({"shared_summary": "x" * 100_001}, "shared_summary"),
        ({"agreements": (AgreementDraft("  "),)}, "agreements[0]"),
        ({"agreements": (AgreementDraft("VCA", owner="hr"),)}, "agreements[0]"),
        ({"agreements": (AgreementDraft("VCA", status="bezig"),)}, "agreements[0]"),
        ({"agreements": (AgreementDraft("VCA", due_date=date(2026, 3, 1)),)}, "agreements[0]"),
        ({"agreements": (AgreementDraft("VCA", due_date=date(2036, 3, 1)),)}, "agreements[0]"),
        ({"signoff": "akkoord"}, "signoff"),
    ],
)
def test_validation(
    ctx: ServiceContext, person: int, fields: dict[str, object], field: str
) -> None:
    cid = plan(ctx, person, 3)
    with pytest.raises(ValidationError) as err:
        save(ctx, cid, **fields)
    assert err.value.field == field
    assert conversations.get_conversation(ctx, cid).status == "planned"


def test_validation_messages_in_both_languages(ctx: ServiceContext, person: int) -> None:
    view = conversations.get_conversation(ctx, plan(ctx, person, 3))
    draft = replace(view.draft(), score=9, agreements=(AgreementDraft(""),))
    problems = conversations.validate_conversation(
        draft,
        status=view.status,
        scheduled_day=view.day,
        question_count=len(view.answers),
        today=TODAY,
    )
    assert problems == {
        "score": "Kies een score van 1 tot 5.",
        "agreements[0]": "Afspraak 1: beschrijf wat er is afgesproken.",
    }
    set_language("en")
    problems = conversations.validate_conversation(
        draft, status="planned", scheduled_day=view.day, question_count=9, today=TODAY
    )
    assert problems["agreements[0]"] == "Agreement 1: describe what was agreed."


def test_a_score_is_optional(ctx: ServiceContext, person: int) -> None:
    cid = plan(ctx, person, 3)
    save(ctx, cid, score=None, mark_held=True)
    assert conversations.get_conversation(ctx, cid).score is None


def test_mark_held_of_a_conversation_planned_for_later_is_held_today(
    ctx: ServiceContext, person: int
) -> None:
    cid = plan(ctx, person, 9)
    save(ctx, cid, mark_held=True)
    assert conversations.get_conversation(ctx, cid).held_on == TODAY
    logged = plan(ctx, person, 5)
    save(ctx, logged, mark_held=True, held_on=date(2026, 5, 4))
    assert conversations.get_conversation(ctx, logged).held_on == date(2026, 5, 4)


def test_sign_off_and_response(ctx: ServiceContext, person: int) -> None:
    cid = plan(ctx, person, 3)
    with pytest.raises(ValidationError) as err:
        save(ctx, cid, mark_held=True, signoff="akkoord")
    assert err.value.field == "signoff_method"
    with pytest.raises(ValidationError) as err:
        save(ctx, cid, mark_held=True, signoff="gezien", signoff_method="paper")
    assert err.value.field == "signoff_date"
    with pytest.raises(ValidationError) as err:
        save(
            ctx,
            cid,
            mark_held=True,
            signoff="gezien",
            signoff_method="paper",
            signoff_date=date(2026, 3, 1),
        )
    assert err.value.field == "signoff_date"
    save(
        ctx,
        cid,
        mark_held=True,
        signoff="akkoord",
        signoff_method="screen",
        signoff_date=date(2026, 3, 2),
        employee_response="Prima gesprek",
    )
    view = conversations.get_conversation(ctx, cid)
    assert (view.signoff, view.signoff_method, view.signoff_date) == (
        "akkoord",
        "screen",
        date(2026, 3, 2),
    )
    # Signed is locked: the sign-off cannot be taken back, the response may still grow.
    with pytest.raises(ValidationError) as err:
        save(ctx, cid, signoff=None, signoff_method="paper")
    assert err.value.field == "signoff"
    save(ctx, cid, employee_response="Prima gesprek. Ik wil wel meer lassen.")
    view = conversations.get_conversation(ctx, cid)
    assert (view.signoff, view.signoff_method, view.signoff_date) == (
        "akkoord",
        "screen",
        date(2026, 3, 2),
    )
    assert view.employee_response == "Prima gesprek. Ik wil wel meer lassen."


def test_a_cancelled_conversation_cannot_be_filled_in(ctx: ServiceContext, person: int) -> None:
    cid = plan(ctx, person, 3)
    conversations.cancel_conversation(ctx, cid, "afwezig")
    with pytest.raises(ValidationError) as err:
        conversations.save_conversation(ctx, cid, ConversationDraft(score=3), today=TODAY)
    assert err.value.field == "status"


def test_health_words_warn_but_save(ctx: ServiceContext, person: int) -> None:
    cid = plan(ctx, person, 3)
    warnings = save(ctx, cid, private_notes="Was ziek, diagnose onbekend", shared_summary="Goed")
    assert len(warnings) == 1
    assert warnings[0].startswith("De werkaantekening lijkt over gezondheid te gaan ('ziek')")
    assert conversations.get_conversation(ctx, cid).private_notes == "Was ziek, diagnose onbekend"


# --- agreements and carry-over ---------------------------------------------------------------


def test_carry_over_until_closed(ctx: ServiceContext, person: int) -> None:
    first = plan(ctx, person, 1)
    save(
        ctx,
        first,
        mark_held=True,
        agreements=(
            AgreementDraft("Loopt 2 dagen mee met werkvoorbereiding", "medewerker"),
            AgreementDraft(
                "VCA-herhaling aanvragen vóór 1 maart", "leidinggevende", date(2026, 3, 1)
            ),
        ),
    )
    walk, vca = (a.id for a in conversations.get_conversation(ctx, first).agreements)

    second = plan(ctx, person, 2)
    carried = conversations.get_conversation(ctx, second).carried
    assert [c.agreement.id for c in carried] == [walk, vca]
    assert all(c.follow_up is None and c.earlier == () for c in carried)
    save(
        ctx,
        second,
        mark_held=True,
        follow_ups=(
            FollowUpDraft(walk, "open", "Nog geen tijd <b>&</b> 🙂"),
            FollowUpDraft(vca, "dropped", "Niet meer nodig"),
        ),
    )
    assert [a.text for a in conversations.open_agreements(ctx, person)] == [
        "Loopt 2 dagen mee met werkvoorbereiding"
    ]

    third = plan(ctx, person, 3)
    (item,) = conversations.get_conversation(ctx, third).carried
    assert item.agreement.id == walk and item.follow_up is None
    assert [(f.conversation_id, f.status, f.comment) for f in item.earlier] == [
        (second, "open", "Nog geen tijd <b>&</b> 🙂")
    ]
    save(ctx, third, mark_held=True, follow_ups=(FollowUpDraft(walk, "done", "Gedaan!"),))
    closed = conversations.get_conversation(ctx, third).carried[0].agreement
    assert (closed.status, closed.closed_on) == ("done", date(2026, 3, 2))

    fourth = plan(ctx, person, 4)
    assert conversations.get_conversation(ctx, fourth).carried == ()
    assert conversations.open_agreements(ctx, person) == []

    # The second conversation still shows what was followed up in it.
    history = conversations.get_conversation(ctx, second).carried
    assert [(c.agreement.id, c.follow_up and c.follow_up.status) for c in history] == [
        (walk, "open"),
        (vca, "dropped"),
    ]
    with ctx.sessions() as session:
        recorded = session.scalars(select(AgreementFollowUp.status)).all()
    assert sorted(recorded) == ["done", "dropped", "open"]


def test_resaving_an_old_conversation_does_not_reopen_a_later_closing(
    ctx: ServiceContext, person: int
) -> None:
    first = plan(ctx, person, 1)
    save(ctx, first, mark_held=True, agreements=(AgreementDraft("Heftruckcursus"),))
    agreement = conversations.get_conversation(ctx, first).agreements[0].id
    second = plan(ctx, person, 2)
    save(ctx, second, mark_held=True, follow_ups=(FollowUpDraft(agreement, "open", "Volgt"),))
    third = plan(ctx, person, 3)
    save(ctx, third, mark_held=True, follow_ups=(FollowUpDraft(agreement, "done"),))
    save(ctx, second, shared_summary="Aangevuld")
    (item,) = conversations.get_conversation(ctx, second).carried
    assert item.agreement.status == "done"
    assert item.follow_up is not None and item.follow_up.comment == "Volgt"


def test_taking_back_a_follow_up_reopens_what_it_closed(ctx: ServiceContext, person: int) -> None:
    first = plan(ctx, person, 1)
    save(ctx, first, mark_held=True, agreements=(AgreementDraft("Tekening lezen"),))
    agreement = conversations.get_conversation(ctx, first).agreements[0].id
    second = plan(ctx, person, 2)
    save(ctx, second, mark_held=True, follow_ups=(FollowUpDraft(agreement, "dropped"),))
    assert conversations.open_agreements(ctx, person) == []
    save(ctx, second, follow_ups=())
    (reopened,) = conversations.open_agreements(ctx, person)
    assert (reopened.status, reopened.closed_on) == ("open", None)
    assert conversations.get_conversation(ctx, second).carried[0].follow_up is None


def test_follow_up_only_of_agreements_open_here(ctx: ServiceContext, person: int) -> None:
    first = plan(ctx, person, 1)
    save(ctx, first, agreements=(AgreementDraft("Eigen afspraak"),))
    own = conversations.get_conversation(ctx, first).agreements[0].id
    with pytest.raises(ValidationError) as err:
        save(ctx, first, follow_ups=(FollowUpDraft(own, "done"),))
    assert err.value.field == "follow_ups"
    second = plan(ctx, person, 2)
    with pytest.raises(ValidationError):
        save(ctx, second, follow_ups=(FollowUpDraft(own, "done"), FollowUpDraft(own, "open")))


def test_agreements_edit_close_and_remove(ctx: ServiceContext, person: int) -> None:
    first = plan(ctx, person, 1)
    save(
        ctx,
        first,
        mark_held=True,
        agreements=(AgreementDraft("Typfout"), AgreementDraft("Leert de kantbank omstellen")),
    )
    typo, kantbank = conversations.get_conversation(ctx, first).agreements
    save(
        ctx,
        first,
        agreements=(
            AgreementDraft(
                "Leert de kantbank omstellen onder begeleiding van Henk",
                "beiden",
                date(2026, 2, 1),
                "done",
                kantbank.id,
            ),
        ),
    )
    (edited,) = conversations.get_conversation(ctx, first).agreements
    assert (edited.id, edited.owner, edited.status, edited.closed_on) == (
        kantbank.id,
        "beiden",
        "done",
        TODAY,
    )
    assert typo.id not in {a.id for a in conversations.get_conversation(ctx, first).agreements}
    with pytest.raises(ValidationError):
        save(ctx, first, agreements=(AgreementDraft("Vreemd", id=12345),))


def test_a_followed_up_agreement_cannot_be_removed(ctx: ServiceContext, person: int) -> None:
    first = plan(ctx, person, 1)
    save(ctx, first, mark_held=True, agreements=(AgreementDraft("BHV-herhaling"),))
    agreement = conversations.get_conversation(ctx, first).agreements[0].id
    second = plan(ctx, person, 2)
    save(ctx, second, follow_ups=(FollowUpDraft(agreement, "open", "Ingepland"),))
    with pytest.raises(ValidationError, match="vervallen"):
        save(ctx, first, agreements=())
    assert len(conversations.get_conversation(ctx, first).agreements) == 1


# --- drafts ----------------------------------------------------------------------------------


def test_saving_discards_the_draft_and_a_failed_save_keeps_it(
    ctx: ServiceContext, person: int
) -> None:
    cid = plan(ctx, person, 3)
    typed = ConversationDraft(shared_summary=LONG, score=9)
    drafts.save_draft(ctx, drafts.CONVERSATION_DRAFT, cid, typed.to_payload())
    with pytest.raises(ValidationError):
        conversations.save_conversation(ctx, cid, typed, today=TODAY)
    kept = drafts.load_draft(ctx, drafts.CONVERSATION_DRAFT, cid)
    assert kept is not None
    assert conversations.payload_draft(kept.payload) == typed
    conversations.save_conversation(ctx, cid, replace(typed, score=2), today=TODAY)
    assert drafts.load_draft(ctx, drafts.CONVERSATION_DRAFT, cid) is None


def test_the_draft_payload_round_trips_through_json() -> None:
    draft = ConversationDraft(
        answers=("Goed", "", LONG),
        score=5,
        shared_summary="<b>&</b>",
        private_notes=PRIVATE,
        agreements=(AgreementDraft("VCA", "beiden", date(2026, 3, 1), "open", 7),),
        follow_ups=(FollowUpDraft(3, "done", "🙂"),),
        signoff="gezien",
        signoff_date=date(2026, 3, 2),
        signoff_method="paper",
        employee_response="Ok",
        mark_held=True,
        held_on=date(2026, 3, 2),
    )
    payload = json.loads(json.dumps(draft.to_payload()))
    assert ConversationDraft.from_payload(payload) == draft
    assert conversations.payload_draft({"agreements": [{"owner": "x"}]}) is None
    assert conversations.payload_draft({}) == ConversationDraft()
