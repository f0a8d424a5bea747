"""'Plan de maand': proposals spread over the working days and hours, never overlapping each
other or existing talks, never in the past; the load figure; creating in one transaction."""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import replace
from datetime import date, datetime, time, timedelta

import pytest
from sqlalchemy import func, select, update

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Conversation, TemplateVersion
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import set_language
from teamlead_app.services.common.settings import get_settings, save_settings
from teamlead_app.services.conversations.month_agenda import GAP_MINUTES
from teamlead_app.services.conversations.month_plan import (
    MAX_PER_DAY,
    MonthProposal,
    ProposedConversation,
    create_planned,
    propose_month,
)
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.teams import TeamDraft
from tests.services.history_helpers import person, talk

TODAY = date(2026, 3, 10)  # a Tuesday
SURNAMES = ("Jong", "Jansen", "Vries", "Berg", "Dijk", "Bakker", "Visser", "Smit", "Meijer", "Boer")
FIRST = ("Jan", "Kees", "Henk")


def team_of(ctx: ServiceContext, size: int, team_id: int | None = None) -> list[int]:
    """`size` people who all had their talk on 2 March 2026, so all are due in April."""
    ids = []
    for i in range(size):
        eid = person(ctx, FIRST[i % 3], f"{SURNAMES[i % 10]}{i // 10 or ''}", team_id=team_id)
        talk(ctx, eid, datetime(2026, 3, 2, 7, 30) + timedelta(minutes=30 * (i % 8)))
        ids.append(eid)
    return ids


def assert_sane(proposal: MonthProposal, ctx: ServiceContext, not_before: date) -> None:
    """On working days, in working hours, not before `not_before`, apart from each other and
    from every stored conversation by at least the gap."""
    settings = get_settings(ctx)
    with ctx.sessions() as session:
        stored = [
            (at, at + timedelta(minutes=m))
            for at, m in session.execute(
                select(Conversation.scheduled_at, Conversation.duration_minutes).where(
                    Conversation.status != "cancelled"
                )
            )
        ]
    gap = timedelta(minutes=GAP_MINUTES)
    seen: list[tuple[datetime, datetime]] = []
    for item in proposal.items:
        assert item.start.date() >= not_before
        assert item.start.weekday() in settings.working_days
        assert item.start.time() >= settings.start_time and item.end.time() <= settings.end_time
        assert (item.start.year, item.start.month) == (proposal.year, proposal.month)
        for begin, end in seen + stored:
            assert item.start >= end + gap or item.end + gap <= begin, item
        seen.append((item.start, item.end))


def test_spreads_the_team_evenly_over_the_month(ctx: ServiceContext) -> None:
    team_of(ctx, 28)
    proposal = propose_month(ctx, 2026, 4, today=TODAY)
    assert len(proposal.items) == 28 and proposal.not_placed == ()
    # April 2026: Wednesday 1 to Thursday 30, without Goede vrijdag (3), Tweede paasdag (6)
    # and Koningsdag (27)
    assert len(proposal.working_days) == 19
    assert [day for day, _why in proposal.days_off] == [
        date(2026, 4, 3),
        date(2026, 4, 6),
        date(2026, 4, 27),
    ]
    assert proposal.per_day == 2  # ceil(28 / 19)
    per_day = Counter(item.start.date() for item in proposal.items)
    assert max(per_day.values()) <= 2
    assert len(per_day) == 19  # spread over the whole month, not crammed into the start
    assert min(per_day) <= date(2026, 4, 2) and max(per_day) >= date(2026, 4, 28)
    assert_sane(proposal, ctx, date(2026, 4, 1))
    # Dutch name order, deterministic: a second proposal is identical
    names = [item.list_name for item in proposal.items]
    assert names == sorted(names, key=lambda n: n.casefold())
    assert [item.start for item in proposal.items] == sorted(i.start for i in proposal.items)
    assert propose_month(ctx, 2026, 4, today=TODAY) == proposal
    assert proposal.items[0].start == datetime(2026, 4, 1, 7, 30)


