"""The window and the database file: a damaged file gets the dialog with the ways out (at
opening after an unclean end, else from the background check), a crash's journal is not
called damaged, a mistyped --db folder is refused, and a save on a busy database offers to
try again without losing the typed text."""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from teamlead_app.config import DbPaths
from teamlead_app.data.context import ServiceContext
from teamlead_app.data.db import Database
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.storage import database as storage
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.storage_problem import Choice, StorageChoice, StorageProblemDialog
from teamlead_app.ui.pages.conversation_page import ConversationPage
from teamlead_app.ui.session import DatabaseSession


class FakeWindow(QWidget):
    def __init__(self) -> None:
        super().__init__()
        self.attached: list[Path] = []

    def set_session(self, session: Any) -> None:
        self.session = session

    def attach(self, ctx: ServiceContext) -> None:
        self.attached.append(ctx.path)

    def detach(self) -> None:
        pass

    def drop_first_screen(self) -> None:
        pass


@pytest.fixture
def asked(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The storage-problem dialog's messages; the user quits each time."""
    messages: list[str] = []

    def ask(_parent: Any, path: Path, message: str) -> Choice:
        messages.append(message)
        return Choice(StorageChoice.QUIT, path)

    monkeypatch.setattr(StorageProblemDialog, "ask", ask)
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    return messages


@pytest.fixture
def window(qtbot: QtBot) -> FakeWindow:
    widget = FakeWindow()
    qtbot.addWidget(widget)
    return widget


def _damaged(db_path: Path, last_pages: int | None = None) -> None:
    """Rows saved, then pages overwritten with garbage: every page after the second, or only
    the last few (people's rows; the schema stays readable)."""
    db = storage.open_database(db_path)
    for i in range(60):
        people.save_employee(
            db, people.EmployeeDraft(first_name="Jan", last_name=f"Bakker {i}" + "x" * 150)
        )
    db.close()
    size, page = db_path.stat().st_size, 4096
    first = 2 * page if last_pages is None else size - last_pages * page
    with db_path.open("r+b") as handle:
        for offset in range(first, size, page):
            handle.seek(offset)
            handle.write(os.urandom(page))


def test_damaged_file_after_a_clean_end_is_found_by_the_background_check(
    window: FakeWindow, db_path: Path, asked: list[str], qtbot: QtBot
) -> None:
    _damaged(db_path, last_pages=3)
    session = DatabaseSession(window)  # type: ignore[arg-type]
    assert session.open(db_path)  # the start path itself does not read every page
    assert session.check_thread is not None
    qtbot.waitUntil(lambda: bool(asked), timeout=10_000)
    assert "beschadigd" in asked[0]
    assert session.path is None  # closed: the user chooses what to do
    session.close()


def test_damaged_file_after_an_unclean_end_is_refused_at_opening(
    window: FakeWindow, db_path: Path, asked: list[str]
) -> None:
    _damaged(db_path)
    DbPaths(db_path).lock.write_text("12345")  # a session that was killed
    session = DatabaseSession(window, background_check=False)  # type: ignore[arg-type]
    assert not session.open(db_path)
    assert len(asked) == 1 and "beschadigd" in asked[0]
    assert window.attached == []


def test_a_crash_during_a_commit_is_not_called_damaged(
    window: FakeWindow, db_path: Path, asked: list[str], qtbot: QtBot
) -> None:
    script = (
        "import os, sqlite3, sys\n"
        "con = sqlite3.connect(sys.argv[1], isolation_level=None)\n"
        "con.execute('PRAGMA cache_size=2'); con.execute('BEGIN')\n"
        "for i in range(300):\n"
        "    con.execute('INSERT INTO setting VALUES (?, ?)', (f'k{i}', 'x' * 2000))\n"
        "os._exit(0)\n"
    )
    subprocess.run([sys.executable, "-c", script, str(db_path)], check=True)
    DbPaths(db_path).lock.write_text("12345")
    session = DatabaseSession(window)  # type: ignore[arg-type]
    assert session.open(db_path)
    assert asked == [] and window.attached == [db_path]
    session.close()


def test_a_mistyped_folder_is_refused_with_a_dialog(
    window: FakeWindow, tmp_path: Path, asked: list[str]
) -> None:
    path = tmp_path / "typo" / "team.sqlite"
    session = DatabaseSession(window, background_check=False)  # type: ignore[arg-type]
    assert not session.open(path)
    assert len(asked) == 1 and "bestaat niet" in asked[0]
    assert not path.parent.exists()


@pytest.fixture
def busy_page(
    qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[ConversationPage, int, Database]:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    db = Database(db_path, busy_timeout_ms=50)
    person = people.save_employee(db, people.EmployeeDraft(first_name="Łukasz", last_name="W"))
    when = datetime.now().replace(minute=0, second=0, microsecond=0) + timedelta(days=3)
    talk = conversations.plan_conversation(db, ConversationPlanDraft(person, when))
    page = ConversationPage(AppContext(ctx=db, nav=None))  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.show_conversation(talk.conversation_id)
    page.summary.setPlainText("Gedeeld 🙂 <b>&")
    return page, talk.conversation_id, db


def test_a_busy_save_offers_to_try_again(
    busy_page: tuple[ConversationPage, int, Database],
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, talk, db = busy_page
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    shown: list[str] = []

    def warning(_parent: Any, _title: str, text: str, *_a: Any) -> QMessageBox.StandardButton:
        shown.append(text)
        other.execute("ROLLBACK")  # the other program finishes meanwhile
        return QMessageBox.StandardButton.Retry

    monkeypatch.setattr(QMessageBox, "warning", warning)
    assert page.save()
    other.close()
    assert shown == ["De database is even bezet, probeer het zo opnieuw."]
    assert conversations.get_conversation(db, talk).shared_summary == "Gedeeld 🙂 <b>&"
    db.close()


def test_a_busy_save_cancelled_keeps_the_text(
    busy_page: tuple[ConversationPage, int, Database],
    db_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page, talk, db = busy_page
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Cancel)
    try:
        assert not page.save()
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert page.summary.toPlainText() == "Gedeeld 🙂 <b>&"
    assert page.dirty
    assert conversations.get_conversation(db, talk).shared_summary == ""
    db.close()
