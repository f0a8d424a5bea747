"""The profile timeline: service dates, conversations planned/held/moved/cancelled and
agreements made/done/dropped, newest first, in a few queries, never with note text; other
areas add events through TIMELINE_SOURCES."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

import pytest
from sqlalchemy import event
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.errors import NotFoundError
from teamlead_app.i18n import set_language
from teamlead_app.records.conversations import AgreementDraft, ConversationDraft, FollowUpDraft
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people import timeline
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.timeline import TimelineEvent

NOW = datetime(2026, 1, 1, 8, 0)
SECRET = "GEHEIM-werkaantekening"


def _plan(ctx: ServiceContext, person: int, when: datetime) -> int:
    return conversations.plan_conversation(
        ctx, ConversationPlanDraft(person, when), now=NOW
    ).conversation_id


@pytest.fixture
def person(ctx: ServiceContext) -> int:
    pid = people.save_employee(
        ctx,
        EmployeeDraft(
            first_name="Mehmet",
            last_name="Yılmaz",
            date_in_service=date(2025, 11, 3),
        ),
    )
    held = _plan(ctx, pid, datetime(2026, 1, 5, 10, 0))
    conversations.save_conversation(
        ctx,
        held,
        ConversationDraft(
            score=4,
            mark_held=True,
            private_notes=SECRET,
            shared_summary=SECRET,
            agreements=(
                AgreementDraft(
                    "Leert TIG-lassen\nmet tweede regel", "medewerker", date(2026, 3, 1)
                ),
                AgreementDraft("Werkschoenen bestellen", "leidinggevende"),
            ),
        ),
        today=date(2026, 1, 5),
    )
    tig, shoes = (a.id for a in conversations.get_conversation(ctx, held).agreements)
    second = _plan(ctx, pid, datetime(2026, 2, 2, 10, 0))
    conversations.save_conversation(
        ctx,
        second,
        ConversationDraft(
            mark_held=True,
            follow_ups=(FollowUpDraft(tig, "done", SECRET), FollowUpDraft(shoes, "dropped")),
        ),
        today=date(2026, 2, 2),
    )
    moved = _plan(ctx, pid, datetime(2026, 3, 2, 10, 0))
    conversations.move_conversation(
        ctx, moved, datetime(2026, 3, 9, 10, 0), "verlof", SECRET, now=datetime(2026, 2, 27, 9, 0)
    )
    cancelled = _plan(ctx, pid, datetime(2026, 4, 6, 10, 0))
    conversations.cancel_conversation(ctx, cancelled, "anders", SECRET, today=date(2026, 4, 3))
    people.archive_employee(ctx, pid, date(2026, 4, 30))
    return pid


def test_everything_newest_first(ctx: ServiceContext, person: int) -> None:
    events = timeline.employee_timeline(ctx, person)
    assert [(e.when, e.kind) for e in events] == [
        (date(2026, 4, 30), "out_of_service"),
        (date(2026, 4, 3), "conversation_cancelled"),
        (date(2026, 3, 9), "conversation_planned"),
        (date(2026, 2, 27), "conversation_moved"),
        (date(2026, 2, 2), "agreement_dropped"),
        (date(2026, 2, 2), "agreement_done"),
        (date(2026, 2, 2), "conversation_held"),
        (date(2026, 1, 5), "agreement_made"),
        (date(2026, 1, 5), "agreement_made"),
        (date(2026, 1, 5), "conversation_held"),
        (date(2025, 11, 3), "in_service"),
    ]
    by_kind = {e.kind: e for e in events}
    assert by_kind["conversation_cancelled"].title == "Maandgesprek geannuleerd"
    assert by_kind["conversation_cancelled"].detail == "Anders"
    assert by_kind["conversation_moved"].detail == "02-03-2026 10:00 → 09-03-2026 10:00 (Verlof)"
    assert by_kind["conversation_planned"].detail == "09-03-2026 10:00"
    assert by_kind["agreement_done"].title == "Afspraak gedaan: Leert TIG-lassen"
    assert events[-2].detail == "Hoe gaat het (eigen inschatting): 4 van 5"
    assert not any(e.detail.startswith("Score") for e in events)
    made = [e for e in events if e.kind == "agreement_made"]
    assert {e.detail for e in made} == {"Medewerker, vóór 01-03-2026", "Leidinggevende"}
    assert all(e.conversation_id is not None for e in events if e.kind.startswith("conv"))
    assert all(e.agreement_id == e.ref_id is not None for e in events if e.kind.startswith("agr"))


def test_no_note_text_reaches_the_timeline(ctx: ServiceContext, person: int) -> None:
    for item in timeline.employee_timeline(ctx, person):
        assert SECRET not in item.title and SECRET not in item.detail


def test_english_titles(ctx: ServiceContext, person: int) -> None:
    set_language("en")
    titles = {e.kind: e.title for e in timeline.employee_timeline(ctx, person)}
    assert titles["conversation_moved"] == "Monthly one-on-one moved"
    assert titles["in_service"] == "In service"


def test_a_few_queries_whatever_the_history(ctx: ServiceContext, person: int) -> None:
    for month in range(5, 13):
        _plan(ctx, person, datetime(2025, month, 3, 9, 0))
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    event.listen(ctx.engine, "before_cursor_execute", record)
    try:
        events = timeline.employee_timeline(ctx, person)
    finally:
        event.remove(ctx.engine, "before_cursor_execute", record)
    assert len([e for e in events if e.kind == "conversation_planned"]) == 9
    assert len(statements) <= 10  # two of them: skill levels and certificates


def test_other_areas_register_sources(
    ctx: ServiceContext, person: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    def goals(_session: Session, employee_id: int) -> Sequence[TimelineEvent]:
        return [TimelineEvent(date(2026, 2, 2), "goal_achieved", f"Doel {employee_id}", ref_id=9)]

    monkeypatch.setattr(timeline, "TIMELINE_SOURCES", list(timeline.TIMELINE_SOURCES))
    timeline.register_timeline_source(goals)
    timeline.register_timeline_source(goals)
    events = timeline.employee_timeline(ctx, person)
    assert [e.title for e in events if e.kind == "goal_achieved"] == [f"Doel {person}"]


def test_unknown_person(ctx: ServiceContext) -> None:
    with pytest.raises(NotFoundError):
        timeline.employee_timeline(ctx, 4242)


def test_a_person_without_history_has_an_empty_timeline(ctx: ServiceContext) -> None:
    pid = people.save_employee(ctx, EmployeeDraft(first_name="Sanne", last_name="de Wit"))
    assert timeline.employee_timeline(ctx, pid) == []


def test_goal_and_pop_events_join_the_timeline(ctx: ServiceContext) -> None:
    from teamlead_app.services.development import goals
    from teamlead_app.services.people import employees as people
    from teamlead_app.services.people import timeline

    employee_id = people.save_employee(ctx, people.EmployeeDraft(first_name="Bas", last_name="Kok"))
    goal_id = goals.create_goal(
        ctx,
        employee_id,
        goals.GoalDraft(what="Kantbank omstellen", start_date=date(2026, 1, 5)),
    )
    goals.set_goal_status(ctx, goal_id, "achieved", on=date(2026, 6, 1))
    kinds = [event.kind for event in timeline.employee_timeline(ctx, employee_id)]
    assert "goal_started" in kinds and "goal_achieved" in kinds
