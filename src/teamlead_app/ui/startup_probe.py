"""For the benchmarks only: when TEAMLEAD_STARTUP_PROBE names a file, record the moments the
window is shown and the data is on screen (seconds since the epoch, JSON), then quit."""

from __future__ import annotations

import json
import os
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication

_marks: dict[str, float] = {}


def active() -> bool:
    return bool(os.environ.get("TEAMLEAD_STARTUP_PROBE"))


def mark(name: str) -> None:
    if not active():
        return
    QApplication.processEvents()
    _marks[name] = time.time()
    if name == "data":
        Path(os.environ["TEAMLEAD_STARTUP_PROBE"]).write_text(json.dumps(_marks))
        QApplication.quit()
