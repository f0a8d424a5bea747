"""Screens compute only what they show: the overview's lists limited in SQL (the same first
items as the full lists, and how many more), everyone's cadence read once, one person's
counts without grouping the whole company's moves, and Dutch collation keys worked out once
per name instead of on every filter and sort."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.conversations import overview as overview_module
from teamlead_app.services.conversations.cadence import cadence_facts
from teamlead_app.services.conversations.overview import Hidden, overview
from teamlead_app.services.conversations.queries import _counts_query, conversation_counts
from teamlead_app.services.people import employees as people
from teamlead_app.services.people import names
from tests.services.history_helpers import agreement, person, talk

TODAY = date(2026, 3, 11)  # a Wednesday: the week runs from Monday 9 to Sunday 15 March


def _busy_week(ctx: ServiceContext) -> None:
    for n in range(9):
        eid = person(ctx, "Łukasz" if n % 2 else "Çelik", f"Vries{n}", tussenvoegsel="de")
        for day in (9, 11, 13):  # a day gone by, today and a day to come
            status = "held" if day < 11 else "planned"
            talk(ctx, eid, datetime(2026, 3, day, 8 + n), status)
        talk(ctx, eid, datetime(2026, 2, 20, 9), "held")  # held, not signed
        agreement(ctx, eid, f"Afspraak {n}", date(2026, 2, 1) + timedelta(days=n))


def test_a_limited_overview_shows_the_first_items_of_the_full_one(ctx: ServiceContext) -> None:
    _busy_week(ctx)
    full, first = overview(ctx, TODAY), overview(ctx, TODAY, limit=13)
    assert full.hidden == Hidden()
    assert first.week == full.week[:13] and len(full.week) == 27
    assert full.week[0].start.date() == TODAY and full.week[-1].start.date() < TODAY
    assert first.unsigned == full.unsigned[:13] and first.late_agreements == full.late_agreements
    assert first.hidden == Hidden(week=14, unsigned=len(full.unsigned) - 13)
    assert (first.overdue, first.longest_without) == (full.overdue, full.longest_without)
    assert first.month_counts == full.month_counts and first.year_counts == full.year_counts


def test_the_overview_never_reads_everyones_cadence_in_python(
    ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Once it was read twice, then once; since the summary (schema 0008) the rule runs in
    SQL and only the shown rows reach Python."""
    _busy_week(ctx)
    calls: list[Any] = []
    read = overview_module.cadence_facts

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return read(*args, **kwargs)

    monkeypatch.setattr(overview_module, "cadence_facts", counted)
    overview(ctx, TODAY)
    assert calls == []


@pytest.mark.sqlite_only  # reads SQLite's EXPLAIN QUERY PLAN
def test_one_persons_counts_seek_their_own_talks_only(ctx: ServiceContext) -> None:
    _busy_week(ctx)
    eid = people.list_employees(ctx, today=TODAY)[0].id
    query = _counts_query(None, None, TODAY, one_person=True)
    query = query.where(overview_module.Conversation.employee_id == eid)
    sql = str(query.compile(ctx.engine, compile_kwargs={"literal_binds": True}))
    with ctx.engine.connect() as connection:
        plan = [row[-1] for row in connection.exec_driver_sql(f"EXPLAIN QUERY PLAN {sql}")]
    assert not any(step.startswith("SCAN") for step in plan), plan
    # The same figures as counting through the company-wide grouping.
    grouped = _counts_query(None, None, TODAY).where(
        overview_module.Conversation.employee_id == eid
    )
    with ctx.sessions() as session:
        assert tuple(session.execute(grouped).one()) == tuple(
            conversation_counts(ctx, eid, today=TODAY).__dict__.values()
        )


def test_collation_keys_are_worked_out_once_per_name(
    ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    _busy_week(ctx)
    first = [row.id for row in people.list_employees(ctx, search="lukasz", today=TODAY)]
    calls: list[str] = []
    normalize = names.unicodedata.normalize

    def counted(form: str, text: str) -> str:
        calls.append(text)
        return normalize(form, text)

    monkeypatch.setattr(names.unicodedata, "normalize", counted)
    again = [row.id for row in people.list_employees(ctx, search="lukasz", today=TODAY)]
    assert again == first and len(first) == 4  # "łukasz" finds every Łukasz
    assert calls == []


def _overdue_crowd(ctx: ServiceContext, count: int, offset: int) -> None:
    """People all last seen in November 2025 (so all due by 31-12-2025: one tie), with names
    whose Dutch order differs from SQL's (Çelik before D, 'de Vries' under V)."""
    firsts = ("Çelik", "Zoë", "Łukasz", "Aart")
    for n in range(count):
        eid = person(
            ctx,
            firsts[n % len(firsts)],
            f"Vries{offset + n:03d}",
            tussenvoegsel="de" if n % 3 else "",
        )
        talk(ctx, eid, datetime(2025, 11, 3 + n % 20, 9, 0))
    # Newcomers who never had a talk, and someone overdue but planned.
    for n in range(3):
        person(ctx, "Nieuw", f"Ééntje{offset + n}", start=date(2026, 3, 2))
    # Every N weeks: last held, and new without a talk (due N weeks after the start).
    weekly = person(ctx, "Week", f"Drie{offset}", cadence="weeks", weeks=3)
    talk(ctx, weekly, datetime(2026, 1, 5, 9, 0))
    person(ctx, "Week", f"Nieuw{offset}", cadence="weeks", weeks=2, start=date(2026, 2, 2))
    person(ctx, "Pauze", f"Lang{offset}", cadence="paused")
    planned = person(ctx, "Al", f"Gepland{offset}")
    talk(ctx, planned, datetime(2025, 10, 1, 9, 0))
    talk(ctx, planned, datetime(2026, 3, 20, 9, 0), "planned")


def test_the_people_to_plan_limited_are_the_first_of_the_full_list_in_dutch_order(
    ctx: ServiceContext,
) -> None:
    _overdue_crowd(ctx, 20, 0)
    full = overview(ctx, TODAY)
    first = overview(ctx, TODAY, limit=5)
    assert len(full.overdue) == 20 + 3 + 2 and full.overdue_planned == 1
    assert first.overdue == full.overdue[:5]
    assert first.hidden.overdue == len(full.overdue) - 5
    assert first.overdue_planned == full.overdue_planned
    assert first.longest_without == full.longest_without
    # The same people, order and numbers as the cadence rule run in Python per person.
    with ctx.sessions() as session:
        facts = cadence_facts(session, TODAY, next_planned_from=TODAY)
        grace = get_settings(ctx).overdue_grace_days
        by_rule = overview_module.overdue_people(session, TODAY, grace, facts=facts)
        longest = overview_module.longest_without(session, TODAY, facts=facts)
    assert full.overdue == by_rule.people and full.overdue_planned == by_rule.planned
    assert full.longest_without == longest


def test_the_overview_asks_the_same_few_statements_for_few_or_many_people(
    ctx: ServiceContext,
) -> None:
    from tests.services.test_overview import selects

    _overdue_crowd(ctx, 3, 0)
    overview(ctx, TODAY, limit=5)  # (on a file: the cards' state for the day is made first)
    with selects(ctx) as small:
        overview(ctx, TODAY, limit=5)
    _overdue_crowd(ctx, 40, 100)
    overview(ctx, TODAY, limit=5)  # (and the new people's)
    with selects(ctx) as large:
        view = overview(ctx, TODAY, limit=5)
    assert view.hidden.overdue > 0
    assert len(large) == len(small) <= 8
