"""SQLite's low-level errors of normal use as the app's own errors. Without SQLAlchemy, so the
start-up path (plain sqlite3) and the engine's error hook share one translation."""

from __future__ import annotations

import sqlite3

from teamlead_app.errors import DatabaseBusyError, StorageError
from teamlead_app.i18n import t


def busy_message() -> str:
    return t(
        "De database is even bezet, probeer het zo opnieuw.",
        "The database is busy, try again in a moment.",
    )


def storage_error_for(exc: BaseException) -> StorageError | None:
    """The app's error for a SQLite error of normal use (busy, read-only, disk full, I/O,
    damaged); None for anything else: a constraint or programming error is a bug."""
    if not isinstance(exc, sqlite3.DatabaseError):
        return None
    if isinstance(exc, sqlite3.IntegrityError | sqlite3.ProgrammingError):
        return None
    text = str(exc).lower()
    if "locked" in text or "busy" in text:
        return DatabaseBusyError(busy_message())
    if "readonly" in text or "read-only" in text:
        return StorageError(
            t(
                "De database kan nu niet worden gewijzigd (alleen-lezen). Er is niets opgeslagen.",
                "The database cannot be changed now (read-only). Nothing was saved.",
            )
        )
    if "full" in text:
        return StorageError(
            t(
                "De schijf is vol: er is niets opgeslagen. Maak ruimte vrij en probeer opnieuw.",
                "The disk is full: nothing was saved. Free some space and try again.",
            )
        )
    if "disk i/o" in text or "unable to open" in text:
        return StorageError(
            t(
                "De database kan niet worden gelezen of geschreven (schijf- of netwerkfout). "
                "Er is niets opgeslagen.",
                "The database cannot be read or written (disk or network error). "
                "Nothing was saved.",
            )
        )
    if "malformed" in text or "not a database" in text:
        return StorageError(
            t(
                "De database is beschadigd. Sluit het programma en open een back-up.",
                "The database is damaged. Close the program and open a backup.",
            )
        )
    return None
