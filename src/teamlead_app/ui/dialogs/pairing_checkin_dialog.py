"""Two small forms for a running pairing: a check-in (date, short note, shared with the
mentee or private) and ending it (completed with an end evaluation, or stopped with a
required reason). They return drafts; the page makes the one service call."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.data.statuses import PairingStatus
from teamlead_app.labels import label
from teamlead_app.services.pairings.pairings import MAX_NOTE, MAX_TEXT
from teamlead_app.ui.widgets.date_field import DateField
from teamlead_app.ui.widgets.form_error import FormError


@dataclass(frozen=True)
class CheckinDraft:
    held_on: date
    note: str
    shared: bool


@dataclass(frozen=True)
class EndDraft:
    status: str  # afgerond or gestopt
    on: date
    reason: str
    evaluation: str


class CheckinDialog(QDialog):
    def __init__(self, parent: QWidget | None, start_on: date, who: str = "") -> None:
        super().__init__(parent)
        self.start_on = start_on
        self.setWindowTitle(self.tr("Add check-in"))
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        self.who = QLabel(who)
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.who.setWordWrap(True)
        self.who.setStyleSheet("font-weight: 600;")
        self.who.setVisible(bool(who))
        layout.addWidget(self.who)
        form = QFormLayout()
        self.held_on = DateField(optional=False)
        self.held_on.set_date(date.today())
        self.note = QLineEdit()
        self.note.setMaxLength(MAX_NOTE)
        self.note.setPlaceholderText(self.tr("A short note: how is it going?"))
        self.shared = QCheckBox(self.tr("Shared with the mentee (unticked: private note)"))
        self.shared.setChecked(True)
        form.addRow(self.tr("Date"), self.held_on)
        form.addRow(self.tr("Note"), self.note)
        form.addRow("", self.shared)
        layout.addLayout(form)
        self.error, self.buttons = _error_and_buttons(self, layout, self._accept)
        self.held_on.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> bool:
        day = self.held_on.date()
        message = ""
        if day is None:
            message = self.tr("Write the date like 25-11-2026.")
        elif day < self.start_on:
            message = self.tr("The check-in is before the pairing started.")
        self.error.show_message(message)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not message)
        return not message

    def _accept(self) -> None:
        if self._validate():
            self.accept()

    def draft(self) -> CheckinDraft:
        return CheckinDraft(
            self.held_on.date() or date.today(), self.note.text().strip(), self.shared.isChecked()
        )

    @classmethod
    def ask(cls, parent: QWidget | None, start_on: date, who: str = "") -> CheckinDraft | None:
        dialog = cls(parent, start_on, who)
        return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None


class EndPairingDialog(QDialog):
    """Complete (with the end evaluation) or stop (with a reason) a pairing. A proposed
    pairing can only be stopped, also before its start (it never began)."""

    def __init__(
        self, parent: QWidget | None, start_on: date, who: str = "", *, proposed: bool = False
    ) -> None:
        super().__init__(parent)
        self.start_on = start_on
        self.proposed = proposed
        self.setWindowTitle(self.tr("End pairing"))
        self.setMinimumWidth(500)
        layout = QVBoxLayout(self)
        self.who = QLabel(who)
        self.who.setTextFormat(Qt.TextFormat.PlainText)
        self.who.setWordWrap(True)
        self.who.setStyleSheet("font-weight: 600;")
        self.who.setVisible(bool(who))
        layout.addWidget(self.who)
        form = QFormLayout()
        self.status = QComboBox()
        for status in (
            (PairingStatus.STOPPED,)
            if proposed
            else (PairingStatus.COMPLETED, PairingStatus.STOPPED)
        ):
            self.status.addItem(label("pairing_status", status), status)
        self.on = DateField(optional=False)
        self.on.set_date(date.today())
        self.reason = QLineEdit()
        self.reason.setMaxLength(MAX_TEXT)
        self.evaluation = QPlainTextEdit()
        self.evaluation.setPlaceholderText(self.tr("What went well, what did the mentee learn?"))
        self.evaluation.setFixedHeight(90)
        form.addRow(self.tr("How"), self.status)
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("End evaluation"), self.evaluation)
        layout.addLayout(form)
        self.error, self.buttons = _error_and_buttons(self, layout, self._accept)
        self.status.currentIndexChanged.connect(self._validate)
        self.reason.textChanged.connect(self._validate)
        self.on.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> bool:
        day = self.on.date()
        message = ""
        if day is None:
            message = self.tr("Write the date like 25-11-2026.")
        elif day < self.start_on and not self.proposed:
            message = self.tr("The end date is before the start.")
        elif self.status.currentData() == PairingStatus.STOPPED and not self.reason.text().strip():
            message = self.tr("Give a reason why the pairing stops.")
        self.error.show_message(message)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not message)
        return not message

    def _accept(self) -> None:
        if self._validate():
            self.accept()

    def draft(self) -> EndDraft:
        return EndDraft(
            self.status.currentData(),
            self.on.date() or date.today(),
            self.reason.text().strip(),
            self.evaluation.toPlainText().strip(),
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, start_on: date, who: str = "", *, proposed: bool = False
    ) -> EndDraft | None:
        dialog = cls(parent, start_on, who, proposed=proposed)
        return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None


def _error_and_buttons(
    dialog: QDialog, layout: QVBoxLayout, accept: Callable[[], None]
) -> tuple[FormError, QDialogButtonBox]:
    """The error line and Save/Cancel under both pairing forms."""
    error = FormError()
    layout.addWidget(error)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    layout.addWidget(buttons)
    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    return error, buttons
