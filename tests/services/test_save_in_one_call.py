"""One user action = one service call = one transaction: a conversation with its goals'
progress lines, and a goal with its steps, progress and status, are written whole or not at
all; a retried save writes each progress line once."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import func, select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Agreement, GoalProgress, GoalStep
from teamlead_app.errors import DatabaseBusyError, NotFoundError, ValidationError
from teamlead_app.records.conversations import AgreementDraft, ConversationDraft, GoalProgressDraft
from teamlead_app.services.common import drafts
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.development import goal_save, goals
from teamlead_app.services.development.goals import GoalDraft, StepDraft, StepEdit
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft

NOW = datetime(2026, 1, 1, 8, 0)
TODAY = date(2026, 6, 30)
NOTE = "Łukasz zet <b>zelf</b> de kantbank & 🙂"


@pytest.fixture
def person(ctx: ServiceContext) -> int:
    return people.save_employee(ctx, EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski"))


def plan(ctx: ServiceContext, person: int) -> int:
    draft = ConversationPlanDraft(person, datetime(2026, 3, 2, 10, 0))
    return conversations.plan_conversation(ctx, draft, now=NOW).conversation_id


def progress_rows(ctx: ServiceContext) -> list[tuple[int, int | None, str, date]]:
    with ctx.sessions() as session:
        rows = session.execute(
            select(
                GoalProgress.goal_id,
                GoalProgress.conversation_id,
                GoalProgress.note,
                GoalProgress.written_on,
            ).order_by(GoalProgress.id)
        )
        return [tuple(row) for row in rows]  # type: ignore[misc]


def count(ctx: ServiceContext, model: Any) -> int:
    with ctx.sessions() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def typed(goal_ids: list[int]) -> ConversationDraft:
    return ConversationDraft(
        shared_summary="Samenvatting <i>&</i>",
        agreements=(AgreementDraft("VCA halen", due_date=date(2026, 5, 1)),),
        mark_held=True,
        held_on=date(2026, 3, 2),
        goal_progress=tuple(GoalProgressDraft(g, f"{NOTE} {g}") for g in goal_ids),
    )


# --- a conversation with its goals' progress -----------------------------------------------


def test_goal_progress_is_saved_with_the_conversation(ctx: ServiceContext, person: int) -> None:
    cid = plan(ctx, person)
    first = goals.create_goal(ctx, person, GoalDraft(what="Kantbank"))
    second = goals.create_goal(ctx, person, GoalDraft(what="TIG-lassen"))
    drafts.save_draft(ctx, drafts.CONVERSATION_DRAFT, cid, typed([first]).to_payload())

    conversations.save_conversation(ctx, cid, typed([first, second]), today=TODAY)

    assert progress_rows(ctx) == [
        (first, cid, f"{NOTE} {first}", date(2026, 3, 2)),
        (second, cid, f"{NOTE} {second}", date(2026, 3, 2)),
    ]
    assert drafts.load_draft(ctx, drafts.CONVERSATION_DRAFT, cid) is None
    view = conversations.get_conversation(ctx, cid)
    assert (view.status, view.shared_summary) == ("held", "Samenvatting <i>&</i>")


def test_an_unknown_goal_leaves_nothing_written_and_keeps_the_draft(
    ctx: ServiceContext, person: int
) -> None:
    cid = plan(ctx, person)
    goal_id = goals.create_goal(ctx, person, GoalDraft(what="Kantbank"))
    draft = typed([goal_id, 999_999])
    drafts.save_draft(ctx, drafts.CONVERSATION_DRAFT, cid, draft.to_payload())

    with pytest.raises(NotFoundError):
        conversations.save_conversation(ctx, cid, draft, today=TODAY)

    view = conversations.get_conversation(ctx, cid)
    assert (view.status, view.shared_summary, view.agreements) == ("planned", "", ())
    assert progress_rows(ctx) == []
    kept = drafts.load_draft(ctx, drafts.CONVERSATION_DRAFT, cid)
    assert kept is not None and conversations.payload_draft(kept.payload) == draft


def test_another_persons_goal_or_an_empty_line_is_refused_whole(
    ctx: ServiceContext, person: int
) -> None:
    other = people.save_employee(ctx, EmployeeDraft(first_name="Kees", last_name="Bakker"))
    cid = plan(ctx, person)
    mine = goals.create_goal(ctx, person, GoalDraft(what="Kantbank"))
    theirs = goals.create_goal(ctx, other, GoalDraft(what="Heftruck"))
    with pytest.raises(ValidationError) as info:
        conversations.save_conversation(ctx, cid, typed([mine, theirs]), today=TODAY)
    assert info.value.field == "conversation_id"
    empty = replace(typed([mine]), goal_progress=(GoalProgressDraft(mine, "   "),))
    with pytest.raises(ValidationError) as info:
        conversations.save_conversation(ctx, cid, empty, today=TODAY)
    assert info.value.field == "goal_progress"
    assert progress_rows(ctx) == [] and count(ctx, Agreement) == 0


def test_a_failure_in_the_progress_step_rolls_back_and_a_retry_writes_each_line_once(
    ctx: ServiceContext, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    cid = plan(ctx, person)
    ids = [goals.create_goal(ctx, person, GoalDraft(what=f"Doel {n}")) for n in range(3)]
    draft = typed(ids)
    drafts.save_draft(ctx, drafts.CONVERSATION_DRAFT, cid, draft.to_payload())
    real = goal_save.write_progress
    calls: list[int] = []

    def busy_on_the_second(*args: Any, **kwargs: Any) -> GoalProgress:
        calls.append(1)
        if len(calls) == 2:
            raise DatabaseBusyError("De database is bezet.")
        return real(*args, **kwargs)

    monkeypatch.setattr(goal_save, "write_progress", busy_on_the_second)
    with pytest.raises(DatabaseBusyError):
        conversations.save_conversation(ctx, cid, draft, today=TODAY)
    assert progress_rows(ctx) == [] and count(ctx, Agreement) == 0
    assert conversations.get_conversation(ctx, cid).status == "planned"
    assert drafts.load_draft(ctx, drafts.CONVERSATION_DRAFT, cid) is not None

    monkeypatch.setattr(goal_save, "write_progress", real)
    conversations.save_conversation(ctx, cid, draft, today=TODAY)  # the retry
    conversations.save_conversation(ctx, cid, draft, today=TODAY)  # and once more
    assert sorted(row[0] for row in progress_rows(ctx)) == ids
    assert count(ctx, Agreement) == 1


def test_the_draft_payload_keeps_the_goal_progress() -> None:
    draft = typed([3, 8])
    payload = json.loads(json.dumps(draft.to_payload()))
    assert ConversationDraft.from_payload(payload) == draft


# --- a goal with its steps, progress and status ----------------------------------------------


def steps_of(ctx: ServiceContext, goal_id: int) -> list[tuple[str, str, date | None, bool]]:
    return [(s.what, s.who, s.planned_on, s.done) for s in goals.get_goal(ctx, goal_id).steps]


def test_a_new_goal_with_steps_progress_and_closed_in_one_call(
    ctx: ServiceContext, person: int
) -> None:
    draft = GoalDraft(
        what="Zelf de <b>kantbank</b> & pers 🙂",
        start_date=date(2026, 2, 2),
        status="achieved",
        steps=(
            StepEdit(None, StepDraft("Meelopen", " Kees ", date(2026, 2, 16)), done=True),
            StepEdit(None, StepDraft("Zelf instellen")),
        ),
        progress=("Eerste keer", NOTE),
    )
    view = goals.save_goal(ctx, None, draft, employee_id=person, today=TODAY)

    assert (view.what, view.status, view.achieved_on) == (draft.what, "achieved", TODAY)
    assert [(s.what, s.who, s.planned_on, s.done_on) for s in view.steps] == [
        ("Meelopen", "Kees", date(2026, 2, 16), TODAY),
        ("Zelf instellen", "", None, None),
    ]
    assert [(p.note, p.written_on, p.conversation_id) for p in view.progress] == [
        ("Eerste keer", TODAY, None),
        (NOTE, TODAY, None),
    ]
    assert goals.get_goal(ctx, view.id) == view


def test_steps_are_changed_removed_and_added_and_a_reopened_goal_takes_new_ones(
    ctx: ServiceContext, person: int
) -> None:
    first = goals.save_goal(
        ctx,
        None,
        GoalDraft(
            what="Lassen",
            start_date=date(2026, 1, 5),
            steps=tuple(StepEdit(None, StepDraft(f"Stap {n}")) for n in range(3)),
        ),
        employee_id=person,
        today=TODAY,
    )
    closed = goals.save_goal(
        ctx, first.id, replace(goals.goal_draft(first), status="stopped"), today=TODAY
    )
    keep, gone, change = closed.steps
    edits = (
        StepEdit(change.id, StepDraft("Stap 2 anders", "Mehmet", date(2026, 7, 1)), done=True),
        StepEdit(keep.id, StepDraft(keep.what)),
        StepEdit(None, StepDraft("Nieuw")),
    )
    with pytest.raises(ValidationError) as info:  # a closed goal takes no new step
        goals.save_goal(ctx, first.id, replace(goals.goal_draft(closed), steps=edits))
    assert info.value.field == "status"
    assert goals.get_goal(ctx, first.id) == closed

    again = replace(goals.goal_draft(closed), status="in_progress", reopen=True, steps=edits)
    view = goals.save_goal(ctx, first.id, again, today=TODAY)
    assert (view.status, view.stopped_on) == ("in_progress", None)
    assert steps_of(ctx, view.id) == [
        ("Stap 0", "", None, False),
        ("Stap 2 anders", "Mehmet", date(2026, 7, 1), True),
        ("Nieuw", "", None, False),
    ]
    assert gone.id not in {s.id for s in view.steps}


def test_a_step_with_a_bad_date_refuses_the_whole_save(ctx: ServiceContext, person: int) -> None:
    before = goals.save_goal(
        ctx,
        None,
        GoalDraft(
            what="Heftruck",
            start_date=date(2026, 3, 1),
            steps=(StepEdit(None, StepDraft("Theorie", planned_on=date(2026, 3, 10))),),
        ),
        employee_id=person,
        today=TODAY,
    )
    wanted = replace(
        goals.goal_draft(before),
        what="Heftruck en reachtruck",
        status="achieved",
        steps=(
            StepEdit(None, StepDraft("Praktijk", planned_on=date(2026, 4, 1))),
            StepEdit(None, StepDraft("Examen", planned_on=date(2026, 2, 27))),
        ),
        progress=("Theorie gehaald",),
    )
    with pytest.raises(ValidationError) as info:
        goals.save_goal(ctx, before.id, wanted, today=TODAY)
    assert info.value.field == "steps"
    assert "Stap 2" in str(info.value) and "27-02-2026" in str(info.value)
    assert goals.get_goal(ctx, before.id) == before
    assert count(ctx, GoalStep) == 1 and progress_rows(ctx) == []

    with pytest.raises(ValidationError) as info:  # checked before anything is opened
        goals.save_goal(ctx, before.id, replace(wanted, steps=(StepEdit(None, StepDraft(" ")),)))
    assert info.value.field == "steps" and "Stap 1" in str(info.value)
    assert goals.get_goal(ctx, before.id) == before


def test_a_step_of_another_goal_is_refused(ctx: ServiceContext, person: int) -> None:
    one = goals.save_goal(
        ctx,
        None,
        GoalDraft(what="Eén", steps=(StepEdit(None, StepDraft("Van één")),)),
        employee_id=person,
    )
    two = goals.save_goal(ctx, None, GoalDraft(what="Twee"), employee_id=person)
    stolen = (StepEdit(one.steps[0].id, StepDraft("Gestolen")),)
    with pytest.raises(ValidationError):
        goals.save_goal(ctx, two.id, replace(goals.goal_draft(two), steps=stolen))
    assert goals.get_goal(ctx, one.id) == one and goals.get_goal(ctx, two.id) == two


# --- a POP form ------------------------------------------------------------------------------


def test_saving_a_pop_discards_its_draft_in_the_same_transaction(
    ctx: ServiceContext, person: int
) -> None:
    from teamlead_app.services.development import pop

    plan = pop.create_pop(ctx, person, 2026)
    typed_pop = replace(pop.get_pop(ctx, plan).draft(), strengths="Nauwkeurig <b>&</b>")
    drafts.save_draft(ctx, drafts.POP_DRAFT, plan, {"strengths": typed_pop.strengths})
    pop.update_pop(ctx, plan, typed_pop)
    assert drafts.load_draft(ctx, drafts.POP_DRAFT, plan) is None

    pop.agree_pop(ctx, plan, "gezien", date(2026, 1, 10), "screen", date(2026, 1, 9))
    drafts.save_draft(ctx, drafts.POP_DRAFT, plan, {"strengths": "Anders"})
    with pytest.raises(ValidationError):  # signed: locked, so the typed text must stay
        pop.update_pop(ctx, plan, replace(typed_pop, strengths="Anders"))
    assert drafts.load_draft(ctx, drafts.POP_DRAFT, plan) is not None


# --- the conversation status as a StrEnum ----------------------------------------------------


def test_the_conversation_status_enum_stores_the_same_strings(
    ctx: ServiceContext, person: int
) -> None:
    from sqlalchemy import text

    from teamlead_app.data.models import CONVERSATION_STATUSES
    from teamlead_app.records.conversation_state import ConversationState
    from teamlead_app.services.conversations.use_cases import ConversationStatus

    assert CONVERSATION_STATUSES == ("planned", "held", "cancelled")
    assert [s.value for s in ConversationState] == [
        "planned",
        "moved",
        "held",
        "signed",
        "missed",
        "cancelled",
    ]
    cid = plan(ctx, person)
    conversations.save_conversation(ctx, cid, ConversationDraft(mark_held=True), today=TODAY)
    with ctx.sessions() as session:
        stored = session.execute(text("SELECT status FROM conversation")).scalar_one()
    assert stored == "held" and type(stored) is str
    view = conversations.get_conversation(ctx, cid)
    assert view.status == ConversationStatus.HELD
    assert view.state(TODAY) is ConversationState.HELD


def test_an_unchanged_old_step_date_before_the_start_does_not_block(
    ctx: ServiceContext, person: int
) -> None:
    goal_id = goals.create_goal(ctx, person, GoalDraft("Lassen", start_date=date(2026, 3, 1)))
    goals.add_step(ctx, goal_id, StepDraft("Oud", planned_on=date(2026, 2, 1)))  # older path
    view = goals.get_goal(ctx, goal_id)
    kept = (StepEdit(view.steps[0].id, StepDraft("Oud, hernoemd", planned_on=date(2026, 2, 1))),)
    saved = goals.save_goal(ctx, goal_id, replace(goals.goal_draft(view), steps=kept))
    assert steps_of(ctx, saved.id) == [("Oud, hernoemd", "", date(2026, 2, 1), False)]
