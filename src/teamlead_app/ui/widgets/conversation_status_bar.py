"""The top of the conversation screen: the status in one word (Gepland, Verplaatst, Gevoerd,
Afgerond (ondertekend), Gemist, Geannuleerd), what it means, and the one obvious next step
("The conversation took place", or "Move…" for a missed one). Below it the version bar of a
signed conversation. `attach` wires it to the page; `apply` makes a signed conversation
read-only except the employee's response, the working note and the score."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from teamlead_app.labels import label
from teamlead_app.records.conversation_state import ConversationState
from teamlead_app.records.conversations import ConversationView
from teamlead_app.services.conversations.use_cases import ConversationStatus
from teamlead_app.ui.widgets.version_history import VersionBar, tint_locked
from teamlead_app.util.dates import format_date, format_datetime

if TYPE_CHECKING:
    from teamlead_app.ui.pages.conversation_page import ConversationPage

# Badge colours per state: background, text.
COLOURS = {
    ConversationState.PLANNED: ("#e3e9f1", "#1d4e89"),
    ConversationState.MOVED: ("#fff4d6", "#7a5200"),
    ConversationState.HELD: ("#dff0e0", "#1e6b2a"),
    ConversationState.SIGNED: ("#1e6b2a", "#ffffff"),
    ConversationState.MISSED: ("#fbe0dc", "#9b2a1a"),
    ConversationState.CANCELLED: ("#e6e6e6", "#444444"),
}


class ConversationStatusBar(QWidget):
    hold_requested = Signal()
    move_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        row = QHBoxLayout()
        self.badge = QLabel()
        self.badge.setTextFormat(Qt.TextFormat.PlainText)
        self.detail = QLabel()
        self.detail.setTextFormat(Qt.TextFormat.PlainText)
        self.detail.setWordWrap(True)
        self.hold_button = QPushButton(self.tr("The conversation &took place"))
        self.hold_button.setToolTip(
            self.tr("Marks it held on its planned day (or today) and saves")
        )
        self.move_button = QPushButton(self.tr("Move to a new date…"))
        row.addWidget(self.badge)
        row.addWidget(self.detail, 1)
        row.addWidget(self.move_button)
        row.addWidget(self.hold_button)
        layout.addLayout(row)
        # The talk's history as a plain fact (moved before), not a warning beside the status.
        self.history = QLabel()
        self.history.setTextFormat(Qt.TextFormat.PlainText)
        self.history.setStyleSheet("color: #667;")
        layout.addWidget(self.history)
        self.versions = VersionBar()
        layout.addWidget(self.versions)
        self.state = ""
        self.hold_button.clicked.connect(self.hold_requested)
        self.move_button.clicked.connect(self.move_requested)

    def set_view(self, view: ConversationView, today: date | None = None) -> None:
        today = today or date.today()
        self.state = view.state(today)
        background, ink = COLOURS[self.state]
        self.badge.setText(label("conversation_state", self.state))
        self.badge.setStyleSheet(
            f"background: {background}; color: {ink}; font-weight: 600; font-size: 11pt;"
            "padding: 4px 10px; border-radius: 10px;"
        )
        self.detail.setText(self._detail(view, today))
        self.history.setText(
            self.tr("History: moved {0}×, first planned for {1}.").format(
                view.move_count, format_datetime(view.original_at)
            )
            if view.move_count
            else ""
        )
        self.history.setVisible(bool(view.move_count))
        day = view.scheduled_at.date()
        self.hold_button.setVisible(view.status == ConversationStatus.PLANNED and day <= today)
        self.move_button.setVisible(self.state == ConversationState.MISSED)
        self.versions.show_info(
            "conversation",
            view.id,
            view.version,
            locked=view.locked,
            questions=[a.question for a in view.answers],
        )

    def _detail(self, view: ConversationView, today: date) -> str:
        state = self.state
        if state == ConversationState.SIGNED:
            return self.tr("Held on {0}; signed by the employee ({1}) on {2}.").format(
                format_date(view.held_on),
                label("signoff", view.signoff),
                format_date(view.signoff_date),
            )
        if state == ConversationState.HELD:
            return self.tr(
                "Held on {0}; not signed yet. Let the employee sign (Show to employee, or on "
                "paper) and save."
            ).format(format_date(view.held_on))
        if state == ConversationState.MISSED:
            return self.tr(
                "Planned for {0} and not held in that month. Move it to a new date, or mark it "
                "held if it did take place."
            ).format(format_date(view.scheduled_at.date()))
        if state == ConversationState.CANCELLED:
            return self.tr("Cancelled on {0}.").format(format_date(view.cancelled_on))
        if view.scheduled_at.date() <= today:
            return self.tr(
                "Today or earlier: saving a filled-in conversation marks it held on its day."
            )
        return self.tr("Planned for {0}.").format(format_date(view.scheduled_at.date()))

    # --- on the page -----------------------------------------------------------------------

    def attach(self, page: ConversationPage) -> None:
        self.hold_requested.connect(lambda: self.mark_held(page))
        self.move_requested.connect(page.commands.move)
        self.versions.bind(
            page.context.ctx,
            lambda: page.load(page.view.id) if page.view is not None else None,
            page.show_banner,
        )

    def mark_held(self, page: ConversationPage) -> None:
        """One step: held on the planned day (today when that is still ahead), then saved."""
        if page.view is None:
            return
        day = min(page.view.scheduled_at.date(), date.today())
        page.signoff.held.setChecked(True)
        page.signoff.held_on.set_date(day)
        page.save()

    def apply(self, page: ConversationPage, view: ConversationView) -> None:
        """Show the status; a signed conversation's shared content is read-only."""
        self.set_view(view)
        # The other sign-off fields follow the page's own rules when not locked.
        page.signoff.signoff.setEnabled(not view.locked)
        if not view.locked:
            tint_locked(page.summary, locked=False)
            return
        for widget in (page.followups, page.answers, page.agreements):
            widget.set_read_only(True)
        page.summary.setReadOnly(True)
        for box in (page.summary, *page.answers.boxes):
            tint_locked(box)
        signoff = page.signoff
        for field in (
            signoff.held,
            signoff.held_on,
            signoff.signoff,
            signoff.signoff_date,
            signoff.method,
        ):
            field.setEnabled(False)

    def saved_notes(self, was: str, view: ConversationView | None) -> list[str]:
        """What to tell after a save: that it was marked held just now."""
        if (
            view is None
            or was != ConversationStatus.PLANNED
            or view.status != ConversationStatus.HELD
        ):
            return []
        return [
            self.tr("Marked as held on {0}. Let the employee sign it.").format(
                format_date(view.held_on)
            )
        ]
