"""The fast first screen shows the same counts and lines as the full overview page on the same
database, the cards it does not read wait for the full load, and the full page takes over in
the window (the lock taken for the first screen is handed to the session)."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from teamlead_app.config import DbPaths
from teamlead_app.data.db import Database
from teamlead_app.data.filelock import AlreadyOpenError, DbLock
from teamlead_app.data.first_screen import read_first_screen
from teamlead_app.services.people.teams import list_teams
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.first_look import take_first_look
from teamlead_app.ui.main_window import MainWindow
from teamlead_app.ui.pages.dashboard import Dashboard
from teamlead_app.ui.pages.dashboard_view import Dashboard as DashboardView
from teamlead_app.ui.session import DatabaseSession
from teamlead_app.ui.widgets.card import CARD_LIMIT, Card
from tests.data.first_screen_company import build_company
from tests.ui.conftest import FakeNav


@pytest.fixture(scope="module")
def company(tmp_path_factory: pytest.TempPathFactory, migrated_template: Path) -> Path:
    path = tmp_path_factory.mktemp("company") / "company.sqlite"
    shutil.copy(migrated_template, path)
    build_company(path)
    return path


def _lines(card: Card) -> list[str]:
    return [card.list.item(i).text() for i in range(card.list.count())]


def _combo(view: DashboardView) -> list[tuple[str, object]]:
    return [(view.team.itemText(i), view.team.itemData(i)) for i in range(view.team.count())]


def test_the_first_screen_shows_what_the_full_page_shows(qtbot: QtBot, company: Path) -> None:
    db = Database(company)
    try:
        full = Dashboard(AppContext(ctx=db, nav=FakeNav()))
        qtbot.addWidget(full)
        full.refresh()
        for index in range(full.team.count()):  # all teams, then each team
            full.team.setCurrentIndex(index)
            team_id = full.team.currentData()
            screen = read_first_screen(company, team_id=team_id, limit=CARD_LIMIT + 1)
            assert screen is not None
            fast = DashboardView()
            qtbot.addWidget(fast)
            fast.show_first(screen)
            assert fast.counts.text() == full.counts.text()
            assert "0 held, 0 planned" not in fast.counts.text()
            for name in ("week", "unsigned", "late", "teams"):
                lines = _lines(getattr(fast, name))
                assert lines == _lines(getattr(full, name)), name
                assert lines, name  # the demo fills every one of them
            assert _combo(fast) == _combo(full)
            if team_id is None:
                assert any("Łukasz Wiśniewski" in line for line in _lines(fast.week))
            # Cards the fast reader does not read show no numbers of their own.
            for card in (fast.overdue, fast.longest, fast.development, fast.skills):
                assert _lines(card) == ["Loading…"]
    finally:
        db.close()


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen plugin, on show()
def test_the_full_page_takes_over_in_the_window(
    qtbot: QtBot, company: Path, tmp_path: Path
) -> None:
    path = tmp_path / "teamlead.sqlite"
    shutil.copy(company, path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    lock, screen = take_first_look(path)
    assert lock is not None and screen is not None
    window.show_first_screen(screen)
    first = window.first_screen
    assert isinstance(first, DashboardView)
    assert window.stack.currentWidget() is first
    assert not window.nav.isEnabled()
    fast_counts = first.counts.text()
    fast_week = _lines(first.week)
    session = DatabaseSession(window, background_check=False)
    try:
        assert session.open(path, lock=lock)
        page = window.stack.currentWidget()
        assert window.first_screen is None
        assert isinstance(page.dashboard, Dashboard)  # type: ignore[attr-defined]
        assert page.dashboard.counts.text() == fast_counts  # type: ignore[attr-defined]
        assert _lines(page.dashboard.week) == fast_week  # type: ignore[attr-defined]
        assert _lines(page.dashboard.overdue) != ["Loading…"]  # type: ignore[attr-defined]
        assert window.nav.isEnabled()
        with pytest.raises(AlreadyOpenError):  # the session holds the lock taken first
            DbLock(lock.path).acquire()
    finally:
        session.close()
    assert not lock.held


def test_no_first_screen_when_open_elsewhere(company: Path, tmp_path: Path) -> None:
    path = tmp_path / "teamlead.sqlite"
    shutil.copy(company, path)
    other = DbLock(DbPaths(path).lock)
    other.acquire()
    try:
        assert take_first_look(path) == (None, None)
    finally:
        other.release()


def test_no_first_screen_after_an_unclean_exit(company: Path, tmp_path: Path) -> None:
    """The full path checks the whole file first: nothing is shown before that."""
    path = tmp_path / "teamlead.sqlite"
    shutil.copy(company, path)
    DbPaths(path).lock.write_text("4242")  # the owner line a killed session leaves behind
    lock, screen = take_first_look(path)
    assert lock is not None and screen is None
    assert not lock.previous_exit_clean
    lock.release()


def test_no_first_screen_for_a_missing_file(tmp_path: Path) -> None:
    path = tmp_path / "nothing.sqlite"
    assert take_first_look(path) == (None, None)
    assert not path.exists() and not DbPaths(path).lock.exists()


def test_the_first_screen_only_for_the_overview(qtbot: QtBot) -> None:
    from PySide6.QtCore import QSettings

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.wants_first_screen()
    QSettings().setValue("window/page", "people")
    assert not window.wants_first_screen()


def test_teams_alike(company: Path) -> None:
    db = Database(company)
    try:
        screen = read_first_screen(company)
        assert screen is not None and screen.teams == tuple(list_teams(db))
    finally:
        db.close()


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen plugin, on show()
def test_the_first_screen_goes_when_the_file_does_not_open(
    qtbot: QtBot, company: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Damage the fast reader cannot see but opening finds: the dialog is not shown over
    the data of a file that does not open."""
    from PySide6.QtWidgets import QApplication

    from teamlead_app.errors import StorageError
    from teamlead_app.services.storage import database
    from teamlead_app.ui.dialogs.storage_problem import StorageProblemDialog

    path = tmp_path / "teamlead.sqlite"
    shutil.copy(company, path)
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    lock, screen = take_first_look(path)
    assert lock is not None and screen is not None
    window.show_first_screen(screen)

    def refuse(_path: Path, thorough: bool = False) -> None:
        raise StorageError("beschadigd")

    seen: list[object] = []
    monkeypatch.setattr(database, "open_database", refuse)
    monkeypatch.setattr(
        StorageProblemDialog, "ask", lambda *_a: seen.append(window.first_screen) or None
    )
    monkeypatch.setattr(QApplication, "quit", lambda: None)
    session = DatabaseSession(window, background_check=False)
    assert not session.open(path, lock=lock)
    assert seen == [None]
    assert window.stack.currentWidget() is window.loading
    assert not lock.held


def test_the_real_start_paints_data_before_sqlalchemy(company: Path, tmp_path: Path) -> None:
    """`teamlead-app --db FILE` as the user starts it: data on screen before SQLAlchemy is
    imported, then the full app takes over (the start-up probe records both)."""
    import json
    import os
    import subprocess
    import sys

    path = tmp_path / "teamlead.sqlite"
    shutil.copy(company, path)
    probe = tmp_path / "probe.json"
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TEAMLEAD_STARTUP_PROBE=str(probe))
    env["TEAMLEAD_DATA_DIR"] = str(tmp_path / "appdata")
    env["XDG_CONFIG_HOME"] = str(tmp_path / "config")  # the window's settings (QSettings)
    out = subprocess.run(
        [sys.executable, "-m", "teamlead_app", "--db", str(path)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )
    assert out.returncode == 0, out.stderr
    marks = json.loads(probe.read_text())
    assert marks["window"] <= marks["data"] <= marks["ready"]
    assert marks["loaded"] == ["ready"]  # not at "window", not at "data"
