"""The conversation summary (gespreksverslag) and the preparation sheet for the next
conversation (voorbereidingsblad): their data and their bytes.

Same shape as roster.py: `*_data` gathers plain frozen data (no session) for the builders in
`teamlead_app.reports`, `export_*` lays it out. ReportLab is imported inside the `export_*`
functions only, so the GUI does not pay for it at start-up.

What never gets in (domain.md §5):
- the lead's private notes (werkaantekening): not in the summary, which may go to the
  employee and into the HR file, and not on the preparation sheet either, because paper
  travels (left on a workbench, taken home). The data types have no place for them.
- the score on the summary: it is the lead's own sense of how it goes, not a judgement for HR.
  The preparation sheet is the lead's working paper and shows the trend.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time

from sqlalchemy import select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import AgreementFollowUp, Conversation, Team
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import t
from teamlead_app.records.conversation_reports import (
    LastConversation,
    NextConversation,
    OpenAgreement,
    PrepData,
    SummaryData,
)
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.conversations.hold import get_conversation
from teamlead_app.services.conversations.queries import (
    last_held_conversation,
    open_agreements,
    score_history,
)
from teamlead_app.services.development.goals import active_goals
from teamlead_app.services.people.employees import get_employee
from teamlead_app.services.skills.certificates import certificate_alerts

__all__ = [
    "LastConversation",
    "NextConversation",
    "OpenAgreement",
    "PrepData",
    "SummaryData",
    "export_prep",
    "export_summary",
    "prep_data",
    "summary_data",
]

SCORE_POINTS = 12  # the trend covers about a year of monthly conversations


# --- the conversation summary ------------------------------------------------------------------


def summary_data(
    ctx: ServiceContext, conversation_id: int, *, today: date | None = None
) -> SummaryData:
    """Everything the summary prints. NotFoundError for an unknown conversation; a cancelled
    one has no summary (ValidationError). A planned one prints, marked as not yet held, so
    the lead can take the questions and the earlier agreements along on paper."""
    view = get_conversation(ctx, conversation_id)
    if view.status == "cancelled":
        raise ValidationError(
            t(
                "Een geannuleerd gesprek heeft geen verslag.",
                "A cancelled conversation has no summary.",
            )
        )
    settings = get_settings(ctx)
    shared = replace(
        view.without_private_notes(),
        score=None,
        lead_name=view.lead_name or settings.lead_name,
    )
    return SummaryData(
        conversation=shared,
        printed_on=today or date.today(),
        company_name=settings.company_name,
        logo_path=settings.logo_path,
    )


def export_summary(ctx: ServiceContext, conversation_id: int) -> bytes:
    """The summary as PDF bytes (the caller picks the file, writes it and logs the export)."""
    from teamlead_app.reports.summary import render_pdf

    return render_pdf(summary_data(ctx, conversation_id))


# --- the preparation sheet ---------------------------------------------------------------------


def _next_conversation(
    ctx: ServiceContext, employee_id: int, today: date
) -> NextConversation | None:
    query = (
        select(
            Conversation.id,
            Conversation.scheduled_at,
            Conversation.kind,
            Conversation.duration_minutes,
        )
        .where(
            Conversation.employee_id == employee_id,
            Conversation.status == "planned",
            Conversation.scheduled_at >= datetime.combine(today, time()),
        )
        .order_by(Conversation.scheduled_at, Conversation.id)
        .limit(1)
    )
    with ctx.sessions() as session:
        row = session.execute(query).first()
    if row is None:
        return None
    conversation_id, scheduled_at, kind, minutes = row
    return NextConversation(conversation_id, scheduled_at, kind, minutes)


def _last_conversation(ctx: ServiceContext, employee_id: int) -> LastConversation | None:
    conversation_id = last_held_conversation(ctx, employee_id)
    if conversation_id is None:
        return None
    view = get_conversation(ctx, conversation_id).without_private_notes()
    return LastConversation(
        view.id, view.day, view.kind, view.shared_summary, view.employee_response
    )


def _last_comments(ctx: ServiceContext, ids: list[int]) -> dict[int, tuple[str, date]]:
    """Per agreement the latest follow-up with a comment, in one query."""
    if not ids:
        return {}
    query = (
        select(
            AgreementFollowUp.agreement_id,
            AgreementFollowUp.comment,
            Conversation.held_on,
            Conversation.scheduled_at,
        )
        .join(Conversation, Conversation.id == AgreementFollowUp.conversation_id)
        .where(AgreementFollowUp.agreement_id.in_(ids), AgreementFollowUp.comment != "")
        .order_by(Conversation.scheduled_at, AgreementFollowUp.id)
    )
    with ctx.sessions() as session:
        rows = session.execute(query).all()
    # Oldest first: the later ones overwrite, so the latest remains.
    return {aid: (comment, held or at.date()) for aid, comment, held, at in rows}


def _open_agreements(ctx: ServiceContext, employee_id: int) -> tuple[OpenAgreement, ...]:
    rows = open_agreements(ctx, employee_id)
    comments = _last_comments(ctx, [row.id for row in rows])
    result: list[OpenAgreement] = []
    for row in rows:
        comment, on = comments.get(row.id, ("", None))
        result.append(OpenAgreement(row, comment, on))
    return tuple(result)


def _team_lead(ctx: ServiceContext, team_id: int | None) -> str:
    if team_id is None:
        return ""
    with ctx.sessions() as session:
        return session.scalar(select(Team.lead_name).where(Team.id == team_id)) or ""


def prep_data(ctx: ServiceContext, employee_id: int, *, today: date | None = None) -> PrepData:
    """Everything the preparation sheet prints; NotFoundError for an unknown person."""
    today = today or date.today()
    row = get_employee(ctx, employee_id).row
    settings = get_settings(ctx)
    return PrepData(
        employee_id=row.id,
        employee=row.full_name,
        personnel_number=row.personnel_number,
        function=row.function,
        team=row.team,
        lead_name=_team_lead(ctx, row.team_id) or settings.lead_name,
        date_in_service=row.date_in_service,
        next_conversation=_next_conversation(ctx, row.id, today),
        last_conversation=_last_conversation(ctx, row.id),
        open_agreements=_open_agreements(ctx, row.id),
        scores=tuple(score_history(ctx, row.id, SCORE_POINTS)),
        goals=tuple(active_goals(ctx, row.id)),
        printed_on=today,
        company_name=settings.company_name,
        logo_path=settings.logo_path,
        certificates=tuple(
            certificate_alerts(
                ctx, employee_id=row.id, today=today, warning_days=settings.certificate_warning_days
            )
        ),
    )


def export_prep(ctx: ServiceContext, employee_id: int) -> bytes:
    """The preparation sheet as PDF bytes (the caller writes the file and logs the export)."""
    from teamlead_app.reports.prep import render_pdf

    return render_pdf(prep_data(ctx, employee_id))
