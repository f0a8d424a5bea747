"""Archive a person who leaves: a date out of service, nothing is deleted."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QLabel, QVBoxLayout, QWidget

from teamlead_app.errors import ValidationError
from teamlead_app.services import people
from teamlead_app.ui.widgets.date_field import DateField
from teamlead_app.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from teamlead_app.data.db import Database
    from teamlead_app.services.people import EmployeeRow


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
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)
        return ok

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
