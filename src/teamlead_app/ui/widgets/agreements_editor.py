"""The agreements made in this conversation: what, who, when, status. Rows are edited in
place; the editor hands back the complete list as AgreementDrafts."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QWidget

from teamlead_app.labels import choices
from teamlead_app.records.conversations import AgreementDraft, AgreementView
from teamlead_app.ui.widgets.date_field import DateField
from teamlead_app.ui.widgets.row_editor import EditorRow, RowEditor


class _AgreementRow(EditorRow):
    def __init__(self, view: AgreementView | AgreementDraft | None) -> None:
        self.agreement_id = view.id if view is not None else None
        self.row_version = view.row_version if view is not None else None
        self.text = QLineEdit()
        self.text.setPlaceholderText(QApplication.translate("AgreementsEditor", "What is agreed?"))
        self.owner = QComboBox()
        for code, text in choices("agreement_owner"):
            self.owner.addItem(text, code)
        self.due = DateField()
        self.due.setMaximumWidth(110)
        self.status = QComboBox()
        for code, text in choices("agreement_status"):
            self.status.addItem(text, code)
        # A small cross: the agreement's text needs the width more than the button does.
        self.remove = QPushButton("✕")
        self.remove.setToolTip(QApplication.translate("AgreementsEditor", "Remove"))
        self.remove.setAccessibleName(QApplication.translate("AgreementsEditor", "Remove"))
        self.remove.setFixedWidth(self.remove.sizeHint().height() + 4)
        if view is not None:
            self.text.setText(view.text)
            self.text.setCursorPosition(0)  # a long text shows its start, not its end
            self.owner.setCurrentIndex(max(self.owner.findData(view.owner), 0))
            self.due.set_date(view.due_date)
            self.status.setCurrentIndex(max(self.status.findData(view.status), 0))

    def fields(self) -> list[QWidget]:
        return [self.text, self.owner, self.due, self.status]

    def draft(self) -> AgreementDraft:
        return AgreementDraft(
            text=self.text.text(),
            owner=str(self.owner.currentData()),
            due_date=self.due.date(),
            status=str(self.status.currentData()),
            id=self.agreement_id,
            row_version=self.row_version,
        )


class AgreementsEditor(RowEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            (
                QApplication.translate("AgreementsEditor", "What"),
                QApplication.translate("AgreementsEditor", "Who"),
                QApplication.translate("AgreementsEditor", "When"),
                QApplication.translate("AgreementsEditor", "Status"),
            ),
            0,
            QApplication.translate(
                "AgreementsEditor", "No agreements yet. Close with at least one: what, who, when."
            ),
            QApplication.translate("AgreementsEditor", "+ &Agreement"),
            _AgreementRow,
            parent,
        )

    def set_agreements(self, items: tuple[AgreementView, ...] | tuple[AgreementDraft, ...]) -> None:
        self.set_rows(items)

    def drafts(self) -> tuple[AgreementDraft, ...]:
        """Rows with text; a row left empty is ignored rather than refused."""
        return tuple(row.draft() for row in self._rows if row.text.text().strip())

    def invalid_date(self) -> bool:
        return self.invalid_row() is not None

    def invalid_row(self) -> tuple[int, QWidget] | None:
        """The number (1, 2 ...) and date field of the first agreement whose 'When' is no date."""
        for number, row in enumerate(self._rows, start=1):
            if not row.due.is_valid():
                return number, row.due
        return None

    def first_field(self) -> QWidget:
        """Where a keyboard jump to the agreements lands: the first row, or "+ Agreement"."""
        return self._rows[0].text if self._rows else self.add_button

    def first_due(self) -> date | None:
        dates = [due for row in self._rows if (due := row.due.date()) is not None]
        return min(dates) if dates else None
