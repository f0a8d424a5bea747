"""A database file that cannot be used: say why, and offer the ways out."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.config import default_db_path


class StorageChoice(Enum):
    OPEN = "open"
    QUIT = "quit"


@dataclass(frozen=True)
class Choice:
    action: StorageChoice
    path: Path


class StorageProblemDialog(QDialog):
    def __init__(self, parent: QWidget | None, path: Path, message: str) -> None:
        super().__init__(parent)
        self._path = path
        self._message = message
        self.choice: Choice | None = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Database cannot be opened"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr("<b>The file {0} cannot be used.</b>").format(_html(self._path.name)))
        layout.addWidget(text)
        reason = QLabel(self._message)
        reason.setWordWrap(True)
        layout.addWidget(reason)
        hint = QLabel(self.tr("The file has not been changed. What do you want to do?"))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.other_button = QPushButton(self.tr("Open another file…"))
        self.backup_button = QPushButton(self.tr("Open a backup…"))
        self.new_button = QPushButton(self.tr("Start a new file…"))
        self.quit_button = QPushButton(self.tr("Quit"))
        for button in (self.other_button, self.backup_button, self.new_button, self.quit_button):
            layout.addWidget(button)
        self.setMinimumWidth(460)

    def _connect_signals(self) -> None:
        self.other_button.clicked.connect(self._open_other)
        self.backup_button.clicked.connect(self._open_backup)
        self.new_button.clicked.connect(self._start_new)
        self.quit_button.clicked.connect(self.reject)

    def _filter(self) -> str:
        return self.tr("Database (*.sqlite *.db);;All files (*)")

    def _accept_path(self, name: str) -> None:
        if name:
            self.choice = Choice(StorageChoice.OPEN, Path(name))
            self.accept()

    def _open_other(self) -> None:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open database"), str(self._path.parent), self._filter()
        )
        self._accept_path(name)

    def _open_backup(self) -> None:
        folder = self._path.parent / "backups"
        start = folder if folder.is_dir() else self._path.parent
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Open a backup"), str(start), self._filter()
        )
        self._accept_path(name)

    def _start_new(self) -> None:
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("New database"), str(default_db_path().parent), self._filter()
        )
        self._accept_path(name)

    @classmethod
    def ask(cls, parent: QWidget | None, path: Path, message: str) -> Choice | None:
        dialog = cls(parent, path, message)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.choice
        return Choice(StorageChoice.QUIT, path)


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
