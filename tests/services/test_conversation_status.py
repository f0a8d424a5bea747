"""The status a conversation shows (Gepland, Verplaatst, Gevoerd, Afgerond, Gemist,
Geannuleerd), "gemist" only once the month it was planned in has ended, and a filled-in talk
saved on or after its day being held."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from teamlead_app.data.context import ServiceContext
from teamlead_app.records.conversation_state import conversation_state, is_missed
from teamlead_app.records.conversations import AgreementDraft, ConversationDraft
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft

NOW = datetime(2026, 10, 1, 8, 0)
PLANNED = datetime(2026, 11, 12, 10, 0)


@pytest.fixture
def person(ctx: ServiceContext) -> int:
    return people.save_employee(ctx, EmployeeDraft(first_name="Mehmet", last_name="Yılmaz"))


def plan(ctx: ServiceContext, person: int, when: datetime = PLANNED) -> int:
    draft = ConversationPlanDraft(person, when)
    return conversations.plan_conversation(ctx, draft, now=NOW).conversation_id


@pytest.mark.parametrize(
    ("today", "state"),
    [
        (date(2026, 11, 12), "planned"),  # the day itself
        (date(2026, 11, 30), "planned"),  # not held yet, but the month is still running
        (date(2026, 12, 1), "missed"),  # the month has ended
        (date(2027, 3, 5), "missed"),
    ],
)
def test_missed_only_when_the_month_has_ended(today: date, state: str) -> None:
    assert conversation_state("planned", PLANNED, None, 0, today) == state
    assert is_missed("planned", PLANNED, today) is (state == "missed")


def test_the_other_states() -> None:
    today = date(2027, 1, 1)
    assert conversation_state("held", PLANNED, None, 0, today) == "held"
    assert conversation_state("held", PLANNED, "akkoord", 0, today) == "signed"
    assert conversation_state("cancelled", PLANNED, None, 0, today) == "cancelled"
    assert conversation_state("planned", datetime(2027, 1, 20), None, 1, today) == "moved"


def test_a_filled_in_talk_saved_on_its_day_is_held(ctx: ServiceContext, person: int) -> None:
    cid = plan(ctx, person)
    draft = ConversationDraft(shared_summary="Goed gesprek over de lasrobot")
    conversations.save_conversation(ctx, cid, draft, today=date(2026, 11, 12))
    view = conversations.get_conversation(ctx, cid)
    assert (view.status, view.held_on, view.state(date(2026, 11, 12))) == (
        "held",
        date(2026, 11, 12),
        "held",
    )


def test_saved_later_it_is_held_on_its_planned_day(ctx: ServiceContext, person: int) -> None:
    cid = plan(ctx, person)
    draft = ConversationDraft(agreements=(AgreementDraft("Kantbank leren"),))
    conversations.save_conversation(ctx, cid, draft, today=date(2026, 11, 20))
    view = conversations.get_conversation(ctx, cid)
    assert (view.status, view.held_on) == ("held", date(2026, 11, 12))


@pytest.mark.parametrize(
    ("today", "draft"),
    [
        # filled in ahead of the day: preparation, not a held talk
        (date(2026, 11, 11), ConversationDraft(shared_summary="Vooraf bedacht")),
        # only the private note: preparation as well
        (date(2026, 11, 12), ConversationDraft(private_notes="Vragen over de lasrobot")),
    ],
)
def test_preparation_does_not_mark_held(
    ctx: ServiceContext, person: int, today: date, draft: ConversationDraft
) -> None:
    cid = plan(ctx, person)
    conversations.save_conversation(ctx, cid, draft, today=today)
    assert conversations.get_conversation(ctx, cid).status == "planned"


def test_a_missed_talk_is_listed_counted_and_can_be_moved(ctx: ServiceContext, person: int) -> None:
    missed = plan(ctx, person)
    plan(ctx, person, datetime(2026, 12, 3, 10, 0))
    today = date(2026, 12, 2)
    [row, later] = conversations.list_conversations(ctx, employee_id=person)
    assert (row.state(today), later.state(today)) == ("missed", "planned")
    counts = conversations.conversation_counts(ctx, employee_id=person, today=today)
    assert (counts.planned, counts.missed, counts.total) == (1, 1, 2)
    per_person = conversations.counts_by_employee(ctx, today=today)
    assert per_person[person].missed == 1
    # Offered for moving: a missed talk moves like a planned one and is planned again.
    conversations.move_conversation(ctx, missed, datetime(2026, 12, 10, 10, 0), now=NOW)
    view = conversations.get_conversation(ctx, missed)
    assert view.state(today) == "moved"
    assert conversations.conversation_counts(ctx, employee_id=person, today=today).missed == 0
