"""The matrix grid: a table view with the skill names written upwards under a band per group,
big letters on the ILUO colours, a star for a knowledge holder, a corner mark for a level
below what the function needs, hatching for a level that does not count (certificate), and
keyboard editing (arrows move; I, L, U, O, 0-4, "-" and Delete set a level)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QKeyEvent, QPainter, QPaintEvent, QPen, QPolygon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from teamlead_app.labels import label
from teamlead_app.records.skills import LEVEL_RANK, MatrixCell
from teamlead_app.ui.models.skill_matrix import CELL_ROLE, GROUP_ROLE

BAND = 24
NAME_HEIGHT = 170
CELL = 46
GROUP_TINTS = {
    "machine": "#dbe7f3",
    "process": "#e4e0f3",
    "topic": "#e0efe6",
    "sector": "#f3ead9",
    "soft": "#f3dde6",
}
KEY_LEVELS = {
    Qt.Key.Key_I: "I",
    Qt.Key.Key_L: "L",
    Qt.Key.Key_U: "U",
    Qt.Key.Key_O: "O",
    Qt.Key.Key_Minus: "-",
    Qt.Key.Key_Delete: "-",
    Qt.Key.Key_Backspace: "-",
    Qt.Key.Key_0: "-",
    Qt.Key.Key_1: "I",
    Qt.Key.Key_2: "L",
    Qt.Key.Key_3: "U",
    Qt.Key.Key_4: "O",
}


class GroupedHeader(QHeaderView):
    """Skill names written bottom-up, under a coloured band naming the group."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(Qt.Orientation.Horizontal, parent)
        self.setDefaultSectionSize(CELL)
        self.setMinimumSectionSize(CELL)
        self.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.setFixedHeight(BAND + NAME_HEIGHT)

    def _group(self, section: int) -> str:
        model = self.model()
        return str(model.headerData(section, self.orientation(), GROUP_ROLE) or "")

    def paintSection(self, painter: QPainter, rect: QRect, section: int) -> None:
        model = self.model()
        if model is None:
            return
        painter.save()
        group = self._group(section)
        painter.fillRect(rect, QColor("#f7f9fa"))
        painter.fillRect(
            QRect(rect.left(), rect.top(), rect.width(), BAND),
            QColor(GROUP_TINTS.get(group, "#eee")),
        )
        painter.setPen(QPen(QColor("#c5ccd2")))
        painter.drawLine(rect.topRight(), rect.bottomRight())
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        name = str(model.headerData(section, self.orientation(), Qt.ItemDataRole.DisplayRole))
        painter.setPen(QColor("#1d2a35"))
        font = painter.font()
        font.setPointSize(10)
        painter.setFont(font)
        painter.translate(rect.left() + rect.width() / 2, rect.bottom() - 6)
        painter.rotate(-90)
        text_rect = QRect(0, -rect.width() // 2, NAME_HEIGHT - 10, rect.width())
        elided = painter.fontMetrics().elidedText(
            name, Qt.TextElideMode.ElideRight, text_rect.width()
        )
        painter.drawText(text_rect, int(Qt.AlignmentFlag.AlignVCenter), elided)
        painter.restore()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.model() is None or self.count() == 0:
            return
        painter = QPainter(self.viewport())
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        start = 0
        while start < self.count():
            group = self._group(start)
            end = start
            while end + 1 < self.count() and self._group(end + 1) == group:
                end += 1
            left = self.sectionViewportPosition(start)
            right = self.sectionViewportPosition(end) + self.sectionSize(end)
            band = QRect(left + 4, 0, right - left - 8, BAND)
            text = painter.fontMetrics().elidedText(
                label("skill_group", group), Qt.TextElideMode.ElideRight, band.width()
            )
            painter.setPen(QColor("#1d2a35"))
            painter.drawText(band, int(Qt.AlignmentFlag.AlignVCenter), text)
            painter.setPen(QPen(QColor("#7d8a96"), 2))
            painter.drawLine(right - 1, 0, right - 1, self.height())
            start = end + 1
        painter.end()


class MatrixDelegate(QStyledItemDelegate):
    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        rect = option.rect  # type: ignore[attr-defined]
        painter.save()
        painter.fillRect(rect, QBrush(index.data(Qt.ItemDataRole.BackgroundRole)))
        cell: MatrixCell | None = index.data(CELL_ROLE)
        if cell is not None and not cell.certified and cell.level in ("U", "O"):
            painter.fillRect(rect, QBrush(QColor("#80808080"), Qt.BrushStyle.BDiagPattern))
        painter.setFont(index.data(Qt.ItemDataRole.FontRole))
        painter.setPen(QColor(index.data(Qt.ItemDataRole.ForegroundRole)))
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        if cell is not None and not cell.certified and cell.level in ("U", "O"):
            text += "!"
        painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), text)
        if cell is not None:
            self._marks(painter, rect, cell)
        painter.setPen(QPen(QColor("#c5ccd2")))
        painter.drawRect(rect.adjusted(0, 0, -1, -1))
        state = option.state  # type: ignore[attr-defined]
        if state & (QStyle.StateFlag.State_HasFocus | QStyle.StateFlag.State_Selected):
            painter.setPen(QPen(QColor("#1565c0"), 3))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        painter.restore()

    def _marks(self, painter: QPainter, rect: QRect, cell: MatrixCell) -> None:
        if cell.knowledge_holder:
            font = painter.font()
            font.setPointSize(9)
            painter.setFont(font)
            painter.setPen(QColor("#b8860b" if cell.level != "O" else "#ffe082"))
            painter.drawText(
                rect.adjusted(0, 1, -3, 0),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop),
                "★",
            )
        if cell.required and LEVEL_RANK[cell.level] < LEVEL_RANK[cell.required]:
            corner = QPolygon(
                [
                    QPoint(rect.left(), rect.bottom()),
                    QPoint(rect.left() + 11, rect.bottom()),
                    QPoint(rect.left(), rect.bottom() - 11),
                ]
            )
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#c62828"))
            painter.drawPolygon(corner)


class MatrixTable(QTableView):
    """Emits `level_typed(row, column, level)` for a level key on a person's cell."""

    level_typed = Signal(int, int, str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setHorizontalHeader(GroupedHeader(self))
        self.setItemDelegate(MatrixDelegate(self))
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setShowGrid(False)
        self.setWordWrap(False)
        vertical = self.verticalHeader()
        vertical.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        vertical.setDefaultSectionSize(CELL - 8)
        vertical.setMinimumWidth(220)
        vertical.setStyleSheet("QHeaderView::section { padding-left: 6px; font-size: 11pt; }")

    def keyPressEvent(self, event: QKeyEvent) -> None:
        level = KEY_LEVELS.get(Qt.Key(event.key()))
        index = self.currentIndex()
        plain = not event.modifiers() & (
            Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
        )
        if level is not None and plain and index.isValid() and index.row() > 0:
            self.level_typed.emit(index.row(), index.column(), level)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyboardSearch(self, search: str) -> None:
        """No jumping around on typed letters: letters are levels here."""

    def sizeHintForColumn(self, column: int) -> int:
        return CELL