def test_the_monthly_load(ctx: ServiceContext) -> None:
    team_of(ctx, 28)
    person(ctx, "Sanne", "Mulder", cadence="paused")  # on long leave: no load
    load = propose_month(ctx, 2026, 4, today=TODAY).load
    assert (load.people, load.minutes_each, load.total_minutes, load.hours) == (28, 30, 840, 14)
    assert load.text == "28 gesprekken × 30 min = 14 uur"
    person(ctx, "Lisa", "Kok")
    assert propose_month(ctx, 2026, 4, today=TODAY).load.text == "29 gesprekken × 30 min = 14,5 uur"
    set_language("en")
    assert (
        propose_month(ctx, 2026, 4, today=TODAY).load.text
        == "29 conversations × 30 min = 14.5 hours"
    )


def test_current_month_starts_tomorrow_and_caps_the_day(ctx: ServiceContext) -> None:
    ids = team_of(ctx, 30)
    with ctx.sessions.begin() as session:  # all due in March: their last talk was in February
        session.execute(
            update(Conversation)
            .where(Conversation.employee_id.in_(ids))
            .values(held_on=date(2026, 2, 2), scheduled_at=datetime(2026, 2, 2, 9))
        )
    thursday = date(2026, 3, 26)  # left: Friday 27, Monday 30, Tuesday 31
    proposal = propose_month(ctx, 2026, 3, today=thursday)
    assert proposal.working_days == (date(2026, 3, 27), date(2026, 3, 30), date(2026, 3, 31))
    assert proposal.per_day == MAX_PER_DAY
    assert len(proposal.items) == 3 * MAX_PER_DAY
    assert len(proposal.not_placed) == 30 - 3 * MAX_PER_DAY
    assert set(Counter(i.start.date() for i in proposal.items).values()) == {MAX_PER_DAY}
    assert_sane(proposal, ctx, date(2026, 3, 27))


def test_a_month_that_is_over_is_refused(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError):
        propose_month(ctx, 2026, 2, today=TODAY)
    with pytest.raises(ValidationError):
        propose_month(ctx, 2026, 13, today=TODAY)


def test_existing_talks_are_respected_and_planned_people_skipped(ctx: ServiceContext) -> None:
    ids = team_of(ctx, 6)
    other = person(ctx, "Gerrit", "Hoekstra", cadence="paused")
    # the lead's agenda already has a long talk on the first morning
    talk(ctx, other, datetime(2026, 4, 1, 7, 30), "planned", minutes=90)
    # one of the six already has April's talk planned
    talk(ctx, ids[0], datetime(2026, 4, 20, 10, 0), "planned")
    proposal = propose_month(ctx, 2026, 4, today=TODAY)
    assert proposal.already_planned == 1
    assert ids[0] not in {item.employee_id for item in proposal.items}
    assert len(proposal.items) == 5
    first = min(item.start for item in proposal.items)
    assert first >= datetime(2026, 4, 1, 9, 15)  # after 07:30 + 90 min + the gap
    assert_sane(proposal, ctx, date(2026, 4, 1))


def test_working_days_and_hours_from_the_settings(ctx: ServiceContext) -> None:
    team_of(ctx, 8)
    settings = get_settings(ctx)
    save_settings(ctx, replace(settings, working_days=(0, 3), work_start="13:00", work_end="15:00"))
    proposal = propose_month(ctx, 2026, 4, today=TODAY)
    assert {d.weekday() for d in proposal.working_days} == {0, 3}
    assert all(time(13) <= i.start.time() and i.end.time() <= time(15) for i in proposal.items)
    assert_sane(proposal, ctx, date(2026, 4, 1))


