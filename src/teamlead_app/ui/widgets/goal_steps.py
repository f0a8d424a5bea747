"""The small steps of a development goal: what, who, when, done. Rows are edited in place and
handed back as plain edits; the goal dialog hands them to save_goal with the rest on OK."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.records.development import StepView
from teamlead_app.services.development.goals import StepDraft, StepEdit, validate_step
from teamlead_app.ui.widgets.date_field import DateField


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


class _StepRow:
    def __init__(self, editor: GoalStepsEditor, step_id: int | None) -> None:
        self.step_id = step_id
        self.what = QLineEdit()
        self.what.setPlaceholderText(
            QApplication.translate("GoalStepsEditor", "e.g. walk along with Kees for two days")
        )
        self.who = QLineEdit()
        self.who.setPlaceholderText(QApplication.translate("GoalStepsEditor", "who"))
        self.who.setMaximumWidth(180)
        self.when = DateField()
        self.when.setMaximumWidth(110)
        self.done = QCheckBox(QApplication.translate("GoalStepsEditor", "Done"))
        self.remove = QPushButton(QApplication.translate("GoalStepsEditor", "Remove"))
        for edit in (self.what, self.who, self.when):
            edit.textChanged.connect(editor.changed)
        self.done.toggled.connect(editor.changed)

    def widgets(self) -> list[QWidget]:
        return [self.what, self.who, self.when, self.done, self.remove]

    def blank(self) -> bool:
        return self.step_id is None and not (
            self.what.text().strip() or self.who.text().strip() or self.when.text().strip()
        )

    def edit(self) -> StepEdit:
        draft = StepDraft(what=self.what.text(), who=self.who.text(), planned_on=self.when.date())
        return StepEdit(self.step_id, draft, self.done.isChecked())


class GoalStepsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._grid_rows = 0
        self._rows: list[_StepRow] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self._headers: list[QLabel] = []
        for column, title in enumerate((self.tr("What"), self.tr("Who"), self.tr("When"))):
            header = QLabel(title)
            header.setStyleSheet("font-weight: 600;")
            self.grid.addWidget(header, 0, column)
            self._headers.append(header)
        self.grid.setColumnStretch(0, 1)
        outer.addLayout(self.grid)
        self.empty = QLabel(
            self.tr(
                "No steps yet. Make the goal concrete with small actions close to the work: "
                "walking along with a colleague, practising on a machine, a course."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #667;")
        outer.addWidget(self.empty)
        self._show_empty(True)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("+ &Step"))
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))

    def add_row(self, view: StepView | None = None, focus: bool = False) -> None:
        row = _StepRow(self, view.id if view is not None else None)
        if view is not None:
            row.what.setText(view.what)
            row.who.setText(view.who)
            row.when.set_date(view.planned_on)
            row.done.setChecked(view.done)
        # Grid rows only grow: a removed row leaves its (empty) grid row behind, and reusing
        # len(rows) would put a new row on top of a later one.
        self._grid_rows += 1
        index = self._grid_rows
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, index, column)
        row.remove.clicked.connect(lambda: self._remove(row))
        chain_focus(self._rows[-1].remove if self._rows else None, row.widgets(), self.add_button)
        self._rows.append(row)
        self._show_empty(False)
        if focus:
            row.what.setFocus()
            self.changed.emit()

    def _remove(self, row: _StepRow) -> None:
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._rows.remove(row)
        self._show_empty(not self._rows)
        self.changed.emit()

    def _show_empty(self, empty: bool) -> None:
        self.empty.setVisible(empty)
        for header in self._headers:
            header.setVisible(not empty)

    def set_steps(self, steps: tuple[StepView, ...]) -> None:
        for row in list(self._rows):
            self._remove(row)
        for step in steps:
            self.add_row(step)
        self._show_empty(not self._rows)

    def edits(self) -> list[StepEdit]:
        """The rows in order; a new row left completely empty is ignored rather than refused."""
        return [row.edit() for row in self._rows if not row.blank()]

    def problem(self) -> str:
        """The first thing wrong with a step, naming the step; empty when all is well."""
        for number, row in enumerate(self._rows, start=1):
            if row.blank():
                continue
            if not row.when.is_valid():
                return self.tr("Step {0}: 'When' is not a date; write e.g. 25-11-2026.").format(
                    number
                )
            problems = validate_step(row.edit().draft)
            if problems:
                return self.tr("Step {0}: {1}").format(number, next(iter(problems.values())))
        return ""

    def set_read_only(self, read_only: bool) -> None:
        self.add_button.setVisible(not read_only)
        for row in self._rows:
            row.what.setReadOnly(read_only)
            row.who.setReadOnly(read_only)
            row.when.setReadOnly(read_only)
            row.done.setEnabled(not read_only)
            row.remove.setVisible(not read_only)
