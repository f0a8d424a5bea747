"""The Roulatie page: rotations with their conflicts (count and reasons), a new rotation from
a suggestion with live conflict warnings, and the evaluation that moves the matrix. Modal
dialogs are never shown: `ask` is patched, or the dialog is driven without exec."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.services.rotations import rules as rotation_rules
from teamlead_app.services.rotations import schedule as rotations
from teamlead_app.services.rotations.draft import RotationDraft
from teamlead_app.services.rotations.schedule import EvaluationDraft
from teamlead_app.services.skills import knowledge
from teamlead_app.services.skills import levels as skills
from teamlead_app.services.skills.levels import LevelDraft, SkillDraft
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.rotation_dialog import RotationDialog
from teamlead_app.ui.dialogs.rotation_evaluate_dialog import RotationEvaluateDialog
from teamlead_app.ui.pages.rotations_page import RotationsPage

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
    skills.set_level(ctx, LevelDraft(ids["Bas"], ids["skill"], "U", TODAY, "Henk"))
    skills.set_level(ctx, LevelDraft(ids["Łukasz"], ids["skill"], "L", TODAY, "Henk"))
    return ids


def _page(qtbot: QtBot, context: AppContext, team_id: int) -> RotationsPage:
    page = RotationsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    page.select_team(team_id)
    return page


def test_list_shows_conflicts_with_reasons(
    qtbot: QtBot,
    context: AppContext,
    ctx: ServiceContext,
    team: dict[str, int],
    qtmodeltester: ModelTester,
) -> None:
    # Bas away while only he and Anouk are at U/O: the skill drops under 2.
    rotations.save_rotation(ctx, RotationDraft(team["Bas"], MONDAY, MONDAY + timedelta(days=4)))
    page = _page(qtbot, context, team["team"])
    qtmodeltester.check(page.model)
    assert page.model.rowCount() == 1
    conflicts = page.model.index(0, 2)
    assert conflicts.data() == "⚠ 1"
    assert "'Kantbank <b>&' houdt in het eigen team 1" in conflicts.data(
        Qt.ItemDataRole.ToolTipRole
    )
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    assert "Warnings:" in page.details.text() and "Kantbank <b>&" in page.details.text()
    assert not page.evaluate_button.isEnabled()  # evaluated once it has started


def test_empty_page_says_what_to_do(
    qtbot: QtBot, context: AppContext, team: dict[str, int]
) -> None:
    page = _page(qtbot, context, team["team"])
    assert page.table.isHidden() and "New rotation" in page.empty.text()


def test_new_rotation_dialog_uses_a_suggestion_and_warns(
    qtbot: QtBot, context: AppContext, ctx: ServiceContext, team: dict[str, int]
) -> None:
    page = _page(qtbot, context, team["team"])
    dialog = RotationDialog(page, page._choices(), page._suggest, page._check)
    qtbot.addWidget(dialog)
    # Kantbank has 2 qualified and nobody away: green, no suggestions, said so.
    assert dialog.suggestions.item(0).text() == "No red or amber skills in this period."
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert not save.isEnabled() and "Choose the employee" in dialog.error.text()
    dialog.employee.setCurrentIndex(dialog.employee.findData(team["Bas"]))
    assert save.isEnabled()
    assert "houdt in het eigen team 1" in dialog.conflicts.text()  # live warning
    dialog.host.setCurrentIndex(dialog.host.findData(team["Bas"]))
    assert not save.isEnabled() and "host cannot be the employee" in dialog.error.text()
    dialog.host.setCurrentIndex(dialog.host.findData(team["Anouk"]))
    draft = dialog.draft()
    assert (draft.employee_id, draft.host_id, draft.date_from) == (
        team["Bas"],
        team["Anouk"],
        MONDAY,
    )


def test_suggestion_fills_the_form(
    qtbot: QtBot, context: AppContext, ctx: ServiceContext, team: dict[str, int]
) -> None:
    knowledge.set_knowledge_holder(ctx, team["Anouk"], team["skill"], True)
    # Bas on rotation in the period: the skill is amber, Łukasz (L) could learn it.
    rotations.save_rotation(ctx, RotationDraft(team["Bas"], MONDAY, MONDAY + timedelta(days=4)))
    page = _page(qtbot, context, team["team"])
    dialog = RotationDialog(page, page._choices(), page._suggest, page._check)
    qtbot.addWidget(dialog)
    item = dialog.suggestions.item(0)
    assert "Łukasz Smit learns Kantbank <b>&" in item.text()
    assert "nog 1 stap tot U" in item.text()
    dialog._use_suggestion(item)
    draft = dialog.draft()
    assert (draft.employee_id, draft.host_id, draft.skill_id, draft.target_level) == (
        team["Łukasz"],
        team["Anouk"],
        team["skill"],
        "U",
    )


def test_new_and_evaluate_through_the_page(
    qtbot: QtBot,
    context: AppContext,
    ctx: ServiceContext,
    team: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, context, team["team"])
    start = TODAY - timedelta(days=10)
    planned = RotationDraft(
        team["Łukasz"],
        start,
        TODAY - timedelta(days=1),
        host_id=team["Anouk"],
        skill_id=team["skill"],
        target_level="U",
    )
    monkeypatch.setattr(RotationDialog, "ask", classmethod(lambda cls, *a, **k: planned))
    page.new_button.click()
    assert page.model.rowCount() == 1
    page.table.setCurrentIndex(page.proxy.index(0, 0))
    assert page.evaluate_button.isEnabled()
    view = page.model.row_at(0).rotation
    dialog = RotationEvaluateDialog(page, view)
    qtbot.addWidget(dialog)
    texts = [label.text() for label in dialog.findChildren(QLabel)]
    assert any("'Not for me' is a valid result" in text for text in texts)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    dialog.day.set_date(start - timedelta(days=1))
    assert not save.isEnabled() and "before the rotation started" in dialog.error.text()
    dialog.day.set_date(TODAY)
    assert save.isEnabled()
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("doorgaan"))
    dialog.level.setCurrentIndex(dialog.level.findData("U"))
    dialog.learned.setPlainText("Omstellen")
    answer = dialog.draft()
    assert isinstance(answer, EvaluationDraft) and answer.new_level == "U"
    monkeypatch.setattr(RotationEvaluateDialog, "ask", classmethod(lambda cls, *a: answer))
    page.evaluate_button.click()
    assert page.model.index(0, 7).data() == "Afgerond: Doorgaan"
    [row] = knowledge.person_levels(ctx, team["Łukasz"])
    assert (row.level, row.history[0].source) == ("U", "rotation")
    assert rotation_rules.conflicts_of(ctx, view.id) == []


def test_the_status_column_says_a_broken_off_rotation_once() -> None:
    from types import SimpleNamespace

    def row(status: str, outcome: str | None) -> Any:
        return SimpleNamespace(rotation=SimpleNamespace(status=status, outcome=outcome))

    assert RotationsPage._status(row("afgebroken", "afgebroken")) == "Afgebroken"
    assert RotationsPage._status(row("afgerond", "niet_voor_mij")) == "Afgerond: Niet voor mij"
    assert RotationsPage._status(row("gepland", None)) == "Gepland"
