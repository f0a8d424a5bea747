"""The agreements made in this conversation: what, who, when, status. Rows are edited in
place; the editor hands back the complete list as AgreementDrafts."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.labels import choices
from teamlead_app.records.conversations import AgreementDraft, AgreementView
from teamlead_app.ui.widgets.date_field import DateField


class _AgreementRow:
    def __init__(self, editor: AgreementsEditor, agreement_id: int | None) -> None:
        self.agreement_id = agreement_id
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
        for widget in (self.text, self.due):
            widget.textChanged.connect(editor.changed)
        for combo in (self.owner, self.status):
            combo.currentIndexChanged.connect(editor.changed)

    def widgets(self) -> list[QWidget]:
        return [self.text, self.owner, self.due, self.status, self.remove]

    def draft(self) -> AgreementDraft:
        return AgreementDraft(
            text=self.text.text(),
            owner=str(self.owner.currentData()),
            due_date=self.due.date(),
            status=str(self.status.currentData()),
            id=self.agreement_id,
        )


class AgreementsEditor(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[_AgreementRow] = []
        # Grid rows are never reused: a removed row leaves a gap, a new one goes below all.
        self._next_grid_row = 1
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        for column, title in enumerate(
            (self.tr("What"), self.tr("Who"), self.tr("When"), self.tr("Status"))
        ):
            header = QLabel(title)
            header.setStyleSheet("font-weight: 600;")
            self.grid.addWidget(header, 0, column)
        self.grid.setColumnStretch(0, 1)
        outer.addLayout(self.grid)
        self.empty = QLabel(self.tr("No agreements yet. Close with at least one: what, who, when."))
        self.empty.setStyleSheet("color: #667;")
        outer.addWidget(self.empty)
        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("+ &Agreement"))
        buttons.addWidget(self.add_button)
        buttons.addStretch(1)
        outer.addLayout(buttons)
        self.add_button.clicked.connect(lambda: self.add_row(focus=True))

    def add_row(
        self, view: AgreementView | AgreementDraft | None = None, focus: bool = False
    ) -> None:
        row = _AgreementRow(self, view.id if view is not None else None)
        if view is not None:
            row.text.setText(view.text)
            row.text.setCursorPosition(0)  # a long text shows its start, not its end
            row.owner.setCurrentIndex(max(row.owner.findData(view.owner), 0))
            row.due.set_date(view.due_date)
            row.status.setCurrentIndex(max(row.status.findData(view.status), 0))
        index = self._next_grid_row
        self._next_grid_row += 1
        for column, widget in enumerate(row.widgets()):
            self.grid.addWidget(widget, index, column)
        if self._rows:  # Tab runs through the rows in order
            QWidget.setTabOrder(self._rows[-1].remove, row.text)
        row.remove.clicked.connect(lambda: self._remove(row))
        self._rows.append(row)
        self.empty.setVisible(False)
        if focus:
            row.text.setFocus()
            self.changed.emit()

    def _remove(self, row: _AgreementRow) -> None:
        for widget in row.widgets():
            self.grid.removeWidget(widget)
            widget.deleteLater()
        self._rows.remove(row)
        self.empty.setVisible(not self._rows)
        self.changed.emit()

    def set_agreements(self, items: tuple[AgreementView, ...] | tuple[AgreementDraft, ...]) -> None:
        for row in list(self._rows):
            self._remove(row)
        for item in items:
            self.add_row(item)
        self.empty.setVisible(not self._rows)

    def drafts(self) -> tuple[AgreementDraft, ...]:
        """Rows with text; a row left empty is ignored rather than refused."""
        return tuple(row.draft() for row in self._rows if row.text.text().strip())

    def invalid_date(self) -> bool:
        return any(not row.due.is_valid() for row in self._rows)

    def set_read_only(self, read_only: bool) -> None:
        for row in self._rows:
            for widget in row.widgets():
                widget.setEnabled(not read_only)
        self.add_button.setEnabled(not read_only)

    def first_field(self) -> QWidget:
        """Where a keyboard jump to the agreements lands: the first row, or "+ Agreement"."""
        return self._rows[0].text if self._rows else self.add_button

    def first_due(self) -> date | None:
        dates = [row.due.date() for row in self._rows if row.due.date()]
        return min(dates) if dates else None
