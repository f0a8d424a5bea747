"""The Gesprekken list as a new user meets it: guidance when empty, Open only with a row."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from pytestqt.qtbot import QtBot

from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.people import employees as people
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.pages.conversations_page import ConversationsPage


def _page(qtbot: QtBot, context: AppContext) -> ConversationsPage:
    page = ConversationsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    return page


def test_an_empty_program_points_to_adding_people_first(qtbot: QtBot, context: AppContext) -> None:
    page = _page(qtbot, context)
    assert page.empty.isVisibleTo(page)
    assert "nobody in the program yet" in page.empty.text()
    assert "Plan the month" not in page.empty.text()  # there is nobody to plan for
    assert not page.open_button.isEnabled()


def test_with_people_but_no_conversations_it_points_to_planning(
    qtbot: QtBot, context: AppContext
) -> None:
    people.save_employee(context.ctx, people.EmployeeDraft(first_name="Łukasz", last_name="W"))
    page = _page(qtbot, context)
    assert "Plan the month" in page.empty.text()


def test_open_is_enabled_only_with_a_selected_row(qtbot: QtBot, context: AppContext) -> None:
    employee_id = people.save_employee(
        context.ctx,
        people.EmployeeDraft(first_name="Łukasz", last_name="W", date_in_service=date(2020, 1, 1)),
    )
    when = datetime.now().replace(hour=10, minute=0, second=0, microsecond=0) + timedelta(days=1)
    conversations.plan_conversation(
        context.ctx, ConversationPlanDraft(employee_id=employee_id, when=when)
    )
    page = _page(qtbot, context)
    page.period.setCurrentIndex(max(page.period.findData("coming"), 0))
    assert page.model.rowCount() == 1
    assert not page.open_button.isEnabled()
    page.table.selectRow(0)
    assert page.open_button.isEnabled()
    page.table.clearSelection()
    assert not page.open_button.isEnabled()
