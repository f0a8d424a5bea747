"""A short line on a mentee's conversation screen: the buddy (or leermeester) and the last
check-in, and for an onboarding talk which moment it is (week 1 ... month 12) with what to
discuss then. Hidden when there is neither."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QWidget

from teamlead_app.services.pairings.onboarding_views import buddy_of, buddy_summary, talk_moment

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext


class BuddyNote(QLabel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("background: #eef6ec; color: #24452a; padding: 6px; border-radius: 4px;")
        self.hide()

    def show_for(self, ctx: ServiceContext, employee_id: int, conversation_id: int) -> None:
        lines = []
        moment = talk_moment(ctx, conversation_id)
        if moment is not None:
            text = self.tr("Onboarding talk of {0}.").format(moment.label.lower())
            lines.append(f"{text} {moment.note}".strip())
        buddy = buddy_summary(buddy_of(ctx, employee_id))
        if buddy:
            lines.append(buddy)
        self.setText("\n".join(lines))
        self.setVisible(bool(lines))
