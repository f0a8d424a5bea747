"""Private prompts for the lead on the overview page: who has no agreed POP this year, which
goals are past their target date, which POP evaluations are due, and who may have stopped
learning (uitgeleerd). Signals are never a score, a ranking or a column in an HR export: they
only say "have a look", and they only cover people in service.

Each list is one SQL statement (signal_queries.py). The card (a limit) on a SQLite file reads
its first lines and the totals from the cards' state for the day (services/cards/person_day.py),
so it costs the same with four thousand people as with a thousand.
"""

from __future__ import annotations

from datetime import date

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.cards import first_lines, person_day
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.development.signal_queries import (
    DUE_WINDOW_DAYS,
    EvaluationDueSignal,
    NoPopSignal,
    OverdueGoalSignal,
    SignalsView,
    StoppedLearningSignal,
    evaluations_due,
    goals_overdue,
    months_before,
    no_pop,
    stopped_learning,
)

__all__ = [
    "DUE_WINDOW_DAYS",
    "EvaluationDueSignal",
    "NoPopSignal",
    "OverdueGoalSignal",
    "SignalsView",
    "StoppedLearningSignal",
    "months_before",
    "signals",
]


def signals(
    ctx: ServiceContext,
    today: date | None = None,
    team_id: int | None = None,
    limit: int | None = None,
) -> SignalsView:
    """All four signal lists for the overview page (optionally of one team). With `limit`
    each list holds only its first `limit` signals (the card shows a dozen lines) and
    `totals` says how many there are in all."""
    today = today or date.today()
    settings = get_settings(ctx)
    months = settings.stopped_learning_months
    if limit is not None and limit > 0 and person_day.refreshed(ctx, today, settings):
        with ctx.sessions() as session:
            found = first_lines.totals(session, team_id)
            return first_lines.signals_card(session, today, team_id, limit, months, found)
    with ctx.sessions() as session:
        found_pop, n_pop = no_pop(session, today, team_id, limit)
        goals, n_goals = goals_overdue(session, today, team_id, limit)
        due, n_due = evaluations_due(session, today, team_id, limit)
        stopped, n_stopped = stopped_learning(session, today, team_id, months, limit)
    return SignalsView(
        today=today,
        no_pop=found_pop,
        goals_overdue=goals,
        evaluations_due=due,
        stopped_learning=stopped,
        totals=None if limit is None else (n_pop, n_goals, n_due, n_stopped),
    )
