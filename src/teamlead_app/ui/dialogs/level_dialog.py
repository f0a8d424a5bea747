"""The light history entry for a level change: who assessed (the lead by default), one
optional line of evidence, the date (today). Enter saves, Escape cancels."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.labels import label
from teamlead_app.reports.matrix_style import level_text
from teamlead_app.services.skills.levels import MAX_EVIDENCE
from teamlead_app.ui.widgets.date_field import DateField
from teamlead_app.ui.widgets.form_error import FormError


@dataclass(frozen=True)
class LevelEntry:
    assessor: str
    evidence: str
    assessed_on: date


class LevelDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        person: str,
        skill: str,
        old: str,
        new: str,
        assessor: str,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Change level"))
        layout = QVBoxLayout(self)
        what = QLabel(
            self.tr("{0} · {1}: {2} → {3} ({4})").format(
                person, skill, level_text(old), level_text(new), label("iluo_level", new)
            )
        )
        what.setWordWrap(True)
        what.setTextFormat(Qt.TextFormat.PlainText)
        what.setStyleSheet("font-size: 11pt; font-weight: 600;")
        layout.addWidget(what)
        form = QFormLayout()
        self.assessor = QLineEdit(assessor)
        self.assessor.setMaxLength(200)
        self.evidence = QLineEdit()
        self.evidence.setMaxLength(MAX_EVIDENCE)
        self.evidence.setPlaceholderText(self.tr("optional, e.g. 'set up the press brake alone'"))
        self.day = DateField(optional=False)
        self.day.set_date(date.today())
        form.addRow(self.tr("Assessed by"), self.assessor)
        form.addRow(self.tr("Evidence"), self.evidence)
        form.addRow(self.tr("Date"), self.day)
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
        self.evidence.setFocus()
        self.setMinimumWidth(460)

    def _validate(self) -> bool:
        day = self.day.date()
        message = ""
        if day is None:
            message = self.tr("Write a date like 25-11-2026.")
        elif day > date.today():
            message = self.tr("The assessment date is in the future.")
        self.error.show_message(message)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not message)
        return not message

    def _accept(self) -> None:
        if self._validate():
            self.accept()

    def entry(self) -> LevelEntry:
        return LevelEntry(
            self.assessor.text().strip(),
            self.evidence.text().strip(),
            self.day.date() or date.today(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, person: str, skill: str, old: str, new: str, assessor: str
    ) -> LevelEntry | None:
        dialog = cls(parent, person, skill, old, new, assessor)
        return dialog.entry() if dialog.exec() == QDialog.DialogCode.Accepted else None
