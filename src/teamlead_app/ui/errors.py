"""The last line of defence: an unexpected error is logged and shown with a Copy button;
the app keeps running and typed text stays in its draft."""

from __future__ import annotations

import logging
import sys
import traceback
from collections.abc import Callable
from types import TracebackType
from typing import TypeVar

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from teamlead_app.errors import AppError, DatabaseBusyError, ServerConnectionError

log = logging.getLogger(__name__)

T = TypeVar("T")


def retry_when_busy(parent: QWidget | None, action: Callable[[], T]) -> T:
    """Run a save; while the database is busy (another program is writing) ask to try again.
    Cancel re-raises the DatabaseBusyError: the caller keeps the typed text and says so."""
    while True:
        try:
            return action()
        except DatabaseBusyError as exc:
            log.info("database busy during a save")
            answer = QMessageBox.warning(
                parent,
                QApplication.translate("Errors", "Database busy"),
                str(exc),
                QMessageBox.StandardButton.Retry | QMessageBox.StandardButton.Cancel,
                QMessageBox.StandardButton.Retry,
            )
            if answer != QMessageBox.StandardButton.Retry:
                raise


def show_error(parent: QWidget | None, exc: BaseException) -> None:
    """A user error (AppError) as a plain message; anything else as a bug report."""
    if isinstance(exc, AppError):
        QMessageBox.warning(parent, QApplication.translate("Errors", "Not possible"), str(exc))
        return
    _show_bug(parent, type(exc), exc, exc.__traceback__)


def _show_bug(
    parent: QWidget | None,
    kind: type[BaseException],
    exc: BaseException,
    tb: TracebackType | None,
) -> None:
    details = "".join(traceback.format_exception(kind, exc, tb))
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QApplication.translate("Errors", "Unexpected error"))
    box.setText(
        QApplication.translate(
            "Errors",
            "Something went wrong that the program did not expect. Your typed text is kept "
            "as a draft. Copy the details for the person who maintains the program.",
        )
    )
    box.setDetailedText(details)
    copy = box.addButton(
        QApplication.translate("Errors", "Copy"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.exec()
    if box.clickedButton() is copy:
        QApplication.clipboard().setText(details)


def _status_line_for(exc: ServerConnectionError) -> bool:
    """The company server went away during an action whose screen did not handle it (opening
    a page, a list): the window's status line says so, no dialog in the way. False when no
    window can show it."""
    log.warning("connection to the server lost")
    for widget in QApplication.topLevelWidgets():
        lost = getattr(widget, "connection_lost", None)
        if lost is not None and widget.isVisible():
            lost()
            return True
    return False


def install_excepthook() -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        if isinstance(exc, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(exc, ServerConnectionError) and _status_line_for(exc):
            return
        if isinstance(exc, AppError):
            # A message meant for the user (busy, read-only, ...): no traceback in the log.
            log.warning("%s not handled by its screen", kind.__name__)
            show_error(QApplication.activeWindow(), exc)
            return
        # The log's formatter leaves SQL parameters out of the traceback (note text).
        log.error("unexpected error", exc_info=(kind, exc, tb))
        _show_bug(QApplication.activeWindow(), kind, exc, tb)

    sys.excepthook = hook
