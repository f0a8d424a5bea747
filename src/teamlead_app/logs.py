"""Logging to a rotating file in the app's log folder. Personnel data never goes in here:
log ids and counts, never names or note text.

Three guards keep SQL parameters (which hold note text) out: the engine hides them from its
exception texts (`hide_parameters`), SQLAlchemy's own statement logging stays off whatever the
root level, and the formatter blanks any `[parameters: ...]` line that still shows up. The log
folder is 0700 and the files 0600 on Linux (on Windows the user's own profile folder)."""

from __future__ import annotations

import logging
import os
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path
from typing import Any

from teamlead_app.config import log_dir
from teamlead_app.util.private import FILE_MODE, make_private_folder, tighten

_PARAMETERS = re.compile(r"\[parameters: [^\n]*")
HIDDEN = "[parameters: hidden]"


def scrub(text: str) -> str:
    """`text` without the SQL parameters an exception text may carry."""
    return _PARAMETERS.sub(HIDDEN, text)


class PrivateFormatter(logging.Formatter):
    """Formats like logging.Formatter, then blanks SQL parameters in message and traceback."""

    def format(self, record: logging.LogRecord) -> str:
        return scrub(super().format(record))


class PrivateFileHandler(RotatingFileHandler):
    """A rotating log whose files are created readable by the user only."""

    def _open(self) -> Any:
        fd = os.open(self.baseFilename, os.O_WRONLY | os.O_APPEND | os.O_CREAT, FILE_MODE)
        os.close(fd)
        tighten(Path(self.baseFilename))
        return super()._open()


def setup_logging(console: bool = False, force: bool = False) -> logging.Handler | None:
    """The rotating log file (once per process; `force` adds it even when the root logger
    has handlers already, as under pytest). Returns the file's handler."""
    root = logging.getLogger()
    if root.handlers and not force:
        return None
    root.setLevel(logging.INFO)
    # SQLAlchemy echoes statements (with parameters) when its logger is at INFO, which it
    # inherits from the root: keep it at warnings whatever the root level is.
    logging.getLogger("sqlalchemy").setLevel(logging.WARNING)
    try:
        folder = log_dir()
        make_private_folder(folder)
        handler: logging.Handler = PrivateFileHandler(
            folder / "teamlead.log", maxBytes=1_000_000, backupCount=3, encoding="utf-8"
        )
    except OSError:
        handler = logging.NullHandler()
    formatter = PrivateFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s")
    handler.setFormatter(formatter)
    root.addHandler(handler)
    if console:
        stream = logging.StreamHandler()
        stream.setFormatter(formatter)
        root.addHandler(stream)
    return handler
