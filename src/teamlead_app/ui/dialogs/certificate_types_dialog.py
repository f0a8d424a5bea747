"""The editable list of certificate types (VCA, NEN 3140, BHV, heftruck ...) with the default
validity in months; a type in use cannot be deleted."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import ValidationError
from teamlead_app.services.skills import certificates
from teamlead_app.services.skills.certificates import CertificateTypeDraft, CertificateTypeView
from teamlead_app.ui.models.table import Column, RowTableModel
from teamlead_app.ui.widgets.form_error import FormError
from teamlead_app.ui.widgets.lists import delete_after_asking, editable_list

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext


class CertificateTypeDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, ctx: ServiceContext, existing: CertificateTypeView | None
    ) -> None:
        super().__init__(parent)
        self.db, self.existing = ctx, existing
        self.setWindowTitle(self.tr("Certificate type"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(existing.name if existing else "")
        self.name.setMaxLength(200)
        self.months = QSpinBox()
        self.months.setRange(0, 600)
        self.months.setSpecialValueText(self.tr("does not expire"))
        self.months.setSuffix(self.tr(" months"))
        self.months.setValue((existing.validity_months or 0) if existing else 12)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Valid for"), self.months)
        layout.addLayout(form)
        self.error = FormError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)
        self.name.textChanged.connect(self._validate)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self._validate()
        self.setMinimumWidth(380)

    def draft(self) -> CertificateTypeDraft:
        return CertificateTypeDraft(self.name.text(), self.months.value() or None)

    def _validate(self) -> bool:
        message = next(iter(certificates.validate_type(self.draft()).values()), "")
        self.error.show_message(message)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not message)
        return not message

    def _save(self) -> None:
        if not self._validate():
            return
        try:
            certificates.save_type(
                self.db, self.draft(), self.existing.id if self.existing else None
            )
        except ValidationError as exc:
            self.error.show_message(str(exc))
            return
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx: ServiceContext, existing: CertificateTypeView | None
    ) -> bool:
        return cls(parent, ctx, existing).exec() == QDialog.DialogCode.Accepted


class CertificateTypesDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext) -> None:
        super().__init__(parent)
        self.db = ctx
        self.setWindowTitle(self.tr("Certificate types"))
        layout = QVBoxLayout(self)
        self.model: RowTableModel[CertificateTypeView] = RowTableModel(
            [
                Column(self.tr("Certificate"), lambda c: c.name),
                Column(
                    self.tr("Valid for"),
                    lambda c: (
                        self.tr("{0} months").format(c.validity_months)
                        if c.validity_months
                        else self.tr("does not expire")
                    ),
                ),
                Column(self.tr("In use"), lambda c: str(c.in_use)),
            ],
            self,
        )
        self.table, self.add_button, self.edit_button, self.delete_button = editable_list(
            layout, self.model, self._add, self._edit, self._delete, self.accept
        )
        self.reload()
        self.resize(520, 420)

    def reload(self) -> None:
        self.model.set_rows(certificates.list_types(self.db))
        self.table.resizeColumnsToContents()

    def _selected(self) -> CertificateTypeView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _add(self) -> None:
        if CertificateTypeDialog.ask(self, self.db, None):
            self.reload()

    def _edit(self) -> None:
        chosen = self._selected()
        if chosen is not None and CertificateTypeDialog.ask(self, self.db, chosen):
            self.reload()

    def _delete(self) -> None:
        chosen = self._selected()
        if chosen is None:
            return
        delete_after_asking(
            self,
            self.tr("Delete type"),
            chosen.name,
            lambda: certificates.delete_type(self.db, chosen.id),
        )
        self.reload()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: ServiceContext) -> None:
        cls(parent, ctx).exec()
