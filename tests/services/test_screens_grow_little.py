"""Screens compute only what they show: the overview's lists limited in SQL (the same first
items as the full lists, and how many more), everyone's cadence read once, one person's
counts without grouping the whole company's moves, and Dutch collation keys worked out once
per name instead of on every filter and sort."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any

import pytest

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.conversations import overview as overview_module
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


def test_the_overview_reads_everyones_cadence_once(
    ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    _busy_week(ctx)
    calls: list[Any] = []
    read = overview_module.cadence_facts

    def counted(*args: Any, **kwargs: Any) -> Any:
        calls.append(args)
        return read(*args, **kwargs)

    monkeypatch.setattr(overview_module, "cadence_facts", counted)
    overview(ctx, TODAY)
    assert len(calls) == 1


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
