"""The mentee's conversation screen shows the buddy and the last check-in; an onboarding talk
says which moment it is and what to discuss (a zij-instromer: expectations against reality).
The week-1 talk is held in the ordinary conversation screen with the inwerkgesprek questions.
UI texts are the English sources: the tests load no translator."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from pytestqt.qtbot import QtBot

from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.pairings import pairings
from teamlead_app.services.pairings.onboarding_plan import (
    OnboardingDraft,
    TalkDraft,
    start_onboarding,
)
from teamlead_app.services.pairings.rules import PairingDraft
from teamlead_app.services.people import employees as people
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.pages.conversation_page import ConversationPage
from tests.services.pairing_helpers import company, person


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> ConversationPage:
    widget = ConversationPage(context)
    qtbot.addWidget(widget)
    return widget


def test_hold_the_week_1_talk_with_the_buddy_line(
    page: ConversationPage, context: AppContext
) -> None:
    db, today = context.ctx, date.today()
    c = company(db)
    who = person(db, "Noor", "El Amrani", c.team, kind="zij_instromer")
    draft = people.get_employee(db, who).draft
    start = today - timedelta(days=4)
    people.save_employee(db, type(draft)(**{**draft.__dict__, "date_in_service": start}), who)
    talks = (TalkDraft("week_1", today), TalkDraft("week_2", today + timedelta(days=7)))
    result = start_onboarding(db, OnboardingDraft(who, start, talks, ("Rondleiding",)))
    saved = pairings.save_pairing(
        db, PairingDraft(c.senior, who, start, "buddy", status="actief"), today=start
    )
    pairings.add_checkin(db, saved.id, today - timedelta(days=1), "Eerste dagen goed")

    page.show_conversation(result.conversation_ids[1])  # week 2
    note = page.buddy_note.text()
    assert not page.buddy_note.isHidden()
    assert note.startswith("Onboarding talk of week 2. Verwachting tegenover werkelijkheid")
    assert (
        "Buddy: Łukasz Wiśniewski · laatste check-in "
        + (today - timedelta(days=1)).strftime("%d-%m-%Y")
        in note
    )

    page.show_conversation(result.conversation_ids[0])  # week 1: held here
    assert page.title.text() == "Inwerkgesprek – Noor El Amrani"
    assert len(page.answers.boxes) == 6  # the inwerkgesprek template
    page.answers.boxes[1].setPlainText("Meer lassen dan gedacht 🙂")
    page.signoff.held.setChecked(True)
    page.signoff.held_on.set_date(today)
    assert page.save()
    view = conversations.get_conversation(db, result.conversation_ids[0])
    assert view.status == "held" and view.kind == "inwerk"
    assert view.answers[1].answer == "Meer lassen dan gedacht 🙂"


def test_no_line_for_someone_without_buddy_or_onboarding(
    page: ConversationPage, context: AppContext
) -> None:
    from datetime import datetime

    c = company(context.ctx)
    when = datetime.now().replace(hour=10, minute=0, second=0, microsecond=0)
    cid = conversations.plan_conversation(
        context.ctx, conversations.ConversationPlanDraft(employee_id=c.colleague, when=when)
    ).conversation_id
    page.show_conversation(cid)
    assert page.buddy_note.isHidden() and page.buddy_note.text() == ""
