#!/usr/bin/env python3
"""Development aid: screenshots of the real main window with a database, offscreen.

    .venv/bin/python tools/screens.py DB.sqlite OUTDIR [page ...]
Pages: overview people conversations development reports settings, or
profile:ID, conversation:ID, pop:ID. Prints the PNG paths."""

from __future__ import annotations

import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from teamlead_app.services.storage.database import open_database
from teamlead_app.ui.main_window import MainWindow
from teamlead_app.ui.translations import install_language


def main(argv: list[str]) -> None:
    db_path, out = Path(argv[0]), Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication(sys.argv[:1])
    app.setOrganizationName("TeamleadScreens")
    install_language(app, os.environ.get("TEAMLEAD_LANG", "nl"))
    window = MainWindow()
    window.resize(1280, 800)
    db = open_database(db_path)
    window.attach(db)
    window.show()
    for name in argv[2:] or ["overview", "people", "conversations", "settings"]:
        key, _, ref = name.partition(":")
        if key == "profile":
            window.open_employee(int(ref))
        elif key == "conversation":
            window.open_conversation(int(ref))
        elif key == "pop":
            window.open_pop(int(ref))  # type: ignore[attr-defined]
        else:
            window.show_page(key)
        for _ in range(3):  # layout requests chain; let them settle as on a real screen
            app.processEvents()
        target = out / f"{name.replace(':', '-')}.png"
        window.grab().save(str(target))
        print(target)
    db.close()


if __name__ == "__main__":
    main(sys.argv[1:])
