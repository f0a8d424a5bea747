"""Save a report: ask for a file name, build the bytes, write atomically, offer to open it
(or its folder: `open_files.finish_export`, shared by every export)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QFileDialog, QWidget

from teamlead_app.errors import AppError
from teamlead_app.ui.errors import show_error
from teamlead_app.ui.open_files import finish_export

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext


def ask_save_path(parent: QWidget, title: str, suggested: str, file_filter: str) -> Path | None:
    folder = str(QSettings().value("export/folder", str(Path.home())))
    name, _ = QFileDialog.getSaveFileName(parent, title, str(Path(folder) / suggested), file_filter)
    if not name:
        return None
    path = Path(name)
    QSettings().setValue("export/folder", str(path.parent))
    return path


def save_report(
    parent: QWidget,
    title: str,
    suggested: str,
    file_filter: str,
    save: Callable[[Path], object],
) -> Path | None:
    """Ask where, then let the export's service (services/exports/files.py, the same one the
    CLI uses) build, write and log the file, all or nothing; errors become messages."""
    path = ask_save_path(parent, title, suggested, file_filter)
    if path is None:
        return None
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        save(path)
    except AppError as exc:
        QGuiApplication.restoreOverrideCursor()
        show_error(parent, exc)
        return None
    QGuiApplication.restoreOverrideCursor()
    finish_export(parent, path)
    return path


def export_roster(parent: QWidget, ctx: ServiceContext, team_id: int | None) -> Path | None:
    from teamlead_app.services.exports.files import save_roster

    return save_report(
        parent,
        QApplication.translate("Printing", "Save team roster"),
        QApplication.translate("Printing", "team-roster.pdf"),
        QApplication.translate("Printing", "PDF (*.pdf)"),
        lambda path: save_roster(ctx, team_id, path),
    )
