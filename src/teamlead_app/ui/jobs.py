"""Long work off the UI thread, with a progress dialog and a Cancel button. The work function
gets a Progress and returns a result; errors come back to the UI thread as messages."""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from teamlead_app.util.progress import Cancelled, Progress

_RUNNING: set[QThread] = set()


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._work = work
        # Made in the caller's thread: the work runs with the caller's language (i18n's
        # ContextVar) and whatever else the caller's context holds; a QThread starts empty.
        self._context = contextvars.copy_context()
        self.cancel_event = threading.Event()

    def run(self) -> None:
        progress = Progress(
            lambda done, total: self.progressed.emit(done, total), self.cancel_event.is_set
        )
        try:
            result = self._context.run(self._work, progress)
        except BaseException as exc:
            self.failed.emit(exc)
            return
        self.finished.emit(result)


class _Receiver(QObject):
    """Lives in the UI thread, so the worker's signals reach these slots queued, there."""

    def __init__(
        self,
        parent: QObject,
        progressed: Callable[[int, int], None],
        finished: Callable[[Any], None],
        failed: Callable[[BaseException], None],
    ) -> None:
        super().__init__(parent)
        self._progressed, self._finished, self._failed = progressed, finished, failed

    @Slot(int, int)
    def progressed(self, done: int, total: int) -> None:
        self._progressed(done, total)

    @Slot(object)
    def finished(self, result: Any) -> None:
        self._finished(result)
        self.deleteLater()

    @Slot(object)
    def failed(self, exc: Any) -> None:
        self._failed(exc)
        self.deleteLater()


def run_with_progress(
    parent: QWidget,
    title: str,
    work: Callable[[Progress], Any],
    on_done: Callable[[Any], None],
    on_error: Callable[[BaseException], None],
) -> QThread:
    """Start `work` in a thread; `on_done(result)` or `on_error(exc)` run in the UI thread.
    Cancelling raises Cancelled inside the work, which reaches on_error."""
    dialog = QProgressDialog(title, QApplication.translate("Jobs", "Cancel"), 0, 0, parent)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    # No Qt parent: closing the page must not destroy a running thread (that aborts the
    # process); the module keeps it alive until it has finished.
    thread = QThread()
    _RUNNING.add(thread)
    worker = _Worker(work)
    worker.moveToThread(thread)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))

    def finished(result: Any) -> None:
        dialog.close()
        thread.quit()
        thread.wait()
        on_done(result)

    def failed(exc: BaseException) -> None:
        dialog.close()
        thread.quit()
        thread.wait()
        on_error(exc)

    receiver = _Receiver(parent, progressed, finished, failed)
    worker.progressed.connect(receiver.progressed)
    worker.finished.connect(receiver.finished)
    worker.failed.connect(receiver.failed)
    dialog.canceled.connect(worker.cancel_event.set)
    thread.started.connect(worker.run)
    thread.finished.connect(worker.deleteLater)
    thread.finished.connect(lambda: _RUNNING.discard(thread))
    thread._worker = worker  # type: ignore[attr-defined]  # keep it alive with the thread
    thread.start()
    return thread


__all__ = ["Cancelled", "run_with_progress"]
