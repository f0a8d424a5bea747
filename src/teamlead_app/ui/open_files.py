"""After an export: "Openen" (the file in the default program) and "Map tonen" (its folder).
One place for every export, the same in the source run and in the frozen bundle.

A PyInstaller bundle on Linux runs with LD_LIBRARY_PATH and QT_PLUGIN_PATH pointing into the
bundle; a PDF viewer started from it would load our Qt and libraries and crash. Programs we
start get the user's own environment back (PyInstaller keeps it in LD_LIBRARY_PATH_ORIG)."""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

log = logging.getLogger(__name__)

OPEN, FOLDER, CLOSE = "open", "folder", "close"
_BUNDLE_ONLY = ("QT_PLUGIN_PATH", "QML2_IMPORT_PATH", "QT_QPA_PLATFORM_PLUGIN_PATH")


@contextlib.contextmanager
def system_environment() -> Iterator[None]:
    """While starting another program: the environment the user started us with."""
    if not getattr(sys, "frozen", False) or not sys.platform.startswith("linux"):
        yield
        return
    keys = ("LD_LIBRARY_PATH", *_BUNDLE_ONLY)
    saved = {key: os.environ.get(key) for key in keys}
    original = os.environ.get("LD_LIBRARY_PATH_ORIG")
    if original:
        os.environ["LD_LIBRARY_PATH"] = original
    else:
        os.environ.pop("LD_LIBRARY_PATH", None)
    for key in _BUNDLE_ONLY:
        os.environ.pop(key, None)
    try:
        yield
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def open_path(path: Path) -> bool:
    """Open a file or folder in the system's default program (spaces and letters such as
    `ü` are encoded by QUrl). False when the system has nothing to open it with."""
    with system_environment():
        done = QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
    if not done:
        log.warning("no program to open a .%s file", path.suffix.lstrip(".") or "folder")
    return bool(done)


def show_folder(path: Path) -> bool:
    """The folder `path` is in (or `path` itself when it is a folder)."""
    return open_path(path if path.is_dir() else path.parent)


class ExportDone:
    """The message after a file is saved: Openen, Map tonen, Sluiten."""

    @classmethod
    def build(cls, parent: QWidget | None, path: Path) -> tuple[QMessageBox, Any, Any]:
        """The box with its Openen and Map tonen buttons (Openen is the default)."""
        box = QMessageBox(parent)
        box.setIcon(QMessageBox.Icon.Information)
        box.setWindowTitle(QApplication.translate("OpenFiles", "Saved"))
        box.setText(QApplication.translate("OpenFiles", "Saved as {0}").format(path.name))
        box.setInformativeText(
            QApplication.translate("OpenFiles", "In the folder {0}").format(path.parent)
        )
        open_button = box.addButton(
            QApplication.translate("OpenFiles", "&Open"), QMessageBox.ButtonRole.AcceptRole
        )
        folder_button = box.addButton(
            QApplication.translate("OpenFiles", "Show &folder"), QMessageBox.ButtonRole.ActionRole
        )
        box.addButton(
            QApplication.translate("OpenFiles", "&Close"), QMessageBox.ButtonRole.RejectRole
        )
        box.setDefaultButton(open_button)
        return box, open_button, folder_button

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path) -> str:
        box, open_button, folder_button = cls.build(parent, path)
        box.exec()
        clicked = box.clickedButton()
        return OPEN if clicked is open_button else FOLDER if clicked is folder_button else CLOSE


def finish_export(parent: QWidget | None, path: Path) -> None:
    """Offer to open the saved file or its folder, and do it; say so when it cannot be done."""
    choice = ExportDone.ask(parent, path)
    if choice == CLOSE:
        return
    done = open_path(path) if choice == OPEN else show_folder(path)
    if not done:
        QMessageBox.warning(
            parent,
            QApplication.translate("OpenFiles", "Not possible"),
            QApplication.translate(
                "OpenFiles", "No program was found to open it. The file is in {0}."
            ).format(path.parent),
        )
