"""The planning tab of the Roulatie page: the grid's letters, colours and tooltips, the
quarter/year switch and previous/next; the model passes the Qt model tester."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.services.rotations import schedule as rotations
from teamlead_app.services.rotations.draft import RotationDraft
from teamlead_app.services.skills import levels as skills
from teamlead_app.services.skills.levels import LevelDraft, SkillDraft
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.pages.rotations_page import RotationsPage
from teamlead_app.ui.widgets.rotation_planner import (
    GUEST,
    HOST,
    TALK,
    THIS_WEEK,
    TROUBLE,
    RotationPlanner,
)

JAN4 = date(2027, 1, 4)


@pytest.fixture
def team(ctx: ServiceContext) -> dict[str, int]:
    team = people.save_team(ctx, TeamDraft("Plaatwerk"))
    ids = {
        name: people.save_employee(
            ctx, EmployeeDraft(first_name=name, last_name="Smit", team_id=team)
        )
        for name in ("Anouk", "Bas", "Łukasz <b>&")
    }
    skill = skills.save_skill(ctx, SkillDraft("Kantbank", "machine", team))
    for who in ("Anouk", "Bas"):
        skills.set_level(ctx, LevelDraft(ids[who], skill, "U", date(2026, 12, 1), "Henk"))
    # Anouk learns with Bas in weeks 1-2; in week 2 Bas rotates himself (host away, and
    # the Kantbank drops under 2 qualified: a conflict).
    rotations.save_rotation(
        ctx, RotationDraft(ids["Anouk"], JAN4, JAN4 + timedelta(days=11), host_id=ids["Bas"])
    )
    rotations.save_rotation(
        ctx, RotationDraft(ids["Bas"], JAN4 + timedelta(days=7), JAN4 + timedelta(days=11))
    )
    # Łukasz learns with Anouk in weeks 5-6: no conflicts.
    rotations.save_rotation(
        ctx,
        RotationDraft(
            ids["Łukasz <b>&"], date(2027, 2, 1), date(2027, 2, 12), host_id=ids["Anouk"]
        ),
    )
    conversations.plan_conversation(
        ctx,
        ConversationPlanDraft(ids["Łukasz <b>&"], datetime(2027, 1, 20, 10, 0)),
        now=datetime(2026, 12, 1, 9, 0),
    )
    ids["team"] = team
    return ids


def _planner(qtbot: QtBot, context: AppContext, team_id: int) -> RotationPlanner:
    planner = RotationPlanner(context)
    qtbot.addWidget(planner)
    planner.anchor = JAN4
    planner.set_team(team_id)
    planner.refresh()
    return planner


def _colour(planner: RotationPlanner, row: int, column: int) -> str:
    brush = planner.model.index(row, column).data(Qt.ItemDataRole.BackgroundRole)
    return str(QColor(brush.color()).name()) if brush is not None else ""


def test_grid_letters_colours_and_tooltips(
    qtbot: QtBot,
    context: AppContext,
    team: dict[str, int],
    qtmodeltester: ModelTester,
) -> None:
    planner = _planner(qtbot, context, team["team"])
    model = planner.model
    qtmodeltester.check(model)
    assert model.rowCount() == 3 and model.columnCount() == 12  # Q1 2027: ISO weeks 1-12
    assert model.headerData(0, Qt.Orientation.Horizontal) == "wk 1\n04-01"
    names = [model.headerData(r, Qt.Orientation.Vertical) for r in range(3)]
    assert names == ["Anouk Smit", "Bas Smit", "Łukasz <b>& Smit"]
    anouk, bas, lukasz = 0, 1, 2
    # A clean rotation: guest and host coloured and lettered, sharing the number.
    assert model.index(lukasz, 4).data() == "R3"
    assert _colour(planner, lukasz, 4) == GUEST
    assert model.index(anouk, 5).data() == "B3"
    assert _colour(planner, anouk, 5) == HOST
    # Rotation 1 has conflicts (!) in every week; in week 2 its host is away (A).
    assert model.index(anouk, 0).data() == "R1 !"
    assert model.index(bas, 0).data() == "B1 !"  # the host sees the conflicts too
    assert model.index(anouk, 1).data() == "R1 !A"
    assert _colour(planner, anouk, 1) == TROUBLE
    assert model.index(bas, 1).data() == "B1 R2 !"
    tip = model.index(bas, 1).data(Qt.ItemDataRole.ToolTipRole)
    assert "Week 2 (11-01-2027 – 17-01-2027)" in tip
    assert "! 'Kantbank' houdt in het eigen team 0" in tip
    assert "Bas Smit is deze week zelf op roulatie" in model.index(anouk, 1).data(
        Qt.ItemDataRole.ToolTipRole
    )
    assert model.index(lukasz, 2).data() == "G"
    assert _colour(planner, lukasz, 2) == TALK
    assert "20-01-2027 10:00" in model.index(lukasz, 2).data(Qt.ItemDataRole.ToolTipRole)
    assert model.index(lukasz, 0).data() == ""
    assert model.index(lukasz, 0).data(Qt.ItemDataRole.ToolTipRole) is None
    assert planner.period.text() == "Quarter 1 2027"


def test_previous_next_and_year(
    qtbot: QtBot, context: AppContext, team: dict[str, int], qtmodeltester: ModelTester
) -> None:
    planner = _planner(qtbot, context, team["team"])
    planner.next_button.click()
    assert planner.period.text() == "Quarter 2 2027"
    # Easter Monday 2027 falls in week 13: the week is starred and its tooltip says why.
    assert planner.model.headerData(0, Qt.Orientation.Horizontal) == "wk 13*\n29-03"
    tip = planner.model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert tip.startswith("Days off this week:\n29-03-2027 ")
    assert planner.model.headerData(1, Qt.Orientation.Horizontal) == "wk 14\n05-04"
    assert (
        planner.model.headerData(1, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole) is None
    )
    assert all(planner.model.index(0, c).data() == "" for c in range(planner.model.columnCount()))
    planner.previous_button.click()
    planner.previous_button.click()
    assert planner.period.text() == "Quarter 4 2026"
    planner.span.setCurrentIndex(planner.span.findData("year"))
    assert planner.period.text() == "2026"
    assert planner.model.columnCount() == 53  # 2026 has ISO week 53
    planner.next_button.click()
    assert planner.period.text() == "2027" and planner.model.columnCount() == 52
    assert planner.model.index(0, 0).data() == "R1 !"
    qtmodeltester.check(planner.model)


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen plugin, on show()
def test_page_has_a_planning_tab_for_the_chosen_team(
    qtbot: QtBot, context: AppContext, team: dict[str, int]
) -> None:
    page = RotationsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    page.select_team(team["team"])
    titles = [page.tabs.tabText(i).replace("&", "") for i in range(page.tabs.count())]
    assert titles == ["List", "Planning"]
    assert page.planner.team_id == team["team"]
    assert page.planner.model.rowCount() == 0  # hidden behind the list: not read yet
    page.show()
    page.tabs.setCurrentWidget(page.planner)
    assert page.planner.model.rowCount() == 3  # read when shown


def test_without_a_team_the_planner_says_what_to_do(
    qtbot: QtBot, context: AppContext, team: dict[str, int]
) -> None:
    planner = _planner(qtbot, context, team["team"])
    planner.set_team(None)
    planner.refresh()
    assert planner.model.rowCount() == 0
    assert planner.empty.text() == "Choose a team above to see its planning."


def test_the_current_week_is_tinted(
    qtbot: QtBot, context: AppContext, team: dict[str, int]
) -> None:
    planner = _planner(qtbot, context, team["team"])
    view = planner.model._view
    assert view is not None
    planner.model.set_view(view, today=date(2027, 1, 13))  # a Wednesday of week 2
    assert _colour(planner, 2, 1) == THIS_WEEK  # Łukasz has nothing that week
    assert _colour(planner, 2, 0) == "" and _colour(planner, 0, 1) == TROUBLE
    planner.model.set_view(view, today=date(2026, 12, 7))  # another quarter: no tint
    assert _colour(planner, 2, 1) == ""
