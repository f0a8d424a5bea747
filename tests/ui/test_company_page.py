"""Bedrijfsoverzicht (ui/pages/company_page.py): Dutch headers and numbers, names with `<b>&`,
Polish letters and emoji shown as typed, sorting, a change of year, the empty state, the
yearly overview export started off the UI thread, and the window opening on the page for
the HR role of a real company server."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import psycopg
import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from pytestqt.qtbot import QtBot
from sqlalchemy import URL

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.db import Database
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.services.storage import server_users
from teamlead_app.services.storage.export_log import list_export_log
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.main_window import MainWindow
from teamlead_app.ui.pages.company_page import CompanyPage
from teamlead_app.ui.pages.people_page import PeoplePage
from teamlead_app.ui.session import DatabaseSession
from tests.pg_server import PgServer
from tests.services.history_helpers import person, talk

THIS_YEAR = date.today().year
LAST_YEAR = THIS_YEAR - 1


pytestmark = pytest.mark.usefixtures("dutch")


def fill(ctx: ServiceContext) -> None:
    """Two teams with odd names; last year: 7 of 12 months held in one, 12 of 12 in the other."""
    fire = people.save_team(ctx, TeamDraft("Lasserij 🔥 <b>&", lead_name="Łukasz Wiśniewski"))
    saw = people.save_team(ctx, TeamDraft("Zagerij", lead_name="Jan 👷"))
    anna = person(ctx, "Anna", "Smit", team_id=fire, start=date(2020, 1, 1))
    bert = person(ctx, "Bert", "Kok", team_id=saw, start=date(2020, 1, 1))
    for month in (1, 2, 3, 5, 6, 7, 9):
        talk(ctx, anna, datetime(LAST_YEAR, month, 12, 9, 0))
    for month in range(1, 13):
        talk(ctx, bert, datetime(LAST_YEAR, month, 12, 9, 0))


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> CompanyPage:
    fill(context.ctx)
    widget = CompanyPage(context)
    qtbot.addWidget(widget)
    widget.year.setValue(LAST_YEAR)
    widget.refresh()
    return widget


def cells(page: CompanyPage) -> list[list[str]]:
    model = page.table.model()
    return [
        [str(model.index(r, c).data()) for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def headers(page: CompanyPage) -> list[str]:
    model = page.table.model()
    return [
        str(model.headerData(c, Qt.Orientation.Horizontal)).replace("\n", " ")
        for c in range(model.columnCount())
    ]


def test_dutch_headers_numbers_and_names_as_typed(page: CompanyPage) -> None:
    assert headers(page)[:5] == ["Team", "Leidinggevende", "Mensen", "Gevoerd / nodig", "Dekking"]
    assert "Nu te laat" in headers(page)
    assert "POP geen / concept / akkoord / geëvalueerd" in headers(page)
    rows = cells(page)
    assert rows[0][:5] == ["Lasserij 🔥 <b>&", "Łukasz Wiśniewski", "1", "7 / 12", "58\u00a0%"]
    assert rows[1][:5] == ["Zagerij", "Jan 👷", "1", "12 / 12", "100\u00a0%"]
    assert rows[0][6] == "–"  # "overdue now" only for this year
    total = page.totals.text()
    assert total.startswith("Bedrijf: 2 teams, 2 mensen")
    assert "maandgesprekken 19 van 24 maanden (79\u00a0%)" in total


def test_sorting_by_coverage(page: CompanyPage) -> None:
    page.table.sortByColumn(4, Qt.SortOrder.DescendingOrder)
    assert [row[0] for row in cells(page)] == ["Zagerij", "Lasserij 🔥 <b>&"]
    page.table.sortByColumn(4, Qt.SortOrder.AscendingOrder)
    assert [row[0] for row in cells(page)] == ["Lasserij 🔥 <b>&", "Zagerij"]


def test_a_change_of_year_reloads_and_an_empty_year_guides(page: CompanyPage) -> None:
    assert page.data is not None and page.data.year == LAST_YEAR
    page.year.setValue(THIS_YEAR)
    assert page.data.year == THIS_YEAR
    # This year nothing was held yet: the months passed are due, the running one not yet.
    assert cells(page)[1][3] == f"0 / {date.today().month - 1}"
    assert page.body.currentWidget() is page.filled
    assert page.xlsx_button.isEnabled()
    page.year.setValue(2001)  # nobody was in service yet
    assert page.body.currentWidget() is page.empty
    assert not page.pdf_button.isEnabled() and not page.xlsx_button.isEnabled()
    assert "In 2001 was niemand in dienst" in page.empty.text()
    assert "Mensen (Ctrl+2)" in page.empty.text()


def test_the_yearly_overview_export_starts_off_the_ui_thread(
    page: CompanyPage,
    qtbot: QtBot,
    tmp_path: Path,
    context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    _no_export_done_box: list[Path],
) -> None:
    target = tmp_path / "jaaroverzicht.xlsx"
    asked: list[str] = []

    def ask(_parent: object, _title: str, name: str, _filter: str) -> Path:
        asked.append(name)
        return target

    monkeypatch.setattr("teamlead_app.ui.overview_export.ask_save_path", ask)
    page.xlsx_button.click()
    assert page._job is not None  # a worker thread, not the UI thread
    qtbot.waitUntil(lambda: bool(_no_export_done_box), timeout=15000)
    assert asked == [f"pop-jaaroverzicht-{LAST_YEAR}.xlsx"]
    assert target.read_bytes()[:2] == b"PK"
    log = list_export_log(context.ctx)[0]
    assert (log.action, log.scope) == ("overview", f"year={LAST_YEAR} team=all")


def test_reachable_from_the_menu_with_ctrl_0(qtbot: QtBot, ctx: ServiceContext) -> None:
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(ctx)
    titles = [window.nav.item(r).text() for r in range(window.nav.count())]
    assert "Bedrijfsoverzicht" in titles
    shortcut = next(s for s in window.findChildren(QShortcut) if s.key() == QKeySequence("Ctrl+0"))
    shortcut.activated.emit()
    assert isinstance(window.stack.currentWidget(), CompanyPage)


def test_the_window_opens_on_the_company_page_for_hr(
    qtbot: QtBot, pg_url: URL, pg_server: PgServer
) -> None:
    admin = Database.for_server(pg_url)
    fill(admin)
    admin.close()
    text_url = pg_url.render_as_string(hide_password=False)
    server_users.add_user(text_url, "lisa", "lead", ["Zagerij"])
    server_users.add_user(text_url, "hr.ina", "hr", [])
    with psycopg.connect(pg_server.conninfo(str(pg_url.database)), autocommit=True) as su:
        for user in ("lisa", "hr.ina"):
            su.execute(f"ALTER ROLE \"{user}\" PASSWORD 'geheim'")
    for user, opens_company in (("hr.ina", True), ("lisa", False)):
        # Both last left off on the People page: HR starts on the company page anyway.
        QSettings().setValue("window/page", "people")
        window = MainWindow()
        qtbot.addWidget(window)
        session = DatabaseSession(window, background_check=False)
        url = pg_server.url(str(pg_url.database), user=user, password="geheim")
        assert session.open_server(url)
        page = window.stack.currentWidget()
        assert isinstance(page, CompanyPage) is opens_company, user
        assert isinstance(page, PeoplePage) is not opens_company, user
        if opens_company:
            assert isinstance(page, CompanyPage)
            page.year.setValue(LAST_YEAR)
            rows = cells(page)
            # The login mapped to a team is its lead; the typed name where nobody is mapped.
            assert [r[:2] for r in rows] == [
                ["Lasserij 🔥 <b>&", "Łukasz Wiśniewski"],
                ["Zagerij", "lisa"],
            ]
            assert rows[0][3] == "7 / 12"  # HR counts every team, privately written or not
        session.close()
