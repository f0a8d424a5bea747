"""The employee's active development goals in the conversation: one line of progress per goal,
so the POP fills itself during the year."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.labels import label
from teamlead_app.records.development import ActiveGoal
from teamlead_app.ui.widgets.layouts import clear_layout
from teamlead_app.util.dates import format_date


class GoalProgressPanel(QWidget):
    changed = Signal()
    # A goal id to open (steps, status), or 0 for a new goal.
    goal_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 2)
        self.grid.setColumnStretch(1, 3)
        outer.addLayout(self.grid)
        self.empty = QLabel(
            self.tr(
                "No active development goals. Start one from the Development page, or agree "
                "a small next step below."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #667;")
        outer.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("+ New &goal…"))
        buttons.addWidget(self.new_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.new_button.clicked.connect(lambda: self.goal_requested.emit(0))
        self._lines: list[tuple[ActiveGoal, QLineEdit]] = []

    def set_goals(self, goals: list[ActiveGoal]) -> None:
        clear_layout(self.grid)
        self._lines = []
        for index, goal in enumerate(goals):
            details = [label("goal_status", goal.status)]
            if goal.target_date:
                details.append(self.tr("target {0}").format(format_date(goal.target_date)))
            if goal.latest_progress:
                details.append(self.tr("last: {0}").format(goal.latest_progress[:80]))
            text = QLabel(f"{goal.what}\n{' · '.join(details)}")
            text.setWordWrap(True)
            line = QLineEdit(goal.this_conversation_note or "")
            line.setPlaceholderText(self.tr("Progress this month (one line)"))
            line.textChanged.connect(self.changed)
            open_button = QPushButton(self.tr("Steps…"))
            open_button.setToolTip(self.tr("Open the goal: steps, status, progress"))
            open_button.clicked.connect(lambda _c=False, gid=goal.id: self.goal_requested.emit(gid))
            self.grid.addWidget(text, index, 0)
            self.grid.addWidget(line, index, 1)
            self.grid.addWidget(open_button, index, 2)
            self._lines.append((goal, line))
        self.empty.setVisible(not goals)

    def updates(self) -> list[tuple[int, str]]:
        """(goal id, note) for every line that differs from what is stored."""
        return [
            (goal.id, line.text().strip())
            for goal, line in self._lines
            if line.text().strip() and line.text().strip() != (goal.this_conversation_note or "")
        ]

    def notes(self) -> dict[str, str]:
        return {str(goal.id): line.text() for goal, line in self._lines}

    def apply(self, notes: dict[str, str]) -> None:
        for goal, line in self._lines:
            if str(goal.id) in notes:
                line.setText(notes[str(goal.id)])

    def set_read_only(self, read_only: bool) -> None:
        for _goal, line in self._lines:
            line.setReadOnly(read_only)
        self.new_button.setEnabled(not read_only)
