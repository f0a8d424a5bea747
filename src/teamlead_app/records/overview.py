"""What the overview page ("Overzicht") shows, as plain data: the services fill it through
SQLAlchemy (services/conversations/overview.py), and the fast first screen fills its part
through the standard library's sqlite3 (data/first_screen.py) before SQLAlchemy is loaded.
No SQLAlchemy here: the first screen imports this module."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

# "Nog te tekenen" looks back this many days: a talk held longer ago is not signed any more.
UNSIGNED_DAYS = 90


@dataclass(frozen=True)
class PeriodCounts:
    """By planned moment in the period. `moved`: conversations moved at least once,
    whatever their status now (as in conversation_counts)."""

    planned: int = 0
    held: int = 0
    moved: int = 0
    cancelled: int = 0
    # Planned and not held in a month that has ended (conversation_status.py); not in planned.
    missed: int = 0


@dataclass(frozen=True)
class Hidden:
    """How many items a block left out when the page asked for its first few only."""

    week: int = 0
    unsigned: int = 0
    late_agreements: int = 0
    overdue: int = 0


@dataclass(frozen=True)
class AgendaItem:
    """A planned or held conversation this week. Never carries note text."""

    conversation_id: int
    employee_id: int
    employee: str
    kind: str
    status: str
    start: datetime
    duration_minutes: int
    moved: bool


@dataclass(frozen=True)
class UnsignedTalk:
    """A held conversation without the employee's sign-off (gezien/akkoord)."""

    conversation_id: int
    employee_id: int
    employee: str
    kind: str
    held_on: date


@dataclass(frozen=True)
class LateAgreement:
    agreement_id: int
    employee_id: int
    employee: str
    text: str
    owner: str
    due_date: date
    days_late: int
    conversation_id: int | None


@dataclass(frozen=True)
class TeamLine:
    """A team as the Teams card shows it (the same fields as people.teams.TeamView)."""

    id: int
    name: str
    lead_name: str
    location: str
    active_count: int = 0


@dataclass(frozen=True)
class FirstScreen:
    """The part of the overview the first screen shows before the full app is loaded: the
    counts line, this week, still to be signed, late agreements and the teams. The other
    cards (overdue, longest without, development, skills, guidance) wait for the full load."""

    today: date
    week: tuple[AgendaItem, ...]
    unsigned: tuple[UnsignedTalk, ...]
    late_agreements: tuple[LateAgreement, ...]
    month_counts: PeriodCounts
    year_counts: PeriodCounts
    teams: tuple[TeamLine, ...]
    hidden: Hidden = field(default_factory=Hidden)

    @property
    def today_items(self) -> tuple[AgendaItem, ...]:
        return tuple(item for item in self.week if item.start.date() == self.today)
