"""The matrix on paper and in Excel: gathering the data (plain, no session) and building the
bytes. ReportLab and XlsxWriter are imported only when an export runs."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from teamlead_app.data.db import Database
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.services.people import list_teams
from teamlead_app.services.settings import get_settings
from teamlead_app.services.skill_coverage import MatrixView, matrix_view


@dataclass(frozen=True)
class MatrixExportData:
    view: MatrixView
    team: str
    printed_on: date
    company_name: str = ""
    logo_path: str = ""


def matrix_data(db: Database, team_id: int | None, today: date | None = None) -> MatrixExportData:
    today = today or date.today()
    team = ""
    if team_id is not None:
        found = [x.name for x in list_teams(db) if x.id == team_id]
        if not found:
            raise NotFoundError(t("Team niet gevonden.", "Team not found."))
        team = found[0]
    config = get_settings(db)
    view = matrix_view(
        db, team_id=team_id, today=today, warning_days=config.certificate_warning_days
    )
    return MatrixExportData(view, team, today, config.company_name, config.logo_path)


def export_matrix(db: Database, team_id: int | None, fmt: str, today: date | None = None) -> bytes:
    """The matrix as XLSX or PDF bytes (the caller writes the file and logs the export)."""
    data = matrix_data(db, team_id, today)
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
