"""The lock step (domain.md §3.1, §5.7): a signed conversation or POP is locked, a change after
signing is a new version with day and reason, earlier versions stay readable, and goals added
to an agreed POP are marked."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest
from sqlalchemy import func, select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Goal, SignedVersion
from teamlead_app.errors import ValidationError
from teamlead_app.records.conversations import AgreementDraft, ConversationDraft
from teamlead_app.services.common import signed_versions
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.development import goals, pop
from teamlead_app.services.development.goals import GoalDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.services.privacy import retention

NOW = datetime(2026, 11, 1, 8, 0)
TODAY = date(2026, 11, 20)
SIGNED = "Łukasz wil <b>TIG</b> & meer 🙂"


@pytest.fixture
def person(ctx: ServiceContext) -> int:
    team = people.save_team(ctx, TeamDraft("Plaatwerk", lead_name="Tijn de Boer"))
    return people.save_employee(
        ctx, EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski", team_id=team)
    )


def signed_talk(ctx: ServiceContext, person: int) -> int:
    plan = ConversationPlanDraft(person, datetime(2026, 11, 3, 10, 0))
    cid = conversations.plan_conversation(ctx, plan, now=NOW).conversation_id
    draft = ConversationDraft(
        shared_summary=SIGNED,
        private_notes="Eigen notitie",
        agreements=(AgreementDraft("Kantbank leren", due_date=date(2026, 12, 1)),),
        mark_held=True,
        signoff="akkoord",
        signoff_date=date(2026, 11, 3),
        signoff_method="paper",
    )
    conversations.save_conversation(ctx, cid, draft, today=TODAY)
    return cid


def save(ctx: ServiceContext, cid: int, **fields: object) -> None:
    draft = replace(conversations.get_conversation(ctx, cid).draft(), **fields)  # type: ignore[arg-type]
    conversations.save_conversation(ctx, cid, draft, today=TODAY)


def test_a_signed_conversation_refuses_changes_to_what_was_signed(
    ctx: ServiceContext, person: int
) -> None:
    cid = signed_talk(ctx, person)
    view = conversations.get_conversation(ctx, cid)
    assert view.locked and view.state(TODAY) == "signed"
    agreement = view.agreements[0]
    for change in (
        {"shared_summary": "Herschreven"},
        {"agreements": (replace(view.draft().agreements[0], text="Iets anders"),)},
        {"agreements": ()},
        {"held_on": date(2026, 11, 2)},
        {"signoff": "gezien"},
    ):
        with pytest.raises(ValidationError, match="ondertekend en ligt vast") as err:
            save(ctx, cid, **change)
        assert err.value.field == "signoff"
    after = conversations.get_conversation(ctx, cid)
    assert (after.shared_summary, after.agreements) == (SIGNED, (agreement,))
    # Beside the signed report: the response, the private note and the score stay open.
    save(ctx, cid, employee_response="Mijn reactie", private_notes="Later aangevuld", score=4)
    after = conversations.get_conversation(ctx, cid)
    assert (after.employee_response, after.private_notes, after.score) == (
        "Mijn reactie",
        "Later aangevuld",
        4,
    )
    assert after.version.current == 1 and not after.version.differs


def test_a_change_after_signing_is_a_new_version_with_date_and_reason(
    ctx: ServiceContext, person: int
) -> None:
    cid = signed_talk(ctx, person)
    with pytest.raises(ValidationError) as err:
        signed_versions.change_after_signing(ctx, "conversation", cid, "   ", today=TODAY)
    assert err.value.field == "reason"
    number = signed_versions.change_after_signing(
        ctx, "conversation", cid, "Afspraak <b>&</b> aangepast", today=date(2026, 12, 3)
    )
    assert number == 2
    view = conversations.get_conversation(ctx, cid)
    # The sign-off of the new version is open again; the talk stays held.
    assert (view.status, view.signoff, view.signoff_date, view.locked) == (
        "held",
        None,
        None,
        False,
    )
    assert view.version.line() == ("Versie 2, gewijzigd op 03-12-2026: Afspraak <b>&</b> aangepast")
    save(ctx, cid, shared_summary="Nieuwe samenvatting")
    view = conversations.get_conversation(ctx, cid)
    assert view.version.differs and not view.version.signed
    assert "nog niet ondertekend" in view.version.difference_note()
    # Version 1 stays readable as it was signed.
    [first, second] = signed_versions.list_versions(ctx, "conversation", cid)
    assert (first.version, first.signoff, first.signed_on) == (1, "akkoord", date(2026, 11, 3))
    assert first.snapshot is not None and first.snapshot["shared_summary"] == SIGNED
    assert first.snapshot["agreements"][0]["text"] == "Kantbank leren"
    assert (second.version, second.reason, second.changed_on, second.snapshot) == (
        2,
        "Afspraak <b>&</b> aangepast",
        date(2026, 12, 3),
        None,
    )
    # Signing version 2 keeps its snapshot and locks again.
    save(ctx, cid, signoff="gezien", signoff_date=date(2026, 11, 20), signoff_method="screen")
    view = conversations.get_conversation(ctx, cid)
    assert view.locked and view.version.current == 2 and not view.version.differs
    assert [v.snapshot["shared_summary"] for v in view.version.readable() if v.snapshot] == [
        "Nieuwe samenvatting",
        SIGNED,
    ]
    with pytest.raises(ValidationError):
        save(ctx, cid, shared_summary="Nog eens anders")


def test_an_unsigned_record_needs_no_new_version(ctx: ServiceContext, person: int) -> None:
    plan = ConversationPlanDraft(person, datetime(2026, 11, 3, 10, 0))
    cid = conversations.plan_conversation(ctx, plan, now=NOW).conversation_id
    with pytest.raises(ValidationError, match="nog niet ondertekend"):
        signed_versions.change_after_signing(ctx, "conversation", cid, "Reden", today=TODAY)


def test_a_record_signed_before_versions_were_kept_gets_its_version_1(
    ctx: ServiceContext, person: int
) -> None:
    cid = signed_talk(ctx, person)
    with ctx.sessions.begin() as session:  # as an upgraded database has it: no version rows
        for row in session.scalars(select(SignedVersion)):
            session.delete(row)
    with pytest.raises(ValidationError):
        save(ctx, cid, shared_summary="Herschreven")
    signed_versions.change_after_signing(ctx, "conversation", cid, "Typfout", today=TODAY)
    first = signed_versions.list_versions(ctx, "conversation", cid)[0]
    assert first.snapshot is not None and first.snapshot["shared_summary"] == SIGNED


def agreed_pop(ctx: ServiceContext, person: int) -> tuple[int, int]:
    plan = pop.create_pop(ctx, person, 2026)
    before = goals.create_goal(
        ctx, person, GoalDraft(what="TIG-lassen", start_date=date(2026, 1, 5)), pop_id=plan
    )
    draft = replace(pop.get_pop(ctx, plan).draft(), ambition="Over drie jaar voorman")
    pop.update_pop(ctx, plan, draft)
    pop.agree_pop(ctx, plan, "akkoord", date(2026, 2, 1), "paper")
    return plan, before


def test_an_agreed_pop_is_locked_and_changes_make_versions(
    ctx: ServiceContext, person: int
) -> None:
    plan, _goal = agreed_pop(ctx, person)
    view = pop.get_pop(ctx, plan)
    assert view.locked and view.version.current == 1
    with pytest.raises(ValidationError, match="POP is ondertekend") as err:
        pop.update_pop(ctx, plan, replace(view.draft(), ambition="Iets anders"))
    assert err.value.field == "signoff"
    with pytest.raises(ValidationError):
        pop.agree_pop(ctx, plan, "gezien", date(2026, 2, 2), "screen")
    pop.update_pop(ctx, plan, view.draft())  # nothing changed: fine
    signed_versions.change_after_signing(
        ctx, "pop", plan, "Ambitie bijgesteld", today=date(2026, 6, 1)
    )
    pop.update_pop(ctx, plan, replace(view.draft(), ambition="Werkvoorbereider worden"))
    view = pop.get_pop(ctx, plan)
    assert (view.status, view.signoff, view.version.current) == ("draft", None, 2)
    assert view.version.line() == "Versie 2, gewijzigd op 01-06-2026: Ambitie bijgesteld"
    assert view.version.differs
    [first, _second] = signed_versions.list_versions(ctx, "pop", plan)
    assert first.snapshot is not None and first.snapshot["ambition"] == "Over drie jaar voorman"


def test_goals_added_after_agreement_are_marked(ctx: ServiceContext, person: int) -> None:
    plan, before = agreed_pop(ctx, person)
    after = goals.create_goal(
        ctx, person, GoalDraft(what="Kantbank", start_date=date(2026, 3, 1)), pop_id=plan
    )
    view = pop.get_pop(ctx, plan)
    assert view.version.added_after_signing == frozenset({after})
    assert before not in view.version.added_after_signing
    assert view.version.differs  # the printed plan is not exactly what was signed


def test_the_retention_deletion_leaves_no_version_behind(ctx: ServiceContext, person: int) -> None:
    signed_talk(ctx, person)
    agreed_pop(ctx, person)
    people.archive_employee(ctx, person, date(2020, 1, 31))
    retention.delete_person(ctx, person, today=TODAY)
    with ctx.sessions() as session:
        assert session.scalar(select(func.count(SignedVersion.id))) == 0


def test_a_pop_signed_before_versions_were_kept_marks_goals_by_creation_day(
    ctx: ServiceContext, person: int
) -> None:
    plan, before = agreed_pop(ctx, person)
    after = goals.create_goal(ctx, person, GoalDraft(what="Kantbank"), pop_id=plan)
    with ctx.sessions.begin() as session:  # as an upgraded database has it
        for row in session.scalars(select(SignedVersion)):
            session.delete(row)
        session.get(Goal, before).created_at = datetime(2026, 1, 5, 9, 0)  # type: ignore[union-attr]
        session.get(Goal, after).created_at = datetime(2026, 3, 1, 9, 0)  # type: ignore[union-attr]
    view = pop.get_pop(ctx, plan)
    assert view.version.added_after_signing == frozenset({after})
    assert view.version.differs and "01-02-2026" in view.version.difference_note()


def test_the_access_export_holds_every_signed_version(ctx: ServiceContext, person: int) -> None:
    from teamlead_app.reports.access_pdf import render_pdf
    from teamlead_app.services.privacy.access_record import access_data
    from tests.reports.test_access_pdf import text_of

    cid = signed_talk(ctx, person)
    signed_versions.change_after_signing(ctx, "conversation", cid, "Typfout REDEN-7", today=TODAY)
    data = access_data(ctx, person, today=TODAY)
    [first, second] = data.record["signed_versions"]
    assert (first["version"], second["reason"]) == (1, "Typfout REDEN-7")
    text = text_of(render_pdf(data))
    assert "Ondertekende versies" in text and "REDEN-7" in text
    assert "Łukasz wil <b>TIG</b> & meer" in text  # the signed summary, literally


def test_the_goals_of_an_agreed_pop_keep_their_signed_texts(
    ctx: ServiceContext, person: int
) -> None:
    """What, category and target date of a goal are part of the signed plan (pop_content):
    the goal path refuses to change them like update_pop does; progress, steps and status
    stay open, and a change after signing opens them again."""
    plan, goal_id = agreed_pop(ctx, person)
    draft = goals.goal_draft(goals.get_goal(ctx, goal_id))
    for change in (
        {"what": "Iets anders"},
        {"category": "soft_skills"},
        {"target_date": date(2026, 12, 1)},
    ):
        with pytest.raises(ValidationError, match="ondertekend en ligt vast") as err:
            goals.update_goal(ctx, goal_id, replace(draft, **change))  # type: ignore[arg-type]
        assert "Wijzigen na ondertekening" in str(err.value)
    with pytest.raises(ValidationError, match="ondertekend en ligt vast"):
        goals.set_goal_status(ctx, goal_id, "postponed", new_target_date=date(2027, 1, 1))
    with pytest.raises(ValidationError, match="ondertekend en ligt vast"):
        goals.take_into_pop(ctx, goal_id, None)  # a signed goal does not leave the plan
    view = goals.get_goal(ctx, goal_id)
    assert (view.what, view.category, view.target_date, view.pop_id) == (
        draft.what,
        draft.category,
        draft.target_date,
        plan,
    )
    # Not signed: the why, the status, steps and progress move on.
    goals.update_goal(
        ctx, goal_id, replace(draft, why="Voor de nieuwe kantbank", status="in_progress")
    )
    step = goals.add_step(ctx, goal_id, goals.StepDraft("Cursus volgen"))
    goals.mark_step_done(ctx, step)
    goals.add_progress(ctx, goal_id, "Eerste las goed")
    goals.set_goal_status(ctx, goal_id, "achieved", on=date(2026, 6, 1))
    assert goals.get_goal(ctx, goal_id).status == "achieved"
    signed_versions.change_after_signing(
        ctx, "pop", plan, "Doel bijgesteld", today=date(2026, 6, 2)
    )
    goals.update_goal(ctx, goal_id, replace(draft, what="TIG en MIG", status="achieved"))
    assert goals.get_goal(ctx, goal_id).what == "TIG en MIG"
