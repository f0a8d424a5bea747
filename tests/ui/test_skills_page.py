"""The Vakmanschap page: the model passes qtmodeltester, letters and colours, keyboard editing
with the light history entry (cancel writes nothing), the knowledge-holder flag, and the
certificate pieces on the profile, the conversation screen and the overview. UI texts are
the English sources: the tests load no translator."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.services.skills import certificates, knowledge
from teamlead_app.services.skills import coverage as skill_coverage
from teamlead_app.services.skills import levels as skills
from teamlead_app.services.skills.certificates import CertificateDraft
from teamlead_app.services.skills.levels import LevelDraft, SkillDraft
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.certificate_dialog import CertificateDialog
from teamlead_app.ui.dialogs.level_dialog import LevelDialog, LevelEntry
from teamlead_app.ui.models.skill_matrix import SkillMatrixModel
from teamlead_app.ui.pages.skills_page import SkillsPage
from teamlead_app.ui.widgets import skill_alerts_card
from teamlead_app.ui.widgets.certificate_alert import CertificateAlert
from teamlead_app.ui.widgets.skills_box import SkillsBox
from tests.ui.conftest import FakeNav


@pytest.fixture
def team(ctx: ServiceContext) -> dict[str, int]:
    team = people.save_team(ctx, TeamDraft("Plaatwerk"))
    ids = {
        name: people.save_employee(
            ctx, EmployeeDraft(first_name=name, last_name="Smit", team_id=team, function="Lasser")
        )
        for name in ("Anouk", "Bas", "Łukasz")
    }
    ids["team"] = team
    ids["kantbank"] = skills.save_skill(ctx, SkillDraft("Kantbank <b>&", "machine", team))
    ids["zetten"] = skills.save_skill(ctx, SkillDraft("Zetten", "process", team))
    today = date.today()
    skills.set_level(ctx, LevelDraft(ids["Anouk"], ids["kantbank"], "O", today, "Henk"))
    skills.set_level(ctx, LevelDraft(ids["Bas"], ids["zetten"], "L", today, "Henk"))
    knowledge.set_required_level(ctx, "Lasser", ids["zetten"], "U")
    return ids


def test_model_passes_the_model_tester(
    ctx: ServiceContext, team: dict[str, int], qtmodeltester: ModelTester
) -> None:
    model = SkillMatrixModel()
    model.set_view(skill_coverage.matrix_view(ctx, team_id=team["team"]))
    qtmodeltester.check(model)
    model.set_view(skill_coverage.MatrixView((), (), {}))
    qtmodeltester.check(model)


def test_grid_shows_letters_coverage_and_colours(ctx: ServiceContext, team: dict[str, int]) -> None:
    model = SkillMatrixModel()
    model.set_view(skill_coverage.matrix_view(ctx, team_id=team["team"]))
    assert model.rowCount() == 4 and model.columnCount() == 2
    assert model.headerData(0, Qt.Orientation.Vertical) == "Coverage (U/O)"
    assert model.index(0, 0).data() == "1"  # one qualified on the press brake: red
    assert model.index(0, 0).data(Qt.ItemDataRole.BackgroundRole).name() == "#c62828"
    anouk = model.position_of(team["Anouk"], team["kantbank"])
    assert anouk is not None and model.index(*anouk).data() == "O"
    bas = model.position_of(team["Bas"], team["zetten"])
    assert bas is not None and model.index(*bas).data() == "L"
    assert "Required for the function: U" in model.index(*bas).data(Qt.ItemDataRole.ToolTipRole)
    # "<b>&" in a name shows literally in the tooltip, not as bold markup.
    tip = model.headerData(0, Qt.Orientation.Horizontal, Qt.ItemDataRole.ToolTipRole)
    assert "Kantbank &lt;b&gt;&amp;" in tip
    empty = model.position_of(team["Łukasz"], team["kantbank"])
    assert empty is not None and model.index(*empty).data() == ""


def _page(qtbot: QtBot, context: AppContext, team_id: int) -> SkillsPage:
    page = SkillsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    page.select_team(team_id)
    return page


def test_typing_a_level_asks_lightly_and_keeps_history(
    qtbot: QtBot,
    context: AppContext,
    ctx: ServiceContext,
    team: dict[str, int],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page = _page(qtbot, context, team["team"])
    asked: list[tuple[str, str, str, str, str]] = []

    def answer(*args: object) -> LevelEntry | None:
        asked.append(tuple(str(a) for a in args[1:]))  # type: ignore[arg-type]
        return None if len(asked) == 1 else LevelEntry("Henk", "Zet alleen", date.today())

    monkeypatch.setattr(LevelDialog, "ask", staticmethod(answer))
    row, column = page.model.position_of(team["Łukasz"], team["kantbank"]) or (0, 0)
    page.grid.setCurrentIndex(page.model.index(row, column))
    page.grid.setFocus()
    qtbot.keyClick(page.grid, Qt.Key.Key_U)  # cancelled: nothing written
    assert skills.level_history(ctx, team["Łukasz"], team["kantbank"]) == []
    qtbot.keyClick(page.grid, Qt.Key.Key_U)
    [entry] = skills.level_history(ctx, team["Łukasz"], team["kantbank"])
    assert (entry.level, entry.assessor, entry.evidence) == ("U", "Henk", "Zet alleen")
    assert asked[0][:4] == ("Smit, Łukasz", "Kantbank <b>&", "-", "U")
    # The grid moved on with the data and kept the cell; the coverage row shows 2 now.
    assert page.model.index(row, column).data() == "U"
    assert page.model.index(0, column).data() == "2"
    assert page.grid.currentIndex().row() == row
    # Arrow keys move, Delete sets "not trained" (a new history row, nothing overwritten).
    qtbot.keyClick(page.grid, Qt.Key.Key_Right)
    assert page.grid.currentIndex().column() == column + 1
    qtbot.keyClick(page.grid, Qt.Key.Key_Left)
    qtbot.keyClick(page.grid, Qt.Key.Key_Delete)
    levels = [h.level for h in skills.level_history(ctx, team["Łukasz"], team["kantbank"])]
    assert levels == ["-", "U"]


def test_side_panel_history_and_knowledge_holder(
    qtbot: QtBot, context: AppContext, ctx: ServiceContext, team: dict[str, int]
) -> None:
    page = _page(qtbot, context, team["team"])
    row, column = page.model.position_of(team["Anouk"], team["kantbank"]) or (0, 0)
    page.grid.setCurrentIndex(page.model.index(row, column))
    assert page.panel.title.text() == "Smit, Anouk\nKantbank <b>&"
    assert page.panel.title.textFormat() == Qt.TextFormat.PlainText
    assert page.panel.history.count() == 1
    assert "Henk" in page.panel.history.item(0).text()
    assert page.panel.who.item(0).text() == "Smit, Anouk (O)"
    page.panel.holder.setChecked(True)
    assert [h.knowledge_holder for h in knowledge.who_knows(ctx, team["kantbank"])] == [True]
    assert page.panel.who.item(0).text() == "Smit, Anouk (O) ★"


def test_empty_team_shows_guidance(qtbot: QtBot, context: AppContext, ctx: ServiceContext) -> None:
    empty = people.save_team(ctx, TeamDraft("Leeg"))
    page = _page(qtbot, context, empty)
    assert page.split.isHidden() and not page.empty.isHidden()
    assert "Skills…" in page.empty.text()


def _certificate(ctx: ServiceContext, who: int, kind: str, expires_in: int) -> int:
    type_id = next(x.id for x in certificates.list_types(ctx) if x.name == kind)
    end = date.today() + timedelta(days=expires_in)
    return certificates.save_certificate(
        ctx, CertificateDraft(who, type_id, end - timedelta(days=400), end)
    )


def test_certificates_on_profile_conversation_and_overview(
    qtbot: QtBot, context: AppContext, ctx: ServiceContext, team: dict[str, int], nav: FakeNav
) -> None:
    _certificate(ctx, team["Bas"], "BHV", -3)
    _certificate(ctx, team["Bas"], "VCA basis", 2000)
    box = SkillsBox(context)
    qtbot.addWidget(box)
    box.show_employee(team["Bas"], archived=False)
    assert box.cert_model.rowCount() == 2
    assert box.tabText(0) == "Certificates (2, 1 expired, 0 expiring)"
    assert "(1 below required)" in box.tabText(1)
    alert = CertificateAlert()
    qtbot.addWidget(alert)
    alert.show_for(ctx, team["Bas"])
    assert not alert.isHidden() and "BHV expired on" in alert.text()
    alert.show_for(ctx, team["Anouk"])
    assert alert.isHidden()
    card = skill_alerts_card.make_card()
    qtbot.addWidget(card)
    skill_alerts_card.fill_card(card, context, team["team"])
    lines = [card.list.item(i).text() for i in range(card.list.count())]
    assert "Red: Kantbank <b>& (Plaatwerk) – 1 qualified" in lines
    assert any(line.startswith("Smit, Bas: BHV expired on") for line in lines)
    assert "Only one knowledge holder" not in " ".join(lines)
    knowledge.set_knowledge_holder(ctx, team["Anouk"], team["kantbank"], True)
    skill_alerts_card.fill_card(card, context, team["team"])
    lines = [card.list.item(i).text() for i in range(card.list.count())]
    assert "Only one knowledge holder: Kantbank <b>& (Plaatwerk)" in lines
    card.list.itemActivated.emit(card.list.item(len(lines) - 1))
    assert nav.calls[-1] == ("employee", team["Bas"])


def test_certificate_dialog_fills_expiry_and_refuses_expiry_before_issue(
    qtbot: QtBot, ctx: ServiceContext, team: dict[str, int]
) -> None:
    dialog = CertificateDialog(None, ctx, team["Anouk"], None)
    qtbot.addWidget(dialog)
    dialog.kind.setCurrentIndex(dialog.kind.findText("BHV"))
    dialog.issued.setText("01-03-2026")
    assert dialog.expires.text() == "01-03-2027"  # BHV: 12 months
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    assert save.isEnabled()
    dialog.expires.setText("01-02-2026")
    dialog.expires.textEdited.emit("01-02-2026")
    assert not save.isEnabled()
    assert "vóór de afgiftedatum" in dialog.error.text()
