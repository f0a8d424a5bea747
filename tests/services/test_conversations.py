"""Planning, logging, moving and cancelling conversations; warnings for working hours and
overlaps; suggesting a new moment; counts and lists in one statement."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlalchemy import event, inspect

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Conversation, ConversationMove
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import set_language
from teamlead_app.records.conversations import AgreementDraft, ConversationDraft
from teamlead_app.services.common import drafts
from teamlead_app.services.common.settings import get_settings, save_settings
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft

NOW = datetime(2026, 3, 1, 9, 0)  # a Sunday; 2 March 2026 is a Monday


@contextmanager
def selects(ctx: ServiceContext) -> Iterator[list[str]]:
    """The SELECT statements sent to SQLite while the block runs."""
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    event.listen(ctx.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(ctx.engine, "before_cursor_execute", record)


@pytest.fixture
def team(ctx: ServiceContext) -> dict[str, int]:
    plaatwerk = people.save_team(ctx, TeamDraft("Plaatwerk"))
    montage = people.save_team(ctx, TeamDraft("Montage"))
    return {
        "plaatwerk": plaatwerk,
        "montage": montage,
        "lukasz": people.save_employee(
            ctx, EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski", team_id=plaatwerk)
        ),
        "kees": people.save_employee(
            ctx, EmployeeDraft(first_name="Kees", last_name="Bakker", team_id=plaatwerk)
        ),
        "mehmet": people.save_employee(
            ctx, EmployeeDraft(first_name="Mehmet", last_name="Yılmaz", team_id=montage)
        ),
    }


def plan(
    ctx: ServiceContext, person: int, when: datetime, **extra: Any
) -> conversations.PlanResult:
    return conversations.plan_conversation(
        ctx, ConversationPlanDraft(person, when, **extra), now=NOW
    )


# --- planning ------------------------------------------------------------------------------


def test_plan_uses_the_current_template_and_its_duration(
    ctx: ServiceContext, team: dict[str, int]
) -> None:
    monthly = plan(ctx, team["kees"], datetime(2026, 3, 2, 10, 0))
    assert monthly.warnings == ()
    view = conversations.get_conversation(ctx, monthly.conversation_id)
    assert (view.employee, view.kind, view.status, view.duration_minutes) == (
        "Kees Bakker",
        "maandgesprek",
        "planned",
        30,
    )
    assert view.scheduled_at == datetime(2026, 3, 2, 10, 0)
    assert view.answers[0].question == "Hoe gaat het met je?"
    review = plan(ctx, team["kees"], datetime(2026, 3, 3, 10, 0), kind="functionering")
    assert conversations.get_conversation(ctx, review.conversation_id).duration_minutes == 60
    short = plan(ctx, team["kees"], datetime(2026, 3, 4, 10, 0), duration_minutes=45)
    assert conversations.get_conversation(ctx, short.conversation_id).duration_minutes == 45


def test_outside_working_hours_warns_but_plans(ctx: ServiceContext, team: dict[str, int]) -> None:
    early = plan(ctx, team["kees"], datetime(2026, 3, 2, 6, 45))
    assert len(early.warnings) == 1
    assert "buiten je werktijden (07:30–16:00)" in early.warnings[0]
    late = plan(ctx, team["kees"], datetime(2026, 3, 2, 15, 45))  # ends 16:15
    assert "werktijden" in late.warnings[0]
    saturday = plan(ctx, team["kees"], datetime(2026, 3, 7, 10, 0))
    assert saturday.warnings == ("Het gesprek valt op een zaterdag, geen werkdag.",)
    stored = [conversations.get_conversation(ctx, r.conversation_id).status for r in (early, late)]
    assert stored == ["planned", "planned"]


def test_working_hours_come_from_the_settings(ctx: ServiceContext, team: dict[str, int]) -> None:
    save_settings(
        ctx, replace(get_settings(ctx), work_start="06:00", work_end="14:30", working_days=(0, 1))
    )
    assert plan(ctx, team["kees"], datetime(2026, 3, 2, 6, 0)).warnings == ()
    wednesday = plan(ctx, team["kees"], datetime(2026, 3, 4, 14, 15))
    assert len(wednesday.warnings) == 2


def test_overlap_warns_and_names_the_other_conversation(
    ctx: ServiceContext, team: dict[str, int]
) -> None:
    plan(ctx, team["kees"], datetime(2026, 3, 2, 10, 0))
    clash = plan(ctx, team["lukasz"], datetime(2026, 3, 2, 10, 15))
    assert clash.warnings == ("Het gesprek overlapt met het gesprek met Kees Bakker om 10:00.",)
    touching = plan(ctx, team["mehmet"], datetime(2026, 3, 2, 10, 45))
    assert touching.warnings == ()  # 10:15-10:45 and 10:45-11:15 only touch
    set_language("en")
    english = plan(ctx, team["mehmet"], datetime(2026, 3, 2, 9, 45))
    assert english.warnings == ("The conversation overlaps the one with Kees Bakker at 10:00.",)


def test_cancelled_conversations_do_not_block_the_slot(
    ctx: ServiceContext, team: dict[str, int]
) -> None:
    first = plan(ctx, team["kees"], datetime(2026, 3, 2, 10, 0))
    conversations.cancel_conversation(ctx, first.conversation_id, "afwezig")
    assert plan(ctx, team["lukasz"], datetime(2026, 3, 2, 10, 0)).warnings == ()


def test_plan_in_the_past_warns(ctx: ServiceContext, team: dict[str, int]) -> None:
    result = plan(ctx, team["kees"], datetime(2026, 2, 2, 10, 0))
    assert any("verleden" in w for w in result.warnings)


def test_plan_a_month_in_one_transaction(ctx: ServiceContext, team: dict[str, int]) -> None:
    drafts_ = [
        ConversationPlanDraft(team["kees"], datetime(2026, 3, 2, 10, 0)),
        ConversationPlanDraft(team["lukasz"], datetime(2026, 3, 2, 10, 0)),
    ]
    results = conversations.plan_conversations(ctx, drafts_, now=NOW)
    assert results[0].warnings == ()
    assert "Kees Bakker" in results[1].warnings[0]
    with pytest.raises(NotFoundError):
        conversations.plan_conversations(
            ctx,
            [
                ConversationPlanDraft(team["mehmet"], datetime(2026, 3, 3, 10, 0)),
                ConversationPlanDraft(9999, datetime(2026, 3, 3, 11, 0)),
            ],
            now=NOW,
        )
    assert len(conversations.list_conversations(ctx)) == 2  # all or nothing


def test_plan_checks_kind_duration_person_and_template(
    ctx: ServiceContext, team: dict[str, int]
) -> None:
    when = datetime(2026, 3, 2, 10, 0)
    with pytest.raises(ValidationError) as err:
        plan(ctx, team["kees"], when, kind="beoordeling")
    assert err.value.field == "kind"
    with pytest.raises(ValidationError) as err:
        plan(ctx, team["kees"], when, duration_minutes=600)
    assert err.value.field == "duration_minutes"
    review = conversations.get_conversation(
        ctx, plan(ctx, team["kees"], when, kind="functionering").conversation_id
    )
    with pytest.raises(ValidationError) as err:
        plan(ctx, team["kees"], when, template_version_id=review.template_version_id)
    assert err.value.field == "template_version_id"
    people.archive_employee(ctx, team["mehmet"], date(2026, 2, 28))
    with pytest.raises(ValidationError, match="uit dienst"):
        plan(ctx, team["mehmet"], when)


def test_aware_times_are_stored_as_amsterdam_wall_time(
    ctx: ServiceContext, team: dict[str, int]
) -> None:

    utc = datetime(2026, 7, 1, 8, 0, 30, tzinfo=UTC)
    result = plan(ctx, team["kees"], utc)
    view = conversations.get_conversation(ctx, result.conversation_id)
    assert view.scheduled_at == datetime(2026, 7, 1, 10, 0)


def test_log_a_conversation_after_the_fact(ctx: ServiceContext, team: dict[str, int]) -> None:
    logged = conversations.log_conversation(
        ctx, ConversationPlanDraft(team["kees"], datetime(2026, 2, 20, 14, 0)), now=NOW
    )
    view = conversations.get_conversation(ctx, logged.conversation_id)
    assert (view.status, view.held_on) == ("held", date(2026, 2, 20))
    with pytest.raises(ValidationError, match="toekomst"):
        conversations.log_conversation(
            ctx, ConversationPlanDraft(team["kees"], datetime(2026, 3, 20, 14, 0)), now=NOW
        )


# --- moving --------------------------------------------------------------------------------


def test_move_keeps_the_history_and_warns_after_two_moves(
    ctx: ServiceContext, team: dict[str, int]
) -> None:
    cid = plan(ctx, team["kees"], datetime(2026, 3, 6, 10, 0)).conversation_id
    first = conversations.move_conversation(
        ctx, cid, datetime(2026, 3, 10, 10, 0), "operationele_drukte", now=NOW
    )
    assert (first.move_count, first.warnings) == (1, ())
    second = conversations.move_conversation(
        ctx, cid, datetime(2026, 3, 17, 9, 0), "anders", "Klant <b>&</b> storing 🔧", now=NOW
    )
    assert second.move_count == 2
    assert second.warnings == (
        "Dit gesprek is nu 2 keer verplaatst. Probeer het echt door te laten gaan.",
    )
    view = conversations.get_conversation(ctx, cid)
    assert view.scheduled_at == datetime(2026, 3, 17, 9, 0)
    assert view.original_at == datetime(2026, 3, 6, 10, 0)
    assert (view.move_count, view.many_moves) == (2, True)
    assert [(m.from_at, m.to_at, m.reason) for m in view.moves] == [
        (datetime(2026, 3, 6, 10, 0), datetime(2026, 3, 10, 10, 0), "operationele_drukte"),
        (datetime(2026, 3, 10, 10, 0), datetime(2026, 3, 17, 9, 0), "anders"),
    ]
    assert view.moves[0].reason_text == "Operationele drukte"
    assert view.moves[1].reason_text == "Anders: Klant <b>&</b> storing 🔧"
    assert view.moves[0].moved_on == NOW.date()


def test_move_warns_when_leaving_the_month_or_the_working_hours(
    ctx: ServiceContext, team: dict[str, int]
) -> None:
    cid = plan(ctx, team["kees"], datetime(2026, 3, 30, 10, 0)).conversation_id
    plan(ctx, team["lukasz"], datetime(2026, 4, 1, 7, 30))
    moved = conversations.move_conversation(ctx, cid, datetime(2026, 4, 1, 7, 15), now=NOW)
    assert moved.warnings[0] == "De nieuwe datum valt buiten de oorspronkelijke maand (maart 2026)."
    assert any("werktijden" in w for w in moved.warnings)
    assert any("Łukasz Wiśniewski" in w for w in moved.warnings)


def test_move_rules(ctx: ServiceContext, team: dict[str, int]) -> None:
    when = datetime(2026, 3, 2, 10, 0)
    cid = plan(ctx, team["kees"], when).conversation_id
    with pytest.raises(ValidationError, match="ander moment"):
        conversations.move_conversation(ctx, cid, when, now=NOW)
    with pytest.raises(ValidationError) as err:
        conversations.move_conversation(ctx, cid, datetime(2026, 3, 3, 10, 0), "ziek", now=NOW)
    assert err.value.field == "reason"
    with pytest.raises(ValidationError) as err:
        conversations.move_conversation(ctx, cid, datetime(2026, 3, 3, 10, 0), "anders", now=NOW)
    assert err.value.field == "note"
    warned = conversations.move_conversation(
        ctx, cid, datetime(2026, 3, 3, 10, 0), "anders", "hij is ziek thuis", now=NOW
    )
    assert any("gezondheid" in w for w in warned.warnings)
    conversations.save_conversation(
        ctx, cid, ConversationDraft(mark_held=True), today=date(2026, 3, 3)
    )
    with pytest.raises(ValidationError, match="gepland gesprek"):
        conversations.move_conversation(ctx, cid, datetime(2026, 3, 4, 10, 0), now=NOW)
    with pytest.raises(NotFoundError):
        conversations.move_conversation(ctx, 999, datetime(2026, 3, 4, 10, 0), now=NOW)


def test_suggest_skips_the_weekend_and_busy_slots(
    ctx: ServiceContext, team: dict[str, int]
) -> None:
    cid = plan(ctx, team["kees"], datetime(2026, 3, 6, 10, 0)).conversation_id  # a Friday
    plan(ctx, team["lukasz"], datetime(2026, 3, 9, 7, 30))
    plan(ctx, team["mehmet"], datetime(2026, 3, 9, 8, 0), duration_minutes=20)
    suggestion = conversations.suggest_new_time(ctx, cid, now=NOW)
    assert suggestion == datetime(2026, 3, 9, 8, 30)
    # Not before now: on Monday at 11:05 the next quarter-hour is 11:15.
    later = conversations.suggest_new_time(ctx, cid, now=datetime(2026, 3, 9, 11, 5))
    assert later == datetime(2026, 3, 9, 11, 15)
    assert conversations.move_conversation(ctx, cid, suggestion, now=NOW).warnings == ()


def test_suggest_prefers_the_month_and_then_looks_further(
    ctx: ServiceContext, team: dict[str, int]
) -> None:
    save_settings(ctx, replace(get_settings(ctx), work_start="08:00", work_end="09:00"))
    cid = plan(ctx, team["kees"], datetime(2026, 3, 30, 8, 0)).conversation_id
    assert conversations.suggest_new_time(ctx, cid, now=NOW) == datetime(2026, 3, 31, 8, 0)
    plan(ctx, team["lukasz"], datetime(2026, 3, 31, 8, 0), duration_minutes=60)
    assert conversations.suggest_new_time(ctx, cid, now=NOW) == datetime(2026, 4, 1, 8, 0)


def test_suggest_only_for_planned_conversations(ctx: ServiceContext, team: dict[str, int]) -> None:
    cid = plan(ctx, team["kees"], datetime(2026, 3, 2, 10, 0)).conversation_id
    conversations.cancel_conversation(ctx, cid, "operationele_drukte")
    with pytest.raises(ValidationError):
        conversations.suggest_new_time(ctx, cid, now=NOW)


# --- cancelling ----------------------------------------------------------------------------


def test_cancel_needs_a_reason(ctx: ServiceContext, team: dict[str, int]) -> None:
    cid = plan(ctx, team["kees"], datetime(2026, 3, 2, 10, 0)).conversation_id
    for reason, note, field in (
        ("", "", "reason"),
        ("ziek", "", "reason"),
        ("anders", " ", "note"),
    ):
        with pytest.raises(ValidationError) as err:
            conversations.cancel_conversation(ctx, cid, reason, note)
        assert err.value.field == field
    assert conversations.get_conversation(ctx, cid).status == "planned"
    assert conversations.validate_cancel("")["reason"] == "Kies een reden om te annuleren."
    set_language("en")
    assert conversations.validate_cancel("")["reason"] == "Choose a reason for cancelling."


def test_cancel_records_reason_day_and_discards_the_draft(
    ctx: ServiceContext, team: dict[str, int]
) -> None:
    cid = plan(ctx, team["kees"], datetime(2026, 3, 2, 10, 0)).conversation_id
    drafts.save_draft(ctx, drafts.CONVERSATION_DRAFT, cid, {"shared_summary": "half"})
    warnings = conversations.cancel_conversation(
        ctx, cid, "anders", "Machine stuk, hele ploeg nodig", today=date(2026, 3, 2)
    )
    assert warnings == ()
    view = conversations.get_conversation(ctx, cid)
    assert (view.status, view.cancel_reason, view.cancelled_on) == (
        "cancelled",
        "anders",
        date(2026, 3, 2),
    )
    assert view.cancel_text == "Anders: Machine stuk, hele ploeg nodig"
    assert drafts.load_draft(ctx, drafts.CONVERSATION_DRAFT, cid) is None
    with pytest.raises(ValidationError):
        conversations.cancel_conversation(ctx, cid, "afwezig")
    with pytest.raises(ValidationError):
        conversations.move_conversation(ctx, cid, datetime(2026, 3, 3, 10, 0), now=NOW)


def test_cancel_note_about_health_warns(ctx: ServiceContext, team: dict[str, int]) -> None:
    cid = plan(ctx, team["kees"], datetime(2026, 3, 2, 10, 0)).conversation_id
    (warning,) = conversations.cancel_conversation(ctx, cid, "anders", "Burn-out")
    assert "gezondheid" in warning


def test_no_health_field_exists_on_conversations() -> None:
    columns = {c.key for c in inspect(Conversation).columns} | {
        c.key for c in inspect(ConversationMove).columns
    }
    assert not {c for c in columns if any(w in c for w in ("health", "ziek", "sick", "ill"))}
    assert conversations.CANCEL_REASONS == (
        "afwezig",
        "operationele_drukte",
        "uit_dienst",
        "anders",
    )


# --- counts and lists ----------------------------------------------------------------------


def _history(ctx: ServiceContext, team: dict[str, int]) -> dict[str, int]:
    kees, lukasz, mehmet = team["kees"], team["lukasz"], team["mehmet"]
    held = plan(ctx, kees, datetime(2026, 1, 5, 10, 0)).conversation_id
    conversations.save_conversation(
        ctx, held, ConversationDraft(score=4, mark_held=True), today=date(2026, 1, 5)
    )
    moved = plan(ctx, kees, datetime(2026, 2, 2, 10, 0)).conversation_id
    conversations.move_conversation(ctx, moved, datetime(2026, 2, 3, 10, 0), now=NOW)
    conversations.move_conversation(ctx, moved, datetime(2026, 2, 4, 10, 0), now=NOW)
    cancelled = plan(ctx, lukasz, datetime(2026, 2, 2, 11, 0)).conversation_id
    conversations.cancel_conversation(ctx, cancelled, "afwezig")
    planned = plan(ctx, lukasz, datetime(2026, 3, 2, 11, 0)).conversation_id
    other_team = plan(ctx, mehmet, datetime(2026, 3, 2, 13, 0)).conversation_id
    last_year = plan(ctx, mehmet, datetime(2025, 12, 1, 13, 0)).conversation_id
    return {
        "held": held,
        "moved": moved,
        "cancelled": cancelled,
        "planned": planned,
        "other_team": other_team,
        "last_year": last_year,
    }


def test_counts_per_employee_team_and_year_in_one_query(
    ctx: ServiceContext, team: dict[str, int]
) -> None:
    _history(ctx, team)
    with selects(ctx) as seen:
        # Seen from December 2025, before any planned month has ended: nothing is missed.
        everyone = conversations.conversation_counts(ctx, today=date(2025, 12, 1))
    assert len(seen) == 1
    assert everyone == conversations.ConversationCounts(
        planned=4, held=1, cancelled=1, moved=1, moves=2
    )
    assert everyone.total == 6
    kees = conversations.conversation_counts(ctx, employee_id=team["kees"], today=date(2026, 2, 1))
    assert (kees.planned, kees.held, kees.moved, kees.moves) == (1, 1, 1, 2)
    plaatwerk = conversations.conversation_counts(
        ctx, team_id=team["plaatwerk"], year=2026, today=date(2026, 1, 5)
    )
    assert (plaatwerk.planned, plaatwerk.held, plaatwerk.cancelled) == (2, 1, 1)
    assert conversations.conversation_counts(ctx, year=2025, today=date(2025, 12, 1)).planned == 1
    with selects(ctx) as seen:
        per_person = conversations.counts_by_employee(ctx, year=2026, today=date(2026, 1, 5))
    assert len(seen) == 1
    assert per_person[team["lukasz"]] == conversations.ConversationCounts(planned=1, cancelled=1)
    assert per_person[team["mehmet"]].planned == 1


def test_list_conversations_filters_in_one_query(ctx: ServiceContext, team: dict[str, int]) -> None:
    ids = _history(ctx, team)
    with selects(ctx) as seen:
        rows = conversations.list_conversations(ctx)
    assert len(seen) == 1
    assert [r.id for r in rows] == [
        ids["last_year"],
        ids["held"],
        ids["cancelled"],
        ids["moved"],
        ids["planned"],
        ids["other_team"],
    ]
    moved = next(r for r in rows if r.id == ids["moved"])
    assert (moved.move_count, moved.many_moves, moved.employee) == (2, True, "Kees Bakker")
    assert moved.employee_list_name == "Bakker, Kees"
    held = next(r for r in rows if r.id == ids["held"])
    assert (held.status, held.held_on, held.score) == ("held", date(2026, 1, 5), 4)
    kees = conversations.list_conversations(ctx, team["kees"])
    assert [r.id for r in kees] == [ids["held"], ids["moved"]]
    february = conversations.list_conversations(ctx, None, date(2026, 2, 2), date(2026, 2, 4))
    assert [r.id for r in february] == [ids["cancelled"], ids["moved"]]
    montage = conversations.list_conversations(ctx, team_id=team["montage"], status="planned")
    assert [r.id for r in montage] == [ids["last_year"], ids["other_team"]]


def test_open_agreements_and_score_history(ctx: ServiceContext, team: dict[str, int]) -> None:
    kees = team["kees"]
    held: list[int] = []
    for month, score in ((1, 3), (2, 4), (3, 5)):
        cid = plan(ctx, kees, datetime(2026, month, 2, 10, 0)).conversation_id
        conversations.save_conversation(
            ctx,
            cid,
            ConversationDraft(
                score=score,
                mark_held=True,
                agreements=(
                    AgreementDraft(f"Afspraak {month}", due_date=date(2026, 6, 10 - month)),
                )
                if month < 3
                else (AgreementDraft("Zonder datum"),),
            ),
            today=date(2026, 3, 2),
        )
        held.append(cid)
    history = conversations.score_history(ctx, kees, limit=2)
    assert [(p.day, p.score) for p in history] == [(date(2026, 2, 2), 4), (date(2026, 3, 2), 5)]
    assert [a.text for a in conversations.open_agreements(ctx, kees)] == [
        "Afspraak 2",
        "Afspraak 1",
        "Zonder datum",
    ]
    assert conversations.last_held_conversation(ctx, kees) == held[-1]
    assert conversations.last_held_conversation(ctx, team["mehmet"]) is None
