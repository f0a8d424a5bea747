"""Evaluate a rotation: what was learned, the new level (the host signs off; the matrix gets
a history entry naming the rotation), the next step, whether it was shared with the team and
the outcome. "Not for me" is a valid result, said so on the form, and needs no level."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.labels import choices, label
from teamlead_app.records.rotations import RotationView
from teamlead_app.services.rotations.schedule import EvaluationDraft
from teamlead_app.ui.widgets.date_field import DateField
from teamlead_app.ui.widgets.form_error import FormError


class RotationEvaluateDialog(QDialog):
    def __init__(self, parent: QWidget | None, rotation: RotationView) -> None:
        super().__init__(parent)
        self.rotation = rotation
        self.setWindowTitle(self.tr("Evaluate rotation"))
        layout = QVBoxLayout(self)
        what = QLabel(f"{rotation.employee} · {rotation.form or rotation.where}")
        what.setStyleSheet("font-size: 11pt; font-weight: 600;")
        what.setWordWrap(True)
        layout.addWidget(what)
        hint = QLabel(
            self.tr(
                "'Not for me' is a valid result, not a failure: someone who tried it and "
                "chose his own job has learned something too."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #444;")
        layout.addWidget(hint)
        form = QFormLayout()
        self.outcome = QComboBox()
        for code, text in choices("rotation_outcome"):
            self.outcome.addItem(text, code)
        self.learned = QPlainTextEdit()
        self.learned.setFixedHeight(70)
        self.level = QComboBox()
        self.level.addItem(self.tr("(no change)"), None)
        for level in ("I", "L", "U", "O"):
            self.level.addItem(f"{level} – {label('iluo_level', level)}", level)
        self.next_step = QPlainTextEdit()
        self.next_step.setFixedHeight(50)
        self.shared = QCheckBox(self.tr("Shared with the team"))
        self.day = DateField(optional=False)
        self.day.set_date(date.today())
        skill = rotation.skill or self.tr("no skill chosen")
        form.addRow(self.tr("Outcome"), self.outcome)
        form.addRow(self.tr("What was learned"), self.learned)
        form.addRow(self.tr("New level ({0})").format(skill), self.level)
        form.addRow(self.tr("Next step"), self.next_step)
        form.addRow("", self.shared)
        form.addRow(self.tr("Date"), self.day)
        self.level.setEnabled(rotation.skill_id is not None)
        layout.addLayout(form)
        self.error = FormError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.day.textChanged.connect(self._validate)
        self.setMinimumWidth(520)
        self._validate()

    def _validate(self) -> bool:
        day = self.day.date()
        message = ""
        if day is None:
            message = self.tr("Write a date like 25-11-2026.")
        elif day > date.today() or day < self.rotation.date_from:
            message = self.tr(
                "The evaluation date is before the rotation started or in the future."
            )
        self.error.show_message(message)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not message)
        return not message

    def _accept(self) -> None:
        if self._validate():
            self.accept()

    def draft(self) -> EvaluationDraft:
        return EvaluationDraft(
            self.rotation.id,
            self.outcome.currentData(),
            self.learned.toPlainText().strip(),
            self.level.currentData(),
            self.next_step.toPlainText().strip(),
            self.shared.isChecked(),
            self.day.date(),
        )

    @classmethod
    def ask(cls, parent: QWidget | None, rotation: RotationView) -> EvaluationDraft | None:
        dialog = cls(parent, rotation)
        return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None
