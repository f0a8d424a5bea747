"""Two leads at once: a record edited in a form carries the edit version it was loaded with
(migration 0009). Saving compares it with the stored one; when someone else saved in between,
the save raises ConflictError with both versions and writes nothing.

Two guards, because the check and the write are two statements:
- `check_version` inside the save's transaction: the stored version is newer than the form's
  -> ConflictError with the fields side by side (the usual case: the other lead saved minutes
  ago).
- the mapper's `version_id_col` (models.py): the UPDATE says `WHERE id = ? AND version = ?`,
  so a save that committed between our read and our write makes ours touch no row and the
  ORM raises StaleDataError (on PostgreSQL the second UPDATE waits for the first to commit,
  then finds the version moved on). `retry_when_stale` runs the save once more: its check
  then sees the newer version and raises the full ConflictError.

A draft without a version (None: the command line, the importer, the demo) is not checked; it
saves over what is stored, as one transaction always did.
"""

from __future__ import annotations

import functools
from collections.abc import Callable, Sequence
from datetime import datetime
from typing import ParamSpec, Protocol, TypeVar

from sqlalchemy.orm.attributes import flag_modified
from sqlalchemy.orm.exc import StaleDataError

from teamlead_app.errors import ConflictError, ConflictField
from teamlead_app.i18n import t

P = ParamSpec("P")
R = TypeVar("R")

CONVERSATION = "conversation"
POP = "pop"
GOAL = "goal"
EMPLOYEE = "employee"
AGREEMENT = "agreement"
ROTATION = "rotation"
PAIRING = "pairing"


class Versioned(Protocol):
    version: int


def _what(kind: str) -> str:
    nouns = {
        CONVERSATION: t("dit gesprek", "this conversation"),
        POP: t("dit POP", "this POP"),
        GOAL: t("dit ontwikkeldoel", "this development goal"),
        EMPLOYEE: t("deze medewerker", "this employee"),
        AGREEMENT: t("een afspraak van dit gesprek", "an agreement of this conversation"),
        ROTATION: t("deze roulatie", "this rotation"),
        PAIRING: t("dit koppel", "this pairing"),
    }
    return nouns[kind]


def conflict_message(kind: str, theirs_version: int, changed_at: datetime | None) -> str:
    """'Iemand anders heeft dit gesprek intussen gewijzigd (versie 3, 07-12-2026 10:14).
    Jouw wijzigingen zijn niet opgeslagen.'"""
    when = f", {changed_at:%d-%m-%Y %H:%M}" if changed_at is not None else ""
    what = _what(kind)
    return t(
        f"Iemand anders heeft {what} intussen gewijzigd (versie {theirs_version}{when}). "
        "Jouw wijzigingen zijn niet opgeslagen.",
        f"Someone else changed {what} in the meantime (version {theirs_version}{when}). "
        "Your changes were not saved.",
    )


def check_version(
    kind: str,
    row: Versioned,
    loaded: int | None,
    fields: Callable[[], Sequence[tuple[str, str, str]]],
    changed_at: datetime | None = None,
) -> None:
    """Refuse the save when `row` (a versioned model, just loaded in the save's transaction)
    is no longer the version the form was loaded with. `fields` gives (label, mine, theirs)
    and is only called for the refusal. When the check passes the row is marked changed, so
    its version goes up even when only its children (answers, steps) changed: the next
    reader's form is then the one that is behind."""
    stored: int = row.version
    if loaded is not None and stored != loaded:
        raise ConflictError(
            conflict_message(kind, stored, changed_at),
            mine_version=loaded,
            theirs_version=stored,
            changed_at=changed_at,
            fields=tuple(ConflictField(label, mine, theirs) for label, mine, theirs in fields()),
        )
    flag_modified(row, "created_on" if kind == AGREEMENT else "created_at")


def check_part(
    row: Versioned,
    loaded: int | None,
    fields: Callable[[], Sequence[tuple[str, str, str]]],
    *,
    whole_loaded: int | None,
) -> None:
    """An agreement edited in its conversation's screen: changed elsewhere since the screen
    loaded it (another conversation's follow-up, another lead) -> ConflictError. The
    versions in the error are the conversation's, which its own check found unchanged (the
    screen saves again over that); saving "mine" knowingly, the screen hands the agreements
    in without versions."""
    if loaded is None or whole_loaded is None or row.version == loaded:
        return
    raise ConflictError(
        t(
            f"Iemand anders heeft {_what(AGREEMENT)} intussen gewijzigd. "
            "Jouw wijzigingen zijn niet opgeslagen.",
            f"Someone else changed {_what(AGREEMENT)} in the meantime. "
            "Your changes were not saved.",
        ),
        mine_version=whole_loaded,
        theirs_version=whole_loaded,
        fields=tuple(ConflictField(label, mine, theirs) for label, mine, theirs in fields()),
    )


def retry_when_stale(save: Callable[P, R]) -> Callable[P, R]:
    """Run a save service once more when its UPDATE found the row's version moved on (another
    transaction committed between our read and our write): the second run reads the newer
    version, and its check_version raises the ConflictError with both versions (or, for a
    draft without a version, saves over it as one transaction would have). A second stale
    write in a row is reported as a conflict without the fields."""

    @functools.wraps(save)
    def run(*args: P.args, **kwargs: P.kwargs) -> R:
        try:
            return save(*args, **kwargs)
        except StaleDataError:
            pass
        try:
            return save(*args, **kwargs)
        except StaleDataError as exc:
            raise ConflictError(
                t(
                    "Iemand anders heeft dit intussen gewijzigd. Jouw wijzigingen zijn niet "
                    "opgeslagen; laad het opnieuw.",
                    "Someone else changed this in the meantime. Your changes were not saved; "
                    "load it again.",
                ),
                mine_version=0,
                theirs_version=0,
            ) from exc

    return run
