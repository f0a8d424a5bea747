"""The Development page: everyone in service with the year's POP status and goal counts, search
as you type, team and year filters, a draft POP started from the list, new goals, and the goal
list with its status filter."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from teamlead_app.services.development import goals, pop
from teamlead_app.services.development.goals import GoalDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.goal_dialog import GoalDialog
from teamlead_app.ui.pages.development_page import DevelopmentPage
from tests.ui.conftest import FakeNav

YEAR = date.today().year


@pytest.fixture
def team(context: AppContext) -> dict[str, int]:
    """Three people in two teams: Łukasz with an agreed POP and goals, Sanne with a draft,
    Jan without a POP; plus someone out of service."""
    db = context.ctx
    plaatwerk = people.save_team(db, TeamDraft("Plaatwerk"))
    lasserij = people.save_team(db, TeamDraft("Lasserij"))
    ids = {
        "lukasz": people.save_employee(
            db, EmployeeDraft("Łukasz", "Wiśniewski", function="Kantbank", team_id=plaatwerk)
        ),
        "sanne": people.save_employee(
            db, EmployeeDraft("Sanne", "Berg", tussenvoegsel="van den", team_id=lasserij)
        ),
        "jan": people.save_employee(db, EmployeeDraft("Jan", "Vries", tussenvoegsel="de")),
    }
    gone = people.save_employee(db, EmployeeDraft("Ex", "Collega"))
    people.archive_employee(db, gone, date(2020, 1, 1))
    plan = pop.create_pop(db, ids["lukasz"], YEAR)
    start = date(YEAR, 1, 2)
    goals.create_goal(db, ids["lukasz"], GoalDraft("Kantbank <b>&</b>", start_date=start), plan)
    done = goals.create_goal(db, ids["lukasz"], GoalDraft("B-VCA", start_date=start), plan)
    goals.set_goal_status(db, done, "achieved", on=start)
    pop.agree_pop(db, plan, "akkoord", start, "paper")
    pop.plan_evaluations(db, plan, datetime(YEAR, 6, 1, 10), datetime(YEAR, 12, 1, 10))
    pop.create_pop(db, ids["sanne"], YEAR)
    ids["plan"], ids["plaatwerk"] = plan, plaatwerk
    return ids


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> DevelopmentPage:
    widget = DevelopmentPage(context)
    qtbot.addWidget(widget)
    return widget


def shown(page: DevelopmentPage, tab: int = 0) -> list[list[str]]:
    proxy = page.person_proxy if tab == 0 else page.goal_proxy
    return [
        [str(proxy.index(row, column).data()) for column in range(proxy.columnCount())]
        for row in range(proxy.rowCount())
    ]


def select(page: DevelopmentPage, name: str) -> None:
    names = [row[0] for row in shown(page)]
    page.person_table.selectRow(names.index(name))


def test_everyone_in_service_with_the_pop_status_of_the_year(
    page: DevelopmentPage, team: dict[str, int]
) -> None:
    page.refresh()
    assert page.year.value() == YEAR
    assert [row[:7] for row in shown(page)] == [
        ["Berg, Sanne van den", "", "Lasserij", "Concept", "0", "0", ""],
        ["Vries, Jan de", "", "", "Geen POP", "0", "0", ""],
        [
            "Wiśniewski, Łukasz",
            "Kantbank",
            "Plaatwerk",
            "Afgesproken",
            "1",
            "1",
            "01-06-" + str(YEAR),
        ],
    ]
    page.team.setCurrentIndex(page.team.findData(team["plaatwerk"]))
    assert [row[0] for row in shown(page)] == ["Wiśniewski, Łukasz"]
    page.team.setCurrentIndex(0)
    page.year.setValue(YEAR - 1)
    assert {row[3] for row in shown(page)} == {"Geen POP"}
    assert page.tabs.tabText(0).endswith(str(YEAR - 1))


def test_search_as_you_type(qtbot: QtBot, page: DevelopmentPage, team: dict[str, int]) -> None:
    page.refresh()
    qtbot.keyClicks(page.search, "lasser")
    assert [row[0] for row in shown(page)] == ["Berg, Sanne van den"]
    page.search.setText("Łukasz kantbank")
    assert [row[0] for row in shown(page)] == ["Wiśniewski, Łukasz"]
    page.year.setValue(YEAR - 1)  # a reload keeps the search, on the new rows
    assert [(row[0], row[3]) for row in shown(page)] == [("Wiśniewski, Łukasz", "Geen POP")]
    page.search.setText("lasserij")
    page.team.setCurrentIndex(page.team.findData(team["plaatwerk"]))
    assert shown(page) == []  # Łukasz now sits where Sanne of the Lasserij was
    page.team.setCurrentIndex(0)
    page.search.setText("niemand")
    assert page.person_table.isHidden()
    assert "niemand" in page.person_empty.text()


def test_empty_database_explains_what_to_do(page: DevelopmentPage) -> None:
    page.refresh()
    assert page.person_table.isHidden()
    assert page.person_empty.text() == page.tr(
        "No people yet. Add your team on the People page (or load the demo company on "
        "the Overview page); then each person gets a POP here."
    )
    page.tabs.setCurrentIndex(1)
    assert page.goal_table.isHidden() and page.goal_empty.text()


def test_open_pop_creates_a_draft_after_a_yes(
    page: DevelopmentPage,
    team: dict[str, int],
    context: AppContext,
    nav: FakeNav,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.refresh()
    select(page, "Wiśniewski, Łukasz")
    page.open_pop_button.click()
    assert nav.calls[-1] == ("pop", team["plan"])

    select(page, "Vries, Jan de")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.open_pop_button.click()
    assert pop.pop_for_year(context.ctx, team["jan"], YEAR) is None

    asked: list[str] = []

    def yes(_parent: object, _title: str, text: str, *_a: object) -> QMessageBox.StandardButton:
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    page.open_pop_button.click()
    created = pop.pop_for_year(context.ctx, team["jan"], YEAR)
    assert created is not None and created.status == "draft"
    assert "Jan de Vries" in asked[0] and str(YEAR) in asked[0]
    assert nav.calls[-1] == ("pop", created.id)
    assert [row[3] for row in shown(page) if row[0] == "Vries, Jan de"] == ["Concept"]


def test_ctrl_n_opens_a_new_goal_for_the_chosen_person(
    page: DevelopmentPage, team: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    opened: list[tuple[int, int | None, int | None]] = []

    def ask(
        _parent: object,
        _db: object,
        employee: int,
        goal: int | None = None,
        pop_id: int | None = None,
    ) -> int:
        opened.append((employee, goal, pop_id))
        return 99

    monkeypatch.setattr(GoalDialog, "ask", ask)
    page.refresh()
    new = next(s for s in page.findChildren(QShortcut) if s.key() == QKeySequence.StandardKey.New)
    new.activated.emit()
    assert opened == []  # nobody chosen: nothing opens
    select(page, "Berg, Sanne van den")
    new.activated.emit()
    assert opened == [(team["sanne"], None, None)]  # a goal outside a POP


def test_goal_list_with_status_filter(
    page: DevelopmentPage, team: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    page.refresh()
    page.tabs.setCurrentIndex(1)
    assert not page.year.isEnabled()
    rows = shown(page, 1)
    assert [(row[0], row[1], row[2]) for row in rows] == [
        ("Łukasz Wiśniewski", "Kantbank <b>&</b>", "Open")
    ]
    page.goal_status.setCurrentIndex(page.goal_status.findData("achieved"))
    assert [row[1] for row in shown(page, 1)] == ["B-VCA"]
    page.goal_status.setCurrentIndex(page.goal_status.findData(None))
    assert len(shown(page, 1)) == 2
    page.search.setText("vca")
    assert [row[1] for row in shown(page, 1)] == ["B-VCA"]

    edited: list[int | None] = []
    monkeypatch.setattr(
        GoalDialog, "ask", lambda _p, _d, _e, goal=None, pop_id=None: edited.append(goal)
    )
    page.goal_table.selectRow(0)
    assert page.goal_pop_button.isEnabled()
    page.edit_goal_button.click()
    assert edited and edited[0] is not None
