"""HR's yearly POP overview: per employee the POP status, the goals and the conversation record
of one year, with totals per team and for the company.

Shared fields only (domain §5.6): never working notes, answers, summaries, the monthly score
or the lead's signals. Everything is gathered in a handful of set-based queries, whatever the
number of people. Employees who joined or left during the year count for their months."""

from __future__ import annotations

import calendar
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from sqlalchemy import and_, extract, func, or_, select
from sqlalchemy.orm import Session

from teamlead_app.data.db import Database
from teamlead_app.data.models import (
    GOAL_CATEGORIES,
    Conversation,
    ConversationMove,
    Employee,
    Goal,
    GoalStep,
    JobFunction,
    Pop,
    Team,
)
from teamlead_app.services.names import list_name
from teamlead_app.services.settings import get_settings
from teamlead_app.util.progress import NO_PROGRESS, Progress

FORMATS = ("pdf", "xlsx", "csv")


@dataclass(frozen=True)
class GoalYear:
    employee_id: int
    employee: str
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
    months_in_service: int
    pop_status: str  # none, draft, agreed, evaluated
    signed_by_employee: bool
    signed_by_lead: bool
    goals: tuple[GoalYear, ...]
    conversations: ConversationYear


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


@dataclass(frozen=True)
class TeamYear:
    name: str
    employees: tuple[EmployeeYear, ...]
    totals: Totals


@dataclass(frozen=True)
class YearOverview:
    year: int
    team: str  # "" for the whole company
    company: str
    logo_path: str
    printed_on: date
    teams: tuple[TeamYear, ...]
    totals: Totals

    @property
    def employees(self) -> tuple[EmployeeYear, ...]:
        return tuple(e for team in self.teams for e in team.employees)

    @property
    def goals(self) -> tuple[GoalYear, ...]:
        return tuple(g for e in self.employees for g in e.goals)


# --- gathering ---------------------------------------------------------------------------


def _months_in_service(year: int, start: date | None, end: date | None) -> int:
    first = max(start or date(year, 1, 1), date(year, 1, 1))
    last = min(end or date(year, 12, 31), date(year, 12, 31))
    if last < first:
        return 0
    return (last.year - first.year) * 12 + last.month - first.month + 1


def _people(session: Session, year: int, team_id: int | None) -> list[Any]:
    start, end = date(year, 1, 1), date(year, 12, 31)
    query = (
        select(
            Employee.id,
            Employee.first_name,
            Employee.tussenvoegsel,
            Employee.last_name,
            Employee.personnel_number,
            JobFunction.name,
            Team.name,
            Employee.date_in_service,
            Employee.date_out_of_service,
        )
        .outerjoin(JobFunction, Employee.function_id == JobFunction.id)
        .outerjoin(Team, Employee.team_id == Team.id)
        .where(or_(Employee.date_in_service.is_(None), Employee.date_in_service <= end))
        .where(or_(Employee.date_out_of_service.is_(None), Employee.date_out_of_service >= start))
        .order_by(func.lower(Team.name), func.lower(Employee.last_name), Employee.first_name)
    )
    if team_id is not None:
        query = query.where(Employee.team_id == team_id)
    return list(session.execute(query))


@dataclass(frozen=True)
class _YearPop:
    id: int
    status: str
    signoff: str | None
    lead_signed_on: date | None


