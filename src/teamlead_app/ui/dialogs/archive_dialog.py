"""Archive a person who leaves: a date out of service, nothing is deleted. Someone who still
guides colleagues (open pairings as mentor) is not archived until the foreman says what
happens to those pairings: stopped with a reason, or handed over to another mentor; both
together with the archiving in one call."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import ValidationError
from teamlead_app.labels import label
from teamlead_app.services.pairings.handover import archive_mentor, open_pairings_of_mentor
from teamlead_app.services.people import employees as people
from teamlead_app.ui.widgets.date_field import DateField
from teamlead_app.ui.widgets.form_error import FormError
from teamlead_app.util.dates import format_date

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext
    from teamlead_app.services.people.employees import EmployeeRow


class ArchiveDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext, row: EmployeeRow) -> None:
        super().__init__(parent)
        self.db = ctx
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
        self._pairings_box(layout)
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
        for signal in (
            self.stop.toggled,
            self.reason.textChanged,
            self.successor.currentIndexChanged,
        ):
            signal.connect(self._validate)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(420)
        self._validate()

    def _pairings_box(self, layout: QVBoxLayout) -> None:
        """The open pairings this person guides, and what happens to them."""
        self.guided = open_pairings_of_mentor(self.db, self.row.id)
        self.box = QGroupBox(self.tr("Pairings this person guides"))
        inner = QVBoxLayout(self.box)
        names = "\n".join(
            f"• {p.mentee} ({label('pairing_kind', p.kind)}, {label('pairing_status', p.status)})"
            for p in self.guided
        )
        listed = QLabel(self.tr("{0} still guides:").format(self.row.full_name) + "\n" + names)
        listed.setTextFormat(Qt.TextFormat.PlainText)
        listed.setWordWrap(True)
        inner.addWidget(listed)
        self.stop = QRadioButton(self.tr("&Stop these pairings, with a reason:"))
        self.reason = QLineEdit()
        self.hand = QRadioButton(self.tr("&Hand them over to:"))
        self.successor = QComboBox()
        self.successor.addItem(self.tr("(choose)"), None)
        for e in people.list_employees(self.db):
            if e.id != self.row.id:
                self.successor.addItem(e.list_name, e.id)
        self.stop.setChecked(True)
        for widget in (self.stop, self.reason, self.hand, self.successor):
            inner.addWidget(widget)
        layout.addWidget(self.box)
        self.box.setVisible(bool(self.guided))

    def _pairings_problem(self) -> str:
        if not self.guided:
            return ""
        if self.stop.isChecked() and not self.reason.text().strip():
            return self.tr("Give a reason why the pairings stop, or hand them over.")
        if self.hand.isChecked() and self.successor.currentData() is None:
            return self.tr("Choose who takes over the pairings.")
        return ""

    def _validate(self) -> bool:
        self.reason.setEnabled(self.stop.isChecked())
        self.successor.setEnabled(self.hand.isChecked())
        ok = self.date_out.is_valid()
        problem = "" if ok else self.tr("Write a date like 25-11-2026.")
        problem = problem or self._pairings_problem()
        ok = not problem
        self.error.show_message(problem)
        self.note.setText(self._note(self.date_out.date()) if self.date_out.is_valid() else "")
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
        new_mentor = self.successor.currentData() if self.hand.isChecked() else None
        try:
            archive_mentor(
                self.db, self.row.id, when, new_mentor_id=new_mentor, reason=self.reason.text()
            )
        except ValidationError as exc:
            self.error.show_message(str(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: ServiceContext, row: EmployeeRow) -> bool | None:
        dialog = cls(parent, ctx, row)
        return True if dialog.exec() == QDialog.DialogCode.Accepted else None
