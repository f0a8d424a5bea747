"""The overview's development card reads only the first signals of each list and the totals:
what it gets is exactly the start of the unlimited lists, in as many statements whatever the
size of the company."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import event

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.development import goals, pop
from teamlead_app.services.development.goals import GoalDraft
from teamlead_app.services.development.signals import signals

from .test_signals import TODAY, agreed_pop, person


def _company(ctx: ServiceContext) -> None:
    """Eight people without a plan (some of them learning nothing new), five with goals past
    their date, four with an evaluation due."""
    for i in range(8):
        person(ctx, f"Zonder{i} Łukasz", since=date(2010, 1, 1 + i))
    for i in range(5):
        who = person(ctx, f"Doel{i}")
        agreed_pop(ctx, who)
        for day in (3, 1 + i):
            goals.create_goal(
                ctx,
                who,
                GoalDraft(
                    what=f"Doel {day}",
                    start_date=date(2026, 1, 1),
                    target_date=date(2026, 2, day),
                ),
            )
    for i in range(4):
        who = person(ctx, f"Plan{i}")
        plan = pop.create_pop(ctx, who, period=(date(2025, 12, 2 + i), date(2026, 12, 1 + i)))
        pop.agree_pop(ctx, plan, "akkoord", date(2025, 12, 21), "paper")


def _lists(view: Any) -> tuple[tuple[Any, ...], ...]:
    return (view.no_pop, view.goals_overdue, view.evaluations_due, view.stopped_learning)


def test_the_limited_lists_are_the_start_of_the_full_ones(ctx: ServiceContext) -> None:
    _company(ctx)
    full = signals(ctx, TODAY)
    counts = tuple(len(items) for items in _lists(full))
    assert all(n >= 4 for n in counts[:3]) and counts[3] >= 4, counts
    for limit in (1, 3, 4, 13):
        cut = signals(ctx, TODAY, limit=limit)
        assert cut.totals == counts
        assert cut.count == full.count
        for short, whole in zip(_lists(cut), _lists(full), strict=True):
            assert short == whole[:limit]


def _statements(ctx: ServiceContext, call: Any) -> int:
    seen: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        seen.append(statement)

    event.listen(ctx.engine, "before_cursor_execute", record)
    try:
        call()
    finally:
        event.remove(ctx.engine, "before_cursor_execute", record)
    return len(seen)


def test_the_card_reads_as_many_statements_whatever_the_size(ctx: ServiceContext) -> None:
    """The card's statements do not grow with the company: on a file the day's state gives
    the first people and the totals; on a server the limit adds no statement to the lists."""
    _company(ctx)
    signals(ctx, TODAY, limit=2)  # (on a file: the day's state is made)
    small = _statements(ctx, lambda: signals(ctx, TODAY, limit=2))
    for i in range(12):
        person(ctx, f"Later{i}", since=date(2011, 1, 1 + i))
    signals(ctx, TODAY, limit=2)  # (on a file: the new people's state)
    assert _statements(ctx, lambda: signals(ctx, TODAY, limit=2)) == small
    if ctx.is_server:
        assert _statements(ctx, lambda: signals(ctx, TODAY)) == small


def test_nothing_to_signal_counts_zero(ctx: ServiceContext) -> None:
    cut = signals(ctx, TODAY, limit=3)
    assert cut.totals == (0, 0, 0, 0) and cut.count == 0
