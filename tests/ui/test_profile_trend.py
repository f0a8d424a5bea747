"""The profile shows the monthly "how is it going?" as a trend of the last six estimates with
their dates, labelled as the employee's own estimate, never as a bare "Score 4"."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from teamlead_app.records.conversations import ConversationDraft
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.people import employees as people
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.pages.profile_page import ProfilePage
from teamlead_app.util.dates import format_date


def test_profile_shows_the_last_six_scores_as_a_labelled_trend(
    qtbot: QtBot, context: AppContext
) -> None:
    db = context.ctx
    employee = people.save_employee(
        db, people.EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski")
    )
    start = datetime.now().replace(hour=9, minute=0, second=0, microsecond=0)
    scores = [1, 2, 3, 4, 5, 4, 3, 2]  # eight talks: the last six are shown
    days = []
    for months_ago, score in zip(range(len(scores), 0, -1), scores, strict=True):
        when = start - timedelta(days=30 * months_ago)
        days.append(when.date())
        held = conversations.log_conversation(
            db, ConversationPlanDraft(employee_id=employee, when=when)
        ).conversation_id
        conversations.save_conversation(db, held, ConversationDraft(score=score))
    page = ProfilePage(context)
    qtbot.addWidget(page)
    page.show_employee(employee)

    assert [p.score for p in page.score_trend.points()] == [3, 4, 5, 4, 3, 2]
    assert [p.day for p in page.score_trend.points()] == days[2:]
    described = page.score_trend.describe()
    assert described.startswith(f"{format_date(days[2])}: 3 of 5")
    labels = [label.text() for label in page.findChildren(QLabel)]
    assert "How is it going (own estimate)" in labels
    tree = page.timeline
    shown = labels + [
        tree.topLevelItem(row).text(column)
        for row in range(tree.topLevelItemCount())
        for column in range(tree.columnCount())
    ]
    assert "Hoe gaat het (eigen inschatting): 2 van 5" in shown  # the timeline (services)
    assert not any(text.startswith("Score") for text in shown)
