"""The last line of defence: an unexpected error is logged and shown with a Copy button;
the app keeps running and typed text stays in its draft."""

from __future__ import annotations

import logging
import sys
import traceback
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from teamlead_app.errors import AppError

log = logging.getLogger(__name__)


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


def install_excepthook() -> None:
    def hook(kind: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.error("unexpected error", exc_info=(kind, exc, tb))
        if isinstance(exc, KeyboardInterrupt):
            QApplication.quit()
            return
        if isinstance(exc, AppError):
            show_error(QApplication.activeWindow(), exc)
            return
        _show_bug(QApplication.activeWindow(), kind, exc, tb)

    sys.excepthook = hook
