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

from sqlalchemy import ColumnElement, and_, func, or_, select
from sqlalchemy.orm import Session

from teamlead_app.data.models import PersonDay
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
    sums = (
        PersonDay.planned_late,
        PersonDay.unsigned,
        PersonDay.no_pop,
        PersonDay.goals,
        PersonDay.evaluations,
        PersonDay.stopped,
    )
    query = select(
        func.count(PersonDay.to_plan_due), *(func.coalesce(func.sum(c), 0) for c in sums)
    ).where(*_of_team(team_id))
    return Totals(*(int(value) for value in session.execute(query).one()))


def _up_to_nth(session: Session, day: Any, limit: int, team_id: int | None) -> list[int]:
    """The people whose `day` is among the `limit` smallest, all tied with the last one."""
    where = [day.is_not(None), *_of_team(team_id)]
    nth = select(day).where(*where).order_by(day).offset(limit - 1).limit(1).scalar_subquery()
    query = select(PersonDay.employee_id).where(*where, or_(day <= nth, nth.is_(None)))
    return list(session.scalars(query))


_BY_NAME = (PersonDay.last_key, PersonDay.first_key, PersonDay.employee_id)


def _first(
    session: Session,
    where: ColumnElement[bool],
    order: tuple[Any, ...],
    limit: int,
    team_id: int | None,
) -> list[int]:
    """The first `limit` people by `order` among those `where` holds for."""
    query = (
        select(PersonDay.employee_id).where(where, *_of_team(team_id)).order_by(*order).limit(limit)
    )
    return list(session.scalars(query))


def _longest_without(session: Session, limit: int, team_id: int | None) -> list[int]:
    """The people first in the longest-without order (never held, then the oldest day),
    ties with the last one included."""
    ever, day = PersonDay.without_ever, PersonDay.without_day
    where = [day.is_not(None), *_of_team(team_id)]
    last = session.execute(
        select(ever, day).where(*where).order_by(ever, day).offset(limit - 1).limit(1)
    ).first()
    query = select(PersonDay.employee_id).where(*where)
    if last is not None:
        query = query.where(or_(ever < last[0], and_(ever == last[0], day <= last[1])))
    return list(session.scalars(query))


def people_card(
    session: Session,
    today: date,
    grace_days: int,
    team_id: int | None,
    limit: int,
    found: Totals,
    longest_limit: int = LONGEST_WITHOUT_LIMIT,
) -> PeopleBlocks:
    """Still to plan and longest without, as overview_people.people_blocks gives them."""
    chosen = set(_up_to_nth(session, PersonDay.to_plan_due, limit, team_id))
    chosen |= set(_longest_without(session, longest_limit, team_id))
    blocks = people_blocks(
        session, today, grace_days, team_id, limit, longest_limit, ids=sorted(chosen)
    )
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
        ids=_first(session, PersonDay.no_pop == 1, _BY_NAME, limit, team_id),
    )
    stopped, _ = signal_queries.stopped_learning(
        session,
        today,
        team_id,
        months,
        ids=_first(session, PersonDay.stopped == 1, _BY_NAME, limit, team_id),
    )
    goals, _ = signal_queries.goals_overdue(
        session,
        today,
        team_id,
        limit,
        ids=_first(session, first_goal.is_not(None), (first_goal, *_BY_NAME), limit, team_id),
    )
    due, _ = signal_queries.evaluations_due(
        session,
        today,
        team_id,
        limit,
        ids=_first(
            session, first_due.is_not(None), (first_due, PersonDay.employee_id), limit, team_id
        ),
    )
    return SignalsView(
        today=today,
        no_pop=no_pop,
        goals_overdue=goals,
        evaluations_due=due,
        stopped_learning=stopped,
        totals=(found.no_pop, found.goals, found.evaluations, found.stopped),
    )
