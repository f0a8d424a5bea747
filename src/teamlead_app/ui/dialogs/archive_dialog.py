"""Archive a person who leaves: a date out of service, nothing is deleted."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from teamlead_app.errors import ValidationError
from teamlead_app.services.people import employees as people
from teamlead_app.ui.widgets.date_field import DateField
from teamlead_app.ui.widgets.form_error import FormError
from teamlead_app.util.dates import format_date

if TYPE_CHECKING:
    from teamlead_app.data.db import Database
    from teamlead_app.services.people.employees import EmployeeRow


class ArchiveDialog(QDialog):
    def __init__(self, parent: QWidget | None, db: Database, row: EmployeeRow) -> None:
        super().__init__(parent)
        self.db = db
        self.row = row
        self.setWindowTitle(self.tr("Archive person"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "{0} leaves the team. The person is archived with a date out of service; "
                "conversations and goals are kept until the retention period has passed."
            ).format(row.full_name)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.date_out = DateField(optional=False)
        self.date_out.set_date(date.today())
        form.addRow(self.tr("Out of service on"), self.date_out)
        layout.addLayout(form)
        self.note = QLabel()
        self.note.setWordWrap(True)
        layout.addWidget(self.note)
        self.error = FormError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)
        self.date_out.textChanged.connect(self._validate)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(420)

    def _validate(self) -> bool:
        ok = self.date_out.is_valid()
        self.error.show_message("" if ok else self.tr("Write a date like 25-11-2026."))
        self.note.setText(self._note(self.date_out.date()) if ok else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

    def _note(self, when: date | None) -> str:
        """A date still to come is notice: the person stays active until that day."""
        if when is None:
            return ""
        if when >= date.today():
            return self.tr(
                "Until and including {0}, {1} stays active: conversations, the POP and goals "
                "can still be planned. Archived from the day after."
            ).format(format_date(when), self.row.full_name)
        return self.tr("That day has passed: {0} is archived straight away.").format(
            self.row.full_name
        )

    def _save(self) -> None:
        when = self.date_out.date()
        if when is None or not self._validate():
            return
        try:
            people.archive_employee(self.db, self.row.id, when)
        except ValidationError as exc:
            self.error.show_message(str(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, db: Database, row: EmployeeRow) -> bool | None:
        dialog = cls(parent, db, row)
        return True if dialog.exec() == QDialog.DialogCode.Accepted else None
