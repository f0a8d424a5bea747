"""The template editor: edit, reorder and add questions; saving makes a new version and an
old conversation keeps the questions asked then."""

from __future__ import annotations

from datetime import datetime, timedelta

from pytestqt.qtbot import QtBot

from teamlead_app.services.conversations import templates
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.people import employees as people
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.templates_dialog import TemplatesDialog


def test_editing_makes_a_new_version_and_old_conversations_keep_theirs(
    qtbot: QtBot, context: AppContext
) -> None:
    employee_id = people.save_employee(
        context.ctx, people.EmployeeDraft(first_name="Jan", last_name="Smit")
    )
    when = (datetime.now() + timedelta(days=3)).replace(hour=10, minute=0, second=0, microsecond=0)
    old = conversations.plan_conversation(
        context.ctx, ConversationPlanDraft(employee_id=employee_id, when=when)
    ).conversation_id
    old_questions = [a.question for a in conversations.get_conversation(context.ctx, old).answers]

    dialog = TemplatesDialog(None, context.ctx)
    qtbot.addWidget(dialog)
    for row in range(dialog.list.count()):
        if dialog.list.item(row).data(256).kind == "maandgesprek":
            dialog.list.setCurrentRow(row)
    count = dialog.table.rowCount()
    dialog._add()
    dialog.table.item(count, 1).setText("Hoe staat het met je VCA-herhaling? <b>&")
    dialog.table.setCurrentCell(count, 1)
    dialog._move(-1)
    assert dialog.table.item(count - 1, 1).text() == "Hoe staat het met je VCA-herhaling? <b>&"
    assert dialog.save()

    current = templates.current_template(context.ctx, "maandgesprek", "nl")
    assert current.version == 2
    assert current.questions[count - 1].text == "Hoe staat het met je VCA-herhaling? <b>&"
    still = [a.question for a in conversations.get_conversation(context.ctx, old).answers]
    assert still == old_questions


def test_empty_question_is_refused_with_a_message(qtbot: QtBot, context: AppContext) -> None:
    dialog = TemplatesDialog(None, context.ctx)
    qtbot.addWidget(dialog)
    dialog._add()
    assert not dialog.save()
    assert dialog.error.text()
