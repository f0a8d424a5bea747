"""What HR's yearly overview holds (frozen views the reports read) and the small rules on it:
the months someone was in service, the totals of a team or the company. No queries here."""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import TypeVar

from teamlead_app.data.models import GOAL_CATEGORIES
from teamlead_app.data.statuses import PopStatus
from teamlead_app.i18n import language

T = TypeVar("T")


@dataclass(frozen=True)
class GoalYear:
    employee_id: int
    employee: str
    personnel_number: str
    team: str
    what: str
    category: str
    status: str
    start_date: date
    target_date: date | None
    achieved_on: date | None
    steps_total: int
    steps_done: int
    in_pop: bool


@dataclass(frozen=True)
class ConversationYear:
    planned: int = 0
    held: int = 0
    moved: int = 0
    cancelled: int = 0
    # Planned, never held, and the month has ended (conversation_state.py); not in planned.
    missed: int = 0
    # Month number -> held conversations in that month.
    held_by_month: dict[int, int] = field(default_factory=dict)

    @property
    def months_held(self) -> int:
        return len(self.held_by_month)


@dataclass(frozen=True)
class EmployeeYear:
    id: int
    name: str
    personnel_number: str
    function: str
    team: str
    date_in_service: date | None
    date_out_of_service: date | None
    # The month numbers (1-12) of the year in which the person was in service, up to the
    # report date: a month still ahead is not counted against anyone.
    service_months: tuple[int, ...]
    pop_status: str  # none, draft, agreed, evaluated
    signed_by_employee: bool
    signed_by_lead: bool
    goals: tuple[GoalYear, ...]
    conversations: ConversationYear
    # The month still running at the report date for this person (0: none, the year is over
    # or the person already left): it counts for coverage only once a talk was held in it.
    open_month: int = 0

    @property
    def counted_months(self) -> tuple[int, ...]:
        """The months that count for conversation coverage: the months in service that have
        passed, and the running month only when a conversation was already held in it (it
        can still come, so it is not counted against anyone)."""
        return counted_months(self.service_months, self.open_month, self.conversations)

    @property
    def months_in_service(self) -> int:
        return len(self.counted_months)

    @property
    def months_held(self) -> int:
        """Months with a held conversation, counting only the counted months in service."""
        return months_held(self.counted_months, self.conversations)

    @property
    def signed_by_both(self) -> bool:
        return self.signed_by_employee and self.signed_by_lead

    @property
    def steps_done(self) -> int:
        return sum(g.steps_done for g in self.goals)

    @property
    def steps_total(self) -> int:
        return sum(g.steps_total for g in self.goals)

    def goals_with(self, *statuses: str) -> int:
        return sum(1 for g in self.goals if g.status in statuses)


@dataclass(frozen=True)
class Totals:
    """Counts for a team or the company."""

    employees: int
    with_agreed_pop: int
    months_in_service: int
    months_held: int
    conversations: ConversationYear
    # category -> status -> count
    goals: dict[str, dict[str, int]]

    @property
    def pop_coverage(self) -> float:
        return self.with_agreed_pop / self.employees if self.employees else 0.0

    @property
    def conversation_coverage(self) -> float:
        return self.months_held / self.months_in_service if self.months_in_service else 0.0

    def goals_with(self, status: str) -> int:
        return sum(by_status.get(status, 0) for by_status in self.goals.values())

    @property
    def goal_count(self) -> int:
        return sum(sum(by_status.values()) for by_status in self.goals.values())


ROTATION_OUTCOME_ORDER = ("doorgaan", "nog_niet", "niet_voor_mij", "afgebroken")


@dataclass(frozen=True)
class SkillsYear:
    """Craftsmanship of a team or the company: skill coverage on the report date (red,
    amber, green: services/skills/coverage.py), the rotations held in the year by outcome (""
    for one not evaluated yet) and the certificates that expired in the year."""

    red: int = 0
    amber: int = 0
    green: int = 0
    rotations: dict[str, int] = field(default_factory=dict)
    certificates_expired: int = 0

    @property
    def skills(self) -> int:
        return self.red + self.amber + self.green

    @property
    def rotations_held(self) -> int:
        return sum(self.rotations.values())

    @property
    def is_empty(self) -> bool:
        return not (self.skills or self.rotations_held or self.certificates_expired)


def skills_sum(parts: list[SkillsYear]) -> SkillsYear:
    rotations: dict[str, int] = defaultdict(int)
    for part in parts:
        for outcome, count in part.rotations.items():
            rotations[outcome] += count
    return SkillsYear(
        red=sum(p.red for p in parts),
        amber=sum(p.amber for p in parts),
        green=sum(p.green for p in parts),
        rotations=dict(rotations),
        certificates_expired=sum(p.certificates_expired for p in parts),
    )


