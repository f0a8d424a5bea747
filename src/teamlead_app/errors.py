"""The two kinds of error a user can act on; anything else is a bug."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


class AppError(Exception):
    """Base for errors with a message meant for the user (already in the user's language)."""


class ValidationError(AppError):
    """The user can fix the input: show the message, keep the form open."""

    def __init__(self, message: str, field: str | None = None) -> None:
        super().__init__(message)
        self.field = field


class NotFoundError(ValidationError):
    """A reference (id, personnel number, name) that points at nothing, or at more than one."""


class StorageError(AppError):
    """The database file cannot be used as asked (locked, read-only, corrupt, newer)."""


class DatabaseBusyError(StorageError):
    """Another program (or window) is writing to the database right now; trying again in a
    moment works."""


@dataclass(frozen=True)
class ConflictField:
    """One field of a record saved over by someone else: its label, what this user typed
    (mine) and what is stored now (theirs)."""

    label: str
    mine: str
    theirs: str


class ConflictError(AppError):
    """Someone else saved a newer version of the record since this form loaded it; nothing
    was written. Carries both versions: the numbers, when theirs was saved (if known) and the
    fields side by side, so the user can choose knowingly (ui/dialogs/conflict_dialog.py)."""

    def __init__(
        self,
        message: str,
        *,
        mine_version: int,
        theirs_version: int,
        changed_at: datetime | None = None,
        fields: tuple[ConflictField, ...] = (),
    ) -> None:
        super().__init__(message)
        self.mine_version = mine_version
        self.theirs_version = theirs_version
        self.changed_at = changed_at
        self.fields = fields


class ServerConnectionError(StorageError):
    """The connection to the company server dropped during work (the server restarted, the
    network went away). Nothing was saved; typed text is kept as a local draft, and the same
    action works again once the server is back."""
