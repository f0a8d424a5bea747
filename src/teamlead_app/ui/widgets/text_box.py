"""A plain-text box for notes and answers: plain text only (pasted markup stays literal),
a sensible height, and Tab moves on to the next field instead of typing a tab."""

from __future__ import annotations

from PySide6.QtWidgets import QPlainTextEdit, QWidget


class TextBox(QPlainTextEdit):
    def __init__(self, parent: QWidget | None = None, lines: int = 3, hint: str = "") -> None:
        super().__init__(parent)
        self.setTabChangesFocus(True)
        if hint:
            self.setPlaceholderText(hint)
        # A fixed height of `lines` lines: a long form stays scannable, long text scrolls.
        self.setFixedHeight(self.fontMetrics().lineSpacing() * lines + 14)

    def text(self) -> str:
        return self.toPlainText()
