"""Start the GUI: the window shows first, the database opens right after (so a slow
migration or SQLAlchemy's import never delays the first paint)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from teamlead_app import APP_NAME, ORG_NAME
from teamlead_app.config import default_db_path, is_server_url
from teamlead_app.data.migrate import read_setting_fast
from teamlead_app.ui import startup_probe
from teamlead_app.ui.errors import install_excepthook
from teamlead_app.ui.identity import app_icon
from teamlead_app.ui.main_window import MainWindow
from teamlead_app.ui.session import DatabaseSession
from teamlead_app.ui.translations import install_language, log_problems


def _options(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="teamlead-app", add_help=False)
    parser.add_argument("--db")  # a file, or a server: postgresql+psycopg://user@host/db
    parser.add_argument("--lang", choices=["nl", "en"])
    return parser.parse_known_args(argv)[0]


def stored_language(path: Path) -> str:
    raw = read_setting_fast(path, "language")
    try:
        value = json.loads(raw) if raw else "nl"
    except ValueError:
        value = "nl"
    return value if value in ("nl", "en") else "nl"


def run_gui(argv: list[str]) -> int:
    options = _options(argv)
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORG_NAME)
    app.setApplicationName(APP_NAME)
    server_url = options.db if options.db and is_server_url(options.db) else None
    path = Path(options.db) if options.db and not server_url else default_db_path()
    install_language(app, options.lang or ("nl" if server_url else stored_language(path)))
    app.setWindowIcon(app_icon())
    install_excepthook()
    window = MainWindow()
    window.show()
    # Paint the window before SQLAlchemy is imported and the file is opened.
    app.processEvents()
    startup_probe.mark("window")
    # The overview read with plain sqlite3 and painted before SQLAlchemy is imported; the
    # full page takes over once the database is open (ui/first_look.py says when it is not).
    from teamlead_app.ui.first_look import take_first_look

    lock = None
    if server_url is None and window.wants_first_screen():  # a file only: read with sqlite3
        lock, screen = take_first_look(path)
        if screen is not None:
            window.show_first_screen(screen)
            app.processEvents()
            startup_probe.mark("data")
    from teamlead_app.logs import setup_logging

    setup_logging()
    log_problems()  # a missing translation, now that the log file is there
    session = DatabaseSession(window, language_forced=options.lang is not None)

    def open_data() -> None:
        if server_url:
            session.open_server(server_url)
        elif session.open(path, lock=lock):
            startup_probe.mark("data")  # when there was no first screen
            startup_probe.mark("ready")

    QTimer.singleShot(0, open_data)
    code = app.exec()
    session.close()
    return code
