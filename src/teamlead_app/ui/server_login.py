"""Asking the company server's password at start: first the one remembered in the
operating system's credential store (if the user asked for that), else the password box.
After opening, the box's choice is carried out: remember the password, or forget it. A
remembered password the server refuses is forgotten and asked again."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QWidget

from teamlead_app.services.storage import passwords
from teamlead_app.ui.dialogs.server_password_dialog import PasswordAnswer, ServerPasswordDialog


def refused_note() -> str:
    return QCoreApplication.translate(
        "ServerLogin",
        "The server did not accept the remembered password, so this computer has forgotten "
        "it. Type the password again.",
    )


class PasswordPrompt:
    """The `ask` callback of services.storage.database.open_server, for one attempt."""

    def __init__(self, parent: QWidget | None, url_text: str, note: str = "") -> None:
        self.parent = parent
        self.url_text = url_text
        self.note = note
        self.used_remembered = False
        self.answer: PasswordAnswer | None = None

    def __call__(self) -> str | None:
        remembered = passwords.remembered_password(self.url_text)
        if remembered:
            self.used_remembered = True
            return remembered
        where = passwords.account(self.url_text) or ""
        self.answer = ServerPasswordDialog.ask(
            self.parent, where, passwords.keyring_usable(), self.note
        )
        return self.answer.password if self.answer else None

    def refused(self) -> bool:
        """The server refused the password: True when it was the remembered one, which is
        then forgotten (the caller asks again, saying why)."""
        if not self.used_remembered:
            return False
        passwords.forget_password(self.url_text)
        return True

    def settle(self) -> None:
        """The database opened with a typed password: do what the box said."""
        if self.answer is None:
            return
        if self.answer.remember:
            passwords.remember_password(self.url_text, self.answer.password)
        else:
            passwords.forget_password(self.url_text)
