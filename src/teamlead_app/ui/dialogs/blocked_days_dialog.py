"""Vrije dagen: the periods the lead blocks for conversations (leave, bouwvak), each a date
range with a reason. Public holidays need no entry: the planning knows them."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import ValidationError
from teamlead_app.services.conversations import days_off
from teamlead_app.services.conversations.days_off import BlockedPeriod
from teamlead_app.ui.widgets.date_field import DateField
from teamlead_app.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext


class BlockedDaysDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext) -> None:
        super().__init__(parent)
        self.db = ctx
        self._build_ui()
        self._connect_signals()
        for period in days_off.blocked_periods(ctx):
            self._add_row(period)
        self._validate()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Days without conversations"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Block days for conversations, such as leave or the construction holiday "
                "(bouwvak). Public holidays are skipped by themselves."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("From"), self.tr("Up to and including"), self.tr("Reason")]
        )
        self.table.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add period"))
        self.remove_button = QPushButton(self.tr("&Remove period"))
        row.addWidget(self.add_button)
        row.addWidget(self.remove_button)
        row.addStretch(1)
        layout.addLayout(row)
        self.error = FormError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)
        self.resize(560, 380)

    def _connect_signals(self) -> None:
        self.add_button.clicked.connect(lambda: self._add_row(None))
        self.remove_button.clicked.connect(self._remove_row)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _add_row(self, period: BlockedPeriod | None) -> None:
        row = self.table.rowCount()
        self.table.insertRow(row)
        first, last = DateField(optional=False), DateField(optional=False)
        reason = QLineEdit()
        reason.setMaxLength(days_off.REASON_MAX)
        reason.setPlaceholderText(self.tr("e.g. bouwvak"))
        if period is not None:
            first.set_date(period.first)
            last.set_date(period.last)
            reason.setText(period.reason)
        for column, widget in enumerate((first, last, reason)):
            self.table.setCellWidget(row, column, widget)
        for field in (first, last, reason):
            field.textChanged.connect(self._validate)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(1)
        if period is None:
            first.setFocus()
        self._validate()

    def _remove_row(self) -> None:
        row = self.table.currentRow()
        if row < 0:
            row = self.table.rowCount() - 1
        if row >= 0:
            self.table.removeRow(row)
        self._validate()

    def _cells(self, row: int) -> tuple[DateField, DateField, QLineEdit]:
        first, last = self.table.cellWidget(row, 0), self.table.cellWidget(row, 1)
        reason = self.table.cellWidget(row, 2)
        assert isinstance(first, DateField) and isinstance(last, DateField)
        assert isinstance(reason, QLineEdit)
        return first, last, reason

    def _validate(self) -> bool:
        for row in range(self.table.rowCount()):
            first, last, _reason = self._cells(row)
            if not (first.is_valid() and last.is_valid()):
                self.error.show_message(
                    self.tr("Line {0}: type the dates as dd-mm-yyyy.").format(row + 1)
                )
                self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(False)
                return False
        self.error.show_message("")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(True)
        return True

    def draft(self) -> list[BlockedPeriod]:
        periods = []
        for row in range(self.table.rowCount()):
            first, last, reason = self._cells(row)
            start, end = first.date(), last.date()
            if start is not None and end is not None:
                periods.append(BlockedPeriod(start, end, reason.text()))
        return periods

    def _save(self) -> None:
        if not self._validate():
            return
        try:
            days_off.save_blocked_periods(self.db, self.draft())
        except ValidationError as exc:
            self.error.show_message(str(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: ServiceContext) -> bool:
        """True when the periods were saved."""
        return cls(parent, ctx).exec() == QDialog.DialogCode.Accepted


def describe_days_off(days: tuple[tuple[date, str], ...]) -> list[str]:
    """Days off as short ranges: consecutive working days with the same reason become one
    ("20-07–07-08 Bouwvak"), a weekend in between does not break a range."""
    spans: list[tuple[date, date, str]] = []
    for day, why in days:
        if spans and spans[-1][2] == why and (day - spans[-1][1]).days <= 3:
            spans[-1] = (spans[-1][0], day, why)
        else:
            spans.append((day, day, why))
    return [
        f"{first:%d-%m} {why}" if first == last else f"{first:%d-%m}–{last:%d-%m} {why}"
        for first, last, why in spans
    ]
