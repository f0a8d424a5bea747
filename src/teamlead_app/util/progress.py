"""Progress and cancel for long work (yearly exports), without Qt: the UI passes a reporter
that runs in a worker thread; the service calls `step()` and stops when asked to."""

from __future__ import annotations

from collections.abc import Callable

from teamlead_app.errors import AppError
from teamlead_app.i18n import t


class Cancelled(AppError):
    def __init__(self) -> None:
        super().__init__(t("Afgebroken.", "Cancelled."))


class Progress:
    """`report(done, total)` is called as work advances; `is_cancelled()` is polled."""

    def __init__(
        self,
        report: Callable[[int, int], None] | None = None,
        is_cancelled: Callable[[], bool] | None = None,
    ) -> None:
        self._report = report
        self._is_cancelled = is_cancelled

    def step(self, done: int, total: int) -> None:
        if self._is_cancelled is not None and self._is_cancelled():
            raise Cancelled()
        if self._report is not None:
            self._report(done, total)


NO_PROGRESS = Progress()
