"""The line in the window's status bar while the company server is out of reach: not a
dialog in the way of typing. It appears when a save or an autosave finds the connection
gone, asks the server every few seconds (in a worker thread: an unreachable host may take
seconds to answer), and says so when the server is back. What is typed meanwhile is kept as
a draft on this PC (services.common.drafts)."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QLabel, QWidget

PROBE_MS = 5000
SHOW_BACK_MS = 15_000


class ConnectionWatch(QObject):
    """`probe()` answers whether the server is reachable; it runs in a worker thread."""

    answered = Signal(bool)

    def __init__(self, parent: QWidget, probe: Callable[[], bool]) -> None:
        super().__init__(parent)
        self._probe = probe
        self.label = QLabel(parent)
        self.label.setObjectName("connectionLine")
        self.label.setWordWrap(True)
        self.label.hide()
        self.lost_now = False
        self._asking: threading.Thread | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self.ask)
        self._hide = QTimer(self)
        self._hide.setSingleShot(True)
        self._hide.timeout.connect(self.label.hide)
        self.answered.connect(self._on_answer)

    def lost(self) -> None:
        """A save or read found the connection gone: say so and start asking."""
        self._hide.stop()
        self.lost_now = True
        self.label.setStyleSheet("QLabel#connectionLine { color: #9a3412; font-weight: bold; }")
        self.label.setText(
            self.tr(
                "No connection to the server. Trying again every few seconds; what you type "
                "is kept as a draft on this PC."
            )
        )
        self.label.show()
        if not self.timer.isActive():
            self.timer.start()

    def ask(self) -> None:
        if self._asking is not None and self._asking.is_alive():
            return  # the previous question is still waiting for an answer

        def work() -> None:
            reachable = self._probe()
            with contextlib.suppress(RuntimeError):  # the window closed meanwhile
                self.answered.emit(reachable)

        self._asking = threading.Thread(target=work, name="server-probe", daemon=True)
        self._asking.start()

    def _on_answer(self, reachable: bool) -> None:
        if not reachable or not self.lost_now:
            return
        self.lost_now = False
        self.timer.stop()
        self.label.setStyleSheet("QLabel#connectionLine { color: #166534; }")
        self.label.setText(self.tr("The connection to the server is back: you can save again."))
        self._hide.start(SHOW_BACK_MS)

    def stop(self) -> None:
        self.timer.stop()
        self._hide.stop()
        self.label.hide()
        self.lost_now = False
