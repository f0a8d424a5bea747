"""Open agreements from earlier conversations, at the top of the conversation screen, so that
nothing silently disappears: per agreement, still open (with a comment), done or dropped."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QLineEdit, QVBoxLayout, QWidget

from teamlead_app.labels import choices, label
from teamlead_app.records.conversations import CarriedAgreement, FollowUpDraft
from teamlead_app.ui.widgets.layouts import clear_layout
from teamlead_app.util.dates import format_date


class FollowUpList(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._rows: list[tuple[int, QComboBox, QLineEdit]] = []
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.grid = QGridLayout()
        self.grid.setColumnStretch(0, 3)
        self.grid.setColumnStretch(2, 2)
        outer.addLayout(self.grid)
        self.empty = QLabel(self.tr("No open agreements from earlier conversations."))
        self.empty.setStyleSheet("color: #667;")
        outer.addWidget(self.empty)

    def set_items(self, items: tuple[CarriedAgreement, ...], today: date) -> None:
        clear_layout(self.grid)
        self._rows.clear()
        for index, item in enumerate(items):
            agreement = item.agreement
            details = [label("agreement_owner", agreement.owner)]
            if agreement.due_date:
                details.append(self.tr("before {0}").format(format_date(agreement.due_date)))
            details.append(self.tr("agreed {0}").format(format_date(agreement.created_on)))
            text = QLabel(f"{agreement.text}\n{' · '.join(details)}")
            text.setTextFormat(Qt.TextFormat.PlainText)  # typed text: '<b>&' stays as typed
            text.setWordWrap(True)
            if agreement.is_overdue(today):
                text.setStyleSheet("color: #b3261e;")
                text.setToolTip(self.tr("Past its due date"))
            status = QComboBox()
            for code, name in choices("followup_status"):
                status.addItem(name, code)
            comment = QLineEdit()
            comment.setPlaceholderText(self.tr("Comment (optional)"))
            if item.follow_up is not None:
                status.setCurrentIndex(max(status.findData(item.follow_up.status), 0))
                comment.setText(item.follow_up.comment)
            status.currentIndexChanged.connect(self.changed)
            comment.textChanged.connect(self.changed)
            self.grid.addWidget(text, index, 0)
            self.grid.addWidget(status, index, 1)
            self.grid.addWidget(comment, index, 2)
            self._rows.append((agreement.id, status, comment))
        self.empty.setVisible(not items)

    def drafts(self) -> tuple[FollowUpDraft, ...]:
        return tuple(
            FollowUpDraft(agreement_id, str(status.currentData()), comment.text())
            for agreement_id, status, comment in self._rows
        )

    def apply(self, drafts: tuple[FollowUpDraft, ...]) -> None:
        wanted = {d.agreement_id: d for d in drafts}
        for agreement_id, status, comment in self._rows:
            draft = wanted.get(agreement_id)
            if draft is not None:
                status.setCurrentIndex(max(status.findData(draft.status), 0))
                comment.setText(draft.comment)

    def set_read_only(self, read_only: bool) -> None:
        for _id, status, comment in self._rows:
            status.setEnabled(not read_only)
            comment.setEnabled(not read_only)
