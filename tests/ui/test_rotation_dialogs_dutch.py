"""The rotation forms of issue 11 in Dutch: the change dialog, the stations and rotation
forms dialogs, and the planner's cell menu, walked for English words like every screen."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.demo.company import generate_company
from teamlead_app.services.people import employees as people
from teamlead_app.services.rotations import schedule as rotations
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.rotation_dialog import RotationDialog
from teamlead_app.ui.dialogs.rotation_setup_dialog import (
    RotationFormDialog,
    RotationFormsDialog,
    StationDialog,
    StationsDialog,
)
from teamlead_app.ui.pages.rotations_page import RotationsPage
from tests.ui.test_dutch_screens import ENGLISH, english_in


def test_rotation_dialogs_and_cell_menu_are_dutch(
    qtbot: QtBot, ctx: ServiceContext, context: AppContext, dutch: None
) -> None:
    generate_company(ctx)
    team = people.list_teams(ctx)[0]
    page = RotationsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    page.select_team(team.id)
    running = next(r for r in rotations.list_rotations(ctx, team_id=team.id) if r.status == "bezig")
    dialogs: list[QWidget] = [
        RotationDialog(
            page, page._choices(), page._suggest, page._check, goals=page._goals, existing=running
        ),
        StationsDialog(None, ctx),
        StationDialog(None, ctx, rotations.list_stations(ctx)[0]),
        RotationFormsDialog(None, ctx),
        RotationFormDialog(None, ctx, None),
    ]
    found: list[str] = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        found += english_in(dialog)
    assert dialogs[0].windowTitle() == "Roulatie wijzigen"
    planner = page.planner
    planner.anchor = date.today()
    planner.refresh()
    view = planner.model.view
    assert view is not None
    row = [p.id for p in view.people].index(running.employee_id)
    menu = planner.cell_menu(planner.model.index(row, planner.model.this_week))
    assert menu is not None
    texts = [action.text() for action in menu.actions()]
    assert texts[0].startswith("R") and " openen (begeleider " in texts[0]
    assert texts[-1].startswith("Roulatie plannen voor ")
    found += [text for text in texts if ENGLISH.search(text)]
    found += [b.text() for b in (page.edit_button, page.delete_button) if ENGLISH.search(b.text())]
    assert found == []


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen plugin, on show()
def test_the_roulatie_page_has_no_doubled_alt_key(
    qtbot: QtBot, ctx: ServiceContext, context: AppContext, dutch: None
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel, QTabBar

    generate_company(ctx)
    page = RotationsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    page.resize(1200, 700)
    page.show()
    for tab in range(page.tabs.count()):
        page.tabs.setCurrentIndex(tab)
        texts = [page.tabs.tabText(i) for i in range(page.tabs.count())]
        for widget in page.findChildren(QWidget):
            shown = widget.isVisible() and not isinstance(widget.parent(), QTabBar)
            if shown and isinstance(widget, (QAbstractButton, QLabel)):
                texts.append(widget.text())
        keys = [t[t.index("&") + 1].lower() for t in texts if "&" in t[:-1]]
        assert len(keys) == len(set(keys)), (tab, [t for t in texts if "&" in t])
