"""Someone else saved this record after you opened it (errors.ConflictError): both versions
side by side, their saved text left, your typed text right, and three ways on:
"Mijn versie opslaan" (save yours over theirs, knowingly), "Hun versie laden" (show theirs;
your text goes to the clipboard so nothing typed is lost) and "Annuleren" (keep typing).
All user text is shown as plain text (never rich text: `<b>&` stays literal)."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import ConflictError


class ConflictChoice(Enum):
    SAVE_MINE = "save_mine"
    LOAD_THEIRS = "load_theirs"
    CANCEL = "cancel"


def _plain(text: str, *, bold: bool = False) -> QLabel:
    label = QLabel(text)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if bold:
        font = label.font()
        font.setBold(True)
        label.setFont(font)
    return label


def _text(text: str, other: str) -> QPlainTextEdit:
    """Read-only, as high as the longer of the two texts needs (a score is one line, a
    summary may scroll)."""
    box = QPlainTextEdit(text)
    box.setReadOnly(True)
    box.setTabChangesFocus(True)
    lines = max(_lines(text), _lines(other))
    box.setFixedHeight(min(16 + box.fontMetrics().lineSpacing() * lines, 160))
    return box


def _lines(text: str) -> int:
    # About 60 characters fit on a line of one side.
    return sum(1 + len(line) // 60 for line in text.splitlines() or [""])


class ConflictDialog(QDialog):
    def __init__(self, parent: QWidget | None, error: ConflictError) -> None:
        super().__init__(parent)
        self.error = error
        self.choice = ConflictChoice.CANCEL
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Changed by someone else"))
        self.setMinimumWidth(720)
        layout = QVBoxLayout(self)
        self.message = _plain(str(self.error))
        layout.addWidget(self.message)
        layout.addWidget(self._sides())
        hint = _plain(
            self.tr(
                "'Save my version' puts your text over theirs. 'Load their version' shows "
                "theirs; your own text is then on the clipboard, so nothing you typed is lost."
            )
        )
        layout.addWidget(hint)
        self.buttons = QDialogButtonBox()
        self.save_mine = QPushButton(self.tr("Save my version"))
        self.load_theirs = QPushButton(self.tr("Load their version"))
        self.cancel = QPushButton(self.tr("Cancel"))
        self.buttons.addButton(self.save_mine, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.load_theirs, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.buttons.addButton(self.cancel, QDialogButtonBox.ButtonRole.RejectRole)
        # A conflict without a stored version to save over (two writes raced twice): loading
        # theirs is the way on.
        self.save_mine.setEnabled(self.error.theirs_version > 0)
        # Enter never saves over someone else's text by accident: Cancel is the default.
        self.save_mine.setAutoDefault(False)
        self.load_theirs.setAutoDefault(False)
        self.cancel.setDefault(True)
        layout.addWidget(self.buttons)
        self.resize(860, min(self.sizeHint().height(), 680))

    def _sides(self) -> QWidget:
        grid_host = QWidget()
        grid = QGridLayout(grid_host)
        theirs = self.tr("Their version (version {0}{1})").format(
            self.error.theirs_version,
            f", {self.error.changed_at:%d-%m-%Y %H:%M}" if self.error.changed_at else "",
        )
        mine = self.tr("Your version (opened as version {0})").format(self.error.mine_version)
        grid.addWidget(_plain(theirs, bold=True), 0, 0)
        grid.addWidget(_plain(mine, bold=True), 0, 1)
        row = 1
        for field in self.error.fields:
            grid.addWidget(_plain(field.label, bold=True), row, 0, 1, 2)
            grid.addWidget(_text(field.theirs, field.mine), row + 1, 0)
            grid.addWidget(_text(field.mine, field.theirs), row + 1, 1)
            row += 2
        if not self.error.fields:
            grid.addWidget(
                _plain(
                    self.tr(
                        "The text fields are the same; the difference is elsewhere (for "
                        "example steps, agreements or the status)."
                    )
                ),
                row,
                0,
                1,
                2,
            )
        grid.setRowStretch(row + 1, 1)  # the fields keep their height, the rest is below
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_host)
        scroll.setMinimumHeight(min(grid_host.sizeHint().height() + 4, 420))
        return scroll

    def showEvent(self, event: QShowEvent) -> None:  # Qt's name
        super().showEvent(event)
        self.cancel.setFocus()

    def _connect_signals(self) -> None:
        self.save_mine.clicked.connect(lambda: self._choose(ConflictChoice.SAVE_MINE))
        self.load_theirs.clicked.connect(lambda: self._choose(ConflictChoice.LOAD_THEIRS))
        self.cancel.clicked.connect(lambda: self._choose(ConflictChoice.CANCEL))

    def _choose(self, choice: ConflictChoice) -> None:
        self.choice = choice
        if choice is ConflictChoice.CANCEL:
            self.reject()
        else:
            self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, error: ConflictError) -> ConflictChoice:
        dialog = cls(parent, error)
        dialog.exec()
        return dialog.choice
