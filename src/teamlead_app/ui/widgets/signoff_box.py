"""Closing a conversation: held or not, the employee's sign-off (gezien / akkoord, date, on
paper or on screen) and the employee's own response."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QFormLayout, QHBoxLayout, QWidget

from teamlead_app.labels import choices
from teamlead_app.ui.widgets.date_field import DateField
from teamlead_app.ui.widgets.text_box import TextBox


class SignoffBox(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        form = QFormLayout(self)
        form.setContentsMargins(0, 0, 0, 0)
        self.held = QCheckBox(self.tr("The conversation took place"))
        self.held_on = DateField()
        held_row = QHBoxLayout()
        held_row.addWidget(self.held)
        held_row.addWidget(self.held_on)
        held_row.addStretch(1)
        self.signoff = QComboBox()
        self.signoff.addItem(self.tr("Not yet"), None)
        for code, text in choices("signoff"):
            self.signoff.addItem(text, code)
        self.signoff_date = DateField()
        self.method = QComboBox()
        for code, text in choices("signoff_method"):
            self.method.addItem(text, code)
        sign_row = QHBoxLayout()
        sign_row.addWidget(self.signoff)
        sign_row.addWidget(self.signoff_date)
        sign_row.addWidget(self.method)
        sign_row.addStretch(1)
        self.response = TextBox(
            lines=2, hint=self.tr("The employee's own view, in his or her words")
        )
        form.addRow(self.tr("Held"), held_row)
        form.addRow(self.tr("Employee signs"), sign_row)
        form.addRow(self.tr("Employee's response"), self.response)
        self.held.toggled.connect(self._held_toggled)
        self.signoff.currentIndexChanged.connect(self._signoff_changed)
        for widget in (self.held_on, self.signoff_date):
            widget.textChanged.connect(self.changed)
        self.method.currentIndexChanged.connect(self.changed)
        self.response.textChanged.connect(self.changed)

    def _held_toggled(self, checked: bool) -> None:
        self.held_on.setEnabled(checked)
        if checked and not self.held_on.text():
            self.held_on.set_date(date.today())
        self.changed.emit()

    def _signoff_changed(self) -> None:
        signed = self.signoff.currentData() is not None
        self.signoff_date.setEnabled(signed)
        self.method.setEnabled(signed)
        if signed and not self.signoff_date.text():
            self.signoff_date.set_date(date.today())
        self.changed.emit()

    def set_values(
        self,
        held: bool,
        held_on: date | None,
        signoff: str | None,
        signoff_date: date | None,
        method: str | None,
        response: str,
    ) -> None:
        self.held.setChecked(held)
        self.held_on.set_date(held_on)
        self.held_on.setEnabled(held)
        self.signoff.setCurrentIndex(max(self.signoff.findData(signoff), 0))
        self.signoff_date.set_date(signoff_date)
        self.method.setCurrentIndex(max(self.method.findData(method or "paper"), 0))
        self.signoff_date.setEnabled(signoff is not None)
        self.method.setEnabled(signoff is not None)
        self.response.setPlainText(response)

    def sign_on_screen(self, choice: str) -> None:
        self.signoff.setCurrentIndex(max(self.signoff.findData(choice), 0))
        self.signoff_date.set_date(date.today())
        self.method.setCurrentIndex(max(self.method.findData("screen"), 0))
        if not self.held.isChecked():
            self.held.setChecked(True)

    def first_field(self) -> QWidget:
        """Where a keyboard jump to the closing lands: "held" while it can still be ticked."""
        return self.held if self.held.isEnabled() else self.signoff

    def invalid_date(self) -> bool:
        return self.invalid_field() is not None

    def invalid_field(self) -> tuple[str, QWidget] | None:
        """The label and field of the first date that is not a date, for the message."""
        if not self.held_on.is_valid():
            return self.tr("Held"), self.held_on
        if not self.signoff_date.is_valid():
            return self.tr("Employee signs"), self.signoff_date
        return None
