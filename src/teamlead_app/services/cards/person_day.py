"""The overview cards' state for one day (schema 0010): per person what the cards count and
order by — still to plan (due day), overdue but planned, the longest-without order, unsigned
talks, no agreed POP, stopped learning, goals past their date and evaluations due (how many,
and the first one's day) — so a card reads its first lines and its totals through an index
instead of judging everyone in service on every visit.

The values come from the same statements that make the full lists (overview_people.py,
unsigned_talks.py, development/signal_queries.py), restricted to the people concerned: the
rules stay in one place. SQLite triggers mark a person whose rows change (person_day_dirty);
`refreshed` recomputes only those people, and everyone on a new day or after a settings
change. A company server (no triggers there) and a file that cannot be written compute the
cards directly."""

from __future__ import annotations

from collections.abc import Collection, Sequence
from datetime import date
from typing import Any

from sqlalchemy import delete, exists, func, insert, select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import (
    Employee,
    PersonDay,
    PersonDayDirty,
    PersonDayStamp,
    PersonDayTeam,
)
from teamlead_app.errors import StorageError
from teamlead_app.services.common.settings import AppSettings
from teamlead_app.services.conversations.overview_people import day_rows
from teamlead_app.services.conversations.unsigned_talks import unsigned_per_person
from teamlead_app.services.development import signal_queries

_SLOT = 1
# More people marked than this (an import, the demo): everyone is recomputed, which is as
# quick then and keeps the statements' parameter lists short.
MANY = 500
# What person_day_team sums per team (to_plan counts the people with a due day).
TEAM_TOTALS = ("to_plan", "planned_late", "unsigned", "no_pop", "goals", "evaluations", "stopped")


# Raise when a card's rule or what the state keeps changes: a file's state made by an older
# version is then recomputed instead of read.
RULE_VERSION = 1


def settings_key(grace_days: int, months: int) -> str:
    """What the state depends on besides the data and the day: the settings the rules read
    and the rules' version (a change recomputes everyone)."""
    return f"rule={RULE_VERSION};grace={grace_days};stopped={months}"


def refreshed(ctx: ServiceContext, today: date, settings: AppSettings) -> bool:
    """Bring the state up to `today` (and `settings`) in one short transaction; False where
    the cards are computed directly instead (a server, a read-only file, a busy file)."""
    if ctx.is_server or ctx.read_only:
        return False
    key = settings_key(settings.overdue_grace_days, settings.stopped_learning_months)
    marked = exists(select(PersonDayDirty.employee_id))
    try:
        with ctx.sessions.begin() as session:
            stamp = session.execute(
                select(PersonDayStamp.day, PersonDayStamp.settings, marked).where(
                    PersonDayStamp.slot == _SLOT
                )
            ).first()
            if stamp is not None and (stamp.day, stamp.settings) == (today, key):
                if not stamp[2]:
                    return True
                marked_ids = session.scalars(select(PersonDayDirty.employee_id)).all()
                ids: Sequence[int] | None = None if len(marked_ids) > MANY else marked_ids
            else:
                ids = None
            _store(session, compute(session, today, settings, ids), ids)
            session.merge(PersonDayStamp(slot=_SLOT, day=today, settings=key))
    except StorageError:
        return False
    return True


def _store(session: Session, rows: list[dict[str, Any]], ids: Sequence[int] | None) -> None:
    """The new rows in place of the old ones, and the totals of the teams they were and are
    in (a person may have moved) summed again."""
    team_key = func.coalesce(PersonDay.team_id, 0)
    if ids is None:
        session.execute(delete(PersonDay))
        session.execute(delete(PersonDayDirty))
        teams: set[int] | None = None
    else:
        mine = PersonDay.employee_id.in_(ids)
        teams = set(session.scalars(select(team_key).where(mine)))
        teams |= {row["team_id"] or 0 for row in rows}
        session.execute(delete(PersonDay).where(mine))
        session.execute(delete(PersonDayDirty).where(PersonDayDirty.employee_id.in_(ids)))
    if rows:  # plain rows in one executemany: ORM objects cost more than the queries
        session.execute(insert(PersonDay), rows)
    sums = select(
        team_key,
        func.count(PersonDay.to_plan_due),
        *(func.coalesce(func.sum(getattr(PersonDay, name)), 0) for name in TEAM_TOTALS[1:]),
    ).group_by(team_key)
    old = delete(PersonDayTeam)
    if teams is not None:
        sums = sums.where(team_key.in_(teams))
        old = old.where(PersonDayTeam.team_key.in_(teams))
    session.execute(old)
    session.execute(insert(PersonDayTeam).from_select(["team_key", *TEAM_TOTALS], sums))


def compute(
    session: Session, today: date, settings: AppSettings, ids: Collection[int] | None
) -> list[dict[str, Any]]:
    """The state of the people `ids` (None: everyone) for `today`, as person_day rows."""
    grace_days = settings.overdue_grace_days
    people = select(
        Employee.id,
        Employee.team_id,
        func.lower(Employee.last_name),
        func.lower(Employee.first_name),
    )
    if ids is not None:
        people = people.where(Employee.id.in_(ids))
    rows = {
        eid: {**_EMPTY, "employee_id": eid, "team_id": team, "last_key": last, "first_key": first}
        for eid, team, last, first in session.execute(people)
    }
    for eid, listed, due, planned_late, ever, day in day_rows(session, today, grace_days, ids):
        row = rows[eid]
        row["to_plan_due"] = due if listed else None
        row["planned_late"] = planned_late
        row["without_key"] = f"{ever}{day.isoformat()}"
    for eid, n in unsigned_per_person(session, today, ids).items():
        rows[eid]["unsigned"] = n
    for signal in signal_queries.no_pop(session, today, None, ids=ids)[0]:
        rows[signal.employee_id]["no_pop"] = 1
    months = settings.stopped_learning_months
    for found in signal_queries.stopped_learning(session, today, None, months, ids=ids)[0]:
        rows[found.employee_id]["stopped"] = 1
    for goal in signal_queries.goals_overdue(session, today, None, ids=ids)[0]:
        _count(rows[goal.employee_id], "goals", goal.target_date)
    for due in signal_queries.evaluations_due(session, today, None, ids=ids)[0]:
        _count(rows[due.employee_id], "evaluations", due.due)
    return list(rows.values())


# A person_day row before anything is found.
_EMPTY: dict[str, Any] = {
    "to_plan_due": None,
    "planned_late": 0,
    "without_key": None,
    "unsigned": 0,
    "no_pop": 0,
    "stopped": 0,
    "goals": 0,
    "goals_first": None,
    "evaluations": 0,
    "evaluations_first": None,
}


def _count(row: dict[str, Any], what: str, day: date) -> None:
    """One more line of `what`, and its first day."""
    row[what] += 1
    first = row[f"{what}_first"]
    row[f"{what}_first"] = day if first is None else min(first, day)
