"""HR's yearly overview saved as a file, from any page (Rapporten, Bedrijfsoverzicht): ask
where, build it off the UI thread with progress and Cancel, then write and log it in one
service call (save_overview). One piece, so both pages behave the same."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThread
from PySide6.QtWidgets import QMessageBox, QWidget

from teamlead_app.errors import AppError
from teamlead_app.services.exports.files import save_overview
from teamlead_app.ui.errors import show_error
from teamlead_app.ui.jobs import run_with_progress
from teamlead_app.ui.open_files import finish_export
from teamlead_app.ui.printing import ask_save_path
from teamlead_app.util.progress import Cancelled, Progress

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext


class YearOverviewExport(QObject):
    def __init__(self, page: QWidget, ctx: ServiceContext) -> None:
        super().__init__(page)
        self._page = page
        self._db = ctx
        self.job: QThread | None = None

    def start(self, year: int, team_id: int | None, fmt: str) -> QThread | None:
        """Ask for the file, then build the overview in a worker; returns the running job
        (None when the user chose no file)."""
        from teamlead_app.services.exports.year_overview import export_overview

        filters = {
            "pdf": self.tr("PDF (*.pdf)"),
            "xlsx": self.tr("Excel (*.xlsx)"),
            "csv": self.tr("CSV (*.csv)"),
        }
        name = self.tr("pop-overview-{0}").format(year) + f".{fmt}"
        path = ask_save_path(self._page, self.tr("Save yearly overview"), name, filters[fmt])
        if path is None:
            return None
        db = self._db

        def work(progress: Progress) -> bytes:
            return export_overview(db, year, team_id, fmt, progress)

        def done(data: bytes) -> None:
            try:
                save_overview(db, year, team_id, path, data)
            except AppError as exc:
                show_error(self._page, exc)
                return
            finish_export(self._page, path)

        self.job = run_with_progress(
            self._page, self.tr("Making the yearly overview…"), work, done, self.failed
        )
        return self.job

    def failed(self, exc: BaseException) -> None:
        if isinstance(exc, Cancelled):
            QMessageBox.information(
                self._page, self.tr("Cancelled"), self.tr("Cancelled; no file was written.")
            )
        else:
            show_error(self._page, exc)
