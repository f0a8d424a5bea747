"""The shell: pages are built after the database opens, navigation works, the welcome screen
appears for an empty database and the demo fills it."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.people import employees as people
from teamlead_app.ui.main_window import MainWindow


def test_empty_database_shows_welcome_and_demo_fills_it(qtbot: QtBot, ctx: ServiceContext) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    assert not window.nav.isEnabled()
    window.attach(ctx)
    window.show_page("overview")
    overview = window.page("overview")
    assert overview is not None
    assert overview.stack.currentWidget() is overview.welcome  # type: ignore[attr-defined]
    overview.load_demo()  # type: ignore[attr-defined]
    assert people.count_employees(ctx) > 20
    assert overview.stack.currentWidget() is overview.dashboard  # type: ignore[attr-defined]
    assert overview.dashboard.teams.list.count() == 2  # type: ignore[attr-defined]


def test_every_page_opens(qtbot: QtBot, ctx: ServiceContext) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(ctx)
    employee_id = people.save_employee(ctx, people.EmployeeDraft(first_name="A", last_name="B"))
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        key = window.nav.item(row).data(256)
        assert window.stack.currentWidget() is window.page(key)
    window.open_employee(employee_id)
    assert window.stack.currentWidget() is window.page("profile")
    window.detach()
    assert window.stack.currentWidget() is window.loading


def test_profile_opens_this_years_pop(qtbot: QtBot, ctx: ServiceContext, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from datetime import date

    from PySide6.QtWidgets import QMessageBox

    from teamlead_app.services.development import pop

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(ctx)
    employee_id = people.save_employee(ctx, people.EmployeeDraft(first_name="A", last_name="B"))
    window.open_employee(employee_id)
    window.page("profile")._open_pop()  # type: ignore[union-attr]
    assert window.stack.currentWidget() is window.page("pop")
    assert pop.pop_for_year(ctx, employee_id, date.today().year) is not None


@pytest.mark.parametrize("size", [(1280, 800), (1024, 700)])
@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen plugin, on show()
def test_the_welcome_texts_are_shown_whole(
    qtbot: QtBot, ctx: ServiceContext, size: tuple[int, int]
) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(*size)
    window.attach(ctx)
    window.show()
    window.show_page("overview")
    qtbot.waitExposed(window)
    welcome = window.page("overview").welcome  # type: ignore[union-attr]
    for label in (welcome.intro, welcome.hint):
        assert label.width() >= 400  # a readable line, not a narrow column
        # Tall enough for every wrapped line at that width: nothing is cut off.
        assert label.height() >= label.heightForWidth(label.width())