def test_a_starter_is_not_planned_before_the_first_day(ctx: ServiceContext) -> None:
    team_of(ctx, 3)
    starter = person(ctx, "Bas", "Aalders", start=date(2026, 4, 20))
    proposal = propose_month(ctx, 2026, 4, today=TODAY)
    (mine,) = [item for item in proposal.items if item.employee_id == starter]
    assert mine.start.date() >= date(2026, 4, 20)
    assert not any(i.employee_id == starter for i in propose_month(ctx, 2026, 3, today=TODAY).items)


def test_team_filter(ctx: ServiceContext) -> None:
    lasserij = people.save_team(ctx, TeamDraft("Lasserij"))
    team_of(ctx, 4, lasserij)
    team_of(ctx, 3)
    proposal = propose_month(ctx, 2026, 4, lasserij, today=TODAY)
    assert len(proposal.items) == 4 and proposal.load.people == 4
    assert len(propose_month(ctx, 2026, 4, today=TODAY).items) == 7


def test_template_length_and_version(ctx: ServiceContext) -> None:
    team_of(ctx, 2)
    assert propose_month(ctx, 2026, 4, today=TODAY).items[0].template_version_id is None
    with ctx.sessions.begin() as session:
        for version, minutes in ((1, 30), (2, 45)):
            session.add(
                TemplateVersion(
                    template_key="maandgesprek",
                    kind="maandgesprek",
                    language="nl",
                    name="Maandgesprek",
                    version=version,
                    questions_json=json.dumps([]),
                    default_minutes=minutes,
                    created_at=datetime(2026, 1, version),
                )
            )
    proposal = propose_month(ctx, 2026, 4, today=TODAY)
    with ctx.sessions() as session:
        newest = session.scalar(select(func.max(TemplateVersion.id)))
    assert {(i.duration_minutes, i.template_version_id) for i in proposal.items} == {(45, newest)}
    assert proposal.load.minutes_each == 45
    ids = create_planned(ctx, proposal.items)
    with ctx.sessions() as session:
        stored = session.scalars(
            select(Conversation.template_version_id).where(Conversation.id.in_(ids))
        ).all()
    assert set(stored) == {newest}


# --- creating --------------------------------------------------------------------------------


def test_create_planned_keeps_the_edits_and_covers_the_month(ctx: ServiceContext) -> None:
    team_of(ctx, 5)
    proposal = propose_month(ctx, 2026, 4, today=TODAY)
    edited = [*proposal.items]
    edited[0] = replace(edited[0], start=datetime(2026, 4, 9, 14, 0, 37), duration_minutes=45)
    ids = create_planned(ctx, edited, now=datetime(2026, 3, 10, 12, 0))
    assert len(ids) == 5
    with ctx.sessions() as session:
        rows = [session.get(Conversation, i) for i in ids]
    assert all(row is not None and row.status == "planned" for row in rows)
    assert rows[0] is not None
    assert (rows[0].scheduled_at, rows[0].duration_minutes) == (datetime(2026, 4, 9, 14), 45)
    assert [r.employee_id for r in rows if r] == [i.employee_id for i in edited]
    again = propose_month(ctx, 2026, 4, today=TODAY)
    assert again.items == () and again.already_planned == 5


def test_create_planned_is_all_or_nothing(ctx: ServiceContext) -> None:
    ids = team_of(ctx, 3)
    proposal = propose_month(ctx, 2026, 4, today=TODAY)
    ghost = replace(proposal.items[0], employee_id=9999)
    with ctx.sessions() as session:
        before = session.scalar(select(func.count(Conversation.id)))
    with pytest.raises(NotFoundError):
        create_planned(ctx, [*proposal.items, ghost])
    gone = person(ctx, "Erik", "Smit", out=date(2026, 3, 1))
    with pytest.raises(ValidationError):
        create_planned(ctx, [*proposal.items, replace(proposal.items[0], employee_id=gone)])
    with pytest.raises(ValidationError):
        create_planned(ctx, [replace(proposal.items[0], duration_minutes=0)])
    with ctx.sessions() as session:
        assert session.scalar(select(func.count(Conversation.id))) == before
    assert create_planned(ctx, []) == []
    assert len(ids) == 3


