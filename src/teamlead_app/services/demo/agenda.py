"""Shared by the demo history steps (history.py, development.py): the working days
on which a lead holds talks, his agenda per team (never two talks at once), the current Dutch
templates, a row writer that hands out ids and writes each table with one bulk INSERT, the
words that fill the {slots} of the demo texts for one person, and the answers of a held talk.

Bulk INSERTs with ids handed out here, not ORM objects flushed one by one: the demo only fills
an empty database, and a company of a thousand people with a year of history must be made in
a second or two."""

from __future__ import annotations

import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from teamlead_app.data.db import catch_up_ids
from teamlead_app.data.models import Base, ConversationAnswer
from teamlead_app.services.conversations.templates import current_version, version_questions
from teamlead_app.services.demo.context import TAG_KENNISDRAGER, DemoPerson, DemoTeam
from teamlead_app.services.demo.texts import ANSWERS, MACHINES, group_of

DAY_END = 16 * 60  # the lead's working day ends at 16:00 (the settings' default)
SLOTS = (
    time(7, 45),
    time(8, 30),
    time(9, 15),
    time(10, 30),
    time(11, 15),
    time(13, 0),
    time(13, 45),
    time(14, 30),
    time(15, 15),
)


def month_start(day: date, back: int) -> date:
    """The first day of the month `back` months before `day` (negative: later)."""
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def month_end(day: date) -> date:
    return month_start(day, -1) - timedelta(days=1)


def is_holiday(day: date) -> bool:
    """No talks in the bouwvak (regio midden, 25 July - 14 August), from 21 December to
    2 January, or on King's Day."""
    md = (day.month, day.day)
    return (7, 25) <= md <= (8, 14) or md >= (12, 21) or md <= (1, 2) or md == (4, 27)


@cache
def working_days(first: date, last: date) -> tuple[date, ...]:
    """Monday to Friday from `first` to `last`, holidays left out."""
    days = (first + timedelta(days=i) for i in range(max(0, (last - first).days + 1)))
    return tuple(d for d in days if d.weekday() < 5 and not is_holiday(d))


def _minute(moment: time) -> int:
    return moment.hour * 60 + moment.minute


@cache
def _cover(start: time, minutes: int) -> tuple[int, ...]:
    """The slots (by index) a talk from `start` of `minutes` covers; at least the one it
    starts in, so a talk at an odd time (e.g. typed by hand) still takes its slot."""
    begin = _minute(start)
    covered = [i for i, s in enumerate(SLOTS) if begin <= _minute(s) < begin + minutes]
    before = [i for i, s in enumerate(SLOTS) if _minute(s) <= begin]
    return tuple(covered) or (before[-1] if before else 0,)


@cache
def _fitting(minutes: int) -> tuple[tuple[time, tuple[int, ...]], ...]:
    """Each slot a talk of `minutes` fits in before the end of the day, with its cover."""
    return tuple((s, _cover(s, minutes)) for s in SLOTS if _minute(s) + minutes <= DAY_END)


class Agenda:
    """The leads' agendas: one talk per team and slot, so no lead is ever double-booked."""

    def __init__(self) -> None:
        self.taken: set[tuple[int, date, int]] = set()

    def book(
        self,
        rng: random.Random,
        team_id: int,
        days: Sequence[date],
        minutes: int = 30,
        *,
        after: time | None = None,
        earliest: bool = False,
    ) -> datetime | None:
        """A free slot on the first of `days` that has one (random, or the earliest)."""
        taken = self.taken
        for day in days:
            free = [
                (s, cover)
                for s, cover in _fitting(minutes)
                if (after is None or s > after)
                and not any((team_id, day, i) in taken for i in cover)
            ]
            if free:
                slot, cover = free[0] if earliest else rng.choice(free)
                taken.update((team_id, day, i) for i in cover)
                return datetime.combine(day, slot)
        return None

    def mark(self, team_id: int, at: datetime, minutes: int = 30) -> None:
        """Take the slots of a talk that is already there."""
        day = at.date()
        self.taken.update((team_id, day, i) for i in _cover(at.time(), minutes))


