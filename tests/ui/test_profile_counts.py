"""The profile's conversation counts show the missed talks beside held, planned, moved and
cancelled (one aggregate query, the same rule as the overview: conversation_status.py)."""

from __future__ import annotations

from datetime import datetime, timedelta

from pytestqt.qtbot import QtBot

from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.people import employees as people
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.pages.profile_page import ProfilePage


def test_profile_counts_show_missed_talks(qtbot: QtBot, context: AppContext) -> None:
    db = context.ctx
    person = people.save_employee(
        db, people.EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski")
    )
    now = datetime.now().replace(hour=9, minute=0, second=0, microsecond=0)
    long_ago = now - timedelta(days=70)
    for days in (70, 100):  # planned in a month that has ended, never held: missed
        when = now - timedelta(days=days)
        plan = ConversationPlanDraft(employee_id=person, when=when)
        conversations.plan_conversation(db, plan, now=long_ago - timedelta(days=60))
    conversations.log_conversation(db, ConversationPlanDraft(person, now - timedelta(days=40)))
    plan = ConversationPlanDraft(employee_id=person, when=now + timedelta(days=20))
    conversations.plan_conversation(db, plan, now=now)
    page = ProfilePage(context)
    qtbot.addWidget(page)
    page.show_employee(person)
    assert page.counts.text().startswith(
        "Conversations: 1 held, 1 planned, 2 missed, 0 moved, 0 cancelled"
    )
