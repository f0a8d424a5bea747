"""The overview cards' first lines from their state for the day (person_day.py): the totals
are sums over the state, and the people whose lines come first are chosen through its indexes;
only their lines are then made, by the same statements that make the full lists. So a card
reads a dozen people whatever the size of the company.

Why the chosen people are enough for a list ordered by day and then by person (goals,
evaluations): order the people by their first line's place, (first day, person). Take the
`limit`-th of them, P. The `limit` people up to P each have a line at or before P's first line,
so the `limit`-th line of the whole list comes at or before it too, and the owner of every line
up to there has a first line before it: they are all among the first `limit` people. Where the
order within a day is not the database's (the Dutch name order of "still to plan"), every
person tied with the last one is taken as well."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Select, func, or_, select, union
from sqlalchemy.orm import Session

from teamlead_app.data.models import PersonDay, PersonDayTeam
from teamlead_app.services.cards.person_day import TEAM_TOTALS
from teamlead_app.services.conversations.overview_people import (
    LONGEST_WITHOUT_LIMIT,
    PeopleBlocks,
    people_blocks,
)
from teamlead_app.services.development import signal_queries
from teamlead_app.services.development.signal_queries import SignalsView


@dataclass(frozen=True)
class Totals:
    """How many lines each card has in all (of one team or everyone)."""

    to_plan: int
    planned_late: int
    unsigned: int
    no_pop: int
    goals: int
    evaluations: int
    stopped: int


def _of_team(team_id: int | None) -> list[ColumnElement[bool]]:
    return [] if team_id is None else [PersonDay.team_id == team_id]


def totals(session: Session, team_id: int | None) -> Totals:
    """From the totals per team: a row per team, whatever the number of people."""
    columns = [getattr(PersonDayTeam, name) for name in TEAM_TOTALS]
    query = select(*(func.coalesce(func.sum(column), 0) for column in columns))
    if team_id is not None:
        query = query.where(PersonDayTeam.team_key == team_id)
    return Totals(*(int(value) for value in session.execute(query).one()))


def _up_to_nth(key: Any, limit: int, team_id: int | None) -> Select[Any]:
    """The people whose `key` is among the `limit` smallest, all tied with the last one (a
    subquery: the people are chosen inside the statement that reads their lines)."""
    where = [key.is_not(None), *_of_team(team_id)]
    nth = select(key).where(*where).order_by(key).offset(limit - 1).limit(1).scalar_subquery()
    return select(PersonDay.employee_id).where(*where, or_(key <= nth, nth.is_(None)))


_BY_NAME = (PersonDay.last_key, PersonDay.first_key, PersonDay.employee_id)


def _first(
    where: ColumnElement[bool], order: tuple[Any, ...], limit: int, team_id: int | None
) -> Select[Any]:
    """The first `limit` people by `order` among those `where` holds for (a subquery)."""
    return (
        select(PersonDay.employee_id).where(where, *_of_team(team_id)).order_by(*order).limit(limit)
    )


def people_card(
    session: Session,
    today: date,
    grace_days: int,
    team_id: int | None,
    limit: int,
    found: Totals,
    longest_limit: int = LONGEST_WITHOUT_LIMIT,
) -> PeopleBlocks:
    """Still to plan and longest without, as overview_people.people_blocks gives them. The
    Dutch name order within a day is Python's: everyone tied with the last one is read."""
    chosen = union(
        _up_to_nth(PersonDay.to_plan_due, limit, team_id),
        _up_to_nth(PersonDay.without_key, longest_limit, team_id),
    )
    blocks = people_blocks(session, today, grace_days, team_id, limit, longest_limit, chosen)
    overdue = replace(
        blocks.overdue,
        planned=found.planned_late,
        more=found.to_plan - len(blocks.overdue.people),
    )
    return replace(blocks, overdue=overdue)


def signals_card(
    session: Session, today: date, team_id: int | None, limit: int, months: int, found: Totals
) -> SignalsView:
    """The four signal lists' first `limit` lines and their totals. The goals are in the
    order (target day, name, goal), the evaluations (due day, person, plan, moment)."""
    first_goal, first_due = PersonDay.goals_first, PersonDay.evaluations_first
    no_pop, _ = signal_queries.no_pop(
        session,
        today,
        team_id,
        ids=_first(PersonDay.no_pop == 1, _BY_NAME, limit, team_id),
    )
    stopped, _ = signal_queries.stopped_learning(
        session,
        today,
        team_id,
        months,
        ids=_first(PersonDay.stopped == 1, _BY_NAME, limit, team_id),
    )
    goals, _ = signal_queries.goals_overdue(
        session,
        today,
        team_id,
        limit,
        ids=_first(first_goal.is_not(None), (first_goal, *_BY_NAME), limit, team_id),
    )
    due, _ = signal_queries.evaluations_due(
        session,
        today,
        team_id,
        limit,
        ids=_first(first_due.is_not(None), (first_due, PersonDay.employee_id), limit, team_id),
    )
    return SignalsView(
        today=today,
        no_pop=no_pop,
        goals_overdue=goals,
        evaluations_due=due,
        stopped_learning=stopped,
        totals=(found.no_pop, found.goals, found.evaluations, found.stopped),
    )