def test_proposals_never_carry_more_than_the_names(ctx: ServiceContext) -> None:
    eid = person(ctx, "Łukasz", "Wiśniewski")
    talk(ctx, eid, datetime(2026, 3, 2, 9), notes="geheime werkaantekening")
    (item,) = propose_month(ctx, 2026, 4, today=TODAY).items
    assert (item.employee, item.list_name) == ("Łukasz Wiśniewski", "Wiśniewski, Łukasz")
    assert isinstance(item, ProposedConversation)
    assert "geheime" not in repr(item)


# --- the calendar: public holidays, blocked days, the most overdue first --------------------


def test_public_holidays_are_skipped(ctx: ServiceContext) -> None:
    """King's Day and Easter Monday in April, Christmas in December: never proposed."""
    team_of(ctx, 40)
    april = propose_month(ctx, 2026, 4, today=TODAY)
    days = {item.start.date() for item in april.items}
    assert date(2026, 4, 27) not in days and date(2026, 4, 6) not in days
    assert dict(april.days_off)[date(2026, 4, 27)] == "Koningsdag"
    assert dict(april.days_off)[date(2026, 4, 6)] == "Tweede paasdag"
    december = propose_month(ctx, 2026, 12, today=TODAY)
    assert december.items
    assert date(2026, 12, 25) not in {item.start.date() for item in december.items}
    assert (date(2026, 12, 25), "Eerste kerstdag") in december.days_off
    set_language("en")
    assert dict(propose_month(ctx, 2026, 4, today=TODAY).days_off)[date(2026, 4, 27)] == (
        "King's Day"
    )


def test_a_blocked_bouwvak_is_skipped_and_kept(ctx: ServiceContext) -> None:
    from teamlead_app.services.conversations.days_off import (
        BlockedPeriod,
        blocked_periods,
        save_blocked_periods,
    )

    ids = team_of(ctx, 30)
    with ctx.sessions.begin() as session:  # all due in July: their last talk was in June
        session.execute(
            update(Conversation)
            .where(Conversation.employee_id.in_(ids))
            .values(held_on=date(2026, 6, 2), scheduled_at=datetime(2026, 6, 2, 9))
        )
    bouwvak = BlockedPeriod(date(2026, 7, 17), date(2026, 8, 7), "  Bouwvak <b>& 🔧  ")
    save_blocked_periods(
        ctx, [bouwvak, BlockedPeriod(date(2026, 7, 6), date(2026, 7, 6), "Verlof")]
    )
    assert [(p.first, p.reason) for p in blocked_periods(ctx)] == [
        (date(2026, 7, 6), "Verlof"),
        (date(2026, 7, 17), "Bouwvak <b>& 🔧"),
    ]
    july = propose_month(ctx, 2026, 7, today=TODAY)
    days = {item.start.date() for item in july.items}
    assert len(july.items) == 30
    assert max(days) <= date(2026, 7, 16) and date(2026, 7, 6) not in days
    off = dict(july.days_off)
    assert off[date(2026, 7, 6)] == "Verlof" and off[date(2026, 7, 31)] == "Bouwvak <b>& 🔧"
    assert date(2026, 7, 18) not in off  # a Saturday is no working day anyway
    assert_sane(july, ctx, date(2026, 7, 1))


