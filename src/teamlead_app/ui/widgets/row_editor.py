"""One editor for the small tables typed in place: agreements of a talk, steps of a goal, support
of a POP. Each row is a few fields and a remove button; the editor handles the grid, the empty
hint, the add button, Tab order through added rows and read-only, so all of them behave alike."""

from __future__ import annotations

from collections.abc import Callable
from itertools import pairwise
from typing import Any, Protocol

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class EditorRow(Protocol):
    """The fields of one row, left to right; `remove` is the row's own remove button."""

    remove: QPushButton

    def fields(self) -> list[QWidget]: ...

    def widgets(self) -> list[QWidget]:
        return [*self.fields(), self.remove]


def _focusable_before(widget: QWidget) -> QWidget | None:
    """The nearest widget before `widget` in the focus chain that takes Tab focus (labels and
    containers are in the chain too, and ordering after them goes wrong)."""
    before = widget.previousInFocusChain()
    while before is not None and before is not widget:
        if before.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return before
        before = before.previousInFocusChain()
    return None


def chain_focus(previous: QWidget | None, row: list[QWidget], add_button: QWidget) -> None:
    """Tab runs from the previous row (or what came before the add button) through the new row
    to the add button; Qt would put a new widget at the end of the window's focus chain."""
    start = previous if previous is not None else _focusable_before(add_button)
    chain = [start, *row, add_button] if start is not None else [*row, add_button]
    for before, after in pairwise(chain):
        QWidget.setTabOrder(before, after)


class RowEditor(QWidget):
    changed = Signal()

    def __init__(
        self,
        headers: tuple[str, ...],
        stretch_column: int,
        empty_text: str,
        add_text: str,
        make_row: Callable[[Any], EditorRow],
        parent: QWidget | None = None,
    ) -> None:
        """`make_row(item)` builds a row filled from `item` (None: a new empty row)."""
        super().__init__(parent)
        self.make_row = make_row
        self._rows: list[Any] = []
        # Grid rows only grow: a removed row leaves its (empty) grid row behind, and reusing
        # len(rows) would put a new row on top of a later one.
        self._grid_rows = 0
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self._headers: list[QLabel] = []
        for column, title in enumerate(headers):
            header = QLabel(title)
            header.setStyleSheet("font-weight: 600;")
            self.grid.addWidget(header, 0, column)
            self._headers.append(header)
        self.grid.setColumnStretch(stretch_column, 1)
        outer.addLayout(self.grid)
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #667;")
        outer.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(add_text)
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))
        self._show_empty(True)

    def add_row(self, item: Any = None, focus: bool = False) -> None:
        """A row below all others, filled from `item` (None: a new empty row)."""
        row = self.make_row(item)
        self._grid_rows += 1
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, self._grid_rows, column)
        for field in row.fields():  # connected after filling: loading a row is not typing
            if isinstance(field, QLineEdit):
                field.textChanged.connect(self.changed)
            elif isinstance(field, QComboBox):
                field.currentIndexChanged.connect(self.changed)
            elif isinstance(field, QCheckBox):
                field.toggled.connect(self.changed)
        row.remove.clicked.connect(lambda: self._remove(row))
        chain_focus(self._rows[-1].remove if self._rows else None, row.widgets(), self.add_button)
        self._rows.append(row)
        self._show_empty(False)
        if focus:
            row.fields()[0].setFocus()
            self.changed.emit()

    def _remove(self, row: EditorRow) -> None:
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._rows.remove(row)
        self._show_empty(not self._rows)
        self.changed.emit()

    def set_rows(self, items: tuple[Any, ...]) -> None:
        for row in list(self._rows):
            self._remove(row)
        for item in items:
            self.add_row(item)
        self._show_empty(not self._rows)

    def _show_empty(self, empty: bool) -> None:
        self.empty.setVisible(empty)
        for header in self._headers:
            header.setVisible(not empty)

    def set_read_only(self, read_only: bool) -> None:
        """Texts stay selectable; choices and ticks are greyed; no adding or removing."""
        self.add_button.setVisible(not read_only)
        self.add_button.setEnabled(not read_only)
        for row in self._rows:
            for field in row.fields():
                if isinstance(field, QLineEdit):
                    field.setReadOnly(read_only)
                else:
                    field.setEnabled(not read_only)
            row.remove.setVisible(not read_only)
