"""The password box for the company server: Dutch, typed hidden, "Wachtwoord onthouden" only
when the computer has a credential store. A remembered password is used without asking and
is never written by the app (the data and settings folders are searched for it); one the
server refuses is forgotten and asked again. The store here is an in-memory stand-in for the
`keyring` module: the tests need no desktop credential service."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import URL

from teamlead_app.config import data_dir
from teamlead_app.services.storage import passwords
from teamlead_app.ui.dialogs.server_password_dialog import PasswordAnswer, ServerPasswordDialog
from teamlead_app.ui.main_window import MainWindow
from teamlead_app.ui.session import DatabaseSession
from tests.pg_server import SUPERUSER_PASSWORD


class MemoryBackend:
    priority = 5


class MemoryKeyring:
    """What the app uses of the `keyring` module, kept in a dict."""

    def __init__(self, priority: float = 5) -> None:
        self.entries: dict[tuple[str, str], str] = {}
        self.backend = MemoryBackend()
        self.backend.priority = priority  # type: ignore[misc]

    def get_keyring(self) -> MemoryBackend:
        return self.backend

    def get_password(self, service: str, name: str) -> str | None:
        return self.entries.get((service, name))

    def set_password(self, service: str, name: str, password: str) -> None:
        self.entries[(service, name)] = password

    def delete_password(self, service: str, name: str) -> None:
        del self.entries[(service, name)]


@pytest.fixture
def store(monkeypatch: pytest.MonkeyPatch) -> MemoryKeyring:
    memory = MemoryKeyring()
    monkeypatch.setattr(passwords, "_keyring", lambda: memory)
    return memory


@pytest.fixture(autouse=True)
def _no_libpq_password(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))


def _without_password(url: URL) -> str:
    return url._replace(password=None).render_as_string(hide_password=False)


def _open(qtbot: QtBot, url_text: str) -> DatabaseSession:
    window = MainWindow()
    qtbot.addWidget(window)
    session = DatabaseSession(window, background_check=False)
    assert session.open_server(url_text)
    return session


def test_the_box_is_dutch_and_offers_remembering_only_with_a_store(
    qtbot: QtBot, dutch: None
) -> None:
    box = ServerPasswordDialog(None, "jan@db.bedrijf.nl:5432/teamlead", can_remember=True)
    qtbot.addWidget(box)
    assert box.windowTitle() == "Databaseserver"
    assert box.label.text() == "Wachtwoord voor jan@db.bedrijf.nl:5432/teamlead:"
    assert box.remember.text().replace("&", "") == "Wachtwoord onthouden"
    assert not box.remember.isHidden() and not box.remember.isChecked()
    assert box.password.echoMode() == box.password.EchoMode.Password
    ok = box.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # nothing typed
    box.password.setText("geheim-Ł🙂")
    box.remember.setChecked(True)
    assert ok.isEnabled() and box.draft() == PasswordAnswer("geheim-Ł🙂", True)

    plain = ServerPasswordDialog(None, "jan@db:5432/teamlead", can_remember=False)
    qtbot.addWidget(plain)
    assert plain.remember.isHidden()
    plain.remember.setChecked(True)  # hidden: never counts
    plain.password.setText("x")
    assert plain.draft() == PasswordAnswer("x", False)


def test_a_refusal_note_is_shown_above_the_password(qtbot: QtBot, dutch: None) -> None:
    from teamlead_app.ui.server_login import refused_note

    box = ServerPasswordDialog(None, "jan@db:5432/teamlead", True, refused_note())
    qtbot.addWidget(box)
    assert not box.note.isHidden()
    assert box.note.text().startswith("De server accepteerde het onthouden wachtwoord niet")


def test_without_a_usable_store_nothing_is_offered_or_kept(monkeypatch: pytest.MonkeyPatch) -> None:
    url = "postgresql+psycopg://jan@db:5432/teamlead"
    monkeypatch.setattr(passwords, "_keyring", lambda: None)  # keyring not installed
    assert not passwords.keyring_usable()
    assert not passwords.remember_password(url, "x") and passwords.remembered_password(url) is None
    fallback = MemoryKeyring(priority=0)  # keyring's `fail` store: no real store on this PC
    monkeypatch.setattr(passwords, "_keyring", lambda: fallback)
    assert not passwords.keyring_usable()
    assert not passwords.remember_password(url, "x") and fallback.entries == {}


def test_a_remembered_password_is_used_and_never_written_by_the_app(
    qtbot: QtBot, pg_url: URL, store: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    asked: list[bool] = []

    def ask(_parent: object, _where: str, can_remember: bool, _note: str = "") -> PasswordAnswer:
        asked.append(can_remember)
        return PasswordAnswer(SUPERUSER_PASSWORD, remember=True)

    monkeypatch.setattr(ServerPasswordDialog, "ask", ask)
    url_text = _without_password(pg_url)
    _open(qtbot, url_text).close()
    assert asked == [True]
    name = f"postgres@127.0.0.1:{pg_url.port}/{pg_url.database}"
    assert store.entries == {("teamlead-app", name): SUPERUSER_PASSWORD}

    _open(qtbot, url_text).close()  # the next start: not asked
    assert asked == [True]

    secret = SUPERUSER_PASSWORD.encode()
    for folder in (data_dir(), tmp_path):  # the data folder; the settings (QSettings) folder
        for root, _dirs, files in os.walk(folder):
            for file in files:
                assert secret not in (Path(root) / file).read_bytes(), file


def test_a_remembered_password_the_server_refuses_is_forgotten_and_asked_again(
    qtbot: QtBot, pg_url: URL, store: MemoryKeyring, monkeypatch: pytest.MonkeyPatch, dutch: None
) -> None:
    url_text = _without_password(pg_url)
    name = f"postgres@127.0.0.1:{pg_url.port}/{pg_url.database}"
    store.entries[("teamlead-app", name)] = "een-oud-wachtwoord"
    notes: list[str] = []

    def ask(_parent: object, _where: str, _can: bool, note: str = "") -> PasswordAnswer:
        notes.append(note)
        return PasswordAnswer(SUPERUSER_PASSWORD, remember=False)

    def no_box(*_args: Any, **_kwargs: Any) -> Any:
        raise AssertionError("a forgotten password is asked again, not a 'try again' box")

    monkeypatch.setattr(ServerPasswordDialog, "ask", ask)
    monkeypatch.setattr(QMessageBox, "exec", no_box)
    monkeypatch.setattr(QApplication, "quit", no_box)
    _open(qtbot, url_text).close()
    assert len(notes) == 1 and "onthouden wachtwoord niet" in notes[0]
    assert store.entries == {}  # forgotten, and not remembered again (box not ticked)


def test_the_real_keyring_module_with_an_in_memory_backend() -> None:
    """The same through the real `keyring` package (a KeyringBackend of our own): skipped,
    with the reason, until the package is installed."""
    keyring = pytest.importorskip("keyring", reason="the keyring package is not installed")
    from keyring.backend import KeyringBackend

    class Memory(KeyringBackend):
        priority = 1  # type: ignore[assignment]

        def __init__(self) -> None:
            super().__init__()
            self.entries: dict[tuple[str, str], str] = {}

        def get_password(self, service: str, username: str) -> str | None:
            return self.entries.get((service, username))

        def set_password(self, service: str, username: str, password: str) -> None:
            self.entries[(service, username)] = password

        def delete_password(self, service: str, username: str) -> None:
            del self.entries[(service, username)]

    previous = keyring.get_keyring()
    keyring.set_keyring(Memory())
    try:
        url = "postgresql+psycopg://jan@db:5432/teamlead"
        assert passwords.keyring_usable()
        assert passwords.remember_password(url, "geheim")
        assert passwords.remembered_password(url) == "geheim"
        assert passwords.remembered_password("postgresql+psycopg://piet@db:5432/teamlead") is None
        passwords.forget_password(url)
        assert passwords.remembered_password(url) is None
    finally:
        keyring.set_keyring(previous)
