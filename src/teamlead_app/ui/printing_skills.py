"""Save the skills matrix as XLSX or PDF (asked file name, atomic write, export log)."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QWidget

from teamlead_app.ui.printing import save_report

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext


def export_matrix(
    parent: QWidget, ctx: ServiceContext, team_id: int | None, fmt: str
) -> Path | None:
    from teamlead_app.services.exports.files import save_matrix

    if fmt == "xlsx":
        title = QApplication.translate("Printing", "Save skills matrix (Excel)")
        name = QApplication.translate("Printing", "skills-matrix.xlsx")
        file_filter = QApplication.translate("Printing", "Excel (*.xlsx)")
    else:
        title = QApplication.translate("Printing", "Print skills matrix (PDF)")
        name = QApplication.translate("Printing", "skills-matrix.pdf")
        file_filter = QApplication.translate("Printing", "PDF (*.pdf)")
    return save_report(
        parent,
        title,
        name,
        file_filter,
        lambda path: save_matrix(ctx, team_id, fmt, path),
    )


def export_rotations(
    parent: QWidget,
    ctx: ServiceContext,
    team_id: int | None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> Path | None:
    """The rotation schedule (A4 landscape) of the period, by default the coming quarter."""
    from teamlead_app.services.exports.files import save_rotations

    return save_report(
        parent,
        QApplication.translate("Printing", "Print rotation schedule (PDF)"),
        QApplication.translate("Printing", "rotation-schedule.pdf"),
        QApplication.translate("Printing", "PDF (*.pdf)"),
        lambda path: save_rotations(ctx, team_id, date_from, date_to, path),
    )


def export_competence(
    parent: QWidget, ctx: ServiceContext, employee_id: int, person: str
) -> Path | None:
    """The Bewijs van bekwaamheid of one person (the same service as the CLI)."""
    from teamlead_app.services.exports.files import save_competence
    from teamlead_app.util.dates import format_date
    from teamlead_app.util.files import safe_file_name

    name = QApplication.translate("Printing", "Proof of competence {0} {1}").format(
        person, format_date(date.today())
    )
    return save_report(
        parent,
        QApplication.translate("Printing", "Print proof of competence (PDF)"),
        safe_file_name(name, ".pdf"),
        QApplication.translate("Printing", "PDF (*.pdf)"),
        lambda path: save_competence(ctx, employee_id, path),
    )
