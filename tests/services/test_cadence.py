"""The cadence rules: when the next conversation is due, when someone is overdue, who is due
in a month. Every rule in the docstring of services/cadence.py has a test here."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.conversations.cadence import (
    CadenceFacts,
    cadence_facts,
    days_overdue,
    is_due_in_month,
    is_overdue,
    next_due,
    planned_days,
)
from tests.services.history_helpers import person, talk

TODAY = date(2026, 3, 10)


def facts(
    last_held: date | None = None,
    cadence: str = "monthly",
    weeks: int | None = None,
    start: date | None = date(2020, 1, 6),
    out: date | None = None,
    added: date | None = date(2019, 1, 1),
) -> CadenceFacts:
    return CadenceFacts(
        1, "Jan", "de", "Vries", None, cadence, weeks, start, out, last_held, added_on=added
    )


# --- next_due --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("held", "due"),
    [
        (date(2026, 1, 1), date(2026, 2, 28)),  # a whole calendar month later, end of it
        (date(2024, 1, 31), date(2024, 2, 29)),  # leap year: February ends on the 29th
        (date(2024, 2, 29), date(2024, 3, 31)),
        (date(2025, 1, 31), date(2025, 2, 28)),
        (date(2025, 12, 15), date(2026, 1, 31)),  # over the turn of the year
        (date(2026, 3, 1), date(2026, 4, 30)),
    ],
)
def test_monthly_is_due_by_the_end_of_the_next_calendar_month(held: date, due: date) -> None:
    assert next_due(held, "monthly", None, date(2020, 1, 1), TODAY) == due


@pytest.mark.parametrize(
    ("held", "weeks", "due"),
    [
        (date(2024, 2, 29), 4, date(2024, 3, 28)),
        (date(2024, 1, 18), 6, date(2024, 2, 29)),  # lands on the leap day
        (date(2025, 12, 29), 2, date(2026, 1, 12)),
        (date(2026, 3, 2), 1, date(2026, 3, 9)),
    ],
)
def test_weeks_is_due_n_weeks_after_the_last_held(held: date, weeks: int, due: date) -> None:
    assert next_due(held, "weeks", weeks, date(2020, 1, 1), TODAY) == due


def test_weeks_without_a_number_falls_back_to_monthly() -> None:
    assert next_due(date(2026, 1, 10), "weeks", None, None, TODAY) == date(2026, 2, 28)
    assert next_due(date(2026, 1, 10), "weeks", 0, None, TODAY) == date(2026, 2, 28)


def test_paused_is_never_due() -> None:
    assert next_due(date(2020, 1, 1), "paused", None, date(2019, 1, 1), TODAY) is None
    assert next_due(None, "paused", None, date(2019, 1, 1), TODAY) is None


def test_a_new_starter_is_due_from_the_date_in_service() -> None:
    # monthly: a talk in the month they start, so by its last day
    assert next_due(None, "monthly", None, date(2026, 3, 20), TODAY) == date(2026, 3, 31)
    assert next_due(None, "monthly", None, date(2024, 2, 1), TODAY) == date(2024, 2, 29)
    # every N weeks: N weeks after the first day
    assert next_due(None, "weeks", 4, date(2024, 2, 1), TODAY) == date(2024, 2, 29)
    # nothing known: this month
    assert next_due(None, "monthly", None, None, TODAY) == date(2026, 3, 31)


# --- overdue ---------------------------------------------------------------------------------


def test_overdue_only_after_the_grace_period() -> None:
    due = date(2026, 2, 28)
    assert not is_overdue(due, date(2026, 2, 28), 7)
    assert not is_overdue(due, date(2026, 3, 7), 7)
    assert is_overdue(due, date(2026, 3, 8), 7)
    assert days_overdue(due, date(2026, 3, 8)) == 8
    assert is_overdue(due, date(2026, 3, 1), 0)
    assert not is_overdue(None, date(2030, 1, 1), 0)
    assert days_overdue(due, date(2026, 2, 1)) == 0


def test_archived_people_are_never_due() -> None:
    gone = facts(date(2025, 1, 1), out=date(2025, 6, 30))
    assert gone.next_due(TODAY) is None
    assert not is_due_in_month(gone, 2026, 3, [], TODAY)


# --- due in a month --------------------------------------------------------------------------


def test_monthly_due_in_the_month_after_the_last_held() -> None:
    person_ = facts(date(2026, 2, 12))
    assert is_due_in_month(person_, 2026, 3, [], TODAY)
    assert not is_due_in_month(facts(date(2026, 3, 2)), 2026, 3, [], TODAY)
    # long overdue people are due too
    assert is_due_in_month(facts(date(2025, 6, 1)), 2026, 3, [], TODAY)


def test_a_planned_talk_in_the_month_covers_it_others_do_not() -> None:
    person_ = facts(date(2026, 2, 12))
    assert not is_due_in_month(person_, 2026, 3, [date(2026, 3, 31)], TODAY)
    assert is_due_in_month(person_, 2026, 3, [date(2026, 4, 1)], TODAY)  # next month's
    assert is_due_in_month(person_, 2026, 3, [date(2026, 2, 27)], TODAY)  # left over


def test_weeks_due_when_the_due_day_falls_in_or_before_the_month() -> None:
    fortnight = facts(date(2026, 3, 3), "weeks", 2)  # due 17 March
    assert is_due_in_month(fortnight, 2026, 3, [], TODAY)
    assert not is_due_in_month(fortnight, 2026, 3, [date(2026, 4, 2)], TODAY)  # booked, late
    assert is_due_in_month(fortnight, 2026, 3, [date(2026, 3, 2)], TODAY)  # before last held
    eight = facts(date(2026, 2, 10), "weeks", 8)  # due 7 April
    assert not is_due_in_month(eight, 2026, 3, [], TODAY)
    assert is_due_in_month(eight, 2026, 4, [], TODAY)


def test_paused_and_future_starters() -> None:
    assert not is_due_in_month(facts(None, "paused"), 2026, 3, [], TODAY)
    starter = facts(None, start=date(2026, 4, 13))
    assert not is_due_in_month(starter, 2026, 3, [], TODAY)
    assert is_due_in_month(starter, 2026, 4, [], TODAY)
    late_in_month = replace(starter, date_in_service=date(2026, 3, 30))
    assert is_due_in_month(late_in_month, 2026, 3, [], TODAY)


# --- the queries -----------------------------------------------------------------------------


def test_facts_in_one_query_with_the_last_held_day(ctx: ServiceContext) -> None:
    jan = person(ctx, "Jan", "Berg", tussenvoegsel="van den")
    kees = person(ctx, "Kees", "Dijk", tussenvoegsel="van", cadence="weeks", weeks=6)
    person(ctx, "Sanne", "Smit", cadence="paused")
    person(ctx, "Henk", "Kok", out=date(2025, 12, 31))
    person(ctx, "Lisa", "Visser", start=date(2026, 4, 1))
    talk(ctx, jan, datetime(2026, 1, 12, 9, 0))
    talk(ctx, jan, datetime(2026, 2, 9, 9, 0))
    talk(ctx, jan, datetime(2026, 3, 9, 9, 0), "cancelled")
    talk(ctx, jan, datetime(2026, 3, 20, 9, 0), "planned")
    with ctx.sessions() as session:
        found = cadence_facts(session, TODAY, next_planned_from=TODAY)
        with_paused = cadence_facts(session, TODAY, include_paused=True)
        planned = planned_days(session, date(2026, 3, 1))
    # Dutch order: the surname without its tussenvoegsel
    assert [f.list_name for f in found] == ["Berg, Jan van den", "Dijk, Kees van"]
    assert found[0].last_held == date(2026, 2, 9)
    assert found[0].next_planned == datetime(2026, 3, 20, 9, 0)
    assert found[1].last_held is None and found[1].cadence_weeks == 6
    assert found[1].next_due(TODAY) == date(2020, 2, 17)  # 6 weeks after the first day
    assert "Smit, Sanne" in [f.list_name for f in with_paused]
    assert planned == {jan: [date(2026, 3, 20)]}
    assert kees not in planned


def test_a_team_entered_later_is_due_from_the_day_added() -> None:
    """The app knows no talks from before someone was added: a veteran entered today is due
    by the end of this month, not 16 years overdue; a starter added before the first day is
    due from the first day."""
    veteran = facts(None, start=date(2010, 5, 3), added=date(2026, 3, 2))
    assert veteran.due_from == date(2026, 3, 2)
    assert veteran.next_due(TODAY) == date(2026, 3, 31)
    assert not is_overdue(veteran.next_due(TODAY), TODAY, 7)
    starter = facts(None, start=date(2026, 4, 13), added=date(2026, 3, 2))
    assert starter.next_due(TODAY) == date(2026, 4, 30)
    assert facts(None, start=None, added=None).next_due(TODAY) == date(2026, 3, 31)


def test_without_date_in_service_the_day_added_counts(ctx: ServiceContext) -> None:
    anouk = person(ctx, "Anouk", "Meijer", start=None, added=datetime(2026, 1, 20, 8, 0))
    veteran = person(ctx, "Gerrit", "Dekker", start=date(2001, 9, 3), added=datetime(2026, 2, 2))
    with ctx.sessions() as session:
        found = {f.employee_id: f for f in cadence_facts(session, TODAY)}
    assert found[anouk].due_from == date(2026, 1, 20) and found[anouk].date_in_service is None
    assert found[anouk].next_due(TODAY) == date(2026, 1, 31)
    assert found[veteran].date_in_service == date(2001, 9, 3)
    assert found[veteran].next_due(TODAY) == date(2026, 2, 28)
