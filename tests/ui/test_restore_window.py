"""The window's database session: a backup after opening and on close, and putting a backup
back (the file is closed, replaced, reopened, and the user sees what changed)."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from teamlead_app.services.people import employees as people
from teamlead_app.services.storage import backups
from teamlead_app.ui.main_window import MainWindow
from teamlead_app.ui.session import DatabaseSession


def test_open_restore_close(qtbot: QtBot, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    window = MainWindow()
    qtbot.addWidget(window)
    session = DatabaseSession(window)
    assert session.open(db_path)
    [at_start] = backups.list_backups(db_path)  # changed since the last backup (none yet)
    assert at_start.label == backups.AUTO

    db = window._context.ctx  # type: ignore[union-attr]
    people.save_employee(db, people.EmployeeDraft(first_name="Łukasz", last_name="W"))
    saved = backups.make_backup(db_path).path
    people.save_employee(db, people.EmployeeDraft(first_name="Later", last_name="Erbij"))

    window.restore_database(saved)
    db = window._context.ctx  # type: ignore[union-attr]
    assert [p.first_name for p in people.list_employees(db)] == ["Łukasz"]
    assert "Employees: 2 → 1" in shown[-1] and "Conversations: 0 → 0" in shown[-1]
    assert "before putting back a backup" in shown[-1]

    people.save_employee(db, people.EmployeeDraft(first_name="Na", last_name="Herstel"))
    before = {i.path for i in backups.list_backups(db_path)}
    session.close()  # changed since the last backup: one more on close
    [on_close] = [i for i in backups.list_backups(db_path) if i.path not in before]
    assert (on_close.label, on_close.counts) == (backups.AUTO, backups.Counts(2, 0))


def test_a_refused_backup_leaves_the_file_open(
    qtbot: QtBot, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text: warnings.append(text))
    window = MainWindow()
    qtbot.addWidget(window)
    session = DatabaseSession(window)
    assert session.open(db_path)
    junk = tmp_path / "geen-backup.sqlite"
    junk.write_bytes(b"nonsense" * 100)
    window.restore_database(junk)
    assert warnings and "geen leesbare database" in warnings[0]
    assert window._context is not None and window._context.ctx.path == db_path
    session.close()