@dataclass(frozen=True)
class GuidanceYear:
    """Newcomers who started in the year, those of them with a buddy or mentor, and the
    pairings completed in the year (services/year_overview_pairings.py)."""

    newcomers: int = 0
    with_buddy: int = 0
    pairings_completed: int = 0

    @property
    def without_buddy(self) -> int:
        return self.newcomers - self.with_buddy


@dataclass(frozen=True)
class TeamYear:
    name: str
    employees: tuple[EmployeeYear, ...]
    totals: Totals
    skills: SkillsYear = field(default_factory=SkillsYear)
    guidance: GuidanceYear = field(default_factory=GuidanceYear)


@dataclass(frozen=True)
class YearOverview:
    year: int
    team: str  # "" for the whole company
    company: str
    logo_path: str
    printed_on: date
    teams: tuple[TeamYear, ...]
    totals: Totals
    # The whole scope: also the company-wide skills, which belong to no team.
    skills: SkillsYear = field(default_factory=SkillsYear)
    guidance: GuidanceYear = field(default_factory=GuidanceYear)

    @property
    def employees(self) -> tuple[EmployeeYear, ...]:
        return tuple(e for team in self.teams for e in team.employees)

    @property
    def goals(self) -> tuple[GoalYear, ...]:
        return tuple(g for e in self.employees for g in e.goals)

    @property
    def last_month(self) -> int:
        """The last month of the year that has begun by the report date (0: none yet)."""
        if self.year != self.printed_on.year:
            return 12 if self.year < self.printed_on.year else 0
        return self.printed_on.month

    @property
    def has_records(self) -> bool:
        """False when nothing was recorded for the year: no POP, goal or conversation. The
        reports then say there is no data rather than print pages of zeros."""
        c = self.totals.conversations
        return bool(
            any(e.pop_status != "none" for e in self.employees)
            or self.totals.goal_count
            or c.planned + c.held + c.cancelled + c.missed
            or self.skills.rotations_held
            or self.skills.certificates_expired
        )


def open_month(year: int, until: date, end: date | None) -> int:
    """The month of `year` still running on the report date `until` (0 when the year is
    over or has not begun, or the person left before the report date)."""
    if until.year != year or (end is not None and end < until):
        return 0
    return until.month


def counted_months(
    service: tuple[int, ...], running: int, conversations: ConversationYear
) -> tuple[int, ...]:
    """The coverage rule (one place, for the yearly overview and the company page): of the
    months in service, the running month counts only once a talk was held in it."""
    held = conversations.held_by_month
    return tuple(m for m in service if m != running or m in held)


def months_held(counted: tuple[int, ...], conversations: ConversationYear) -> int:
    """Months with a held conversation among the counted months."""
    return sum(1 for month in conversations.held_by_month if month in counted)


def best_overlap(year: int, periods: Iterable[tuple[int, date, date, T]]) -> dict[int, T]:
    """Per owner id the item whose period (first, last) covers most of `year`: which POP is
    "the POP of the year" (the yearly overview and the company page share this rule)."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    best: dict[int, tuple[int, T]] = {}
    for owner, first, last, item in periods:
        overlap = (min(last, end) - max(first, start)).days
        if owner not in best or overlap > best[owner][0]:
            best[owner] = (overlap, item)
    return {owner: value[1] for owner, value in best.items()}


def service_months(
    year: int, start: date | None, end: date | None, until: date | None = None
) -> tuple[int, ...]:
    """The months of `year` in which someone with these service dates was in service (a
    month counts when any day of it was); no start date means in service since long ago.
    Months after `until` (the report date) have not happened yet and do not count."""
    first = max(start or date(year, 1, 1), date(year, 1, 1))
    last = min(end or date(year, 12, 31), date(year, 12, 31), until or date(year, 12, 31))
    if last < first:
        return ()
    return tuple(range(first.month, last.month + 1))


def totals_of(employees: list[EmployeeYear]) -> Totals:
    goals: dict[str, dict[str, int]] = {c: defaultdict(int) for c in GOAL_CATEGORIES}
    for employee in employees:
        for goal in employee.goals:
            goals.setdefault(goal.category, defaultdict(int))[goal.status] += 1
    return Totals(
        employees=len(employees),
        with_agreed_pop=sum(
            1 for e in employees if e.pop_status in (PopStatus.AGREED, PopStatus.EVALUATED)
        ),
        months_in_service=sum(e.months_in_service for e in employees),
        months_held=sum(e.months_held for e in employees),
        conversations=ConversationYear(
            planned=sum(e.conversations.planned for e in employees),
            held=sum(e.conversations.held for e in employees),
            moved=sum(e.conversations.moved for e in employees),
            cancelled=sum(e.conversations.cancelled for e in employees),
            missed=sum(e.conversations.missed for e in employees),
        ),
        goals={category: dict(by_status) for category, by_status in goals.items()},
    )


def month_names() -> list[str]:
    """Short month names in the current language, for the sheet of months and the PDF."""
    if language() == "en":
        return [calendar.month_abbr[m] for m in range(1, 13)]
    return ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]
