"""The template's questions with an answer box each, grouped by section: the questions of the
template version this conversation was planned with. An unanswered "Afspraken: wat, wie,
wanneer?" (older templates) gets no box: the agreements editor beside it answers that. The
answers keep their positions, so a left-out question saves as empty, as it was."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from teamlead_app.records.conversations import AnswerView
from teamlead_app.ui.widgets.layouts import clear_layout
from teamlead_app.ui.widgets.text_box import TextBox


class AnswersForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[TextBox] = []
        # Per answer position, its box; None for a question left out (answered elsewhere).
        self._slots: list[TextBox | None] = []

    def set_answers(self, answers: tuple[AnswerView, ...]) -> None:
        clear_layout(self.layout_)
        self.boxes = []
        self._slots = []
        section = None
        for answer in answers:
            if answer.in_agreements_editor:
                self._slots.append(None)
                continue
            if answer.section and answer.section != section:
                section = answer.section
                heading = QLabel(section)
                heading.setStyleSheet("font-weight: 600; color: #3d6e8f; margin-top: 8px;")
                heading.setWordWrap(True)
                self.layout_.addWidget(heading)
            question = QLabel(answer.question)
            question.setWordWrap(True)
            box = TextBox(lines=2)
            box.setPlainText(answer.answer)
            box.textChanged.connect(self.changed)
            question.setBuddy(box)
            self.layout_.addWidget(question)
            self.layout_.addWidget(box)
            self.boxes.append(box)
            self._slots.append(box)
        if not self.boxes:
            self.layout_.addWidget(QLabel(self.tr("This conversation has no questions.")))

    def answers(self) -> tuple[str, ...]:
        """One text per question position, "" for a question without a box."""
        return tuple(box.text() if box is not None else "" for box in self._slots)

    def apply(self, answers: tuple[str, ...]) -> None:
        for box, text in zip(self._slots, answers, strict=False):
            if box is not None:
                box.setPlainText(text)

    def set_read_only(self, read_only: bool) -> None:
        for box in self.boxes:
            box.setReadOnly(read_only)
