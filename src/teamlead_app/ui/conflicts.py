"""One way for every screen to save a record that another user may have saved meanwhile:
the save runs with the version the screen loaded; on a ConflictError the conflict dialog asks
what to do. "Mijn versie opslaan" saves the same text again over the stored version (one more
service call, one more transaction); "Hun versie laden" puts the user's text on the clipboard
and tells the screen to reload; "Annuleren" keeps everything as typed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace
from enum import Enum
from functools import partial
from typing import Generic, TypeVar

from PySide6.QtWidgets import QApplication, QWidget

from teamlead_app.errors import ConflictError
from teamlead_app.records.conversations import ConversationDraft
from teamlead_app.ui.dialogs.conflict_dialog import ConflictChoice, ConflictDialog
from teamlead_app.ui.errors import retry_when_busy

T = TypeVar("T")


class Outcome(Enum):
    SAVED = "saved"
    RELOAD = "reload"  # the user chose their version: show what is stored
    KEPT = "kept"  # cancelled: the screen keeps the typed text, nothing saved


class SaveResult(Generic[T]):
    def __init__(self, outcome: Outcome, value: T | None = None) -> None:
        self.outcome = outcome
        self.value = value


def save_or_resolve(
    parent: QWidget | None,
    save: Callable[[int | None, bool], T],
    version: int | None,
    extra_mine: Sequence[tuple[str, str]] = (),
) -> SaveResult[T]:
    """Run `save(version, False)`; on a conflict ask, and when the user says so save again
    with `save(stored version, True)` (True: over theirs, knowingly). `extra_mine`: typed
    text the conflict does not show (the working note), put on the clipboard with the rest
    when the user loads their version."""
    knowingly = False
    while True:
        try:
            return SaveResult(
                Outcome.SAVED, retry_when_busy(parent, partial(save, version, knowingly))
            )
        except ConflictError as error:
            choice = ConflictDialog.ask(parent, error)
            if choice is ConflictChoice.SAVE_MINE:
                version, knowingly = error.theirs_version, True
                continue
            if choice is ConflictChoice.LOAD_THEIRS:
                keep_on_clipboard(error, extra_mine)
                return SaveResult(Outcome.RELOAD)
            return SaveResult(Outcome.KEPT)


def keep_on_clipboard(error: ConflictError, extra_mine: Sequence[tuple[str, str]]) -> None:
    parts = [(field.label, field.mine) for field in error.fields]
    parts += [(name, text) for name, text in extra_mine if text.strip()]
    QApplication.clipboard().setText("\n\n".join(f"{name}:\n{text}" for name, text in parts))


def over(draft: ConversationDraft, version: int | None, knowingly: bool) -> ConversationDraft:
    """The conversation's draft to save with `version`; saving mine knowingly also goes over
    its agreements as they are stored now (their versions left out)."""
    agreements = draft.agreements
    if knowingly:
        agreements = tuple(replace(a, row_version=None) for a in agreements)
    return replace(draft, row_version=version, agreements=agreements)