def test_blocked_periods_are_checked(ctx: ServiceContext) -> None:
    from teamlead_app.services.conversations.days_off import (
        BlockedPeriod,
        blocked_periods,
        save_blocked_periods,
    )

    with pytest.raises(ValidationError, match="Regel 2: de einddatum ligt vóór de begindatum"):
        save_blocked_periods(
            ctx,
            [
                BlockedPeriod(date(2026, 7, 1), date(2026, 7, 2), "Verlof"),
                BlockedPeriod(date(2026, 7, 9), date(2026, 7, 8), "Bouwvak"),
            ],
        )
    with pytest.raises(ValidationError, match="geef een reden"):
        save_blocked_periods(ctx, [BlockedPeriod(date(2026, 7, 1), date(2026, 7, 2), "  ")])
    assert blocked_periods(ctx) == ()
    save_blocked_periods(ctx, [BlockedPeriod(date(2026, 7, 1), date(2026, 7, 2), "Verlof")])
    save_blocked_periods(ctx, [])
    assert blocked_periods(ctx) == ()


def test_the_most_overdue_are_planned_first(ctx: ServiceContext) -> None:
    recent = person(ctx, "Anne", "Aalders")  # first by name
    talk(ctx, recent, datetime(2026, 3, 2, 9, 0))  # due by 30 April
    longest = person(ctx, "Zeger", "Zwart")  # last by name
    talk(ctx, longest, datetime(2025, 11, 3, 9, 0))  # due by 31 December: months overdue
    middle = person(ctx, "Mark", "Mol")
    talk(ctx, middle, datetime(2026, 1, 5, 9, 0))  # due by 28 February
    proposal = propose_month(ctx, 2026, 4, today=TODAY)
    assert [item.employee_id for item in proposal.items] == [longest, middle, recent]
    starts = [item.start for item in proposal.items]
    assert starts == sorted(starts)
    assert proposal.load.text == "3 gesprekken × 30 min = 1,5 uur"


def test_the_load_counts_the_months_conversations_not_everyone(ctx: ServiceContext) -> None:
    """22 due this month of 44 in service: 22 gesprekken × 30 min = 11 uur."""
    team_of(ctx, 22)  # all due in April
    for i in range(22):  # had their talk in April already planned
        eid = person(ctx, "Piet", f"Laan{i}")
        talk(ctx, eid, datetime(2026, 3, 3, 9, 0))
        talk(ctx, eid, datetime(2026, 4, 2, 7, 30) + timedelta(days=i % 20), "planned")
    proposal = propose_month(ctx, 2026, 5, today=TODAY)
    assert proposal.load.text == "44 gesprekken × 30 min = 22 uur"
    april = propose_month(ctx, 2026, 4, today=TODAY)
    assert (len(april.items), april.already_planned) == (22, 22)
    assert april.load.text == "44 gesprekken × 30 min = 22 uur"


def test_moving_or_planning_onto_a_day_off_warns(ctx: ServiceContext) -> None:
    from teamlead_app.services.conversations import use_cases as conversations
    from teamlead_app.services.conversations.days_off import BlockedPeriod, save_blocked_periods
    from teamlead_app.services.conversations.use_cases import ConversationPlanDraft

    jan = person(ctx, "Jan", "Vries", tussenvoegsel="de")
    now = datetime(2026, 3, 10, 8, 0)
    planned = conversations.plan_conversation(
        ctx, ConversationPlanDraft(jan, datetime(2026, 4, 23, 9, 0)), now=now
    )
    assert planned.warnings == ()
    moved = conversations.move_conversation(
        ctx, planned.conversation_id, datetime(2026, 4, 27, 9, 0), now=now
    )
    assert "27-04-2026 is een feestdag (Koningsdag)." in moved.warnings
    save_blocked_periods(ctx, [BlockedPeriod(date(2026, 7, 20), date(2026, 8, 7), "Bouwvak")])
    blocked = conversations.plan_conversation(
        ctx, ConversationPlanDraft(jan, datetime(2026, 7, 22, 9, 0)), now=now
    )
    assert blocked.warnings == ("22-07-2026 is geblokkeerd voor gesprekken (Bouwvak).",)
    christmas = conversations.plan_conversation(
        ctx, ConversationPlanDraft(jan, datetime(2026, 12, 25, 9, 0)), now=now
    )
    assert "25-12-2026 is een feestdag (Eerste kerstdag)." in christmas.warnings
