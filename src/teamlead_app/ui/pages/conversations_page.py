"""Gesprekken: the conversations of a period, with planning ("Plan de maand"), a new
conversation, and the calendar export for Outlook."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.labels import label
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationRow
from teamlead_app.services.people import employees as people
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.new_conversation_dialog import NewConversationDialog
from teamlead_app.ui.dialogs.plan_month_dialog import PlanMonthDialog
from teamlead_app.ui.models.table import Column, RowTableModel, SortProxy
from teamlead_app.ui.printing import save_report
from teamlead_app.ui.widgets.lists import fill_team_combo, row_table
from teamlead_app.ui.write_access import guard_writes
from teamlead_app.util.dates import format_date, format_datetime


def _period(key: str, today: date) -> tuple[date | None, date | None]:
    first = today.replace(day=1)
    if key == "month":
        nxt = (first + timedelta(days=32)).replace(day=1)
        return first, nxt - timedelta(days=1)
    if key == "coming":
        return today, today + timedelta(days=42)
    if key == "past":
        return today - timedelta(days=92), today
    if key == "year":
        return date(today.year, 1, 1), date(today.year, 12, 31)
    return None, None


class ConversationsPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self._build_ui()
        self._connect_signals()
        guard_writes(self.context.ctx, self.new_button, self.plan_button)

    def _columns(self) -> list[Column[ConversationRow]]:
        return [
            Column(
                self.tr("When"),
                lambda r: format_datetime(r.scheduled_at),
                sort_key=lambda r: r.scheduled_at,
            ),
            Column(self.tr("Employee"), lambda r: r.employee_list_name),
            Column(self.tr("Kind"), lambda r: label("conversation_kind", r.kind)),
            Column(self.tr("Status"), lambda r: label("conversation_state", r.state())),
            Column(
                self.tr("Moved"),
                lambda r: f"{r.move_count}×" if r.move_count else "",
                sort_key=lambda r: r.move_count,
            ),
            Column(self.tr("Signed"), lambda r: label("signoff", r.signoff)),
            Column(
                self.tr("Held on"),
                lambda r: format_date(r.held_on),
                sort_key=lambda r: r.held_on or date.min,
            ),
        ]

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Conversations"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(title)
        filters = QHBoxLayout()
        self.period = QComboBox()
        for key, text in (
            ("month", self.tr("This month")),
            ("coming", self.tr("Coming six weeks")),
            ("past", self.tr("Last three months")),
            ("year", self.tr("This year")),
            ("all", self.tr("Everything")),
        ):
            self.period.addItem(text, key)
        self.team = QComboBox()
        self.status = QComboBox()
        self.status.addItem(self.tr("All statuses"), None)
        for code in ("planned", "held", "cancelled"):
            self.status.addItem(label("conversation_status", code), code)
        filters.addWidget(self.period)
        filters.addWidget(self.team)
        filters.addWidget(self.status)
        filters.addStretch(1)
        layout.addLayout(filters)
        self.counts = QLabel()
        self.counts.setStyleSheet("color: #444;")
        layout.addWidget(self.counts)
        self.model: RowTableModel[ConversationRow] = RowTableModel(self._columns(), self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = row_table(self.proxy)
        layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setStyleSheet("color: #555; font-size: 11pt; padding: 24px;")
        layout.addWidget(self.empty, 1)
        buttons = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open"))
        self.new_button = QPushButton(self.tr("&New conversation…"))
        self.plan_button = QPushButton(self.tr("&Plan the month…"))
        self.calendar_button = QPushButton(self.tr("Export to &calendar (.ics)…"))
        for button in (self.open_button, self.new_button, self.plan_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.calendar_button)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        for combo in (self.period, self.team, self.status):
            combo.currentIndexChanged.connect(self.reload)
        self.table.doubleClicked.connect(lambda _i: self._open())
        self.open_button.clicked.connect(self._open)
        self.table.selectionModel().selectionChanged.connect(self._update_open)
        self.new_button.clicked.connect(self._new)
        self.plan_button.clicked.connect(self._plan)
        self.calendar_button.clicked.connect(self._calendar)
        QShortcut(QKeySequence.StandardKey.New, self, self._new)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._open)

    def refresh(self) -> None:
        fill_team_combo(self.team, self.context.ctx, self.tr("All teams"))
        self.reload()

    def reload(self) -> None:
        start, end = _period(str(self.period.currentData()), date.today())
        rows = conversations.list_conversations(
            self.context.ctx,
            date_from=start,
            date_to=end,
            team_id=self.team.currentData(),
            status=self.status.currentData(),
        )
        self.model.set_rows(rows)
        self.table.resizeColumnsToContents()
        today = date.today()
        states = [r.state(today) for r in rows]
        self.counts.setText(
            self.tr(
                "{0} conversations: {1} planned, {2} held, {3} cancelled, {4} moved, {5} missed"
            ).format(
                len(rows),
                sum(1 for s in states if s in ("planned", "moved")),
                sum(1 for s in states if s in ("held", "signed")),
                states.count("cancelled"),
                sum(1 for r in rows if r.move_count),
                states.count("missed"),
            )
        )
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self._update_open()
        if rows:
            return
        if people.count_employees(self.context.ctx) == 0:
            self.empty.setText(
                self.tr(
                    "There is nobody in the program yet. Add your team first under People "
                    "('Add employee' or 'Import from HR'); then plan the conversations here."
                )
            )
            return
        self.empty.setText(
            self.tr(
                "No conversations in this period. Use 'Plan the month' to propose a moment for "
                "everyone who is due, or 'New conversation' for one person."
            )
        )

    def _update_open(self) -> None:
        self.open_button.setEnabled(self._selected() is not None)

    def _selected(self) -> ConversationRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(self.proxy.mapToSource(indexes[0]).row())

    def _open(self) -> None:
        row = self._selected()
        if row is not None:
            self.context.nav.open_conversation(row.id)

    def _new(self) -> None:
        result = NewConversationDialog.ask(self, self.context.ctx)
        if result is None:
            return
        if result.warnings:
            QMessageBox.information(self, self.tr("Please note"), "\n".join(result.warnings))
        self.context.nav.open_conversation(result.conversation_id)

    def _plan(self) -> None:
        created = PlanMonthDialog.ask(self, self.context.ctx, self.team.currentData())
        if created:
            self.period.setCurrentIndex(max(self.period.findData("coming"), 0))
            self.reload()

    def _calendar(self) -> None:
        from teamlead_app.services.exports.files import save_calendar

        team_id = self.team.currentData()
        start = date.today().replace(day=1)
        save_report(
            self,
            self.tr("Export calendar"),
            self.tr("conversations.ics"),
            self.tr("Calendar (*.ics)"),
            lambda path: save_calendar(self.context.ctx, team_id, start, None, path),
        )
