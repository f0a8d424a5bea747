"""Moving keeps the history and offers a suggestion; cancelling needs a reason."""

from __future__ import annotations

from datetime import datetime, timedelta

from pytestqt.qtbot import QtBot

from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.people import employees as people
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.move_dialog import CancelDialog, MoveDialog
from teamlead_app.ui.dialogs.new_conversation_dialog import NewConversationDialog


def _planned(context: AppContext) -> int:
    employee_id = people.save_employee(
        context.ctx, people.EmployeeDraft(first_name="Mehmet", last_name="Yılmaz")
    )
    when = (datetime.now() + timedelta(days=7)).replace(hour=10, minute=0, second=0, microsecond=0)
    return conversations.plan_conversation(
        context.ctx, ConversationPlanDraft(employee_id=employee_id, when=when)
    ).conversation_id


def test_move_with_suggestion_and_reason(qtbot: QtBot, context: AppContext) -> None:
    conversation_id = _planned(context)
    before = conversations.get_conversation(context.ctx, conversation_id).scheduled_at
    dialog = MoveDialog(None, context.ctx, conversation_id)
    qtbot.addWidget(dialog)
    dialog.reason.setCurrentIndex(dialog.reason.findData("operationele_drukte"))
    dialog._save()
    view = conversations.get_conversation(context.ctx, conversation_id)
    assert view.move_count == 1
    assert view.moves[0].from_at == before
    assert view.moves[0].reason == "operationele_drukte"
    assert view.scheduled_at != before


def test_cancel_needs_a_reason(qtbot: QtBot, context: AppContext) -> None:
    conversation_id = _planned(context)
    dialog = CancelDialog(None, context.ctx, conversation_id)
    qtbot.addWidget(dialog)
    ok = dialog.buttons.button(dialog.buttons.StandardButton.Ok)
    assert not ok.isEnabled()
    dialog.reason.setCurrentIndex(dialog.reason.findData("anders"))
    assert not ok.isEnabled(), "'anders' needs a note"
    dialog.note.setText("Klant op bezoek")
    assert ok.isEnabled()
    dialog._save()
    view = conversations.get_conversation(context.ctx, conversation_id)
    assert (view.status, view.cancel_reason, view.cancel_note) == (
        "cancelled",
        "anders",
        "Klant op bezoek",
    )


def test_new_conversation_can_be_logged_afterwards(qtbot: QtBot, context: AppContext) -> None:
    people.save_employee(context.ctx, people.EmployeeDraft(first_name="Sanne", last_name="Visser"))
    dialog = NewConversationDialog(None, context.ctx, None)
    qtbot.addWidget(dialog)
    dialog.when.setDateTime(dialog.when.dateTime().addDays(-10))
    dialog.held.setChecked(True)
    dialog._save()
    assert dialog.result_ is not None
    view = conversations.get_conversation(context.ctx, dialog.result_.conversation_id)
    assert view.status == "held"
