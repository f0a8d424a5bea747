"""Changing and removing rotations on the Roulatie page, the stations and rotation forms
dialogs, and the planner's cells (open a rotation, plan one for that person and week) and its
print of the shown period. Modal dialogs are never shown: `ask`/`exec` and the QMessageBox
statics are patched."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QMessageBox
from pytestqt.qtbot import QtBot

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.development import goals
from teamlead_app.services.development.goal_rules import GoalDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.services.rotations import schedule as rotations
from teamlead_app.services.rotations.draft import RotationDraft
from teamlead_app.services.rotations.schedule import EvaluationDraft
from teamlead_app.services.rotations.stations import StationDraft
from teamlead_app.services.skills import levels as skills
from teamlead_app.services.skills.levels import LevelDraft, SkillDraft
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.rotation_dialog import Prefill, RotationDialog
from teamlead_app.ui.dialogs.rotation_evaluate_dialog import RotationEvaluateDialog
from teamlead_app.ui.dialogs.rotation_setup_dialog import (
    RotationFormDialog,
    RotationFormsDialog,
    StationDialog,
    StationsDialog,
)
from teamlead_app.ui.pages.rotations_page import RotationsPage
from teamlead_app.util.dates import format_date

TODAY = date.today()
MONDAY = TODAY + timedelta(days=7 - TODAY.weekday())


@pytest.fixture
def team(ctx: ServiceContext) -> dict[str, int]:
    team = people.save_team(ctx, TeamDraft("Plaatwerk"))
    ids = {
        name: people.save_employee(
            ctx, EmployeeDraft(first_name=name, last_name="Smit", team_id=team)
        )
        for name in ("Anouk", "Bas", "Łukasz")
    }
    ids["team"] = team
    ids["skill"] = skills.save_skill(ctx, SkillDraft("Kantbank <b>&", "machine", team))
    skills.set_level(ctx, LevelDraft(ids["Anouk"], ids["skill"], "O", TODAY, "Henk"))
    ids["goal"] = goals.create_goal(
        ctx, ids["Łukasz"], GoalDraft("Kantbank zelfstandig 🛠", start_date=TODAY)
    )
    return ids


def _page(qtbot: QtBot, context: AppContext, team_id: int) -> RotationsPage:
    page = RotationsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    page.select_team(team_id)
    return page


def _select(page: RotationsPage, rotation_id: int) -> None:
    for row in range(page.proxy.rowCount()):
        index = page.proxy.index(row, 0)
        if page.model.row_at(page.proxy.mapToSource(index).row()).rotation.id == rotation_id:
            page.table.setCurrentIndex(index)
            return
    raise AssertionError("rotation not listed")


def test_change_dialog_is_filled_in_and_keeps_the_status(
    qtbot: QtBot, context: AppContext, ctx: ServiceContext, team: dict[str, int]
) -> None:
    station = rotations.save_station(ctx, StationDraft("Kantbank 2", team["team"], 2))
    rid = rotations.save_rotation(
        ctx,
        RotationDraft(
            team["Łukasz"],
            MONDAY,
            MONDAY + timedelta(days=4),
            host_id=team["Anouk"],
            station_id=station,
            department="Werkvoorbereiding <b>&",
            skill_id=team["skill"],
            target_level="U",
            goal_id=team["goal"],
            status="bezig",
        ),
    )
    page = _page(qtbot, context, team["team"])
    view = rotations.get_rotation(ctx, rid)
    dialog = RotationDialog(
        page, page._choices(), page._suggest, page._check, goals=page._goals, existing=view
    )
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Change rotation"
    assert dialog.goal.currentText() == "Kantbank zelfstandig 🛠"
    assert dialog.draft() == RotationDraft(
        team["Łukasz"],
        MONDAY,
        MONDAY + timedelta(days=4),
        host_id=team["Anouk"],
        station_id=station,
        department="Werkvoorbereiding <b>&",
        skill_id=team["skill"],
        target_level="U",
        goal_id=team["goal"],
        status="bezig",
        row_version=view.row_version,  # the version it was opened on (issue 14)
    )
    dialog.employee.setCurrentIndex(dialog.employee.findData(team["Bas"]))
    assert dialog.goal.count() == 1 and dialog.goal.currentData() is None  # Bas has no goals


def test_change_through_the_page_saves_the_same_rotation(
    qtbot: QtBot,
    context: AppContext,
    ctx: ServiceContext,
    team: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rid = rotations.save_rotation(
        ctx, RotationDraft(team["Łukasz"], MONDAY, MONDAY + timedelta(days=4))
    )
    page = _page(qtbot, context, team["team"])
    _select(page, rid)
    assert page.edit_button.isEnabled()
    seen: dict[str, Any] = {}

    def ask(cls: type, *args: Any, **kw: Any) -> RotationDraft:
        seen.update(kw)
        seen["warnings"] = args[3](RotationDraft(team["Łukasz"], MONDAY, MONDAY))
        return RotationDraft(
            team["Łukasz"], MONDAY, MONDAY + timedelta(days=11), goal_id=team["goal"]
        )

    monkeypatch.setattr(RotationDialog, "ask", classmethod(ask))
    page.edit_button.click()
    assert seen["existing"].id == rid
    assert seen["warnings"] == []  # not "double booked" with its own old dates
    [view] = rotations.list_rotations(ctx)
    assert (view.id, view.date_to, view.goal_id) == (rid, MONDAY + timedelta(days=11), team["goal"])


def test_delete_a_planned_rotation_only_after_yes(
    qtbot: QtBot,
    context: AppContext,
    ctx: ServiceContext,
    team: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rid = rotations.save_rotation(
        ctx, RotationDraft(team["Łukasz"], MONDAY, MONDAY + timedelta(days=4))
    )
    page = _page(qtbot, context, team["team"])
    _select(page, rid)
    questions: list[str] = []
    answer = QMessageBox.StandardButton.No

    def question(parent: object, title: str, text: str, *a: object) -> object:
        questions.append(text)
        return answer

    monkeypatch.setattr(QMessageBox, "question", question)
    page.delete_button.click()
    assert len(rotations.list_rotations(ctx)) == 1
    assert "rotation of Łukasz Smit" in questions[0]
    answer = QMessageBox.StandardButton.Yes
    page.delete_button.click()
    assert rotations.list_rotations(ctx) == []
    assert page.table.isHidden()


def test_a_running_or_evaluated_rotation_is_refused_without_a_question(
    qtbot: QtBot,
    context: AppContext,
    ctx: ServiceContext,
    team: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    started = TODAY - timedelta(days=3)
    running = rotations.save_rotation(ctx, RotationDraft(team["Łukasz"], started, MONDAY))
    done = rotations.save_rotation(ctx, RotationDraft(team["Bas"], started, TODAY))
    rotations.evaluate_rotation(ctx, EvaluationDraft(done, "niet_voor_mij"))
    page = _page(qtbot, context, team["team"])
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text, *a: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a: pytest.fail("asked anyway"))
    _select(page, running)
    page.delete_button.click()
    _select(page, done)
    assert not page.edit_button.isEnabled()
    page.delete_button.click()
    assert "al begonnen" in warnings[0] and "afgebroken" in warnings[0]
    assert "al geëvalueerd" in warnings[1]
    assert len(rotations.list_rotations(ctx)) == 2


def test_stations_add_change_and_delete(
    qtbot: QtBot,
    context: AppContext,
    ctx: ServiceContext,
    team: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    dialog = StationDialog(None, ctx, None)
    qtbot.addWidget(dialog)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled()
    dialog.name.setText("Kantbank <b>& 🛠")
    dialog.team.setCurrentIndex(dialog.team.findData(team["team"]))
    dialog.complexity.setCurrentIndex(dialog.complexity.findData(3))
    dialog.needs.item(0).setCheckState(Qt.CheckState.Checked)
    save.click()
    [station] = rotations.list_stations(ctx)
    assert (station.name, station.team_id, station.complexity, station.prerequisite_ids) == (
        "Kantbank <b>& 🛠",
        team["team"],
        3,
        (team["skill"],),
    )
    stations = StationsDialog(None, ctx)
    qtbot.addWidget(stations)
    assert stations.model.index(0, 3).data() == "Kantbank <b>&"
    edit = StationDialog(None, ctx, stations.selected())
    qtbot.addWidget(edit)
    edit.needs.item(0).setCheckState(Qt.CheckState.Unchecked)
    edit.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert rotations.list_stations(ctx)[0].prerequisite_ids == ()
    rotations.save_rotation(ctx, RotationDraft(team["Bas"], MONDAY, MONDAY, station_id=station.id))
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "warning", lambda p, t, text, *a: warnings.append(text))
    stations.delete_button.click()
    assert "staat bij 1 roulatie" in warnings[0] and len(rotations.list_stations(ctx)) == 1


def test_forms_add_change_and_delete(
    qtbot: QtBot, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = rotations.list_forms(ctx)
    dialog = RotationFormDialog(None, ctx, None)
    qtbot.addWidget(dialog)
    dialog.name.setText("Snuffelmiddag <b>&")
    dialog.duration.setText("een middag")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    forms = RotationFormsDialog(None, ctx)
    qtbot.addWidget(forms)
    assert forms.model.rowCount() == len(before) + 1
    # The table is sorted on its first column (row_table), so the new form is found by id.
    rows = [forms.model.row_at(i) for i in range(forms.model.rowCount())]
    new_row = next(i for i, r in enumerate(rows) if r.id not in {f.id for f in before})
    last = rows[new_row]
    assert (last.name, last.duration) == ("Snuffelmiddag <b>&", "een middag")
    same = RotationFormDialog(None, ctx, before[0])
    qtbot.addWidget(same)
    same.name.setText(last.name)  # the name is taken: said in the form
    same.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    assert "al een roulatievorm" in same.error.text()
    forms.table.selectRow(new_row)
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    forms.delete_button.click()
    assert [f.id for f in rotations.list_forms(ctx)] == [f.id for f in before]


def test_the_page_offers_stations_and_forms(
    qtbot: QtBot, context: AppContext, team: dict[str, int], monkeypatch: pytest.MonkeyPatch
) -> None:
    page = _page(qtbot, context, team["team"])
    opened: list[str] = []
    monkeypatch.setattr(StationsDialog, "exec", lambda self: opened.append("stations"))
    monkeypatch.setattr(RotationFormsDialog, "exec", lambda self: opened.append("forms"))
    page.stations_action.trigger()
    page.forms_action.trigger()
    assert opened == ["stations", "forms"]


def test_planner_cell_opens_the_rotation_or_plans_one(
    qtbot: QtBot,
    context: AppContext,
    ctx: ServiceContext,
    team: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rid = rotations.save_rotation(
        ctx,
        RotationDraft(team["Łukasz"], MONDAY, MONDAY + timedelta(days=4), host_id=team["Anouk"]),
    )
    page = _page(qtbot, context, team["team"])
    planner = page.planner
    planner.anchor = MONDAY
    planner.refresh()
    view = planner.model.view
    assert view is not None
    row = [p.name for p in view.people].index("Łukasz Smit")
    week = view.weeks.index(MONDAY)
    calls: list[dict[str, Any]] = []
    monkeypatch.setattr(RotationDialog, "ask", classmethod(lambda cls, *a, **kw: calls.append(kw)))
    menu = planner.cell_menu(planner.model.index(row, week))
    assert menu is not None
    texts = [a.text() for a in menu.actions()]
    period = f"{format_date(MONDAY)} – {format_date(MONDAY + timedelta(days=4))}"
    assert texts[0] == f"Open R1 (host Anouk Smit): {period}…"
    anouk = [p.name for p in view.people].index("Anouk Smit")
    host_menu = planner.cell_menu(planner.model.index(anouk, week))
    assert host_menu is not None
    assert host_menu.actions()[0].text() == f"Open B1 (guest Łukasz Smit): {period}…"
    assert texts[1] == f"Plan rotation for Łukasz Smit in week {MONDAY.isocalendar().week}…"
    menu.actions()[0].trigger()
    assert calls[0]["existing"].id == rid
    empty = planner.cell_menu(planner.model.index(row, week + 1))
    assert empty is not None and len(empty.actions()) == 1
    empty.actions()[0].trigger()
    monday = MONDAY + timedelta(weeks=1)
    assert calls[1]["prefill"] == Prefill(team["Łukasz"], monday, monday + timedelta(days=4))


def test_a_prefilled_dialog_has_the_person_and_week(
    qtbot: QtBot, context: AppContext, team: dict[str, int]
) -> None:
    page = _page(qtbot, context, team["team"])
    prefill = Prefill(team["Łukasz"], MONDAY, MONDAY + timedelta(days=4))
    dialog = RotationDialog(
        page, page._choices(), page._suggest, page._check, goals=page._goals, prefill=prefill
    )
    qtbot.addWidget(dialog)
    draft = dialog.draft()
    assert (draft.employee_id, draft.date_from, draft.date_to) == (
        team["Łukasz"],
        MONDAY,
        MONDAY + timedelta(days=4),
    )
    assert dialog.goal.itemText(1) == "Kantbank zelfstandig 🛠"


def test_planner_prints_the_period_it_shows(
    qtbot: QtBot,
    context: AppContext,
    ctx: ServiceContext,
    team: dict[str, int],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    rotations.save_rotation(ctx, RotationDraft(team["Łukasz"], date(2027, 5, 3), date(2027, 5, 7)))
    page = _page(qtbot, context, team["team"])
    planner = page.planner
    planner.anchor = date(2027, 5, 1)
    planner.refresh()
    target = tmp_path / "schema.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    planner.print_button.click()
    text = "".join(p.extract_text() for p in PdfReader(target).pages)
    assert "Weken van 29-03-2027 – 21-06-2027" in text  # Q2 2027: ISO weeks 13-25
    assert "Łukasz Smit" in text and "03-05-2027 – 07-05-2027" in text


def test_a_suggestion_picks_the_persons_pop_goal_about_that_skill(
    qtbot: QtBot, context: AppContext, ctx: ServiceContext, team: dict[str, int]
) -> None:
    skills.set_level(ctx, LevelDraft(team["Bas"], team["skill"], "U", TODAY, "Henk"))
    # Bas away in the period: Kantbank is amber and Łukasz (no level) could learn it.
    rotations.save_rotation(ctx, RotationDraft(team["Bas"], MONDAY, MONDAY + timedelta(days=4)))
    page = _page(qtbot, context, team["team"])
    dialog = RotationDialog(page, page._choices(), page._suggest, page._check, goals=page._goals)
    qtbot.addWidget(dialog)
    item = next(
        dialog.suggestions.item(i)
        for i in range(dialog.suggestions.count())
        if dialog.suggestions.item(i).text().startswith("Łukasz Smit learns")
    )
    dialog._use_suggestion(item)
    assert dialog.draft().goal_id == team["goal"]


def test_station_dialog_lists_the_skills_of_its_team(
    qtbot: QtBot, ctx: ServiceContext, team: dict[str, int]
) -> None:
    other = people.save_team(ctx, TeamDraft("Verspaning"))
    lathe = skills.save_skill(ctx, SkillDraft("Draaibank", "machine", other))
    everyone = skills.save_skill(ctx, SkillDraft("VCA", "topic", None))
    dialog = StationDialog(None, ctx, None)
    qtbot.addWidget(dialog)

    def shown() -> set[int]:
        items = [dialog.needs.item(i) for i in range(dialog.needs.count())]
        return {int(i.data(Qt.ItemDataRole.UserRole)) for i in items if not i.isHidden()}

    assert shown() == {team["skill"], lathe, everyone}  # all teams: every skill
    dialog.team.setCurrentIndex(dialog.team.findData(team["team"]))
    assert shown() == {team["skill"], everyone}
    dialog.team.setCurrentIndex(dialog.team.findData(other))
    assert shown() == {lathe, everyone}
    item = next(
        dialog.needs.item(i)
        for i in range(dialog.needs.count())
        if dialog.needs.item(i).data(Qt.ItemDataRole.UserRole) == lathe
    )
    item.setCheckState(Qt.CheckState.Checked)
    dialog.team.setCurrentIndex(dialog.team.findData(team["team"]))
    assert lathe in shown()  # a chosen skill stays in sight


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen plugin, on show()
def test_one_print_button_in_sight_and_the_year_opens_at_this_week(
    qtbot: QtBot, context: AppContext, team: dict[str, int]
) -> None:
    page = _page(qtbot, context, team["team"])
    page.resize(1100, 700)
    page.show()
    assert page.print_button.isVisible()
    page.tabs.setCurrentWidget(page.planner)
    assert not page.print_button.isVisible() and page.planner.print_button.isVisible()
    page.planner.span.setCurrentIndex(page.planner.span.findData("year"))
    column = page.planner.model.this_week
    assert column >= 0  # today is in this year
    bar = page.planner.table.horizontalScrollBar()
    assert bar.value() == min(max(column - 2, 0) * 58, bar.maximum())
    assert bar.maximum() > 0
    page.tabs.setCurrentIndex(0)
    assert page.print_button.isVisible()


def test_planner_cell_of_a_begun_rotation_offers_to_evaluate_it(
    qtbot: QtBot,
    context: AppContext,
    ctx: ServiceContext,
    team: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    start = TODAY - timedelta(days=TODAY.weekday())  # this week's Monday
    rid = rotations.save_rotation(
        ctx,
        RotationDraft(
            team["Łukasz"],
            start,
            start + timedelta(days=4),
            host_id=team["Anouk"],
            skill_id=team["skill"],
            target_level="U",
            goal_id=team["goal"],
        ),
    )
    future = rotations.save_rotation(
        ctx, RotationDraft(team["Bas"], MONDAY + timedelta(weeks=1), MONDAY + timedelta(weeks=1))
    )
    page = _page(qtbot, context, team["team"])
    planner = page.planner
    planner.anchor = TODAY
    planner.refresh()
    view = planner.model.view
    assert view is not None
    names = [p.name for p in view.people]
    week = view.weeks.index(start)
    menu = planner.cell_menu(planner.model.index(names.index("Łukasz Smit"), week))
    assert menu is not None
    texts = [a.text() for a in menu.actions()]
    assert texts[1] == "Evaluate R1…"
    answer = EvaluationDraft(rid, "doorgaan", "Zetten <b>&", "U", evaluated_on=TODAY)
    monkeypatch.setattr(RotationEvaluateDialog, "ask", classmethod(lambda cls, *a: answer))
    menu.actions()[1].trigger()
    done = rotations.get_rotation(ctx, rid)
    assert (done.status, done.new_level) == ("afgerond", "U")
    if future in {r.rotation_id for c in view.cells[names.index("Bas Smit")] for r in c.rotations}:
        later = view.weeks.index(MONDAY + timedelta(weeks=1))
        bas_menu = planner.cell_menu(planner.model.index(names.index("Bas Smit"), later))
        assert bas_menu is not None
        assert not any(a.text().startswith("Evaluate") for a in bas_menu.actions())
