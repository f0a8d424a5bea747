"""The window builds the ServiceContext once per opened database: the window's language and
the file's one user; every page hands that same context to the services."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from teamlead_app.data.context import FILE_USER, ServiceContext
from teamlead_app.i18n import speaking
from teamlead_app.ui.main_window import MainWindow
from teamlead_app.ui.session import DatabaseSession


def test_opening_a_file_builds_one_context_with_language_and_user(
    qtbot: QtBot, db_path: Path
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    session = DatabaseSession(window, background_check=False)
    with speaking("en"):
        assert session.open(db_path)
    context = window._context
    assert context is not None
    ctx = context.ctx
    assert isinstance(ctx, ServiceContext)
    assert (ctx.language, ctx.user, ctx.path) == ("en", FILE_USER, db_path)
    assert not ctx.read_only
    page = window.page("people")
    assert page is not None and page.context.ctx is ctx  # type: ignore[attr-defined]
    session.close()
