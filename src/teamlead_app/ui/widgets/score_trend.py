"""The monthly "how is it going?" answer (1–5, the employee's own estimate) as a small trend:
the last few scores as bars with the number above and the date below, oldest left. Never a
bare "Score 4": a single number out of context reads like a grade."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from teamlead_app.records.conversation_reports import ScorePoint
from teamlead_app.util.dates import format_date

MAX_SCORE = 5
SHOWN = 6
_COLUMN = 40
_BAR = 24


class ScoreTrend(QWidget):
    def __init__(self, parent: QWidget | None = None, limit: int = SHOWN) -> None:
        super().__init__(parent)
        self.limit = limit
        self._points: tuple[ScorePoint, ...] = ()
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.set_points(())

    def set_points(self, points: Sequence[ScorePoint]) -> None:
        """The newest `limit` points of `points` (given oldest first)."""
        self._points = tuple(points[-self.limit :]) if points else ()
        self.setToolTip(self.describe())
        self.setAccessibleName(self.describe())
        self.updateGeometry()
        self.update()

    def points(self) -> tuple[ScorePoint, ...]:
        return self._points

    def describe(self) -> str:
        """The trend in words (tooltip, screen readers, tests): "25-11-2026: 4 van 5; …"."""
        if not self._points:
            return self.tr("No estimate yet")
        return "; ".join(
            self.tr("{0}: {1} of {2}").format(format_date(p.day), p.score, MAX_SCORE)
            for p in self._points
        )

    def sizeHint(self) -> QSize:
        text_height = self.fontMetrics().height()
        width = _COLUMN * max(len(self._points), 1)
        if not self._points:
            width = self.fontMetrics().horizontalAdvance(self.describe()) + 4
        return QSize(width, _BAR + 2 * text_height + 6)

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        metrics = self.fontMetrics()
        line = metrics.height()
        if not self._points:
            painter.setPen(QColor("#667"))
            painter.drawText(self.rect(), Qt.AlignmentFlag.AlignVCenter, self.describe())
            return
        base = line + 2 + _BAR  # bars stand on this line; the number above, the date below
        for index, point in enumerate(self._points):
            left = index * _COLUMN
            height = _BAR * point.score / MAX_SCORE
            bar = QRectF(left + 11, base - height, _COLUMN - 22, height)
            painter.fillRect(QRectF(left + 11, base - _BAR, _COLUMN - 22, _BAR), QColor("#e6edf2"))
            painter.fillRect(bar, QColor("#5b88a8"))
            painter.setPen(QColor("#24323f"))
            painter.drawText(
                QRectF(left, bar.top() - line - 1, _COLUMN, line),
                Qt.AlignmentFlag.AlignHCenter,
                str(point.score),
            )
            painter.setPen(QColor("#667"))
            painter.drawText(
                QRectF(left, base + 2, _COLUMN, line),
                Qt.AlignmentFlag.AlignHCenter,
                point.day.strftime("%d-%m"),
            )
        painter.end()