class Rows:
    """Rows per table with ids handed out here, written with one bulk INSERT per table in the
    order the models are given (parents first, for the foreign keys)."""

    def __init__(self, session: Session, models: Sequence[type[Base]]) -> None:
        self.tables: dict[type[Base], list[dict[str, Any]]] = {m: [] for m in models}
        self.next_id = {
            m: (session.scalar(select(func.max(m.__table__.c.id))) or 0) + 1 for m in models
        }

    def add(self, model: type[Base], **values: Any) -> int:
        new_id = self.next_id[model]
        self.next_id[model] += 1
        self.tables[model].append({"id": new_id, **values})
        return new_id

    def write(self, session: Session) -> None:
        for model, rows in self.tables.items():
            if rows:  # Core executemany on the table: one statement, no ORM bookkeeping
                session.execute(insert(cast(Table, model.__table__)), rows)
        catch_up_ids(session, [model.__tablename__ for model, rows in self.tables.items() if rows])


@dataclass(frozen=True)
class Template:
    id: int
    minutes: int
    questions: tuple[str, ...]


def template(session: Session, kind: str) -> Template:
    """The current Dutch template of a kind (seeded when missing)."""
    row = current_version(session, kind, "nl")
    return Template(row.id, row.default_minutes, tuple(q.text for q in version_questions(row)))


def conversation_values(
    employee_id: int, kind: str, at: datetime, status: str, tpl: Template, **fields: Any
) -> dict[str, Any]:
    """Every column of a conversation row; planned two to three weeks ahead, as leads do."""
    created = datetime.combine(at.date() - timedelta(days=14 + at.day % 8), time(16, 0))
    values: dict[str, Any] = {
        "employee_id": employee_id,
        "kind": kind,
        "status": status,
        "scheduled_at": at,
        "duration_minutes": tpl.minutes,
        "template_version_id": tpl.id,
        "pop_id": None,
        "held_on": at.date() if status == "held" else None,
        "score": None,
        "shared_summary": "",
        "private_notes": "",
        "signoff": None,
        "signoff_date": None,
        "signoff_method": None,
        "employee_response": "",
        "cancel_reason": "",
        "cancel_note": "",
        "cancelled_on": None,
        "created_at": created,
        "updated_at": at + timedelta(minutes=tpl.minutes + 15) if status == "held" else created,
    }
    values.update(fields)
    return values


def words_for(person: DemoPerson, team: DemoTeam, members: list[DemoPerson]) -> dict[str, str]:
    """The {slots} of the demo texts for one person: his machine, named colleagues."""
    others = [p for p in members if p.active and p.id != person.id]
    others.sort(key=lambda p: TAG_KENNISDRAGER not in p.tags)  # the kennisdrager first

    def first(wanted: Callable[[DemoPerson], bool], fallback: str) -> str:
        return next((p.first_name for p in others if wanted(p)), fallback)

    return {
        "machine": MACHINES[group_of(person.function)],
        "senior": first(lambda p: p.stage == "senior", "Henk"),
        "prep": first(
            lambda p: p.function == "Werkvoorbereider" and p.kind != "stagiair",
            "de werkvoorbereider",
        ),
        "quality": first(lambda p: p.function == "Kwaliteitscontroleur", "de kwaliteitscontrole"),
        "junior": first(lambda p: p.kind in ("bbl", "junior"), "een nieuwe collega"),
        "lead": (team.lead_name.split() or ["de leidinggevende"])[0],
        "self": person.first_name,
        "specialism": team.specialism,
        "function": person.function,
    }


def any_order(rng: random.Random, days: Sequence[date]) -> list[date]:
    """The days from a random one on, wrapping around: a random day with fallbacks."""
    start = rng.randrange(len(days)) if days else 0
    return [*days[start:], *days[:start]]


def answer_rows(
    rows: Rows,
    rng: random.Random,
    conversation_id: int,
    questions: Sequence[str],
    words: dict[str, str],
) -> None:
    """Short answers to most of the questions that have some in ANSWERS."""
    for position, question in enumerate(questions):
        bank = ANSWERS.get(question)
        if bank and rng.random() < (0.95 if position < 3 else 0.55):
            text = rng.choice(bank).format(**words)
            rows.add(
                ConversationAnswer, conversation_id=conversation_id, position=position, answer=text
            )
