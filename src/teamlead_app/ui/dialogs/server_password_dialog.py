"""The password for the company server, asked at start: typed hidden, optionally remembered
in the operating system's credential store (the box shows only when there is one). The
dialog only asks; the session opens the database and remembers or forgets."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)


@dataclass(frozen=True)
class PasswordAnswer:
    password: str
    remember: bool


class ServerPasswordDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, where: str, can_remember: bool, note: str = ""
    ) -> None:
        super().__init__(parent)
        self._build_ui(where, can_remember, note)
        self._connect_signals()
        self._validate()

    def _build_ui(self, where: str, can_remember: bool, note: str) -> None:
        self.setWindowTitle(self.tr("Database server"))
        layout = QVBoxLayout(self)
        self.note = QLabel(note)
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #9a3412;")
        self.note.setVisible(bool(note))
        layout.addWidget(self.note)
        self.label = QLabel(self.tr("Password for {0}:").format(where))
        self.label.setWordWrap(True)
        layout.addWidget(self.label)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.label.setBuddy(self.password)
        layout.addWidget(self.password)
        self.remember = QCheckBox(self.tr("&Remember password"))
        self.remember.setToolTip(
            self.tr(
                "Kept in the credential store of this computer, not by this program. Untick "
                "to make the computer forget it."
            )
        )
        self.remember.setVisible(can_remember)
        layout.addWidget(self.remember)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)
        self.setMinimumWidth(420)

    def _connect_signals(self) -> None:
        self.password.textChanged.connect(self._validate)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

    def _validate(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.password.text()))

    def draft(self) -> PasswordAnswer:
        return PasswordAnswer(
            self.password.text(), not self.remember.isHidden() and self.remember.isChecked()
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, where: str, can_remember: bool, note: str = ""
    ) -> PasswordAnswer | None:
        dialog = cls(parent, where, can_remember, note)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.draft()
