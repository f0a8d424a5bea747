"""Agree a POP: the employee's 'gezien' or 'akkoord' with date and method (paper or screen),
the lead's date and the employee's own response. OK signs the plan (status agreed)."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import AppError
from teamlead_app.labels import choices
from teamlead_app.records.development import PopDraft, PopView
from teamlead_app.services.development import pop
from teamlead_app.ui.widgets.date_field import DateField
from teamlead_app.ui.widgets.form_error import FormError
from teamlead_app.ui.widgets.text_box import TextBox

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext


class PopSignoffDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        ctx: ServiceContext,
        view: PopView,
        typed: PopDraft | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = ctx
        self.view = view
        self.typed = typed  # the page's unsaved texts: saved in the same transaction
        self._build_ui()
        self._connect_signals()
        self._load()
        self._validate()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Agree the POP (sign-off)"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Both sign the plan. 'Seen' means the employee has read it; 'Agreed' that he "
                "or she agrees. This is a development document, not an assessment."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.signoff = QComboBox()
        for code, text in choices("signoff"):
            self.signoff.addItem(text, code)
        self.signoff_date = DateField(optional=False)
        self.method = QComboBox()
        for code, text in choices("signoff_method"):
            self.method.addItem(text, code)
        self.lead_date = DateField(optional=False)
        self.response = TextBox(
            lines=4, hint=self.tr("The employee's response, in his or her own words")
        )
        form.addRow(self.tr("&Employee"), self.signoff)
        form.addRow(self.tr("&Date employee *"), self.signoff_date)
        form.addRow(self.tr("&Method"), self.method)
        form.addRow(self.tr("Date &lead *"), self.lead_date)
        form.addRow(self.tr("&Response of the employee"), self.response)
        layout.addLayout(form)
        self.error = FormError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Sign"))
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.signoff_date.textChanged.connect(self._validate)
        self.lead_date.textChanged.connect(self._validate)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _load(self) -> None:
        view = self.view
        self.signoff.setCurrentIndex(max(self.signoff.findData(view.signoff or "akkoord"), 0))
        self.method.setCurrentIndex(max(self.method.findData(view.signoff_method or "paper"), 0))
        self.signoff_date.set_date(view.signoff_date or date.today())
        self.lead_date.set_date(view.lead_signed_on or view.signoff_date or date.today())
        self.response.setPlainText(view.employee_response)
        if view.signoff is not None:  # signed already: only the response may be added
            self.setWindowTitle(self.tr("Response of the employee to the signed POP"))
            for field in (self.signoff, self.method):
                field.setEnabled(False)
            for edit in (self.signoff_date, self.lead_date):
                edit.setReadOnly(True)
            save = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
            save.setText(self.tr("&Save response"))

    def _validate(self) -> bool:
        message = ""
        if not self.signoff_date.is_valid():
            message = self.tr("'Date employee' is not a date; write e.g. 25-11-2026.")
        elif not self.lead_date.is_valid():
            message = self.tr("'Date lead' is not a date; write e.g. 25-11-2026.")
        self.error.show_message(message)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not message)
        return not message

    def _save(self) -> None:
        signed_on = self.signoff_date.date()
        if not self._validate() or signed_on is None:
            return
        try:
            pop.agree_pop(
                self.db,
                self.view.id,
                signoff=str(self.signoff.currentData()),
                signoff_date=signed_on,
                method=str(self.method.currentData()),
                lead_signed_on=self.lead_date.date(),
                employee_response=self.response.text(),
                typed=self.typed,
            )
        except AppError as exc:
            self.error.show_message(str(exc))
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ctx: ServiceContext,
        view: PopView,
        typed: PopDraft | None = None,
    ) -> bool:
        """Show the dialog; True when the plan was signed."""
        return cls(parent, ctx, view, typed).exec() == QDialog.DialogCode.Accepted
