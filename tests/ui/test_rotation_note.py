"""The conversation screen shows the person's rotation in progress or just finished (with its
outcome), and nothing when there is none. UI texts are the English sources: the tests load
no translator."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot

from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.rotations import schedule as rotations
from teamlead_app.services.rotations.draft import RotationDraft
from teamlead_app.services.rotations.schedule import EvaluationDraft
from teamlead_app.services.skills import levels as skills
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.pages.conversation_page import ConversationPage


def _person(context: AppContext, first: str, last: str) -> int:
    return people.save_employee(context.ctx, people.EmployeeDraft(first_name=first, last_name=last))


def _talk(context: AppContext, who: int) -> int:
    when = datetime.now().replace(hour=10, minute=0, second=0, microsecond=0)
    return conversations.plan_conversation(
        context.ctx, ConversationPlanDraft(employee_id=who, when=when)
    ).conversation_id


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> ConversationPage:
    widget = ConversationPage(context)
    qtbot.addWidget(widget)
    return widget


def test_rotation_in_progress_on_the_conversation_screen(
    page: ConversationPage, context: AppContext
) -> None:
    db, today = context.ctx, date.today()
    who = _person(context, "Łukasz", "Wiśniewski")
    host = _person(context, "Ayşe", "Demir")
    skill = skills.save_skill(db, skills.SkillDraft("Kantbank <b>&"))
    form = rotations.list_forms(db)[0]
    rotations.save_rotation(
        db,
        RotationDraft(
            who,
            today - timedelta(days=3),
            today + timedelta(days=10),
            form_id=form.id,
            host_id=host,
            department="Plaatwerk",
            skill_id=skill,
            target_level="U",
            status="bezig",
        ),
    )
    page.show_conversation(_talk(context, who))
    note = page.rotation_note
    assert not note.isHidden()
    assert note.text().startswith(f"Rotation in progress: {form.name} · Plaatwerk")
    assert "host Ayşe Demir" in note.text() and "learning goal Kantbank <b>& U" in note.text()
    # Kept with the certificate alert at the top, right below it.
    layout = page.layout()
    index = layout.indexOf(note)
    assert index == layout.indexOf(page.certificate_alert) + 1


def test_just_finished_rotation_shows_its_outcome(
    page: ConversationPage, context: AppContext
) -> None:
    db, today = context.ctx, date.today()
    who = _person(context, "Anouk", "Visser")
    rid = rotations.save_rotation(
        db, RotationDraft(who, today - timedelta(days=40), today - timedelta(days=12))
    )
    rotations.evaluate_rotation(db, EvaluationDraft(rid, "niet_voor_mij"), today=today)
    page.show_conversation(_talk(context, who))
    # The outcome label follows the data language (Dutch here); no form or place: no colon.
    assert page.rotation_note.text().startswith("Rotation finished (")
    assert "Outcome: Niet voor mij." in page.rotation_note.text()


def test_hidden_without_a_rotation_and_when_switching_people(
    page: ConversationPage, context: AppContext
) -> None:
    db, today = context.ctx, date.today()
    who = _person(context, "Kees", "Bakker")
    other = _person(context, "Sanne", "de Wit")
    rotations.save_rotation(
        db, RotationDraft(who, today - timedelta(days=1), today + timedelta(days=1), status="bezig")
    )
    page.show_conversation(_talk(context, who))
    assert not page.rotation_note.isHidden()
    page.show_conversation(_talk(context, other))
    assert page.rotation_note.isHidden() and page.rotation_note.text() == ""
