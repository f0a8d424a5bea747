"""The matrix on paper and in Excel: gathering the data (plain, no session) and building the
bytes. ReportLab and XlsxWriter are imported only when an export runs."""

from __future__ import annotations

from datetime import date

from teamlead_app.data.context import ServiceContext
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.records.skills import MatrixExportData, MatrixSection
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.people.teams import list_teams
from teamlead_app.services.skills.coverage import matrix_view


def matrix_data(
    ctx: ServiceContext, team_id: int | None, today: date | None = None
) -> MatrixExportData:
    """The matrix of one team, or of every team (a section each: people of one team are
    never set against another team's skills)."""
    today = today or date.today()
    teams = list_teams(ctx)
    if team_id is not None:
        teams = [x for x in teams if x.id == team_id]
        if not teams:
            raise NotFoundError(t("Team niet gevonden.", "Team not found."))
    days = get_settings(ctx).certificate_warning_days
    sections = []
    for team in teams:
        view = matrix_view(ctx, team_id=team.id, today=today, warning_days=days)
        if view.skills or team_id is not None:
            sections.append(MatrixSection(team.name, view))
    config = get_settings(ctx)
    return MatrixExportData(
        tuple(sections),
        teams[0].name if team_id is not None else "",
        today,
        config.company_name,
        config.logo_path,
    )


def export_matrix(
    ctx: ServiceContext, team_id: int | None, fmt: str, today: date | None = None
) -> bytes:
    """The matrix as XLSX or PDF bytes (the caller writes the file and logs the export)."""
    data = matrix_data(ctx, team_id, today)
    if fmt == "xlsx":
        from teamlead_app.reports.matrix_xlsx import render_xlsx

        return render_xlsx(data)
    if fmt == "pdf":
        from teamlead_app.reports.matrix_pdf import render_pdf

        return render_pdf(data)
    raise ValidationError(
        t(
            f"Onbekend formaat '{fmt}': kies .xlsx of .pdf.",
            f"Unknown format '{fmt}': choose .xlsx or .pdf.",
        )
    )
