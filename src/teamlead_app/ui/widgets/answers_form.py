"""The template's questions with an answer box each, grouped by section: the questions of the
template version this conversation was planned with."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from teamlead_app.services.conversations import AnswerView
from teamlead_app.ui.widgets.text_box import TextBox


class AnswersForm(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.layout_ = QVBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)
        self.boxes: list[TextBox] = []

    def set_answers(self, answers: tuple[AnswerView, ...]) -> None:
        while self.layout_.count():
            widget = self.layout_.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.boxes = []
        section = None
        for answer in answers:
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
        if not answers:
            self.layout_.addWidget(QLabel(self.tr("This conversation has no questions.")))

    def answers(self) -> tuple[str, ...]:
        return tuple(box.text() for box in self.boxes)

    def apply(self, answers: tuple[str, ...]) -> None:
        for box, text in zip(self.boxes, answers, strict=False):
            box.setPlainText(text)

    def set_read_only(self, read_only: bool) -> None:
        for box in self.boxes:
            box.setReadOnly(read_only)