def _pops(session: Session, year: int, ids: set[int]) -> dict[int, _YearPop]:
    """Per employee the POP covering most of the year."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    rows = session.execute(
        select(
            Pop.id,
            Pop.employee_id,
            Pop.period_start,
            Pop.period_end,
            Pop.status,
            Pop.signoff,
            Pop.lead_signed_on,
        ).where(Pop.period_start <= end, Pop.period_end >= start)
    )
    best: dict[int, tuple[int, _YearPop]] = {}
    for pid, employee_id, first, last, status, signoff, lead_signed in rows:
        if employee_id not in ids:
            continue
        overlap = (min(last, end) - max(first, start)).days
        if employee_id not in best or overlap > best[employee_id][0]:
            best[employee_id] = (overlap, _YearPop(pid, status, signoff, lead_signed))
    return {eid: value[1] for eid, value in best.items()}


def _goals(
    session: Session, year: int, pop_ids: set[int], names: dict[int, tuple[str, str]]
) -> dict[int, list[GoalYear]]:
    """The goals of the year's POPs, and goals outside a POP started that year."""
    steps = (
        select(
            GoalStep.goal_id,
            func.count(GoalStep.id).label("total"),
            func.count(GoalStep.done_on).label("done"),
        )
        .group_by(GoalStep.goal_id)
        .subquery()
    )
    in_year = and_(Goal.pop_id.is_(None), extract("year", Goal.start_date) == year)
    condition = or_(Goal.pop_id.in_(pop_ids), in_year) if pop_ids else in_year
    rows = session.execute(
        select(Goal, func.coalesce(steps.c.total, 0), func.coalesce(steps.c.done, 0))
        .outerjoin(steps, steps.c.goal_id == Goal.id)
        .where(condition, Goal.employee_id.in_(names))
        .order_by(Goal.start_date, Goal.id)
    )
    result: dict[int, list[GoalYear]] = defaultdict(list)
    for goal, total, done in rows:
        name, team = names[goal.employee_id]
        result[goal.employee_id].append(
            GoalYear(
                employee_id=goal.employee_id,
                employee=name,
                team=team,
                what=goal.what,
                category=goal.category,
                status=goal.status,
                start_date=goal.start_date,
                target_date=goal.target_date,
                achieved_on=goal.achieved_on,
                steps_total=int(total),
                steps_done=int(done),
                in_pop=goal.pop_id is not None,
            )
        )
    return result


def _conversations(session: Session, year: int, ids: set[int]) -> dict[int, ConversationYear]:
    month = extract("month", Conversation.scheduled_at)
    counts = session.execute(
        select(Conversation.employee_id, Conversation.status, month, func.count(Conversation.id))
        .where(extract("year", Conversation.scheduled_at) == year)
        .group_by(Conversation.employee_id, Conversation.status, month)
    )
    moved = session.execute(
        select(Conversation.employee_id, func.count(func.distinct(Conversation.id)))
        .join(ConversationMove, ConversationMove.conversation_id == Conversation.id)
        .where(extract("year", Conversation.scheduled_at) == year)
        .group_by(Conversation.employee_id)
    )
    tally: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    held_months: dict[int, dict[int, int]] = defaultdict(dict)
    for employee_id, status, month_number, count in counts:
        if employee_id not in ids:
            continue
        tally[employee_id][status] += int(count)
        if status == "held":
            held_months[employee_id][int(month_number)] = int(count)
    moved_by = {eid: int(n) for eid, n in moved if eid in ids}
    return {
        eid: ConversationYear(
            planned=tally[eid]["planned"],
            held=tally[eid]["held"],
            moved=moved_by.get(eid, 0),
            cancelled=tally[eid]["cancelled"],
            held_by_month=dict(sorted(held_months[eid].items())),
        )
        for eid in ids
    }


def _totals(employees: list[EmployeeYear]) -> Totals:
    goals: dict[str, dict[str, int]] = {c: defaultdict(int) for c in GOAL_CATEGORIES}
    for employee in employees:
        for goal in employee.goals:
            goals.setdefault(goal.category, defaultdict(int))[goal.status] += 1
    return Totals(
        employees=len(employees),
        with_agreed_pop=sum(1 for e in employees if e.pop_status in ("agreed", "evaluated")),
        months_in_service=sum(e.months_in_service for e in employees),
        months_held=sum(min(e.conversations.months_held, e.months_in_service) for e in employees),
        conversations=ConversationYear(
            planned=sum(e.conversations.planned for e in employees),
            held=sum(e.conversations.held for e in employees),
            moved=sum(e.conversations.moved for e in employees),
            cancelled=sum(e.conversations.cancelled for e in employees),
        ),
        goals={category: dict(by_status) for category, by_status in goals.items()},
    )


