"""The window on a PostgreSQL server database (a real server, tests/pg_server.py): the password
is asked and not kept, the demo and every page work, the settings page names the server
without the password, the backups box says the administrator backs it up; a refused
password gets the message with "try again"; closing makes no backup file."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import URL

from teamlead_app.services.people import employees as people
from teamlead_app.ui.dialogs.server_password_dialog import PasswordAnswer, ServerPasswordDialog
from teamlead_app.ui.main_window import MainWindow
from teamlead_app.ui.session import DatabaseSession
from tests.pg_server import SUPERUSER_PASSWORD


@pytest.fixture(autouse=True)
def _no_libpq_password(monkeypatch: pytest.MonkeyPatch, tmp_path: Any) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    monkeypatch.setenv("PGPASSFILE", str(tmp_path / "none"))


def _without_password(url: URL) -> str:
    return url._replace(password=None).render_as_string(hide_password=False)


def test_the_window_opens_a_server_database(
    qtbot: QtBot, pg_url: URL, monkeypatch: pytest.MonkeyPatch
) -> None:
    asked: list[str] = []

    def ask(_parent: object, where: str, *_args: Any) -> PasswordAnswer:
        asked.append(where)
        return PasswordAnswer(SUPERUSER_PASSWORD, remember=False)

    monkeypatch.setattr(ServerPasswordDialog, "ask", ask)
    window = MainWindow()
    qtbot.addWidget(window)
    session = DatabaseSession(window, background_check=False)
    assert session.open_server(_without_password(pg_url))
    assert asked == [f"postgres@127.0.0.1:{pg_url.port}/{pg_url.database}"]  # asked once
    assert session.path is None  # no file: no lock, no backups, no file check
    db = window._context.ctx
    assert db.is_server
    window.show_page("overview")
    window.page("overview").load_demo()  # type: ignore[union-attr]
    assert people.count_employees(db) > 20
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
    settings = window.page("settings")
    settings.refresh()  # type: ignore[union-attr]
    shown = settings.db_label.text()  # type: ignore[union-attr]
    assert f"127.0.0.1:{pg_url.port}/{pg_url.database}" in shown
    assert SUPERUSER_PASSWORD not in shown
    box = settings.backups  # type: ignore[union-attr]
    assert box.backup_button.isHidden() and box.file_button.isHidden()
    assert box.tree.isHidden()
    assert "pg_dump" in box.hint.text()
    session.close()
    assert window._context is None and window.stack.currentWidget() is window.loading


def test_a_refused_password_offers_to_try_again(
    qtbot: QtBot, pg_url: URL, monkeypatch: pytest.MonkeyPatch
) -> None:
    answers = iter(["fout", SUPERUSER_PASSWORD])
    monkeypatch.setattr(
        ServerPasswordDialog, "ask", lambda *a, **k: PasswordAnswer(next(answers), False)
    )
    messages: list[str] = []

    def exec_(box: QMessageBox) -> QMessageBox.StandardButton:
        messages.append(box.text())
        return QMessageBox.StandardButton.Retry

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    window = MainWindow()
    qtbot.addWidget(window)
    session = DatabaseSession(window, background_check=False)
    assert session.open_server(_without_password(pg_url))
    assert len(messages) == 1 and "wachtwoord" in messages[0].lower()
    assert "fout" not in messages[0]
    session.close()
