"""Logging to a rotating file in the app's log folder. Personnel data never goes in here:
log ids and counts, never names or note text."""

from __future__ import annotations

import logging
from logging.handlers import RotatingFileHandler

from teamlead_app.config import log_dir


def setup_logging(console: bool = False) -> None:
    root = logging.getLogger()
    if root.handlers:
        return
    root.setLevel(logging.INFO)
    try:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True)
        handler: logging.Handler = RotatingFileHandler(
            folder / "teamlead.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if console:
        root.addHandler(logging.StreamHandler())
