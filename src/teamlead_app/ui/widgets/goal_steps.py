"""The small steps of a development goal: what, who, when, done. Rows are edited in place and
handed back as plain edits; the goal dialog hands them to save_goal with the rest on OK."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QCheckBox, QLineEdit, QPushButton, QWidget

from teamlead_app.records.development import StepView
from teamlead_app.services.development.goals import StepDraft, StepEdit, validate_step
from teamlead_app.ui.widgets.date_field import DateField
from teamlead_app.ui.widgets.row_editor import EditorRow, RowEditor


class _StepRow(EditorRow):
    def __init__(self, view: StepView | None) -> None:
        self.step_id = view.id if view is not None else None
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
        if view is not None:
            self.what.setText(view.what)
            self.who.setText(view.who)
            self.when.set_date(view.planned_on)
            self.done.setChecked(view.done)

    def fields(self) -> list[QWidget]:
        return [self.what, self.who, self.when, self.done]

    def blank(self) -> bool:
        return self.step_id is None and not (
            self.what.text().strip() or self.who.text().strip() or self.when.text().strip()
        )

    def edit(self) -> StepEdit:
        draft = StepDraft(what=self.what.text(), who=self.who.text(), planned_on=self.when.date())
        return StepEdit(self.step_id, draft, self.done.isChecked())


class GoalStepsEditor(RowEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            (
                QApplication.translate("GoalStepsEditor", "What"),
                QApplication.translate("GoalStepsEditor", "Who"),
                QApplication.translate("GoalStepsEditor", "When"),
            ),
            0,
            QApplication.translate(
                "GoalStepsEditor",
                "No steps yet. Make the goal concrete with small actions close to the work: "
                "walking along with a colleague, practising on a machine, a course.",
            ),
            QApplication.translate("GoalStepsEditor", "+ &Step"),
            _StepRow,
            parent,
        )

    def set_steps(self, steps: tuple[StepView, ...]) -> None:
        self.set_rows(steps)

    def edits(self) -> list[StepEdit]:
        """The rows in order; a new row left completely empty is ignored rather than refused."""
        return [row.edit() for row in self._rows if not row.blank()]

    def problem(self) -> str:
        """The first thing wrong with a step, naming the step; empty when all is well."""
        for number, row in enumerate(self._rows, start=1):
            if row.blank():
                continue
            if not row.when.is_valid():
                return QApplication.translate(
                    "GoalStepsEditor", "Step {0}: 'When' is not a date; write e.g. 25-11-2026."
                ).format(number)
            problems = validate_step(row.edit().draft)
            if problems:
                return QApplication.translate("GoalStepsEditor", "Step {0}: {1}").format(
                    number, next(iter(problems.values()))
                )
        return ""
