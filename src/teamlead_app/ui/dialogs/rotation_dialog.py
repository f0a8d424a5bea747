"""Plan a rotation: who, which form, where (a station, another team, a department), with which
host, when, to learn what, for which POP goal. A list of suggestions for the team's red and
amber skills fills the form with one click; the conflicts of what is filled in show live as
warnings with their reasons (the foreman decides: saving stays possible). The same form changes
a planned or running rotation (`existing`) and opens prefilled from a planner cell (`prefill`).
The dialog never touches the database: the page hands in the choices and three functions
(suggestions, conflicts and the chosen person's POP goals)."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.data.statuses import RotationStatus
from teamlead_app.records.rotations import RotationView
from teamlead_app.services.rotations.draft import RotationDraft
from teamlead_app.services.rotations.edits import goal_names_skill
from teamlead_app.services.rotations.rules import Conflict
from teamlead_app.services.rotations.suggestions import Suggestion
from teamlead_app.ui.widgets.date_field import DateField
from teamlead_app.ui.widgets.form_error import FormError

Choice = tuple[int, str]
GoalsOf = Callable[[int, int | None], Sequence[Choice]]  # (person, goal to keep) -> goals


@dataclass(frozen=True)
class RotationChoices:
    people: Sequence[Choice]
    forms: Sequence[Choice]
    stations: Sequence[Choice]
    teams: Sequence[Choice]
    skills: Sequence[Choice]


@dataclass(frozen=True)
class Prefill:
    """A new rotation for this person (or nobody yet) in this period."""

    employee_id: int | None
    date_from: date
    date_to: date


class RotationDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        choices: RotationChoices,
        suggest: Callable[[date, date], list[Suggestion]],
        check: Callable[[RotationDraft], list[Conflict]],
        *,
        goals: GoalsOf | None = None,
        existing: RotationView | None = None,
        prefill: Prefill | None = None,
    ) -> None:
        super().__init__(parent)
        self._suggest = suggest
        self._check = check
        self._goals = goals
        self.existing = existing
        self._suggestions: list[Suggestion] = []
        self._build_ui(choices)
        self._connect_signals()
        if existing is not None:
            self._fill(existing)
        else:
            monday = date.today() + timedelta(days=7 - date.today().weekday())
            start = prefill or Prefill(None, monday, monday + timedelta(days=4))
            self._choose(self.employee, start.employee_id)
            self.date_from.set_date(start.date_from)
            self.date_to.set_date(start.date_to)
        self._refresh_suggestions()
        self._validate()

    @staticmethod
    def _choose(combo: QComboBox, value: object) -> None:
        combo.setCurrentIndex(max(combo.findData(value), 0))

    def _fill(self, r: RotationView) -> None:
        """The form as the rotation stands (ids; the names of the choices show)."""
        self._choose(self.employee, r.employee_id)
        self._fill_goals()
        for combo, value in (
            (self.form, r.form_id),
            (self.station, r.station_id),
            (self.team, r.target_team_id),
            (self.host, r.host_id),
            (self.skill, r.skill_id),
            (self.level, r.target_level),
            (self.goal, r.goal_id),
        ):
            self._choose(combo, value)
        self.department.setText(r.department)
        self.date_from.set_date(r.date_from)
        self.date_to.set_date(r.date_to)

    def _combo(self, items: Sequence[Choice], empty: str | None) -> QComboBox:
        combo = QComboBox()
        if empty is not None:
            combo.addItem(empty, None)
        for key, text in items:
            combo.addItem(text, key)
        return combo

    def _build_ui(self, choices: RotationChoices) -> None:
        self.setWindowTitle(
            self.tr("Change rotation") if self.existing else self.tr("New rotation")
        )
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        form = QFormLayout()
        none = self.tr("(none)")
        self.employee = self._combo(choices.people, self.tr("(choose)"))
        self.form = self._combo(choices.forms, none)
        self.station = self._combo(choices.stations, none)
        self.team = self._combo(choices.teams, none)
        self.department = QLineEdit()
        self.department.setMaxLength(200)
        self.host = self._combo(choices.people, none)
        self.date_from = DateField(optional=False)
        self.date_to = DateField(optional=False)
        self.skill = self._combo(choices.skills, none)
        self.level = QComboBox()
        self.level.addItem(none, None)
        for level in ("I", "L", "U", "O"):
            self.level.addItem(level, level)
        self.goal = QComboBox()
        self.goal.addItem(none, None)
        self.goal.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.goal.setMinimumContentsLength(24)
        for text, widget in (
            (self.tr("Employee"), self.employee),
            (self.tr("Form"), self.form),
            (self.tr("Station"), self.station),
            (self.tr("Other team"), self.team),
            (self.tr("Department"), self.department),
            (self.tr("Host"), self.host),
            (self.tr("From"), self.date_from),
            (self.tr("To"), self.date_to),
            (self.tr("Learning goal: skill"), self.skill),
            (self.tr("Target level"), self.level),
            (self.tr("POP goal"), self.goal),
        ):
            form.addRow(text, widget)
        columns.addLayout(form, 1)
        side = QVBoxLayout()
        side.addWidget(QLabel(self.tr("Suggestions for red and amber skills")))
        self.suggestions = QListWidget()
        self.suggestions.setWordWrap(True)
        self.suggestions.setAlternatingRowColors(True)
        self.suggestions.setSpacing(3)
        self.suggestions.setToolTip(self.tr("Double-click or press Enter to fill in the form."))
        side.addWidget(self.suggestions, 1)
        columns.addLayout(side, 1)
        layout.addLayout(columns)
        self.conflicts = QLabel()
        self.conflicts.setWordWrap(True)
        self.conflicts.setTextFormat(Qt.TextFormat.PlainText)
        self.conflicts.setStyleSheet("color: #8a5300; padding: 4px;")
        layout.addWidget(self.conflicts)
        self.error = FormError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)
        self.setMinimumWidth(860)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.employee.currentIndexChanged.connect(self._fill_goals)
        for combo in (self.employee, self.form, self.station, self.team, self.host, self.skill):
            combo.currentIndexChanged.connect(self._validate)
        self.goal.currentIndexChanged.connect(self._validate)
        self.level.currentIndexChanged.connect(self._validate)
        self.department.textChanged.connect(self._validate)
        for field in (self.date_from, self.date_to):
            field.editingFinished.connect(self._refresh_suggestions)
            field.textChanged.connect(self._validate)
        self.suggestions.itemActivated.connect(self._use_suggestion)
        self.suggestions.itemDoubleClicked.connect(self._use_suggestion)

    def _fill_goals(self) -> None:
        """The chosen person's open POP goals (and the one the rotation already names)."""
        keep = self.goal.currentData()
        if keep is None and self.existing is not None:
            keep = self.existing.goal_id
        self.goal.blockSignals(True)
        while self.goal.count() > 1:
            self.goal.removeItem(1)
        person = self.employee.currentData()
        if person is not None and self._goals is not None:
            for key, text in self._goals(person, keep):
                self.goal.addItem(text, key)
                self.goal.setItemData(self.goal.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        self._choose(self.goal, keep)
        self.goal.blockSignals(False)

    def _period(self) -> tuple[date, date] | None:
        start, end = self.date_from.date(), self.date_to.date()
        return (start, end) if start and end and start <= end else None

    def _refresh_suggestions(self) -> None:
        self.suggestions.clear()
        period = self._period()
        self._suggestions = self._suggest(*period) if period else []
        for i, s in enumerate(self._suggestions):
            head = self.tr("{0} learns {1}").format(s.employee, s.skill)
            item = QListWidgetItem(head + "\n" + "\n".join(f"  • {r}" for r in s.reasons))
            item.setData(Qt.ItemDataRole.UserRole, i)
            self.suggestions.addItem(item)
        if not self._suggestions:
            self.suggestions.addItem(self.tr("No red or amber skills in this period."))

    def _use_suggestion(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if index is None:
            return
        s = self._suggestions[int(index)]
        for combo, value in (
            (self.employee, s.employee_id),
            (self.host, s.host_id),
            (self.skill, s.skill_id),
            (self.station, s.station_id),
            (self.level, "U"),
        ):
            self._choose(combo, value)
        for i in range(1, self.goal.count()):  # the person's POP goal about this skill
            if goal_names_skill(self.goal.itemText(i), s.skill):
                self.goal.setCurrentIndex(i)
                break

    def _validate(self) -> bool:
        message = ""
        if self.employee.currentData() is None:
            message = self.tr("Choose the employee.")
        elif self.date_from.date() is None or self.date_to.date() is None:
            message = self.tr("Write the dates like 25-11-2026.")
        elif self._period() is None:
            message = self.tr("The end date is before the start date.")
        elif self.host.currentData() == self.employee.currentData():
            message = self.tr("The host cannot be the employee themself: choose a colleague.")
        self.error.show_message(message)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not message)
        found = [] if message else self._check(self.draft())
        self.conflicts.setText("\n".join(self.tr("Warning: {0}").format(c.message) for c in found))
        self.conflicts.setVisible(bool(found))
        return not message

    def _accept(self) -> None:
        if self._validate():
            self.accept()

    def draft(self) -> RotationDraft:
        return RotationDraft(
            employee_id=self.employee.currentData(),
            date_from=self.date_from.date() or date.today(),
            date_to=self.date_to.date() or date.today(),
            form_id=self.form.currentData(),
            host_id=self.host.currentData(),
            station_id=self.station.currentData(),
            target_team_id=self.team.currentData(),
            department=self.department.text().strip(),
            skill_id=self.skill.currentData(),
            target_level=self.level.currentData(),
            goal_id=self.goal.currentData(),
            status=self.existing.status if self.existing else RotationStatus.PLANNED,
            row_version=self.existing.row_version if self.existing else None,
        )

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        choices: RotationChoices,
        suggest: Callable[[date, date], list[Suggestion]],
        check: Callable[[RotationDraft], list[Conflict]],
        *,
        goals: GoalsOf | None = None,
        existing: RotationView | None = None,
        prefill: Prefill | None = None,
    ) -> RotationDraft | None:
        dialog = cls(
            parent, choices, suggest, check, goals=goals, existing=existing, prefill=prefill
        )
        return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None
