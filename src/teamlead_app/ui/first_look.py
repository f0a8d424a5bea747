"""The fast first screen's safety: take the database's lock and read the overview with plain
sqlite3 (data/first_screen.py) only when today's way of opening would open the file as it is.
No Qt and no SQLAlchemy (the window paints this before either the ORM or the services load).

- no file (first start, a mistyped --db): nothing is taken, today's path decides;
- open in another window or command (the lock is held): nothing is read, today's path says so;
- the last session did not end cleanly: the lock is kept for today's path, which checks the
  whole file first, and nothing is shown before that;
- a file to migrate, from a newer version, damaged, busy or with a journal left by a crash:
  read_first_screen gives None and today's path opens it with its usual checks and dialogs."""

from __future__ import annotations

from pathlib import Path

from teamlead_app.config import DbPaths
from teamlead_app.data.filelock import DbLock
from teamlead_app.data.first_screen import read_first_screen
from teamlead_app.errors import StorageError
from teamlead_app.records.overview import FirstScreen


def take_first_look(path: Path) -> tuple[DbLock | None, FirstScreen | None]:
    """(the lock, taken for the session to use, or None) and the first screen (or None)."""
    try:
        if not path.is_file():
            return None, None
    except OSError:
        return None, None
    lock = DbLock(DbPaths(path).lock)
    try:
        lock.acquire()
    except StorageError:
        return None, None  # open elsewhere, or the folder is not writable: today's path says so
    if not lock.previous_exit_clean:
        return lock, None
    return lock, read_first_screen(path)
