"""The goals of one POP as a table with their buttons: new, open, take in, take out."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from teamlead_app.labels import label
from teamlead_app.records.development import GoalView
from teamlead_app.ui.models.table import Column, RowTableModel, SortProxy
from teamlead_app.ui.widgets.lists import row_table
from teamlead_app.util.dates import format_date


class GoalListBox(QGroupBox):
    def __init__(self, title: str, parent: QWidget | None = None) -> None:
        super().__init__(title, parent)
        self._read_only = False
        self._marks: dict[int, str] = {}  # goal id -> e.g. "added after signing on ..."
        self.marks_note = QLabel()  # under the table: which goals came after signing
        self.marks_note.setWordWrap(True)
        self.marks_note.setTextFormat(Qt.TextFormat.PlainText)
        self.marks_note.setStyleSheet("color: #7a5200;")
        layout = QVBoxLayout(self)
        self.model: RowTableModel[GoalView] = RowTableModel(self._columns(), self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = row_table(self.proxy)
        self.table.setWordWrap(False)  # one line per goal; the goal dialog shows it all
        self.empty = QLabel(
            self.tr(
                "No goals in this plan yet. Agree one to three small, challenging goals close "
                "to the work (New goal…), or take in a goal raised in a monthly conversation."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #667;")
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("New &goal…"))
        self.edit_button = QPushButton(self.tr("&Open goal…"))
        self.take_button = QPushButton(self.tr("&Take in a goal…"))
        self.release_button = QPushButton(self.tr("Take out of the POP"))
        for button in (self.new_button, self.edit_button, self.take_button, self.release_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(self.table)
        layout.addWidget(self.marks_note)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)

    def _columns(self) -> list[Column[GoalView]]:
        return [
            Column(self.tr("Goal"), lambda g: g.what),
            Column(self.tr("Category"), lambda g: label("goal_category", g.category)),
            Column(self.tr("Status"), lambda g: label("goal_status", g.status)),
            Column(
                self.tr("Target date"),
                lambda g: format_date(g.target_date),
                sort_key=lambda g: g.target_date or date.max,
            ),
            Column(
                self.tr("Steps done"),
                lambda g: f"{sum(s.done for s in g.steps)}/{len(g.steps)}",
            ),
            Column(
                self.tr("Latest progress"),
                lambda g: g.latest_progress.note if g.latest_progress else "",
            ),
        ]

    def set_goals(
        self, goals: tuple[GoalView, ...], read_only: bool, marks: dict[int, str] | None = None
    ) -> None:
        self._read_only = read_only
        self._marks = marks or {}
        self.marks_note.setText(
            "\n".join(f"{g.what}: {self._marks[g.id]}" for g in goals if g.id in self._marks)
        )
        self.marks_note.setVisible(bool(self._marks))
        self.model.set_rows(goals)
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, max(min(self.table.columnWidth(0), 360), 240))
        self.table.setColumnWidth(1, min(self.table.columnWidth(1), 220))
        # As high as the goals need (two to eight rows): the page scrolls, not the table.
        rows = min(max(len(goals), 2), 8)
        height = self.table.horizontalHeader().height() + 2 * self.table.frameWidth()
        self.table.setFixedHeight(height + rows * self.table.verticalHeader().defaultSectionSize())
        self.table.setVisible(bool(goals))
        self.empty.setVisible(not goals)
        self.new_button.setEnabled(not read_only)
        self.take_button.setEnabled(not read_only)
        self.edit_button.setText(self.tr("&View goal…") if read_only else self.tr("&Open goal…"))
        self._update_buttons()

    def selected_goal(self) -> GoalView | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(self.proxy.mapToSource(indexes[0]).row())

    def _update_buttons(self) -> None:
        chosen = self.selected_goal() is not None
        self.edit_button.setEnabled(chosen)
        self.release_button.setEnabled(chosen and not self._read_only)
