"""The people page: list, search as you type, filters, add/edit/archive via the services."""

from __future__ import annotations

from datetime import date

import pytest
from pytestqt.qtbot import QtBot

from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.archive_dialog import ArchiveDialog
from teamlead_app.ui.dialogs.employee_dialog import EmployeeDialog
from teamlead_app.ui.pages.people_page import PeoplePage


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> PeoplePage:
    team = people.save_team(context.ctx, TeamDraft("Verspaning"))
    for first, tv, last, function in (
        ("Jan", "de", "Vries", "CNC-operator"),
        ("Łukasz", "", "Wiśniewski", "Lasser"),
        ("Sanne", "van den", "Berg", "Werkvoorbereider"),
    ):
        people.save_employee(
            context.ctx,
            EmployeeDraft(
                first_name=first,
                tussenvoegsel=tv,
                last_name=last,
                function=function,
                team_id=team,
                date_in_service=date(2020, 3, 1),
            ),
        )
    widget = PeoplePage(context)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def _names(page: PeoplePage) -> list[str]:
    proxy = page.proxy
    return [str(proxy.index(r, 0).data()) for r in range(proxy.rowCount())]


def test_list_in_dutch_order_with_dates(page: PeoplePage) -> None:
    assert _names(page) == ["Berg, Sanne van den", "Vries, Jan de", "Wiśniewski, Łukasz"]
    assert page.proxy.index(0, 6).data() == "01-03-2020"
    assert page.count_label.text().endswith("3")


def test_search_as_you_type(page: PeoplePage, qtbot: QtBot) -> None:
    qtbot.keyClicks(page.search, "lasser")
    qtbot.waitUntil(lambda: _names(page) == ["Wiśniewski, Łukasz"], timeout=2000)
    page.search.setText("zzz")
    qtbot.waitUntil(lambda: page.model.rowCount() == 0, timeout=2000)
    assert "zzz" in page.empty.text()


def test_typing_filters_what_was_read_without_asking_the_database(
    page: PeoplePage, qtbot: QtBot, context: AppContext
) -> None:
    """A keystroke is substring tests on rows read once (flat as the company grows); a new
    person shows after the list is read again, as after every save."""
    from sqlalchemy import event

    statements: list[str] = []
    event.listen(
        context.ctx.engine, "before_cursor_execute", lambda *a: statements.append(str(a[2]))
    )
    qtbot.keyClicks(page.search, "lukasz")
    qtbot.waitUntil(lambda: _names(page) == ["Wiśniewski, Łukasz"], timeout=2000)
    page.search.setText("VAN DEN")
    qtbot.waitUntil(lambda: _names(page) == ["Berg, Sanne van den"], timeout=2000)
    assert statements == []
    page.search.setText("")
    people.save_employee(context.ctx, EmployeeDraft(first_name="Ömer", last_name="Kılıç"))
    page.reload()
    assert "Kılıç, Ömer" in _names(page)


def test_archived_filter(page: PeoplePage, context: AppContext) -> None:
    row = people.list_employees(context.ctx, search="Vries")[0]
    people.archive_employee(context.ctx, row.id, date(2026, 11, 1))
    page.reload()
    assert "Vries, Jan de" not in _names(page)
    page.state.setCurrentIndex(page.state.findData(True))
    assert _names(page) == ["Vries, Jan de"]


def test_add_dialog_validates_live_and_saves(qtbot: QtBot, context: AppContext) -> None:
    dialog = EmployeeDialog(None, context.ctx, None)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.first_name.setText("Mehmet <b>&")
    dialog.last_name.setText("Yılmaz 🙂")
    assert ok.isEnabled()
    dialog.date_in.setText("31-02-2026")
    assert not ok.isEnabled()
    assert "25-11-2026" in dialog.error.text()
    dialog.date_in.setText("1-2-26")
    assert ok.isEnabled()
    dialog._save()
    saved = people.get_employee(context.ctx, dialog.saved_id or 0).row
    assert (saved.first_name, saved.last_name, saved.date_in_service) == (
        "Mehmet <b>&",
        "Yılmaz 🙂",
        date(2026, 2, 1),
    )


def test_edit_dialog_loads_the_person(qtbot: QtBot, page: PeoplePage, context: AppContext) -> None:
    row = people.list_employees(context.ctx, search="Berg")[0]
    dialog = EmployeeDialog(None, context.ctx, row.id)
    qtbot.addWidget(dialog)
    assert dialog.tussenvoegsel.text() == "van den"
    dialog.last_name.setText("Berg-Jansen")
    dialog._save()
    assert people.get_employee(context.ctx, row.id).row.last_name == "Berg-Jansen"


def test_archive_dialog_refuses_bad_date(
    qtbot: QtBot, context: AppContext, page: PeoplePage
) -> None:
    row = people.list_employees(context.ctx, search="Vries")[0]
    dialog = ArchiveDialog(None, context.ctx, row)
    qtbot.addWidget(dialog)
    dialog.date_out.setText("1-1-2019")
    dialog._save()
    assert "vóór" in dialog.error.text()
    assert people.get_employee(context.ctx, row.id).row.date_out_of_service is None
    dialog.date_out.setText("30-11-2026")
    dialog._save()
    assert people.get_employee(context.ctx, row.id).row.date_out_of_service == date(2026, 11, 30)


def test_double_click_opens_profile(page: PeoplePage, nav, qtbot: QtBot) -> None:  # type: ignore[no-untyped-def]
    page.table.selectRow(0)
    page._open_profile()
    assert nav.calls[-1][0] == "employee"


def test_a_too_long_function_is_named_in_the_dialog(qtbot: QtBot, context: AppContext) -> None:
    dialog = EmployeeDialog(None, context.ctx, None)
    qtbot.addWidget(dialog)
    dialog.first_name.setText("Łukasz")
    dialog.last_name.setText("Wiśniewski")
    dialog.function.setCurrentText("L" * 121)
    assert dialog.error.text() == "Functie is te lang (max. 120 tekens)."
    assert not dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog.function.setCurrentText("L" * 120)
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()


def test_notice_shows_in_the_list_and_the_archive_dialog(
    qtbot: QtBot, context: AppContext, page: PeoplePage
) -> None:
    row = people.list_employees(context.ctx, search="Vries")[0]
    dialog = ArchiveDialog(None, context.ctx, row)
    qtbot.addWidget(dialog)
    dialog.date_out.setText("30-06-2099")
    assert "Until and including 30-06-2099, Jan de Vries stays active" in dialog.note.text()
    dialog._save()
    page.reload()
    shown = [
        page.model.index(r, page.model.columnCount() - 1).data()
        for r in range(page.model.rowCount())
    ]
    assert "out of service as of 30-06-2099" in shown  # still in the active list
    dialog = ArchiveDialog(None, context.ctx, row)
    qtbot.addWidget(dialog)
    dialog.date_out.setText("01-03-2020")
    assert "is archived straight away" in dialog.note.text()
