"""The screen the lead turns towards the employee: only the shared parts, large and readable.
Private notes, the score and other people's data are not on it. The employee can sign here."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.labels import label
from teamlead_app.records.conversations import ConversationView
from teamlead_app.util.dates import format_date, format_datetime


def shared_html(view: ConversationView) -> str:
    """The shared part of a conversation as simple HTML; every user text escaped. The
    headings are translated with a literal context (lupdate finds them there)."""
    shared = view.without_private_notes()
    earlier = QCoreApplication.translate("EmployeeViewDialog", "Earlier agreements")
    summary_head = QCoreApplication.translate("EmployeeViewDialog", "Summary")
    agreements_head = QCoreApplication.translate("EmployeeViewDialog", "Agreements")
    parts = [
        f"<h1>{escape(label('conversation_kind', shared.kind))} – {escape(shared.employee)}</h1>",
        f"<p>{escape(format_datetime(shared.scheduled_at))}</p>",
    ]
    if shared.carried:
        parts.append(f"<h2>{escape(earlier)}</h2><ul>")
        for item in shared.carried:
            status = label("followup_status", item.follow_up.status) if item.follow_up else ""
            parts.append(f"<li>{escape(item.agreement.text)} <i>{escape(status)}</i></li>")
        parts.append("</ul>")
    section = None
    for answer in (a for a in shared.answers if not a.in_agreements_editor):
        if answer.section != section and answer.section:
            section = answer.section
            parts.append(f"<h2>{escape(section)}</h2>")
        text = escape(answer.answer).replace("\n", "<br>") or "–"
        parts.append(f"<p><b>{escape(answer.question)}</b><br>{text}</p>")
    if shared.shared_summary:
        summary = escape(shared.shared_summary).replace("\n", "<br>")
        parts.append(f"<h2>{escape(summary_head)}</h2><p>{summary}</p>")
    if shared.agreements:
        parts.append(f"<h2>{escape(agreements_head)}</h2><ul>")
        for agreement in shared.agreements:
            when = format_date(agreement.due_date)
            who = label("agreement_owner", agreement.owner)
            parts.append(f"<li>{escape(agreement.text)} – {escape(who)} {escape(when)}</li>")
        parts.append("</ul>")
    return "\n".join(parts)


class EmployeeViewDialog(QDialog):
    def __init__(self, parent: QWidget | None, view: ConversationView) -> None:
        super().__init__(parent)
        self.choice: str | None = None
        self.setWindowTitle(self.tr("For the employee"))
        layout = QVBoxLayout(self)
        self.browser = QTextBrowser()
        self.browser.setStyleSheet("font-size: 16pt; padding: 16px;")
        self.browser.setHtml(shared_html(view))
        layout.addWidget(self.browser, 1)
        buttons = QHBoxLayout()
        self.seen_button = QPushButton(self.tr("I have &seen this"))
        self.agree_button = QPushButton(self.tr("I &agree"))
        self.close_button = QPushButton(self.tr("&Close"))
        for button in (self.seen_button, self.agree_button):
            button.setMinimumHeight(48)
            button.setStyleSheet("font-size: 14pt;")
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout.addLayout(buttons)
        self.seen_button.clicked.connect(lambda: self._sign("gezien"))
        self.agree_button.clicked.connect(lambda: self._sign("akkoord"))
        self.close_button.clicked.connect(self.reject)
        self.resize(1100, 800)

    def _sign(self, choice: str) -> None:
        self.choice = choice
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, view: ConversationView) -> str | None:
        """Shown full screen; the employee's choice ("gezien"/"akkoord") or None."""
        dialog = cls(parent, view)
        dialog.showMaximized()
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.choice
        return None
