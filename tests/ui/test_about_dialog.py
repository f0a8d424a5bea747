"""Over Teamlead: the version of the installed package, where the database, backups and logs
live (paths with spaces and diacritics), the licences of what ships; reached from the Help
menu of the main window."""

from __future__ import annotations

import importlib.metadata
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from teamlead_app.config import log_dir
from teamlead_app.licences import COMPONENTS
from teamlead_app.ui.dialogs import about_dialog
from teamlead_app.ui.dialogs.about_dialog import AboutDialog
from teamlead_app.ui.main_window import MainWindow


@pytest.fixture
def db_file(tmp_path: Path) -> Path:
    return tmp_path / "C Users" / "Jürgen Müller" / "team lead.sqlite"


def test_shows_version_data_folders_and_licences(qtbot: QtBot, db_file: Path) -> None:
    dialog = AboutDialog(None, db_file)
    qtbot.addWidget(dialog)
    texts = " ".join(label.text() for label in dialog.findChildren(about_dialog.QLabel))
    assert importlib.metadata.version("teamlead-app") in texts
    assert dialog.data_labels["db"].property("path") == str(db_file)
    assert dialog.data_labels["backups"].property("path") == str(db_file.parent / "backups")
    assert dialog.data_labels["logs"].property("path") == str(log_dir())
    assert "Jürgen Müller" in dialog.data_labels["db"].text()
    shown = [dialog.licences.topLevelItem(i).text(0) for i in range(len(COMPONENTS))]
    assert shown == [c.name for c in COMPONENTS]
    licences = {dialog.licences.topLevelItem(i).text(2) for i in range(len(COMPONENTS))}
    assert {"LGPL-3.0-only", "BSD-3-Clause", "MIT"} <= licences
    qt_row = dialog.licences.topLevelItem(1)
    assert qt_row.text(1) == importlib.metadata.version("PySide6-Essentials")


def test_a_data_link_opens_its_folder(
    qtbot: QtBot, db_file: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    db_file.parent.mkdir(parents=True)
    opened: list[Path] = []
    monkeypatch.setattr(about_dialog, "open_path", lambda path: opened.append(path) or True)
    dialog = AboutDialog(None, db_file)
    qtbot.addWidget(dialog)
    dialog.data_labels["db"].linkActivated.emit("file://x")
    assert opened == [db_file.parent]


def test_the_help_menu_opens_it(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    asked: list[object] = []
    monkeypatch.setattr(AboutDialog, "ask", classmethod(lambda cls, p, path: asked.append(path)))
    window = MainWindow()
    qtbot.addWidget(window)
    menus = {action.text(): action.menu() for action in window.menuBar().actions()}
    help_menu = menus["&Help"]
    about = next(a for a in help_menu.actions() if a.text() == "&About Teamlead")
    about.trigger()
    assert asked == [None]  # no database open yet: the dialog shows the default place
