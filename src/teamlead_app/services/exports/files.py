"""Every export as one use case, the same for the GUI and the CLI: build the file, write it all
or nothing and record it in the export log with ids only (through `export_log.save_export`).
The scope of each kind of export is decided here, once, so the log reads the same whichever
way an export was started, and the access export can find every export about a person.
The access export itself is `privacy.write_access_export`; a backup `storage.make_backup`."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Conversation, Pop
from teamlead_app.errors import NotFoundError
from teamlead_app.i18n import t
from teamlead_app.services.exports.calendar import CalendarExport, export_calendar
from teamlead_app.services.storage.export_log import save_export


def _team(team_id: int | None) -> str:
    return f"team={team_id or 'all'}"


def save_roster(ctx: ServiceContext, team_id: int | None, path: Path) -> Path:
    from teamlead_app.services.exports.roster import export_roster

    return save_export(ctx, "roster", _team(team_id), path, export_roster(ctx, team_id))


def save_summary(ctx: ServiceContext, conversation_id: int, path: Path) -> Path:
    from teamlead_app.services.exports.conversations import export_summary

    data = export_summary(ctx, conversation_id)  # an unknown id: its own message
    with ctx.sessions() as session:
        employee_id = session.scalar(
            select(Conversation.employee_id).where(Conversation.id == conversation_id)
        )
    scope = f"conversation={conversation_id} employee={employee_id}"
    return save_export(ctx, "summary", scope, path, data)


def save_prep(ctx: ServiceContext, employee_id: int, path: Path) -> Path:
    from teamlead_app.services.exports.conversations import export_prep

    return save_export(ctx, "prep", f"employee={employee_id}", path, export_prep(ctx, employee_id))


def save_calendar(
    ctx: ServiceContext, team_id: int | None, date_from: date, date_to: date | None, path: Path
) -> CalendarExport:
    export = export_calendar(ctx, team_id, date_from, date_to)
    scope = f"{_team(team_id)} from={date_from}" + (f" to={date_to}" if date_to else "")
    save_export(ctx, "calendar", scope, path, export.content)
    return export


def save_pop(ctx: ServiceContext, pop_id: int, path: Path) -> Path:
    from teamlead_app.services.exports.pop import export_pop

    with ctx.sessions() as session:
        found = session.execute(
            select(Pop.employee_id, Pop.period_start).where(Pop.id == pop_id)
        ).first()
    if found is None:
        raise NotFoundError(t("POP niet gevonden.", "POP not found."))
    scope = f"employee={found[0]} pop={pop_id} year={found[1].year}"
    return save_export(ctx, "pop", scope, path, export_pop(ctx, pop_id))


def save_pop_prep(ctx: ServiceContext, employee_id: int | None, path: Path) -> Path:
    from teamlead_app.services.exports.pop import export_pop_prep

    scope = f"employee={employee_id}" if employee_id is not None else "blank"
    return save_export(ctx, "pop_prep", scope, path, export_pop_prep(ctx, employee_id))


def save_overview(
    ctx: ServiceContext, year: int, team_id: int | None, path: Path, data: bytes
) -> Path:
    """The yearly overview, built beforehand (the GUI builds it off the UI thread)."""
    return save_export(ctx, "overview", f"year={year} {_team(team_id)}", path, data)


def save_matrix(ctx: ServiceContext, team_id: int | None, fmt: str, path: Path) -> Path:
    from teamlead_app.services.exports.matrix import export_matrix

    scope = f"{_team(team_id)} format={fmt}"
    return save_export(ctx, "matrix", scope, path, export_matrix(ctx, team_id, fmt))


def save_rotations(
    ctx: ServiceContext,
    team_id: int | None,
    date_from: date | None,
    date_to: date | None,
    path: Path,
) -> Path:
    from teamlead_app.services.exports.rotations import export_schedule

    scope = _team(team_id)
    scope += f" from={date_from}" if date_from else ""
    scope += f" to={date_to}" if date_to else ""
    return save_export(
        ctx, "rotations", scope, path, export_schedule(ctx, team_id, date_from, date_to)
    )


def save_competence(ctx: ServiceContext, employee_id: int, path: Path) -> Path:
    from teamlead_app.services.exports.rotations import export_competence

    data = export_competence(ctx, employee_id)
    return save_export(ctx, "competence", f"employee={employee_id}", path, data)


def save_pairing_card(ctx: ServiceContext, pairing_id: int, path: Path) -> Path:
    """The pairing agreement card; scoped by the pairing and both people's ids."""
    from teamlead_app.reports.pairing_card import render_pdf
    from teamlead_app.services.exports.pairing_card import pairing_card_data

    data = pairing_card_data(ctx, pairing_id)  # an unknown id: its own message
    p = data.pairing
    scope = f"pairing={pairing_id} employee={p.mentee_id} mentor={p.mentor_id}"
    return save_export(ctx, "pairing", scope, path, render_pdf(data))


def save_onboarding_plan(ctx: ServiceContext, employee_id: int, path: Path) -> Path:
    """A newcomer's onboarding plan (inwerkplan); scoped by the person and their buddy."""
    from teamlead_app.reports.onboarding_pdf import render_pdf
    from teamlead_app.services.pairings.onboarding_views import onboarding_pdf_data

    data = onboarding_pdf_data(ctx, employee_id)  # no plan: its own message
    buddy = data.plan.buddy
    scope = f"employee={employee_id}" + (f" pairing={buddy.pairing_id}" if buddy else "")
    return save_export(ctx, "onboarding", scope, path, render_pdf(data))
