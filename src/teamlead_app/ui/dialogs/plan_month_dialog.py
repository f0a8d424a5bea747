"""Plan de maand: a proposed date and time for everyone who is due, spread over the working
days within working hours; the lead reviews (and may change times) and plans all at once."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import ValidationError
from teamlead_app.services.conversations import month_plan as planning
from teamlead_app.services.conversations.month_plan import MonthProposal
from teamlead_app.services.people import employees as people
from teamlead_app.ui.dialogs.blocked_days_dialog import BlockedDaysDialog, describe_days_off
from teamlead_app.ui.dialogs.move_dialog import from_qdatetime, to_qdatetime
from teamlead_app.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext


class PlanMonthDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext, team_id: int | None) -> None:
        super().__init__(parent)
        self.db = ctx
        self.proposal: MonthProposal | None = None
        self.created: list[int] = []
        self._build_ui(team_id)
        self._connect_signals()
        self._propose()

    def _build_ui(self, team_id: int | None) -> None:
        self.setWindowTitle(self.tr("Plan the month"))
        layout = QVBoxLayout(self)
        row = QHBoxLayout()
        today = date.today()
        self.month = QComboBox()
        for offset in range(0, 3):
            year, month = divmod(today.month - 1 + offset, 12)
            first = date(today.year + year, month + 1, 1)
            name = QLocale().standaloneMonthName(first.month)  # "januari 2027", not "01-2027"
            self.month.addItem(f"{name} {first.year}", (first.year, first.month))
        self.team = QComboBox()
        self.team.addItem(self.tr("All teams"), None)
        for team in people.list_teams(self.db):
            self.team.addItem(team.name, team.id)
        self.team.setCurrentIndex(max(self.team.findData(team_id), 0))
        row.addWidget(QLabel(self.tr("Month")))
        row.addWidget(self.month)
        row.addWidget(QLabel(self.tr("Team")))
        row.addWidget(self.team)
        row.addStretch(1)
        self.days_off_button = QPushButton(self.tr("&Days without conversations…"))
        row.addWidget(self.days_off_button)
        layout.addLayout(row)
        self.load = QLabel()
        self.load.setStyleSheet("font-size: 11pt;")
        self.load.setWordWrap(True)
        layout.addWidget(self.load)
        self.skipped = QLabel()
        self.skipped.setTextFormat(Qt.TextFormat.PlainText)  # reasons of blocked days
        self.skipped.setWordWrap(True)
        self.skipped.setStyleSheet("color: #445;")
        layout.addWidget(self.skipped)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Plan"), self.tr("Employee"), self.tr("Date and time"), self.tr("Minutes")]
        )
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        layout.addWidget(self.table, 1)
        self.not_placed = QLabel()
        self.not_placed.setTextFormat(Qt.TextFormat.PlainText)  # names
        self.not_placed.setWordWrap(True)
        self.not_placed.setStyleSheet("color: #a15c00;")
        layout.addWidget(self.not_placed)
        self.error = FormError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Plan all"))
        layout.addWidget(self.buttons)
        self.resize(760, 620)

    def _connect_signals(self) -> None:
        self.month.currentIndexChanged.connect(self._propose)
        self.team.currentIndexChanged.connect(self._propose)
        self.days_off_button.clicked.connect(self._edit_days_off)
        self.buttons.accepted.connect(self._create)
        self.buttons.rejected.connect(self.reject)

    def _propose(self) -> None:
        year, month = self.month.currentData()
        try:
            self.proposal = planning.propose_month(self.db, year, month, self.team.currentData())
        except ValidationError as exc:
            self.proposal = None
            self.error.show_message(str(exc))
            self.table.setRowCount(0)
            return
        self.error.show_message("")
        proposal = self.proposal
        self.load.setText(
            self.tr(
                "Still to hold this month: {0}. To plan now: {1}, already planned: {2}, "
                "at most {3} a day."
            ).format(
                proposal.load.text, len(proposal.items), proposal.already_planned, proposal.per_day
            )
        )
        skipped = describe_days_off(proposal.days_off)
        self.skipped.setText(
            self.tr("No conversations on: {0}.").format(", ".join(skipped)) if skipped else ""
        )
        self.table.setRowCount(0)  # drops the previous month's editors
        self.table.setRowCount(len(proposal.items))
        for row, item in enumerate(proposal.items):
            check = QCheckBox()
            check.setChecked(True)
            when = QDateTimeEdit(to_qdatetime(item.start))
            when.setDisplayFormat("ddd dd-MM-yyyy HH:mm")
            minutes = QSpinBox()
            minutes.setRange(5, 480)
            minutes.setSingleStep(5)
            minutes.setValue(item.duration_minutes)
            self.table.setCellWidget(row, 0, check)
            name = QLabel(item.list_name)
            name.setTextFormat(Qt.TextFormat.PlainText)
            self.table.setCellWidget(row, 1, name)
            self.table.setCellWidget(row, 2, when)
            self.table.setCellWidget(row, 3, minutes)
        self.table.resizeColumnToContents(0)
        self.table.resizeColumnToContents(2)
        names = ", ".join(n.employee for n in proposal.not_placed)
        self.not_placed.setText(
            self.tr("Did not fit this month, plan by hand: {0}").format(names) if names else ""
        )
        if not proposal.items and not proposal.already_planned:
            self.load.setText(self.tr("Nobody needs a conversation planned in this month."))
        elif not proposal.items:
            self.load.setText(
                self.tr(
                    "Nobody needs a conversation planned in this month. {0} already planned."
                ).format(proposal.already_planned)
            )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(bool(proposal.items))

    def _edit_days_off(self) -> None:
        if BlockedDaysDialog.ask(self, self.db):
            self._propose()

    def chosen(self) -> list[planning.ProposedConversation]:
        if self.proposal is None:
            return []
        result = []
        for row, item in enumerate(self.proposal.items):
            check = self.table.cellWidget(row, 0)
            when = self.table.cellWidget(row, 2)
            minutes = self.table.cellWidget(row, 3)
            if isinstance(check, QCheckBox) and check.isChecked():
                assert isinstance(when, QDateTimeEdit) and isinstance(minutes, QSpinBox)
                result.append(
                    replace(
                        item,
                        start=from_qdatetime(when.dateTime()),
                        duration_minutes=minutes.value(),
                    )
                )
        return result

    def _create(self) -> None:
        try:
            self.created = planning.create_planned(self.db, self.chosen())
        except ValidationError as exc:
            self.error.show_message(str(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: ServiceContext, team_id: int | None) -> list[int]:
        dialog = cls(parent, ctx, team_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.created
        return []
