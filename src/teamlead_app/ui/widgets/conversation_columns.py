"""The body of the conversation screen, made for a 1366×768 laptop: two columns.

Left, the talk: open agreements from earlier, the template's questions, the "how is it going"
estimate with its trend, the development goals; below them, always in view, the private
working note in its own amber box. Right, what goes on paper: the shared summary, the new
agreements and the sign-off. The private note and the shared summary are never neighbours,
and each says in words whether it is printed (note_boxes.py). Alt+1..5 jump to the sections."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from teamlead_app.ui.widgets.agreements_editor import AgreementsEditor
from teamlead_app.ui.widgets.answers_form import AnswersForm
from teamlead_app.ui.widgets.followup_list import FollowUpList
from teamlead_app.ui.widgets.goal_progress_panel import GoalProgressPanel
from teamlead_app.ui.widgets.note_boxes import PRIVATE, SHARED, NoteBox, group
from teamlead_app.ui.widgets.score_trend import ScoreTrend
from teamlead_app.ui.widgets.signoff_box import SignoffBox
from teamlead_app.ui.widgets.text_box import TextBox


def _scroll(*widgets: QWidget) -> QScrollArea:
    body = QWidget()
    layout = QVBoxLayout(body)
    layout.setContentsMargins(0, 0, 4, 0)
    for widget in widgets:
        layout.addWidget(widget)
    layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setFrameShape(QScrollArea.Shape.NoFrame)
    scroll.setWidget(body)
    return scroll


class ConversationColumns(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build_editors()
        self._build_layout()

    def _build_editors(self) -> None:
        self.followups = FollowUpList()
        self.answers = AnswersForm()
        self.score = QComboBox()
        self.score.addItem(self.tr("–  (not filled in)"), None)
        for value in range(1, 6):
            self.score.addItem(str(value), value)
        self.score_trend = ScoreTrend()
        self.goals = GoalProgressPanel()
        self.summary = TextBox(lines=6)
        self.summary_box = NoteBox(
            SHARED,
            self.tr("Summary (shared)  ·  Alt+3"),
            self.tr("Goes on the printout"),
            self.tr("The employee reads this and signs for it."),
            self.summary,
        )
        self.private_notes = TextBox(lines=3)
        self.private_box = NoteBox(
            PRIVATE,
            self.tr("Working note (private)  ·  Alt+2"),
            self.tr("For you only – never on the printout"),
            self.tr(
                "Never in an HR export either. Not secret: the employee may ask to see "
                "everything stored about him or her (AVG). Never the nature of an illness."
            ),
            self.private_notes,
        )
        self.agreements = AgreementsEditor()
        self.signoff = SignoffBox()

    def _build_layout(self) -> None:
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.left_scroll = _scroll(
            group(self.tr("Open agreements from earlier"), self.followups),
            group(self.tr("Questions  ·  Alt+1"), self.answers),
            group(
                self.tr("How is it going? (1–5, own estimate)"),
                self._score_row(),
                self.tr("For yourself: shown as a trend, never on the summary or for HR."),
            ),
            group(self.tr("Development goals"), self.goals),
        )
        left_layout.addWidget(self.left_scroll, 1)
        left_layout.addWidget(self.private_box)
        self.right_scroll = _scroll(
            self.summary_box,
            group(self.tr("Agreements: what, who, when  ·  Alt+4"), self.agreements),
            group(self.tr("Closing  ·  Alt+5"), self.signoff),
        )
        columns = QHBoxLayout(self)
        columns.setContentsMargins(0, 0, 0, 0)
        columns.addWidget(left, 4)  # the agreements' "what" needs the wider column
        columns.addWidget(self.right_scroll, 5)

    def _score_row(self) -> QWidget:
        row = QWidget()
        layout = QHBoxLayout(row)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.score, 0, Qt.AlignmentFlag.AlignTop)
        earlier = QLabel(self.tr("Earlier:"))
        earlier.setStyleSheet("color: #667;")
        layout.addSpacing(12)
        layout.addWidget(earlier, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.score_trend)
        layout.addStretch(1)
        return row

    def section_targets(self) -> tuple[Callable[[], QWidget], ...]:
        """Where Alt+1..5 land: questions, working note, summary, agreements, sign-off."""
        return (
            lambda: self.answers.boxes[0] if self.answers.boxes else self.followups,
            lambda: self.private_notes,
            lambda: self.summary,
            self.agreements.first_field,
            self.signoff.first_field,
        )

    def jump_to(self, widget: QWidget) -> None:
        for scroll in (self.left_scroll, self.right_scroll):
            if scroll.isAncestorOf(widget):
                scroll.ensureWidgetVisible(widget)
        widget.setFocus(Qt.FocusReason.ShortcutFocusReason)
