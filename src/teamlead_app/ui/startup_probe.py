"""For the benchmarks only: when TEAMLEAD_STARTUP_PROBE names a file, record the moments the
window is shown, the data is on screen (the fast first screen, or the full page when there is
none) and the full app has taken over (seconds since the epoch, JSON), then quit. With each
moment, whether SQLAlchemy was imported by then (`loaded`: the names of those moments)."""

from __future__ import annotations

import json
import os
import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

_marks: dict[str, float] = {}
_loaded: list[str] = []


def active() -> bool:
    return bool(os.environ.get("TEAMLEAD_STARTUP_PROBE"))


def mark(name: str) -> None:
    if not active():
        return
    if name in _marks:
        return  # the first time counts ("data": the first screen, if there was one)
    QApplication.processEvents()
    _marks[name] = time.time()
    if "sqlalchemy" in sys.modules:
        _loaded.append(name)
    if name == "ready":
        record = {**_marks, "loaded": _loaded}
        Path(os.environ["TEAMLEAD_STARTUP_PROBE"]).write_text(json.dumps(record))
        QApplication.quit()
