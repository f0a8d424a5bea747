"""Add or edit a person, with live validation: the OK button waits until the form is right,
and a red line says what is wrong and where."""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import DatabaseBusyError, ValidationError
from teamlead_app.labels import choices
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.ui.conflicts import Outcome, save_or_resolve
from teamlead_app.ui.widgets.date_field import DateField
from teamlead_app.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext


class EmployeeDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, ctx: ServiceContext, employee_id: int | None
    ) -> None:
        super().__init__(parent)
        self.db = ctx
        self.employee_id = employee_id
        self.saved_id: int | None = None
        self.row_version: int | None = None  # the edit version loaded (edit_versions.py)
        self._build_ui()
        self._connect_signals()
        if employee_id is not None:
            self._load(people.get_employee(ctx, employee_id).draft)
        self._validate()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit person") if self.employee_id else self.tr("Add person"))
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.first_name = QLineEdit()
        self.tussenvoegsel = QLineEdit()
        self.tussenvoegsel.setPlaceholderText(self.tr("e.g. van der"))
        self.last_name = QLineEdit()
        self.personnel_number = QLineEdit()
        self.function = QComboBox()
        self.function.setEditable(True)
        self.function.addItems(people.list_functions(self.db))
        self.function.setCurrentText("")
        self.team = QComboBox()
        self.team.addItem(self.tr("(no team)"), None)
        for team in people.list_teams(self.db):
            self.team.addItem(team.name, team.id)
        self.kind = QComboBox()
        for code, text in choices("employee_kind"):
            self.kind.addItem(text, code)
        self.stage = QComboBox()
        for code, text in choices("stage"):
            self.stage.addItem(text, code)
        self.stage.setCurrentIndex(self.stage.findData("medior"))
        self.date_in = DateField()
        self.date_out = DateField()
        self.cadence = QComboBox()
        for code, text in choices("cadence"):
            self.cadence.addItem(text, code)
        self.cadence_weeks = QSpinBox()
        self.cadence_weeks.setRange(1, 52)
        self.cadence_weeks.setValue(4)
        self.cadence_weeks.setSuffix(self.tr(" weeks"))
        form.addRow(self.tr("First name *"), self.first_name)
        form.addRow(self.tr("Tussenvoegsel"), self.tussenvoegsel)
        form.addRow(self.tr("Last name *"), self.last_name)
        form.addRow(self.tr("Personnel number"), self.personnel_number)
        form.addRow(self.tr("Function"), self.function)
        form.addRow(self.tr("Team"), self.team)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Experience stage"), self.stage)
        form.addRow(self.tr("In service since"), self.date_in)
        form.addRow(self.tr("Out of service on"), self.date_out)
        form.addRow(self.tr("Conversation rhythm"), self.cadence)
        form.addRow(self.tr("Every"), self.cadence_weeks)
        layout.addLayout(form)
        self.error = FormError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        for edit in (
            self.first_name,
            self.tussenvoegsel,
            self.last_name,
            self.personnel_number,
            self.date_in,
            self.date_out,
        ):
            edit.textChanged.connect(self._validate)
        self.function.currentTextChanged.connect(self._validate)
        self.cadence.currentIndexChanged.connect(self._validate)
        self.cadence_weeks.valueChanged.connect(self._validate)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _load(self, draft: EmployeeDraft) -> None:
        self.row_version = draft.row_version
        self.first_name.setText(draft.first_name)
        self.tussenvoegsel.setText(draft.tussenvoegsel)
        self.last_name.setText(draft.last_name)
        self.personnel_number.setText(draft.personnel_number)
        self.function.setCurrentText(draft.function)
        self.team.setCurrentIndex(max(self.team.findData(draft.team_id), 0))
        self.kind.setCurrentIndex(max(self.kind.findData(draft.kind), 0))
        self.stage.setCurrentIndex(max(self.stage.findData(draft.stage), 0))
        self.date_in.set_date(draft.date_in_service)
        self.date_out.set_date(draft.date_out_of_service)
        self.cadence.setCurrentIndex(max(self.cadence.findData(draft.cadence), 0))
        if draft.cadence_weeks:
            self.cadence_weeks.setValue(draft.cadence_weeks)

    def draft(self) -> EmployeeDraft:
        cadence = str(self.cadence.currentData())
        return EmployeeDraft(
            first_name=self.first_name.text(),
            tussenvoegsel=self.tussenvoegsel.text(),
            last_name=self.last_name.text(),
            personnel_number=self.personnel_number.text(),
            function=self.function.currentText(),
            team_id=self.team.currentData(),
            kind=str(self.kind.currentData()),
            stage=str(self.stage.currentData()),
            date_in_service=self.date_in.date(),
            date_out_of_service=self.date_out.date(),
            cadence=cadence,
            cadence_weeks=self.cadence_weeks.value() if cadence == "weeks" else None,
            row_version=self.row_version,
        )

    def _validate(self) -> bool:
        self.cadence_weeks.setEnabled(self.cadence.currentData() == "weeks")
        message = ""
        if not self.date_in.is_valid():
            message = self.tr("'In service since' is not a date; write e.g. 25-11-2026.")
        elif not self.date_out.is_valid():
            message = self.tr("'Out of service on' is not a date; write e.g. 25-11-2026.")
        else:
            problems = people.validate_employee(self.draft())
            if problems:
                message = next(iter(problems.values()))
        self.error.show_message(message)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not message)
        return not message

    def _save(self) -> None:
        if not self._validate():
            return
        draft = self.draft()
        try:
            result = save_or_resolve(
                self,
                lambda version, _knowingly: people.save_employee(
                    self.db, replace(draft, row_version=version), self.employee_id
                ),
                draft.row_version,
            )
        except (ValidationError, DatabaseBusyError) as exc:
            self.error.show_message(str(exc))
            return
        if result.value is not None:
            self.saved_id = result.value
            self.accept()
        elif result.outcome is Outcome.RELOAD and self.employee_id is not None:
            self._load(people.get_employee(self.db, self.employee_id).draft)  # mine: clipboard
            self._validate()

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx: ServiceContext, employee_id: int | None
    ) -> int | None:
        """Show the dialog; the saved person's id, or None when cancelled."""
        dialog = cls(parent, ctx, employee_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved_id
        return None
