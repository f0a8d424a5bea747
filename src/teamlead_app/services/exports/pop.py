"""The POP form and the preparation form for the POP conversation: their data and their bytes.

Same shape as roster.py: `*_data` gathers plain frozen data (no session) for the builders in
`teamlead_app.reports`, `export_*` lays it out. ReportLab is imported inside the `export_*`
functions only, so the GUI does not pay for it at start-up.

The POP form holds the plan and nothing else of the person: no conversation notes (least of
all the lead's private working notes), no signals. A plan carries no private notes itself.
"""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Conversation, Pop, Team
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.records.development import PopFormData, PopPrepData, PopView
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.development.pop import get_pop, pop_for_year
from teamlead_app.services.people.employees import get_employee

__all__ = [
    "PopFormData",
    "PopPrepData",
    "export_pop",
    "export_pop_prep",
    "pop_form_data",
    "pop_prep_data",
    "year_pop_id",
]


# --- the POP form ------------------------------------------------------------------------------


def _previous_pop_id(ctx: ServiceContext, pop: PopView) -> int | None:
    """The plan this one was started from; else the person's latest plan that ended before
    this one began (a plan drawn up by hand still gets its look back)."""
    if pop.previous_pop_id is not None:
        return pop.previous_pop_id
    with ctx.sessions() as session:
        return session.scalar(
            select(Pop.id)
            .where(Pop.employee_id == pop.employee_id, Pop.period_end < pop.period_start)
            .order_by(Pop.period_end.desc(), Pop.id.desc())
            .limit(1)
        )


def pop_form_data(ctx: ServiceContext, pop_id: int, *, today: date | None = None) -> PopFormData:
    """Everything the POP form prints; NotFoundError for an unknown plan."""
    pop = get_pop(ctx, pop_id)
    previous_id = _previous_pop_id(ctx, pop)
    settings = get_settings(ctx)
    return PopFormData(
        pop=pop,
        previous=get_pop(ctx, previous_id) if previous_id is not None else None,
        printed_on=today or date.today(),
        company_name=settings.company_name,
        logo_path=settings.logo_path,
    )


def year_pop_id(ctx: ServiceContext, employee_id: int, year: int) -> int:
    """The id of the person's plan for calendar `year` (the one covering most of it);
    NotFoundError with a message naming the year when there is none."""
    if not 1900 <= year <= 2200:  # as the year overview: -5 or 99999 is a typing error
        raise ValidationError(t(f"Geen geldig jaar: {year}.", f"Not a valid year: {year}."))
    name = get_employee(ctx, employee_id).row.full_name  # an unknown person: its own message
    pop = pop_for_year(ctx, employee_id, year)
    if pop is None:
        raise NotFoundError(
            t(f"{name} heeft geen POP voor {year}.", f"{name} has no POP for {year}.")
        )
    return pop.id


def export_pop(ctx: ServiceContext, pop_id: int) -> bytes:
    """The POP form as PDF bytes (the caller picks the file, writes it and logs the export)."""
    from teamlead_app.reports.pop_form import render_pdf

    return render_pdf(pop_form_data(ctx, pop_id))


# --- the preparation form ----------------------------------------------------------------------


def _next_development_talk(ctx: ServiceContext, employee_id: int, today: date) -> date | None:
    with ctx.sessions() as session:
        when = session.scalar(
            select(Conversation.scheduled_at)
            .where(
                Conversation.employee_id == employee_id,
                Conversation.kind == "ontwikkel",
                Conversation.status == "planned",
                Conversation.scheduled_at >= datetime.combine(today, time()),
            )
            .order_by(Conversation.scheduled_at)
            .limit(1)
        )
    return when.date() if when is not None else None


def _team_lead(ctx: ServiceContext, team_id: int | None) -> str:
    if team_id is None:
        return ""
    with ctx.sessions() as session:
        return session.scalar(select(Team.lead_name).where(Team.id == team_id)) or ""


def pop_prep_data(
    ctx: ServiceContext, employee_id: int | None, *, today: date | None = None
) -> PopPrepData:
    """The preparation form for one person (name, function, team, lead and the date of the
    next planned development conversation filled in), or blank with `employee_id` None."""
    today = today or date.today()
    settings = get_settings(ctx)
    if employee_id is None:
        return PopPrepData(
            printed_on=today, company_name=settings.company_name, logo_path=settings.logo_path
        )
    row = get_employee(ctx, employee_id).row
    return PopPrepData(
        printed_on=today,
        employee_id=row.id,
        employee=row.full_name,
        function=row.function,
        team=row.team,
        lead_name=_team_lead(ctx, row.team_id) or settings.lead_name,
        conversation_on=_next_development_talk(ctx, row.id, today),
        company_name=settings.company_name,
        logo_path=settings.logo_path,
    )


def export_pop_prep(ctx: ServiceContext, employee_id: int | None) -> bytes:
    """The preparation form as PDF bytes: for one person, or blank with `employee_id` None."""
    from teamlead_app.reports.pop_prep import render_pdf

    return render_pdf(pop_prep_data(ctx, employee_id))
