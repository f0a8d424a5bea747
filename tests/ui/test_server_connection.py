"""The company server going away while the lead types, on a real server stopped and started
with pg_ctl: the save says so on the page (no dialog), the text stays on the screen and in a
draft on this PC, the window's status line watches for the server and says when it is back,
and then the save works."""

from __future__ import annotations

from datetime import datetime

import pytest
from PySide6.QtWidgets import QLabel, QMessageBox
from pytestqt.qtbot import QtBot

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.db import Database
from teamlead_app.data.local_drafts import LocalDrafts
from teamlead_app.services.common import drafts
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.main_window import MainWindow
from teamlead_app.ui.pages.conversation_page import ConversationPage
from teamlead_app.ui.widgets.connection_watch import ConnectionWatch
from tests.pg_server import PgServer
from tests.ui.conftest import FakeNav

# The offscreen plugin says this on show().
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

TYPED = "Łukasz wil de kantbank <b>leren</b> & 🙂"


def _planned(ctx: ServiceContext) -> int:
    person = people.save_employee(ctx, EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski"))
    when = datetime.now().replace(hour=10, minute=0, second=0, microsecond=0)
    return conversations.plan_conversation(ctx, ConversationPlanDraft(person, when)).conversation_id


def test_saving_while_the_server_is_gone_keeps_the_text_and_works_after(
    qtbot: QtBot,
    restart_db: Database,
    restartable_pg: PgServer,
    nav: FakeNav,
    dutch: None,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def no_box(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("no dialog while the server is gone")

    monkeypatch.setattr(QMessageBox, "warning", no_box)
    monkeypatch.setattr(QMessageBox, "critical", no_box)
    cid = _planned(restart_db)
    page = ConversationPage(AppContext(ctx=restart_db, nav=nav))
    qtbot.addWidget(page)
    page.show_conversation(cid)
    page.summary.setPlainText(TYPED)

    restartable_pg.pause()
    try:
        assert not page.save()
        said = "De verbinding met de server is weggevallen. Je tekst is bewaard als concept"
        assert said in page.banner.text() and said in page.status_line.text()
        assert ("connection lost", None) in nav.calls
        assert page.summary.text() == TYPED and page.dirty
        kept = LocalDrafts(restart_db.url).load(drafts.CONVERSATION_DRAFT, cid)
        assert kept is not None and TYPED in kept.payload_json
        page.save_draft()  # the autosave while the server is still gone: quiet, kept
        assert said in page.status_line.text()
    finally:
        restartable_pg.resume()

    assert page.save()
    assert conversations.get_conversation(restart_db, cid).shared_summary == TYPED
    assert drafts.load_draft(restart_db, drafts.CONVERSATION_DRAFT, cid) is None


def test_the_status_line_says_when_the_server_is_back(qtbot: QtBot, dutch: None) -> None:
    answers = iter([False, False, True])
    window = MainWindow()
    qtbot.addWidget(window)
    watch = ConnectionWatch(window, lambda: next(answers))
    window.statusBar().addPermanentWidget(watch.label, 1)
    window.show()
    watch.lost()
    assert watch.label.isVisible()
    assert watch.label.text().startswith("Geen verbinding met de server.")
    assert "op deze pc bewaard" in watch.label.text()
    watch.timer.setInterval(20)
    qtbot.waitUntil(lambda: not watch.lost_now, timeout=5000)
    assert watch.label.text() == "De verbinding met de server is terug: je kunt weer opslaan."
    assert not watch.timer.isActive()


def test_the_window_on_a_server_shows_the_line_when_told(
    qtbot: QtBot, restart_db: Database, dutch: None
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(restart_db)
    window.show()
    line = window.statusBar().findChild(QLabel, "connectionLine")
    assert line is not None and not line.isVisible()
    window.connection_lost()
    assert line.isVisible() and "Geen verbinding met de server" in line.text()
    window.detach()  # another database: the line goes with the server
    qtbot.waitUntil(lambda: window.statusBar().findChild(QLabel, "connectionLine") is None)


def test_a_window_on_a_file_has_no_line(qtbot: QtBot, ctx: ServiceContext) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(ctx)
    window.connection_lost()  # nothing to watch on a file
    assert window.statusBar().findChild(QLabel, "connectionLine") is None


def test_a_lost_connection_no_screen_handled_goes_to_the_status_line(
    qtbot: QtBot, restart_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Opening a page or a list while the server is gone: the excepthook puts it in the
    status line, not in a dialog."""
    import sys

    from teamlead_app.errors import ServerConnectionError
    from teamlead_app.ui.errors import install_excepthook

    def no_box(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("no dialog for a lost connection")

    monkeypatch.setattr(QMessageBox, "warning", no_box)
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook()
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(restart_db)
    window.show()
    error = ServerConnectionError("De verbinding met de server is weggevallen.")
    sys.excepthook(ServerConnectionError, error, None)
    line = window.statusBar().findChild(QLabel, "connectionLine")
    assert line is not None and line.isVisible()
