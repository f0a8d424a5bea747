"""The support agreed in a POP for its goals: a kind (training, time, budget, coaching,
walking along, rotation, buddy, other) and a description per row, edited in place."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.labels import choices
from teamlead_app.records.development import SupportItem
from teamlead_app.ui.widgets.goal_steps import chain_focus


class _SupportRow:
    def __init__(self, editor: GoalSupportEditor) -> None:
        self.kind = QComboBox()
        for code, text in choices("support_kind"):
            self.kind.addItem(text, code)
        self.description = QLineEdit()
        self.description.setPlaceholderText(
            QApplication.translate("GoalSupportEditor", "e.g. two days walking along with Kees")
        )
        self.remove = QPushButton(QApplication.translate("GoalSupportEditor", "Remove"))
        self.kind.currentIndexChanged.connect(editor.changed)
        self.description.textChanged.connect(editor.changed)

    def widgets(self) -> list[QWidget]:
        return [self.kind, self.description, self.remove]

    def item(self) -> SupportItem:
        return SupportItem(str(self.kind.currentData()), self.description.text())


class GoalSupportEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid_rows = 0
        self._rows: list[_SupportRow] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(1, 1)
        outer.addLayout(self.grid)
        self.empty = QLabel(
            self.tr("No support agreed yet: a course, time, budget, a buddy, walking along…")
        )
        self.empty.setStyleSheet("color: #667;")
        outer.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("+ Su&pport"))
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))

    def add_row(self, item: SupportItem | None = None, focus: bool = False) -> None:
        row = _SupportRow(self)
        if item is not None:
            row.kind.setCurrentIndex(max(row.kind.findData(item.kind), 0))
            row.description.setText(item.description)
        # Grid rows only grow: a removed row leaves its (empty) grid row behind, and reusing
        # len(rows) would put a new row on top of a later one.
        self._grid_rows += 1
        index = self._grid_rows
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, index, column)
        row.remove.clicked.connect(lambda: self._remove(row))
        chain_focus(self._rows[-1].remove if self._rows else None, row.widgets(), self.add_button)
        self._rows.append(row)
        self.empty.setVisible(False)
        if focus:
            row.kind.setFocus()
            self.changed.emit()

    def _remove(self, row: _SupportRow) -> None:
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._rows.remove(row)
        self.empty.setVisible(not self._rows)
        self.changed.emit()

    def set_items(self, items: tuple[SupportItem, ...]) -> None:
        for row in list(self._rows):
            self._remove(row)
        for item in items:
            self.add_row(item)
        self.empty.setVisible(not self._rows)

    def items(self) -> tuple[SupportItem, ...]:
        return tuple(row.item() for row in self._rows)

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setVisible(not read_only)
        for row in self._rows:
            row.kind.setEnabled(not read_only)
            row.description.setReadOnly(read_only)
            row.remove.setVisible(not read_only)
