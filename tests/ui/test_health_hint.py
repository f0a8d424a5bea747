"""The one health-word reminder stands on every form where a foreman types free text about a
person: the POP page, the goal dialog (goal text, steps, progress), the move and cancel
dialogs. It appears with a health word ("griep", "koorts" too), goes when the word goes, and
never blocks."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from teamlead_app.records.development import SupportItem
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.development import goals, pop
from teamlead_app.services.people import employees as people
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.goal_dialog import GoalDialog
from teamlead_app.ui.dialogs.move_dialog import CancelDialog, MoveDialog
from teamlead_app.ui.pages.pop_page import PopPage
from teamlead_app.ui.widgets.health_hint import HealthHint

REMINDER = "leg de aard van een ziekte niet vast"


def shown(hint: HealthHint) -> bool:
    return not hint.isHidden() and REMINDER in hint.text()


@pytest.fixture
def employee(context: AppContext) -> int:
    return people.save_employee(
        context.ctx, people.EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski")
    )


@pytest.fixture
def planned(context: AppContext, employee: int) -> int:
    when = (datetime.now() + timedelta(days=7)).replace(hour=10, minute=0, second=0, microsecond=0)
    return conversations.plan_conversation(
        context.ctx, ConversationPlanDraft(employee_id=employee, when=when)
    ).conversation_id


def test_pop_page_texts_and_support(
    qtbot: QtBot, context: AppContext, employee: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    pop_id = pop.create_pop(context.ctx, employee, date.today().year + 1)
    page = PopPage(context)
    qtbot.addWidget(page)
    page.show_pop(pop_id)
    assert page.health_hint.isHidden()
    page.texts.boxes["development_points"].setPlainText("Was vorige maand grieperig")
    assert shown(page.health_hint)
    page.texts.boxes["development_points"].setPlainText("Kantbank omstellen")
    assert page.health_hint.isHidden()
    page.support.add_button.click()
    page.support._rows[-1].description.setText("Na de koorts rustig opbouwen")
    assert shown(page.health_hint)
    assert page.save(), "a reminder, never a block"


def test_pop_page_reminds_about_stored_text_when_opened(
    qtbot: QtBot, context: AppContext, employee: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    pop_id = pop.create_pop(context.ctx, employee, date.today().year + 1)
    view = pop.get_pop(context.ctx, pop_id)
    pop.update_pop(
        context.ctx,
        pop_id,
        pop.PopDraft(
            period_start=view.period_start,
            period_end=view.period_end,
            support=(SupportItem("other", "Na de griep rustig opbouwen"),),
        ),
    )
    page = PopPage(context)
    qtbot.addWidget(page)
    page.show_pop(pop_id)
    assert shown(page.health_hint)


@pytest.mark.parametrize("field", ["what", "why", "success", "support", "progress_line"])
def test_goal_dialog_fields(qtbot: QtBot, context: AppContext, employee: int, field: str) -> None:
    dialog = GoalDialog(None, context.ctx, employee)
    qtbot.addWidget(dialog)
    assert dialog.health_hint.isHidden()
    editor = getattr(dialog, field)
    if hasattr(editor, "setPlainText"):
        editor.setPlainText("Rustig aan na de griep")
    else:
        editor.setText("Rustig aan na de griep")
    assert shown(dialog.health_hint)


def test_goal_dialog_steps_and_saving_still_works(
    qtbot: QtBot, context: AppContext, employee: int
) -> None:
    dialog = GoalDialog(None, context.ctx, employee)
    qtbot.addWidget(dialog)
    dialog.what.setText("Heftruckcertificaat halen")
    dialog.steps.add_button.click()
    dialog.steps._rows[-1].what.setText("Eerst de koorts laten zakken")
    assert shown(dialog.health_hint)
    dialog.steps._rows[-1].what.setText("Theorie leren")
    assert dialog.health_hint.isHidden()
    dialog.steps._rows[-1].what.setText("Na koortsig weekend theorie leren")
    dialog._save()
    assert [g.what for g in goals.active_goals(context.ctx, employee)] == [
        "Heftruckcertificaat halen"
    ]


def test_cancel_note_reminds_but_cancelling_works(
    qtbot: QtBot, context: AppContext, planned: int
) -> None:
    dialog = CancelDialog(None, context.ctx, planned)
    qtbot.addWidget(dialog)
    assert dialog.health_hint.isHidden()
    dialog.reason.setCurrentIndex(dialog.reason.findData("anders"))
    dialog.note.setText("Heeft griep")
    assert shown(dialog.health_hint)
    assert dialog.buttons.button(dialog.buttons.StandardButton.Ok).isEnabled()
    dialog._save()
    assert conversations.get_conversation(context.ctx, planned).status == "cancelled"


def test_move_note_reminds(qtbot: QtBot, context: AppContext, planned: int) -> None:
    dialog = MoveDialog(None, context.ctx, planned)
    qtbot.addWidget(dialog)
    dialog.note.setText("Koorts")
    assert shown(dialog.health_hint)
    dialog.note.setText("Klant op bezoek")
    assert dialog.health_hint.isHidden()
