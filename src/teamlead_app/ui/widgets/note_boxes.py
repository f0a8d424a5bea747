"""The two notes of a conversation must never be mixed up: the shared summary goes on the
printout the employee reads and signs, the private working note ("werkaantekening") never
does. They differ at a glance: the summary sits in a white box with a blue edge and the label
"Komt op de afdruk", the working note in an amber-tinted box of its own, elsewhere on the
screen, labelled "Alleen voor jou – komt niet op de afdruk". Colour is never the only signal:
each box says in words what happens to its text."""

from __future__ import annotations

from PySide6.QtWidgets import QFrame, QGroupBox, QHBoxLayout, QLabel, QVBoxLayout, QWidget

from teamlead_app.ui.widgets.text_box import TextBox

SHARED = "shared"
PRIVATE = "private"

# kind -> (frame, editor, badge) style
_STYLES = {
    SHARED: (
        "QFrame#noteBox { background: #ffffff; border: 1px solid #b9cfdf;"
        " border-left: 5px solid #3d6e8f; border-radius: 4px; }",
        "QPlainTextEdit { background: #ffffff; border: 1px solid #c9d6e0; }",
        "background: #3d6e8f; color: white; border-radius: 8px; padding: 1px 8px;",
    ),
    PRIVATE: (
        "QFrame#noteBox { background: #fff6dc; border: 1px dashed #c99a2e;"
        " border-left: 5px solid #c99a2e; border-radius: 4px; }",
        "QPlainTextEdit { background: #fffbef; border: 1px solid #e0c77f; }",
        "background: #7a5200; color: white; border-radius: 8px; padding: 1px 8px;",
    ),
}


class NoteBox(QFrame):
    """A titled, tinted frame around one note editor, with a badge and a one-line hint."""

    def __init__(
        self,
        kind: str,
        title: str,
        badge: str,
        hint: str,
        editor: TextBox,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.kind = kind
        self.editor = editor
        frame_style, editor_style, badge_style = _STYLES[kind]
        self.setObjectName("noteBox")
        self.setStyleSheet(frame_style)
        editor.setStyleSheet(editor_style)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 8)
        layout.setSpacing(4)
        header = QHBoxLayout()
        self.title = QLabel(title)
        self.title.setStyleSheet("font-weight: 600; border: none; background: transparent;")
        self.title.setBuddy(editor)
        self.badge = QLabel(badge)
        self.badge.setStyleSheet(f"QLabel {{ {badge_style} font-weight: 600; }}")
        header.addWidget(self.title)
        header.addWidget(self.badge)
        header.addStretch(1)
        layout.addLayout(header)
        self.hint = QLabel(hint)
        self.hint.setWordWrap(True)
        self.hint.setStyleSheet("color: #555; border: none; background: transparent;")
        layout.addWidget(self.hint)
        layout.addWidget(editor)


def group(title: str, widget: QWidget, hint: str = "") -> QGroupBox:
    """A plain group box around a section of a form, with an optional grey hint line."""
    box = QGroupBox(title)
    layout = QVBoxLayout(box)
    if hint:
        note = QLabel(hint)
        note.setWordWrap(True)
        note.setStyleSheet("color: #667;")
        layout.addWidget(note)
    layout.addWidget(widget)
    return box