def overview_data(
    db: Database,
    year: int,
    team_id: int | None = None,
    progress: Progress = NO_PROGRESS,
    *,
    today: date | None = None,
) -> YearOverview:
    settings = get_settings(db)
    with db.sessions() as session:
        team_name = session.get(Team, team_id).name if team_id is not None else ""  # type: ignore[union-attr]
        people = _people(session, year, team_id)
        progress.step(1, 5)
        ids = {row[0] for row in people}
        names = {row[0]: (list_name(row[1], row[2], row[3]), row[6] or "") for row in people}
        pops = _pops(session, year, ids)
        progress.step(2, 5)
        goals = _goals(session, year, {p.id for p in pops.values()}, names) if ids else {}
        progress.step(3, 5)
        conversations = _conversations(session, year, ids) if ids else {}
        progress.step(4, 5)
    by_team: dict[str, list[EmployeeYear]] = defaultdict(list)
    for eid, first, tv, last, number, function, team, d_in, d_out in people:
        pop = pops.get(eid)
        by_team[team or ""].append(
            EmployeeYear(
                id=eid,
                name=list_name(first, tv, last),
                personnel_number=number or "",
                function=function or "",
                team=team or "",
                date_in_service=d_in,
                date_out_of_service=d_out,
                months_in_service=_months_in_service(year, d_in, d_out),
                pop_status=pop.status if pop else "none",
                signed_by_employee=bool(pop and pop.signoff),
                signed_by_lead=bool(pop and pop.lead_signed_on),
                goals=tuple(goals.get(eid, ())),
                conversations=conversations.get(eid, ConversationYear()),
            )
        )
    teams = tuple(
        TeamYear(name, tuple(members), _totals(members)) for name, members in by_team.items()
    )
    progress.step(5, 5)
    return YearOverview(
        year=year,
        team=team_name,
        company=settings.company_name,
        logo_path=settings.logo_path,
        printed_on=today or date.today(),
        teams=teams,
        totals=_totals([e for team in teams for e in team.employees]),
    )


def month_names() -> list[str]:
    """Short month names in the current language, for the sheet of months."""
    from teamlead_app.i18n import language

    if language() == "en":
        return [calendar.month_abbr[m] for m in range(1, 13)]
    return ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"]


def export_overview(
    db: Database,
    year: int,
    team_id: int | None,
    fmt: str,
    progress: Progress = NO_PROGRESS,
    *,
    today: date | None = None,
) -> bytes:
    """The overview as PDF, XLSX or CSV (goals) bytes. Long work: reports progress and stops
    with Cancelled when asked; nothing is written here (the caller writes all or nothing)."""
    from teamlead_app.errors import ValidationError
    from teamlead_app.i18n import t

    if fmt not in FORMATS:
        raise ValidationError(
            t(
                f"Onbekend formaat '{fmt}': kies pdf, xlsx of csv.",
                f"Unknown format '{fmt}': choose pdf, xlsx or csv.",
            )
        )
    if not 1900 <= year <= 2200:
        raise ValidationError(t(f"Geen geldig jaar: {year}.", f"Not a valid year: {year}."))
    data = overview_data(db, year, team_id, progress, today=today)
    if fmt == "csv":
        from teamlead_app.reports.year_overview_csv import render_csv

        return render_csv(data)
    if fmt == "xlsx":
        from teamlead_app.reports.year_overview_xlsx import render_xlsx

        return render_xlsx(data, progress)
    from teamlead_app.reports.year_overview_pdf import render_pdf

    return render_pdf(data, progress)
