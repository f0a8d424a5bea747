"""HR's yearly POP overview: per employee the POP status, the goals and the conversation record
of one year, with totals per team and for the company.

Shared fields only (domain §5.6): never working notes, answers, summaries, the monthly score
or the lead's signals. Everything is gathered in a handful of set-based queries, whatever the
number of people. Employees who joined or left during the year count for their months."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, extract, func, or_, select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import (
    Conversation,
    ConversationMove,
    Employee,
    Goal,
    GoalStep,
    JobFunction,
    Pop,
    Team,
)
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t

# The views are part of this module's interface: the reports and the UI import them from here.
from teamlead_app.records.year_overview import ConversationYear as ConversationYear
from teamlead_app.records.year_overview import EmployeeYear as EmployeeYear
from teamlead_app.records.year_overview import GoalYear as GoalYear
from teamlead_app.records.year_overview import GuidanceYear as GuidanceYear
from teamlead_app.records.year_overview import SkillsYear as SkillsYear
from teamlead_app.records.year_overview import TeamYear as TeamYear
from teamlead_app.records.year_overview import Totals as Totals
from teamlead_app.records.year_overview import YearOverview as YearOverview
from teamlead_app.records.year_overview import (
    best_overlap,
    open_month,
    service_months,
    totals_of,
)
from teamlead_app.records.year_overview import month_names as month_names
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.conversations.status import counted_status
from teamlead_app.services.exports.year_overview_pairings import guidance_by_team
from teamlead_app.services.exports.year_overview_skills import skills_by_team
from teamlead_app.services.people.names import collate, list_name, sort_key
from teamlead_app.util.progress import NO_PROGRESS, Progress

FORMATS = ("pdf", "xlsx", "csv")


# --- gathering ---------------------------------------------------------------------------


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
    )
    if team_id is not None:
        query = query.where(Employee.team_id == team_id)
    # Sorted the Dutch way (Çelik with C, Łukasz with L), teams by name and people without
    # a team last; SQLite's lower() knows no accents.
    return sorted(
        session.execute(query),
        key=lambda r: (r[6] is None, collate(r[6] or ""), sort_key(r[1], r[2], r[3])),
    )


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
    return best_overlap(
        year,
        (
            (eid, first, last, _YearPop(pid, status, signoff, lead_signed))
            for pid, eid, first, last, status, signoff, lead_signed in rows
            if eid in ids
        ),
    )


def _goals(
    session: Session, year: int, pop_ids: set[int], names: dict[int, tuple[str, str, str]]
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
    in_year = and_(
        Goal.pop_id.is_(None),
        Goal.start_date >= date(year, 1, 1),
        Goal.start_date <= date(year, 12, 31),
    )
    condition = or_(Goal.pop_id.in_(pop_ids), in_year) if pop_ids else in_year
    # Only the shared columns: the goal's other texts are not read at all.
    rows = session.execute(
        select(
            Goal.employee_id,
            Goal.what,
            Goal.category,
            Goal.status,
            Goal.start_date,
            Goal.target_date,
            Goal.achieved_on,
            func.coalesce(steps.c.total, 0),
            func.coalesce(steps.c.done, 0),
            Goal.pop_id.is_not(None),
        )
        .outerjoin(steps, steps.c.goal_id == Goal.id)
        .where(condition, Goal.employee_id.in_(names))
        .order_by(Goal.start_date, Goal.id)
    )
    result: dict[int, list[GoalYear]] = defaultdict(list)
    for eid, what, category, status, start, target, achieved, total, done, in_pop in rows:
        name, number, team = names[eid]
        result[eid].append(
            GoalYear(
                employee_id=eid,
                employee=name,
                personnel_number=number,
                team=team,
                what=what,
                category=category,
                status=status,
                start_date=start,
                target_date=target,
                achieved_on=achieved,
                steps_total=int(total),
                steps_done=int(done),
                in_pop=bool(in_pop),
            )
        )
    return result


def _conversations(
    session: Session, year: int, ids: set[int], today: date
) -> dict[int, ConversationYear]:
    """Counted by the planned moment's year, as conversation_counts does; a range on
    scheduled_at so the (scheduled_at, status) index serves it. A planned talk whose month
    has ended by `today` counts as missed, not planned (services/conversations/status.py)."""
    month = extract("month", Conversation.scheduled_at)
    state = counted_status(today)
    in_year = (
        Conversation.scheduled_at >= datetime(year, 1, 1),
        Conversation.scheduled_at < datetime(year + 1, 1, 1),
    )
    counts = session.execute(
        select(Conversation.employee_id, state, month, func.count(Conversation.id))
        .where(*in_year)
        .group_by(Conversation.employee_id, state, month)
    )
    moved = session.execute(
        select(Conversation.employee_id, func.count(func.distinct(Conversation.id)))
        .join(ConversationMove, ConversationMove.conversation_id == Conversation.id)
        .where(*in_year)
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
            missed=tally[eid]["missed"],
            held_by_month=dict(sorted(held_months[eid].items())),
        )
        for eid in ids
    }


def overview_data(
    ctx: ServiceContext,
    year: int,
    team_id: int | None = None,
    progress: Progress = NO_PROGRESS,
    *,
    today: date | None = None,
) -> YearOverview:
    """The overview of `year` for one team or (None) all: five set-based queries, three
    for the craftsmanship figures (year_overview_skills.py) and two for guidance
    (year_overview_pairings.py), whatever the number of people.
    Reports progress after each; Cancelled stops it."""
    settings = get_settings(ctx)
    printed_on = today or date.today()
    with ctx.sessions() as session:
        team = session.get(Team, team_id) if team_id is not None else None
        if team_id is not None and team is None:
            raise NotFoundError(t("Team niet gevonden.", "Team not found."))
        people = _people(session, year, team_id)
        progress.step(1, 5)
        ids = {row[0] for row in people}
        names = {row[0]: (list_name(*row[1:4]), row[4] or "", row[6] or "") for row in people}
        pops = _pops(session, year, ids)
        progress.step(2, 5)
        goals = _goals(session, year, {p.id for p in pops.values()}, names) if ids else {}
        progress.step(3, 5)
        conversations = _conversations(session, year, ids, printed_on) if ids else {}
        progress.step(4, 5)
    by_team: dict[str, list[EmployeeYear]] = defaultdict(list)
    for eid, first, tv, last, number, function, team_name, d_in, d_out in people:
        pop = pops.get(eid)
        by_team[team_name or ""].append(
            EmployeeYear(
                id=eid,
                name=list_name(first, tv, last),
                personnel_number=number or "",
                function=function or "",
                team=team_name or "",
                date_in_service=d_in,
                date_out_of_service=d_out,
                service_months=service_months(year, d_in, d_out, printed_on),
                open_month=open_month(year, printed_on, d_out),
                pop_status=pop.status if pop else "none",
                signed_by_employee=bool(pop and pop.signoff),
                signed_by_lead=bool(pop and pop.lead_signed_on),
                goals=tuple(goals.get(eid, ())),
                conversations=conversations.get(eid, ConversationYear()),
            )
        )
    skills, all_skills = skills_by_team(
        ctx, year, team_id, printed_on, settings.certificate_warning_days
    )
    guidance, all_guidance = guidance_by_team(ctx, year, team_id)
    teams = tuple(
        TeamYear(
            name,
            tuple(members),
            totals_of(members),
            skills.get(name, SkillsYear()),
            guidance.get(name, GuidanceYear()),
        )
        for name, members in by_team.items()
    )
    progress.step(5, 5)
    return YearOverview(
        year=year,
        team=team.name if team is not None else "",
        company=settings.company_name,
        logo_path=settings.logo_path,
        printed_on=printed_on,
        teams=teams,
        totals=totals_of([e for team in teams for e in team.employees]),
        skills=all_skills,
        guidance=all_guidance,
    )


# --- export ------------------------------------------------------------------------------

JOB_STEPS = 1000


class _Share(Progress):
    """One part of an export (gathering, rendering) as a share of one progress bar: the part
    counts its own (done, total); the bar moves from `start` by `size` of JOB_STEPS."""

    def __init__(self, job: Progress, start: int, size: int) -> None:
        super().__init__()
        self._job, self._start, self._size = job, start, size

    def step(self, done: int, total: int) -> None:
        part = self._size * min(done, total) // total if total > 0 else self._size
        self._job.step(self._start + part, JOB_STEPS)


def export_overview(
    ctx: ServiceContext,
    year: int,
    team_id: int | None,
    fmt: str,
    progress: Progress = NO_PROGRESS,
    *,
    today: date | None = None,
) -> bytes:
    """The overview as PDF, XLSX or CSV (goals) bytes. Long work: reports progress on one
    scale (0..JOB_STEPS, gathering then rendering) and stops with Cancelled when asked;
    nothing is written here, so the caller writes all or nothing."""
    if fmt not in FORMATS:
        raise ValidationError(
            t(
                f"Onbekend formaat '{fmt}': kies pdf, xlsx of csv.",
                f"Unknown format '{fmt}': choose pdf, xlsx or csv.",
            )
        )
    if not 1900 <= year <= 2200:
        raise ValidationError(t(f"Geen geldig jaar: {year}.", f"Not a valid year: {year}."))
    data = overview_data(ctx, year, team_id, _Share(progress, 0, 100), today=today)
    rendering = _Share(progress, 100, JOB_STEPS - 100)
    if fmt == "csv":
        from teamlead_app.reports.year_overview_csv import render_csv

        result = render_csv(data)
    elif fmt == "xlsx":
        from teamlead_app.reports.year_overview_xlsx import render_xlsx

        result = render_xlsx(data, rendering)
    else:
        from teamlead_app.reports.year_overview_pdf import render_pdf

        result = render_pdf(data, rendering)
    progress.step(JOB_STEPS, JOB_STEPS)
    return result
