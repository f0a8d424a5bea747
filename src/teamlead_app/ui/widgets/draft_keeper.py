"""The safety net under an edit page: what is typed is marked unsaved, kept as a draft every few
seconds while typing (so a crash loses at most a few seconds), offered back when the page opens
again, and asked about before the page is left. One piece for the conversation and POP pages, so
both behave the same."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget

from teamlead_app.errors import AppError, NotFoundError, ServerConnectionError
from teamlead_app.services.common import drafts
from teamlead_app.services.common.drafts import DraftView
from teamlead_app.ui.context import AppContext
from teamlead_app.util.dates import format_datetime

AUTOSAVE_MS = 3000


class DraftKeeper(QObject):
    """`payload()` is exactly what is on the screen; `editable()` says whether typing may be kept
    (not for a cancelled talk or a signed plan); `target` is the id of the record shown."""

    def __init__(
        self,
        page: QWidget,
        context: AppContext,
        kind: str,
        status_line: QLabel,
        payload: Callable[[], dict[str, Any]],
        editable: Callable[[], bool],
        gone_text: str,
    ) -> None:
        super().__init__(page)
        self.page = page
        self.context = context
        self.kind = kind
        self.status_line = status_line
        self.payload = payload
        self.editable = editable
        self.gone_text = gone_text
        self.target: int | None = None
        self.dirty = False
        self._loading = False
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(AUTOSAVE_MS)
        self.timer.timeout.connect(self.keep)

    @contextmanager
    def loading(self) -> Iterator[None]:
        """Filling the fields from the database is not typing."""
        self._loading = True
        try:
            yield
        finally:
            self._loading = False

    def changed(self) -> bool:
        """Something was typed; True when it counts (not while loading, and editable)."""
        if self._loading or self.target is None or not self.editable():
            return False
        self.dirty = True
        self.status_line.setText(self.tr("Changes not saved yet"))
        if not self.timer.isActive():  # every few seconds while typing, not only after a pause
            self.timer.start()
        return True

    def keep(self) -> None:
        """Write what is typed as a draft (the timer does this; callable directly too)."""
        if not self.dirty or self.target is None or not self.editable():
            return
        try:
            drafts.save_draft(self.context.ctx, self.kind, self.target, self.payload())
        except NotFoundError:
            # Deleted meanwhile (retention): nothing may be written back for it.
            self.timer.stop()
            self.dirty = False
            self.status_line.setText(self.gone_text)
            return
        except ServerConnectionError as exc:
            # The text is kept on this PC all the same; the window watches for the server.
            self.connection_lost(exc)
            return
        except AppError as exc:  # e.g. the server holds another lead's draft: said, not popped up
            self.timer.stop()
            self.status_line.setText(str(exc))
            return
        self.status_line.setText(self.tr("Draft kept automatically"))

    def connection_lost(self, exc: ServerConnectionError) -> None:
        """A save or autosave found the server gone: the text stays (as a local draft and on
        the screen), the page says so and the window keeps asking for the server."""
        self.status_line.setText(str(exc))
        self.context.nav.connection_lost()

    def save_failed(self, exc: ServerConnectionError) -> None:
        """The real save found the server gone: keep what is on the screen as a draft now,
        not only at the next autosave."""
        self.keep()
        self.connection_lost(exc)

    def stored(self) -> DraftView | None:
        if self.target is None:
            return None
        return drafts.load_draft(self.context.ctx, self.kind, self.target)

    def offer(self, question: str, stored: DraftView) -> bool:
        """Ask whether a draft left behind should be put back; a no throws it away."""
        answer = QMessageBox.question(
            self.page,
            self.tr("Unsaved text found"),
            question.format(format_datetime(stored.updated_at)),
        )
        if answer == QMessageBox.StandardButton.Yes:
            return True
        self.discard()
        return False

    def put_back(self) -> None:
        """A draft was put on the screen: unsaved until saved."""
        self.dirty = True
        self.status_line.setText(self.tr("Draft put back: save to keep it"))

    def discard(self) -> None:
        self.timer.stop()
        if self.target is not None:
            drafts.discard_draft(self.context.ctx, self.kind, self.target)
        self.dirty = False

    def saved(self) -> None:
        """The service saved the record (and dropped its draft in the same transaction)."""
        self.timer.stop()
        self.dirty = False
        self.status_line.setText(self.tr("Saved"))

    def loaded(self) -> None:
        """Freshly loaded from the database: nothing typed yet."""
        self.dirty = False
        self.status_line.setText("")

    def may_leave(self, question: str, save: Callable[[], bool]) -> bool:
        """Before leaving the page: save, throw away or stay."""
        if not self.dirty or self.target is None:
            return True
        answer = QMessageBox.question(
            self.page,
            self.tr("Unsaved changes"),
            question,
            QMessageBox.StandardButton.Save
            | QMessageBox.StandardButton.Discard
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Save:
            return save()
        if answer == QMessageBox.StandardButton.Discard:
            self.discard()
            return True
        return False
