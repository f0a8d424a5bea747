"""The read side of the POP: the full plan for the screen and the POP form, the plan of a
given year, the list of a person's plans with goal counts from one aggregate query, and every
person's plan for a year for the Development page."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session, selectinload

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Conversation, Employee, Goal, JobFunction, Pop, Team
from teamlead_app.data.statuses import GoalStatus
from teamlead_app.errors import NotFoundError
from teamlead_app.i18n import t
from teamlead_app.records.development import ACTIVE_STATUSES, EvaluationMoment, PopView, SupportItem
from teamlead_app.records.signed import POP
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.common.signed_versions import pop_content, version_info
from teamlead_app.services.development.goal_queries import goal_views
from teamlead_app.services.people.employment import in_service
from teamlead_app.services.people.names import full_name


@dataclass(frozen=True)
class PopRow:
    """One plan in the list on the profile."""

    id: int
    employee_id: int
    period_start: date
    period_end: date
    status: str
    goals_total: int
    goals_achieved: int
    goals_open: int
    signoff: str | None
    signoff_date: date | None
    evaluated_on: date | None


def get_pop(ctx: ServiceContext, pop_id: int) -> PopView:
    fallback_lead = get_settings(ctx).lead_name
    with ctx.sessions() as session:
        return _pop_view(session, pop_id, fallback_lead)


def _pop_view(session: Session, pop_id: int, fallback_lead: str) -> PopView:
    found = session.execute(
        select(Pop, Employee, JobFunction.name, Team.name, Team.lead_name)
        .join(Employee, Employee.id == Pop.employee_id)
        .outerjoin(JobFunction, JobFunction.id == Employee.function_id)
        .outerjoin(Team, Team.id == Employee.team_id)
        .where(Pop.id == pop_id)
        .options(selectinload(Pop.support))
    ).first()
    if found is None:
        raise NotFoundError(t("POP niet gevonden.", "POP not found."))
    pop, employee, function, team, team_lead = found
    moments = session.execute(
        select(
            Conversation.id, Conversation.scheduled_at, Conversation.status, Conversation.held_on
        )
        .where(Conversation.pop_id == pop_id)
        .order_by(Conversation.scheduled_at, Conversation.id)
    )
    goals = tuple(goal_views(session, [Goal.pop_id == pop_id]))
    return PopView(
        id=pop.id,
        employee_id=employee.id,
        employee=full_name(employee.first_name, employee.tussenvoegsel, employee.last_name),
        personnel_number=employee.personnel_number or "",
        function=function or "",
        team=team or "",
        lead_name=team_lead or fallback_lead,
        period_start=pop.period_start,
        period_end=pop.period_end,
        status=pop.status,
        ambition=pop.ambition,
        lead_perspective=pop.lead_perspective,
        strengths=pop.strengths,
        development_points=pop.development_points,
        evaluation=pop.evaluation,
        evaluated_on=pop.evaluated_on,
        support=tuple(SupportItem(s.kind, s.description) for s in pop.support),
        goals=goals,
        evaluation_moments=tuple(EvaluationMoment(*row) for row in moments),
        signoff=pop.signoff,
        signoff_date=pop.signoff_date,
        signoff_method=pop.signoff_method,
        lead_signed_on=pop.lead_signed_on,
        employee_response=pop.employee_response,
        previous_pop_id=pop.previous_pop_id,
        created_at=pop.created_at,
        row_version=pop.version,
        version=version_info(
            session,
            POP,
            pop.id,
            pop_content(session, pop, goals),
            signed=pop.signoff is not None,
            signed_on=pop.signoff_date,
            created={g.id: g.created_at.date() for g in goals},
        ),
    )


def pop_for_year(ctx: ServiceContext, employee_id: int, year: int) -> PopView | None:
    """The plan that covers most of calendar `year` (the one starting in it on a tie)."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    with ctx.sessions() as session:
        candidates = session.execute(
            select(Pop.id, Pop.period_start, Pop.period_end).where(
                Pop.employee_id == employee_id, Pop.period_start <= last, Pop.period_end >= first
            )
        ).all()
    if not candidates:
        return None

    def cover(row: tuple[int, date, date]) -> tuple[int, bool]:
        _, start, end = row
        return (min(end, last) - max(start, first)).days, start.year == year

    rows: list[tuple[int, date, date]] = [(r[0], r[1], r[2]) for r in candidates]
    best = max(rows, key=cover)
    return get_pop(ctx, best[0])


