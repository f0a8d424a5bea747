"""Parts of the POP page: the longer view (four texts), the evaluation moments and the
sign-off summary."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QApplication,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.labels import label
from teamlead_app.records.development import PopView
from teamlead_app.ui.widgets.text_box import TextBox
from teamlead_app.util.dates import format_date, format_datetime

TEXTS = ("ambition", "lead_perspective", "strengths", "development_points")


def _caption(text: str) -> QLabel:
    caption = QLabel(text)
    caption.setStyleSheet("font-weight: 600;")
    caption.setWordWrap(True)
    return caption


class PopTextsBox(QGroupBox):
    """The three-year view in the employee's own words and the lead's, strengths and
    development points."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("The longer view"))
        grid = QGridLayout(self)
        self.boxes = {name: TextBox(lines=4) for name in TEXTS}
        captions = {
            "ambition": self.tr("Where do you want to be in three years? (in your own words)"),
            "lead_perspective": self.tr(
                "Where does the lead see the employee going (medium term)?"
            ),
            "strengths": self.tr("Strengths"),
            "development_points": self.tr("Development points"),
        }
        for index, name in enumerate(TEXTS):
            row, column = (index // 2) * 2, index % 2
            caption = _caption(captions[name])
            caption.setBuddy(self.boxes[name])
            grid.addWidget(caption, row, column)
            grid.addWidget(self.boxes[name], row + 1, column)
            self.boxes[name].textChanged.connect(self.changed)

    def texts(self) -> dict[str, str]:
        return {name: box.text() for name, box in self.boxes.items()}

    def set_texts(self, texts: dict[str, str]) -> None:
        for name, box in self.boxes.items():
            box.setPlainText(texts.get(name, ""))

    def set_read_only(self, read_only: bool) -> None:
        for box in self.boxes.values():
            box.setReadOnly(read_only)


class MomentsBox(QGroupBox):
    """The evaluation moments: development conversations linked to the plan."""

    opened = Signal(int)  # a conversation id

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Evaluation moments"))
        layout = QVBoxLayout(self)
        self.moments = QListWidget()
        self.moments.setMaximumHeight(80)
        self.empty = QLabel(
            self.tr(
                "No evaluation moments planned. Plan them (mid-period and before the end of the "
                "period) as development conversations."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #667;")
        self.plan_button = QPushButton(self.tr("P&lan evaluation moments"))
        row = QHBoxLayout()
        row.addWidget(self.plan_button)
        row.addStretch(1)
        layout.addWidget(self.moments)
        layout.addWidget(self.empty)
        layout.addLayout(row)
        self.moments.itemActivated.connect(
            lambda item: self.opened.emit(int(item.data(Qt.ItemDataRole.UserRole)))
        )

    def set_moments(self, view: PopView) -> None:
        self.moments.clear()
        for moment in view.evaluation_moments:
            text = f"{format_datetime(moment.scheduled_at)}  ·  " + label(
                "conversation_status", moment.status
            )
            if moment.held_on:
                text += self.tr(" on {0}").format(format_date(moment.held_on))
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, moment.conversation_id)
            self.moments.addItem(item)
        self.moments.setVisible(bool(view.evaluation_moments))
        self.empty.setVisible(not view.evaluation_moments)
        planned = any(m.status == "planned" for m in view.evaluation_moments)
        self.plan_button.setEnabled(not view.read_only and not planned)


def signoff_summary(view: PopView) -> str:
    """The sign-off in words; user text stays plain (the label shows it as plain text)."""
    if view.signoff is None:
        return QApplication.translate(
            "PopSections",
            "Not signed yet. When you both agree, sign it with 'Agree (sign)…': the employee's "
            "'seen' or 'agreed', the date and his or her response.",
        )
    lines = [
        QApplication.translate("PopSections", "Employee: {0} on {1} ({2}).").format(
            label("signoff", view.signoff),
            format_date(view.signoff_date),
            label("signoff_method", view.signoff_method),
        ),
        QApplication.translate("PopSections", "Lead ({0}): signed on {1}.").format(
            view.lead_name or "–", format_date(view.lead_signed_on)
        ),
    ]
    if view.employee_response:
        lines.append(
            QApplication.translate("PopSections", "Response of the employee: {0}").format(
                view.employee_response
            )
        )
    return "\n".join(lines)


def period_title(view: PopView) -> str:
    """'2026' for a calendar year, else the dates."""
    start, end = view.period_start, view.period_end
    if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
        return str(start.year)
    return f"{format_date(start)} – {format_date(end)}"
