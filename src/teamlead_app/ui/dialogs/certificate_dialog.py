"""Add or edit one certificate of a person: the type, issue and expiry dates (the expiry
follows the type's default validity until the user types one), a short note."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import ValidationError
from teamlead_app.records.skills import CertificateView
from teamlead_app.services.skills import certificates
from teamlead_app.services.skills.certificates import CertificateDraft
from teamlead_app.ui.widgets.date_field import DateField
from teamlead_app.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext


class CertificateDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        ctx: ServiceContext,
        employee_id: int,
        existing: CertificateView | None,
    ) -> None:
        super().__init__(parent)
        self.db, self.employee_id, self.existing = ctx, employee_id, existing
        self._auto_expiry = existing is None
        self.setWindowTitle(self.tr("Edit certificate") if existing else self.tr("New certificate"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = QComboBox()
        self._months: dict[int, int | None] = {}
        for kind in certificates.list_types(ctx):
            self.kind.addItem(kind.name, kind.id)
            self._months[kind.id] = kind.validity_months
        self.issued = DateField(optional=False)
        self.expires = DateField()
        self.expires.setPlaceholderText(self.tr("dd-mm-yyyy (empty: does not expire)"))
        self.note = QLineEdit()
        self.note.setMaxLength(certificates.MAX_NOTE)
        if existing is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(existing.type_id), 0))
            self.issued.set_date(existing.issued_on)
            self.expires.set_date(existing.expires_on)
            self.note.setText(existing.note)
        else:
            self.issued.set_date(date.today())
            self._fill_expiry()
        form.addRow(self.tr("Certificate"), self.kind)
        form.addRow(self.tr("Issued on"), self.issued)
        form.addRow(self.tr("Valid until"), self.expires)
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        self.error = FormError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._fill_expiry)
        self.issued.textChanged.connect(self._fill_expiry)
        self.expires.textEdited.connect(self._expiry_typed)
        for field in (self.issued, self.expires):
            field.textChanged.connect(self._validate)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self._validate()
        self.setMinimumWidth(440)

    def _expiry_typed(self, _text: str) -> None:
        self._auto_expiry = False

    def _fill_expiry(self) -> None:
        """The default validity of the type, counted from the issue date."""
        if not self._auto_expiry:
            return
        issued = self.issued.date()
        months = self._months.get(self.kind.currentData())
        if issued is not None:
            self.expires.set_date(certificates.add_months(issued, months) if months else None)

    def draft(self) -> CertificateDraft | None:
        issued = self.issued.date()
        if issued is None or not self.expires.is_valid() or self.kind.currentData() is None:
            return None
        return CertificateDraft(
            self.employee_id,
            self.kind.currentData(),
            issued,
            self.expires.date(),
            self.note.text(),
        )

    def _validate(self) -> bool:
        draft = self.draft()
        if draft is None:
            message = self.tr("Write the dates like 25-11-2026.")
        else:
            message = next(iter(certificates.validate_certificate(draft).values()), "")
        self.error.show_message(message)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not message)
        return not message

    def _save(self) -> None:
        draft = self.draft()
        if draft is None or not self._validate():
            return
        try:
            certificates.save_certificate(
                self.db, draft, self.existing.id if self.existing else None
            )
        except ValidationError as exc:
            self.error.show_message(str(exc))
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ctx: ServiceContext,
        employee_id: int,
        existing: CertificateView | None = None,
    ) -> bool:
        return cls(parent, ctx, employee_id, existing).exec() == QDialog.DialogCode.Accepted
