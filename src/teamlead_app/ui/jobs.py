"""Long work off the UI thread, with a progress dialog and a Cancel button. The work function
gets a Progress and returns a result; errors come back to the UI thread as messages."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, Qt, QThread, Signal
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from teamlead_app.util.progress import Cancelled, Progress


class _Worker(QObject):
    progressed = Signal(int, int)
    finished = Signal(object)
    failed = Signal(object)

    def __init__(self, work: Callable[[Progress], Any]) -> None:
        super().__init__()
        self._work = work
        self.cancel_event = threading.Event()

    def run(self) -> None:
        progress = Progress(
            lambda done, total: self.progressed.emit(done, total), self.cancel_event.is_set
        )
        try:
            result = self._work(progress)
        except BaseException as exc:
            self.failed.emit(exc)
            return
        self.finished.emit(result)


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
    thread = QThread(parent)
    worker = _Worker(work)
    worker.moveToThread(thread)

    def progressed(done: int, total: int) -> None:
        dialog.setMaximum(max(total, 1))
        dialog.setValue(min(done, total))

    def finished(result: Any) -> None:
        dialog.close()
        thread.quit()
        on_done(result)

    def failed(exc: BaseException) -> None:
        dialog.close()
        thread.quit()
        on_error(exc)

    worker.progressed.connect(progressed)
    worker.finished.connect(finished)
    worker.failed.connect(failed)
    dialog.canceled.connect(worker.cancel_event.set)
    thread.started.connect(worker.run)
    thread.finished.connect(worker.deleteLater)
    thread.finished.connect(thread.deleteLater)
    thread._worker = worker  # type: ignore[attr-defined]  # keep it alive with the thread
    thread.start()
    return thread


__all__ = ["Cancelled", "run_with_progress"]
