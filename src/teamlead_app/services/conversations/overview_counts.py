"""The overview's counts of this month and this year (planned, held, moved, cancelled,
missed) from the maintained summary `team_month` (schema 0008, kept by triggers): a dozen rows
per team, whatever the number of people or the length of the history. A talk counts in the
month of its planned moment; a planned talk of a month gone by is missed (status.py)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, case, func, select
from sqlalchemy.orm import InstrumentedAttribute, Session

from teamlead_app.data.models import TeamMonth
from teamlead_app.records.overview import PeriodCounts


def month_key(day: date) -> int:
    """The summary's month: 202611 for November 2026."""
    return day.year * 100 + day.month


def period_counts(
    session: Session, today: date, team_id: int | None = None
) -> tuple[PeriodCounts, PeriodCounts]:
    """Planned / held / moved / cancelled / missed in today's month and in today's year, by
    planned moment, in one statement."""
    now = month_key(today)

    def total(value: ColumnElement[int] | InstrumentedAttribute[int]) -> ColumnElement[int]:
        return func.coalesce(func.sum(value), 0)

    def this_month(value: InstrumentedAttribute[int]) -> ColumnElement[int]:
        return total(case((TeamMonth.month == now, value), else_=0))

    t = TeamMonth
    query = select(
        total(case((t.month >= now, t.planned), else_=0)),
        total(t.held),
        total(t.moved),
        total(t.cancelled),
        total(case((t.month < now, t.planned), else_=0)),
        this_month(t.planned),
        this_month(t.held),
        this_month(t.moved),
        this_month(t.cancelled),
    ).where(t.month >= today.year * 100 + 1, t.month <= today.year * 100 + 12)
    if team_id is not None:
        query = query.where(t.team_id == team_id)
    values = [int(value) for value in session.execute(query).one()]
    return PeriodCounts(*values[5:]), PeriodCounts(*values[:5])
