"""The employee profile: who the person is, and one timeline of everything that happened
(in service, conversations, agreements, goals, POP)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import NotFoundError
from teamlead_app.labels import label
from teamlead_app.services import people, timeline
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.archive_dialog import ArchiveDialog
from teamlead_app.ui.dialogs.employee_dialog import EmployeeDialog
from teamlead_app.util.dates import format_date


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ProfilePage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.employee_id: int | None = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← People"))
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.archive_button = QPushButton(self.tr("Ar&chive…"))
        top.addWidget(self.edit_button)
        top.addWidget(self.archive_button)
        layout.addLayout(top)
        self.name = QLabel()
        self.name.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setStyleSheet("color: #444; font-size: 11pt;")
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.name)
        layout.addWidget(self.facts)
        self.actions = QHBoxLayout()
        layout.addLayout(self.actions)
        heading = QLabel(self.tr("Timeline"))
        heading.setStyleSheet("font-size: 13pt; font-weight: 600; margin-top: 12px;")
        layout.addWidget(heading)
        self.timeline = QListWidget()
        self.timeline.setWordWrap(True)
        self.timeline.setAlternatingRowColors(True)
        layout.addWidget(self.timeline, 1)

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(lambda: self.context.nav.show_page("people"))
        self.edit_button.clicked.connect(self._edit)
        self.archive_button.clicked.connect(self._archive)
        self.timeline.itemActivated.connect(self._open_item)

    def show_employee(self, employee_id: int) -> None:
        self.employee_id = employee_id
        self.refresh()

    def refresh(self) -> None:
        if self.employee_id is None:
            return
        try:
            detail = people.get_employee(self.context.db, self.employee_id)
        except NotFoundError:
            self.context.nav.show_page("people")
            return
        row = detail.row
        self.name.setText(row.full_name)
        facts = [
            row.function or self.tr("no function"),
            row.team or self.tr("no team"),
            label("employee_kind", row.kind),
            label("stage", row.stage),
        ]
        if row.date_in_service:
            facts.append(self.tr("in service since {0}").format(format_date(row.date_in_service)))
        if row.date_out_of_service:
            facts.append(
                self.tr("out of service since {0}").format(format_date(row.date_out_of_service))
            )
        if row.personnel_number:
            facts.append(self.tr("personnel no. {0}").format(row.personnel_number))
        self.facts.setText("  ·  ".join(facts))
        self.archive_button.setEnabled(not row.archived)
        self._fill_timeline()

    def _fill_timeline(self) -> None:
        assert self.employee_id is not None
        self.timeline.clear()
        for event in timeline.employee_timeline(self.context.db, self.employee_id):
            text = f"{format_date(event.when)}   {event.title}"
            if event.detail:
                text += f"\n{event.detail}"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, event)
            self.timeline.addItem(item)
        if self.timeline.count() == 0:
            self.timeline.addItem(self.tr("Nothing recorded yet."))

    def _open_item(self, item: QListWidgetItem) -> None:
        event = item.data(Qt.ItemDataRole.UserRole)
        conversation_id = getattr(event, "conversation_id", None)
        if conversation_id:
            self.context.nav.open_conversation(conversation_id)

    def _edit(self) -> None:
        if self.employee_id is not None and EmployeeDialog.ask(
            self, self.context.db, self.employee_id
        ):
            self.refresh()

    def _archive(self) -> None:
        if self.employee_id is None:
            return
        row = people.get_employee(self.context.db, self.employee_id).row
        if ArchiveDialog.ask(self, self.context.db, row):
            self.refresh()
