"""The overview page's data: this week's talks, who is overdue, agreements past their due date,
who has had nothing for longest, the month's and year's counts; a fixed number of queries."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import date, datetime
from typing import Any

from sqlalchemy import event

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.common.settings import get_settings, save_settings
from teamlead_app.services.conversations.overview import PeriodCounts, overview
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.teams import TeamDraft
from tests.services.history_helpers import agreement, person, talk

TODAY = date(2026, 3, 11)  # a Wednesday; the week runs from Monday 9 to Sunday 15 March


@contextmanager
def selects(ctx: ServiceContext) -> Iterator[list[str]]:
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append(statement)

    event.listen(ctx.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(ctx.engine, "before_cursor_execute", record)


def test_this_weeks_and_todays_conversations(ctx: ServiceContext) -> None:
    lasserij = people.save_team(ctx, TeamDraft("Lasserij"))
    jan = person(ctx, "Jan", "Vries", tussenvoegsel="de", team_id=lasserij)
    lukasz = person(ctx, "Łukasz", "Wiśniewski")
    today_talk = talk(ctx, jan, datetime(2026, 3, 11, 9, 0), "planned")
    monday = talk(ctx, lukasz, datetime(2026, 3, 9, 8, 0), "held")
    friday = talk(
        ctx, lukasz, datetime(2026, 3, 13, 14, 0), "planned", moved_from=(datetime(2026, 3, 4, 9),)
    )
    talk(ctx, jan, datetime(2026, 3, 12, 9, 0), "cancelled")
    talk(ctx, jan, datetime(2026, 3, 16, 7, 30), "planned")  # next week
    talk(ctx, jan, datetime(2026, 3, 8, 15, 0), "held")  # last Sunday
    view = overview(ctx, TODAY)
    # Today first (never cut off a short list), then the days to come, then the days gone by.
    assert [item.conversation_id for item in view.week] == [today_talk, friday, monday]
    assert [item.conversation_id for item in view.today_items] == [today_talk]
    first = view.today_items[0]
    assert (first.employee, first.kind, first.status) == ("Jan de Vries", "maandgesprek", "planned")
    assert (first.start, first.duration_minutes, first.moved) == (
        datetime(2026, 3, 11, 9),
        30,
        False,
    )
    assert view.week[1].moved and view.week[1].employee == "Łukasz Wiśniewski"
    assert [i.conversation_id for i in overview(ctx, TODAY, lasserij).week] == [today_talk]


def test_who_is_overdue(ctx: ServiceContext) -> None:
    late = person(ctx, "Kees", "Bakker")
    talk(ctx, late, datetime(2026, 1, 15, 9, 0))  # due 28 February, overdue from 8 March
    talk(ctx, late, datetime(2026, 3, 20, 9, 0), "planned")
    fine = person(ctx, "Henk", "Smit")
    talk(ctx, fine, datetime(2026, 2, 20, 9, 0))  # due 31 March
    never = person(ctx, "Bas", "Jansen", start=date(2025, 6, 2))  # due 30 June 2025
    fortnight = person(ctx, "Daan", "Kok", cadence="weeks", weeks=2)
    talk(ctx, fortnight, datetime(2026, 2, 10, 9, 0))  # due 24 February
    within_grace = person(ctx, "Thijs", "Mulder", cadence="weeks", weeks=2)
    talk(ctx, within_grace, datetime(2026, 2, 20, 9, 0))  # due 6 March, grace until 13 March
    paused = person(ctx, "Sanne", "Visser", cadence="paused")
    talk(ctx, paused, datetime(2024, 1, 10, 9, 0))
    person(ctx, "Erik", "Boer", start=date(2020, 1, 6), out=date(2025, 12, 31))  # archived
    person(ctx, "Niels", "Groot", tussenvoegsel="de", start=date(2026, 4, 1))  # not started

    late_too = person(ctx, "Piet", "Hoek")
    talk(ctx, late_too, datetime(2025, 12, 1, 9, 0))  # due 31 January: 39 days
    talk(ctx, late_too, datetime(2026, 3, 2, 9, 0), "planned")  # left in the past: not in hand

    view = overview(ctx, TODAY)
    # Kees is overdue but his next talk is planned: in hand, counted apart, not listed.
    assert [(p.employee, p.due, p.days_overdue) for p in view.overdue] == [
        ("Bas Jansen", date(2025, 6, 30), 254),
        ("Piet Hoek", date(2026, 1, 31), 39),
        ("Daan Kok", date(2026, 2, 24), 15),
    ]
    assert view.overdue_planned == 1
    assert [p.days_since_last for p in view.overdue] == [None, 100, 29]
    assert view.overdue[0].employee_id == never and view.overdue[0].last_held is None
    assert not any(p.newcomer for p in view.overdue)

    save_settings(ctx, replace(get_settings(ctx), overdue_grace_days=0))
    assert "Thijs Mulder" in [p.employee for p in overview(ctx, TODAY).overdue]


def test_open_agreements_past_their_due_date(ctx: ServiceContext) -> None:
    jan = person(ctx, "Jan", "Vries", tussenvoegsel="de")
    gone = person(ctx, "Erik", "Boer", out=date(2026, 1, 31))
    text = "Leert de kantbank omstellen <b>& 🔧 met Łukasz"
    oldest = agreement(
        ctx, jan, "VCA-herhaling aanvragen", date(2026, 2, 1), owner="leidinggevende"
    )
    newer = agreement(ctx, jan, text, date(2026, 3, 10))
    agreement(ctx, jan, "Vandaag", date(2026, 3, 11))  # due today: not late yet
    agreement(ctx, jan, "Gedaan", date(2026, 1, 5), status="done")
    agreement(ctx, jan, "Vervallen", date(2026, 1, 5), status="dropped")
    agreement(ctx, jan, "Zonder datum", None)
    agreement(ctx, gone, "Van iemand uit dienst", date(2026, 1, 5))

    late = overview(ctx, TODAY).late_agreements
    assert [a.agreement_id for a in late] == [oldest, newer]
    assert (late[0].owner, late[0].days_late, late[0].employee) == (
        "leidinggevende",
        38,
        "Jan de Vries",
    )
    assert late[1].text == text and late[1].due_date == date(2026, 3, 10)


def test_longest_without_a_conversation(ctx: ServiceContext) -> None:
    ids = {}
    for i, (first, last) in enumerate(
        [("Jan", "Jong"), ("Kees", "Jansen"), ("Henk", "Dijk"), ("Mark", "Bakker")]
        + [(f"P{n}", f"Visser{n}") for n in range(10)]
    ):
        ids[last] = person(ctx, first, last)
        talk(ctx, ids[last], datetime(2025, 1, 6, 9, 0).replace(month=1 + i % 12, day=6 + i))
    never_late = person(ctx, "Bas", "Smit", start=date(2024, 5, 1))
    never_early = person(ctx, "Lisa", "Kok", start=date(2023, 1, 2))
    paused = person(ctx, "Sanne", "Meijer", cadence="paused", start=date(2010, 1, 1))
    talk(ctx, ids["Jong"], datetime(2026, 3, 2, 9, 0))  # recent again
    talk(ctx, ids["Jansen"], datetime(2026, 3, 3, 9, 0), "planned")  # planned: still nothing

    longest = overview(ctx, TODAY).longest_without
    assert len(longest) == 10
    assert [p.employee_id for p in longest[:2]] == [never_early, never_late]
    assert longest[0].last_held is None and longest[0].since == date(2023, 1, 2)
    held = [p.last_held for p in longest[2:]]
    assert held == sorted(held) and held[0] == date(2025, 1, 18)  # Visser8; Jong is recent
    assert paused not in [p.employee_id for p in longest]
    assert ids["Jong"] not in [p.employee_id for p in longest]


def test_counts_for_the_month_and_the_year(ctx: ServiceContext) -> None:
    lasserij = people.save_team(ctx, TeamDraft("Lasserij"))
    jan = person(ctx, "Jan", "Vries", team_id=lasserij)
    kees = person(ctx, "Kees", "Bakker")
    talk(ctx, jan, datetime(2026, 3, 2, 9))
    talk(ctx, jan, datetime(2026, 3, 4, 9), moved_from=(datetime(2026, 3, 3, 9),))  # moved, held
    talk(ctx, kees, datetime(2026, 3, 20, 9), "planned", moved_from=(datetime(2026, 3, 5, 9),))
    talk(ctx, kees, datetime(2026, 3, 25, 9), "planned")
    talk(ctx, kees, datetime(2026, 3, 6, 9), "cancelled")
    talk(ctx, kees, datetime(2026, 1, 12, 9))
    talk(ctx, jan, datetime(2026, 2, 9, 9), "cancelled", moved_from=(datetime(2026, 2, 2, 9),))
    talk(ctx, jan, datetime(2025, 12, 15, 9))  # last year
    talk(ctx, jan, datetime(2026, 4, 1, 9), "planned")  # next month, this year

    view = overview(ctx, TODAY)
    assert view.month_counts == PeriodCounts(planned=2, held=2, moved=2, cancelled=1)
    assert view.year_counts == PeriodCounts(planned=3, held=3, moved=3, cancelled=2)
    team = overview(ctx, TODAY, lasserij)
    assert team.month_counts == PeriodCounts(planned=0, held=2, moved=1, cancelled=0)
    assert team.year_counts == PeriodCounts(planned=1, held=2, moved=2, cancelled=1)


def test_december_counts_end_with_the_year(ctx: ServiceContext) -> None:
    jan = person(ctx, "Jan", "Vries")
    talk(ctx, jan, datetime(2026, 12, 31, 15, 0))
    talk(ctx, jan, datetime(2027, 1, 4, 9, 0), "planned")
    view = overview(ctx, date(2026, 12, 28))
    assert view.month_counts == PeriodCounts(held=1) == view.year_counts


def test_a_fixed_number_of_queries_whatever_the_size(ctx: ServiceContext) -> None:
    def fill(count: int, offset: int) -> None:
        for n in range(count):
            eid = person(ctx, "Jan", f"Vries{offset + n}")
            talk(ctx, eid, datetime(2026, 1, 5, 9, 0))
            talk(ctx, eid, datetime(2026, 3, 12, 9, 0), "planned")
            agreement(ctx, eid, "Iets", date(2026, 2, 1))

    fill(2, 0)
    with selects(ctx) as small:
        overview(ctx, TODAY)
    fill(25, 100)
    with selects(ctx) as large:
        view = overview(ctx, TODAY)
    assert len(view.overdue) == 0 and view.overdue_planned == 27
    assert len(view.late_agreements) == 27 and len(view.unsigned) == 27
    assert len(large) == len(small) <= 8


def test_empty_database(ctx: ServiceContext) -> None:
    view = overview(ctx, TODAY)
    assert view.week == view.overdue == view.late_agreements == view.longest_without == ()
    assert view.month_counts == view.year_counts == PeriodCounts()


def test_a_newcomer_without_any_talk_needs_planning(ctx: ServiceContext) -> None:
    """Someone who started this month and has had no talk is not overdue yet, but still
    needs planning: the block never says nobody is due."""
    new = person(ctx, "Nina", "Bos", start=date(2026, 3, 2), added=datetime(2026, 3, 2, 8))
    planned_new = person(ctx, "Omar", "Haddou", start=date(2026, 3, 2), added=datetime(2026, 3, 2))
    talk(ctx, planned_new, datetime(2026, 3, 18, 9, 0), "planned")
    fine = person(ctx, "Henk", "Smit")
    talk(ctx, fine, datetime(2026, 2, 20, 9, 0))
    view = overview(ctx, TODAY)
    assert [(p.employee_id, p.newcomer, p.days_overdue, p.due) for p in view.overdue] == [
        (new, True, 0, date(2026, 3, 31))
    ]
    assert view.overdue_planned == 0


def test_held_talks_still_to_be_signed(ctx: ServiceContext) -> None:
    from sqlalchemy import update

    from teamlead_app.data.models import Conversation

    jan = person(ctx, "Jan", "Vries", tussenvoegsel="de")
    gone = person(ctx, "Erik", "Boer", out=date(2026, 1, 31))
    old = talk(ctx, jan, datetime(2026, 1, 12, 9, 0))
    signed = talk(ctx, jan, datetime(2026, 2, 9, 9, 0))
    recent = talk(ctx, jan, datetime(2026, 3, 9, 9, 0))
    talk(ctx, jan, datetime(2026, 3, 20, 9, 0), "planned")
    talk(ctx, gone, datetime(2026, 1, 5, 9, 0))
    with ctx.sessions.begin() as session:
        session.execute(
            update(Conversation)
            .where(Conversation.id == signed)
            .values(signoff="akkoord", signoff_date=date(2026, 2, 9))
        )
    view = overview(ctx, TODAY)
    # The most recent first; looking back UNSIGNED_DAYS (90) days.
    assert [(u.conversation_id, u.employee, u.held_on) for u in view.unsigned] == [
        (recent, "Jan de Vries", date(2026, 3, 9)),
        (old, "Jan de Vries", date(2026, 1, 12)),
    ]
    assert overview(ctx, date(2026, 7, 1)).unsigned == ()


def test_no_moved_twice_warning_once_held(ctx: ServiceContext) -> None:
    from teamlead_app.services.conversations.use_cases import get_conversation

    jan = person(ctx, "Jan", "Vries", tussenvoegsel="de")
    moves = (datetime(2025, 10, 1, 9), datetime(2025, 10, 8, 9))
    held = talk(ctx, jan, datetime(2025, 10, 15, 9, 0), moved_from=moves)
    planned = talk(ctx, jan, datetime(2026, 3, 20, 9, 0), "planned", moved_from=moves)
    assert get_conversation(ctx, held).move_count == 2
    assert not get_conversation(ctx, held).many_moves
    assert get_conversation(ctx, planned).many_moves