def list_pops(ctx: ServiceContext, employee_id: int) -> list[PopRow]:
    """A person's plans, newest period first, with goal counts from one aggregate."""
    counts = (
        select(
            Goal.pop_id.label("pop_id"),
            func.count(Goal.id).label("total"),
            func.sum(case((Goal.status == GoalStatus.ACHIEVED, 1), else_=0)).label(
                GoalStatus.ACHIEVED
            ),
            func.sum(case((Goal.status.in_(ACTIVE_STATUSES), 1), else_=0)).label("open"),
        )
        .where(Goal.employee_id == employee_id, Goal.pop_id.is_not(None))
        .group_by(Goal.pop_id)
        .subquery()
    )
    query = (
        select(
            Pop.id,
            Pop.employee_id,
            Pop.period_start,
            Pop.period_end,
            Pop.status,
            func.coalesce(counts.c.total, 0),
            func.coalesce(counts.c.achieved, 0),
            func.coalesce(counts.c.open, 0),
            Pop.signoff,
            Pop.signoff_date,
            Pop.evaluated_on,
        )
        .outerjoin(counts, counts.c.pop_id == Pop.id)
        .where(Pop.employee_id == employee_id)
        .order_by(Pop.period_start.desc())
    )
    with ctx.sessions() as session:
        return [PopRow(*row) for row in session.execute(query)]


@dataclass(frozen=True)
class PopYearRow:
    """One person's plan for a calendar year, for the Development page: the plan (if any),
    the goals of that year and the next planned evaluation moment."""

    employee_id: int
    pop_id: int | None
    status: str  # draft / agreed / evaluated, or "none" without a plan
    period_start: date | None
    period_end: date | None
    goals_open: int  # open, in progress or postponed
    goals_achieved: int
    next_evaluation: datetime | None


def _covers_most(start: date, end: date, year: int) -> tuple[int, bool, date]:
    """The same choice as pop_for_year: most days in the year, then the one starting in it."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    return (min(end, last) - max(start, first)).days, start.year == year, start


def pop_status_by_employee(
    ctx: ServiceContext, year: int, team_id: int | None = None, today: date | None = None
) -> dict[int, PopYearRow]:
    """Employee id -> the year's plan for everyone in service (of `team_id`) who has a plan or a
    goal that year. The goals counted are those of that plan plus the goals outside any plan
    that started in the year. Two statements, whatever the size of the team."""
    first, last = date(year, 1, 1), date(year, 12, 31)
    people = select(Employee.id).where(in_service(today or date.today()))
    if team_id is not None:
        people = people.where(Employee.team_id == team_id)
    next_moment = (
        select(func.min(Conversation.scheduled_at))
        .where(Conversation.pop_id == Pop.id, Conversation.status == "planned")
        .correlate(Pop)
        .scalar_subquery()
    )
    plans = select(
        Pop.id, Pop.employee_id, Pop.status, Pop.period_start, Pop.period_end, next_moment
    ).where(Pop.employee_id.in_(people), Pop.period_start <= last, Pop.period_end >= first)
    with ctx.sessions() as session:
        chosen: dict[int, tuple[Any, ...]] = {}
        for row in session.execute(plans):
            best = chosen.get(row[1])
            if best is None or _covers_most(row[3], row[4], year) > _covers_most(
                best[3], best[4], year
            ):
                chosen[row[1]] = tuple(row)
        pop_ids = [row[0] for row in chosen.values()]
        counts = session.execute(
            select(
                Goal.employee_id,
                func.sum(case((Goal.status.in_(ACTIVE_STATUSES), 1), else_=0)),
                func.sum(case((Goal.status == GoalStatus.ACHIEVED, 1), else_=0)),
            )
            .where(
                Goal.employee_id.in_(people),
                or_(
                    Goal.pop_id.in_(pop_ids),
                    and_(Goal.pop_id.is_(None), Goal.start_date.between(first, last)),
                ),
            )
            .group_by(Goal.employee_id)
        ).all()
    goal_counts = {employee_id: (int(o or 0), int(a or 0)) for employee_id, o, a in counts}
    result: dict[int, PopYearRow] = {}
    for employee_id in set(chosen) | set(goal_counts):
        plan = chosen.get(employee_id)
        goals_open, goals_achieved = goal_counts.get(employee_id, (0, 0))
        result[employee_id] = PopYearRow(
            employee_id=employee_id,
            pop_id=plan[0] if plan else None,
            status=plan[2] if plan else "none",
            period_start=plan[3] if plan else None,
            period_end=plan[4] if plan else None,
            goals_open=goals_open,
            goals_achieved=goals_achieved,
            next_evaluation=plan[5] if plan else None,
        )
    return result
