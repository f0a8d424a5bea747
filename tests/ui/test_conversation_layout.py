"""The conversation screen in use on a 1366×768 laptop: the key editors are on screen without
scrolling or one Alt+digit away, Tab runs in reading order, the shared summary and the private
working note look different and say so, and the old "Afspraken: wat, wie, wanneer?" question
gets no answer box next to the agreements editor."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from teamlead_app.records.conversations import AgreementDraft, ConversationDraft
from teamlead_app.services.conversations import templates
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.templates import QuestionDraft
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.development import goals
from teamlead_app.services.people import employees as people
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.pages.conversation_page import ConversationPage

# Showing a window offscreen makes Qt say this; it is about the platform, not the screen.
pytestmark = pytest.mark.qt_log_ignore("does not support propagateSizeHints")

# 1366×768 minus the navigation list (190), the window frame, title bar and taskbar.
PAGE_SIZE = (1140, 690)
OLD_MONTHLY = (
    *templates.default_questions("maandgesprek", "nl"),
    QuestionDraft("Resultaatafspraken", "Afspraken: wat, wie, wanneer?"),
)


@pytest.fixture
def employee(context: AppContext) -> int:
    return people.save_employee(
        context.ctx, people.EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski")
    )


def _when(days: int) -> datetime:
    return datetime.now().replace(hour=10, minute=0, second=0, microsecond=0) + timedelta(days)


@pytest.fixture
def busy(context: AppContext, employee: int) -> int:
    """A planned talk with what a real one carries: three open agreements from earlier, a goal,
    earlier scores."""
    db = context.ctx
    for month in (3, 2, 1):
        earlier = conversations.log_conversation(
            db, ConversationPlanDraft(employee_id=employee, when=_when(-30 * month))
        ).conversation_id
        conversations.save_conversation(
            db,
            earlier,
            ConversationDraft(
                score=month + 1,
                agreements=(AgreementDraft(f"Afspraak {month}", due_date=date.today()),),
            ),
        )
    goals.create_goal(db, employee, goals.GoalDraft(what="Kantbank zelfstandig omstellen"))
    return conversations.plan_conversation(
        db, ConversationPlanDraft(employee_id=employee, when=_when(1))
    ).conversation_id


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> ConversationPage:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    widget = ConversationPage(context)
    qtbot.addWidget(widget)
    widget.resize(*PAGE_SIZE)
    return widget


def fully_visible(widget: QWidget, page: QWidget) -> bool:
    """On screen without scrolling: inside every ancestor (scroll viewports clip)."""
    if not widget.isVisible():
        return False
    rect = QRect(widget.mapTo(page, QPoint(0, 0)), widget.size())
    parent = widget.parentWidget()
    while parent is not None and parent is not page:
        if not QRect(parent.mapTo(page, QPoint(0, 0)), parent.size()).contains(rect):
            return False
        parent = parent.parentWidget()
    return page.rect().contains(rect)


def show(qtbot: QtBot, page: ConversationPage, conversation_id: int) -> None:
    page.show_conversation(conversation_id)
    page.show()
    qtbot.waitExposed(page)
    QApplication.processEvents()


def test_key_editors_are_on_screen_at_1366_by_768(
    qtbot: QtBot, page: ConversationPage, busy: int
) -> None:
    show(qtbot, page, busy)
    page.agreements.add_row()
    page.agreements.add_row()
    QApplication.processEvents()
    on_screen = {
        "first question": page.answers.boxes[0],
        "summary": page.summary,
        "working note": page.private_notes,
        "agreement": page.agreements._rows[-1].text,
        "+ agreement": page.agreements.add_button,
        "held": page.signoff.held,
        "sign-off": page.signoff.signoff,
        "response": page.signoff.response,
        "save": page.save_button,
    }
    hidden = [name for name, widget in on_screen.items() if not fully_visible(widget, page)]
    assert hidden == []


@pytest.mark.parametrize(
    ("key", "target"),
    [
        ("1", lambda p: p.answers.boxes[0]),
        ("2", lambda p: p.private_notes),
        ("3", lambda p: p.summary),
        ("4", lambda p: p.agreements._rows[0].text),
        ("5", lambda p: p.signoff.held),
    ],
)
def test_alt_digit_jumps_to_a_section_and_shows_it(
    qtbot: QtBot, page: ConversationPage, busy: int, key: str, target: object
) -> None:
    show(qtbot, page, busy)
    for _ in range(6):  # enough rows to push the lower sections out of view
        page.agreements.add_row()
        page.agreements._rows[-1].text.setText("Nog een afspraak")
    page.left_scroll.verticalScrollBar().setValue(10_000)
    page.right_scroll.verticalScrollBar().setValue(10_000)
    page.back_button.setFocus()
    qtbot.keyClick(page, getattr(Qt.Key, f"Key_{key}"), Qt.KeyboardModifier.AltModifier)
    QApplication.processEvents()
    wanted = target(page)  # type: ignore[operator]
    assert page.focusWidget() is wanted
    assert fully_visible(wanted, page)


def test_tab_runs_in_reading_order(qtbot: QtBot, page: ConversationPage, busy: int) -> None:
    show(qtbot, page, busy)
    page.agreements.add_row(focus=True)  # a row added later still sits in its place
    QApplication.processEvents()
    order: list[QWidget] = []
    current: QWidget = page.back_button
    for _ in range(200):
        current = current.nextInFocusChain()
        if current is page.back_button:
            break
        if current.focusPolicy() & Qt.FocusPolicy.TabFocus and current.isVisible():
            order.append(current)
    followup_status = page.followups._rows[0][1]
    goal_line = page.goals._lines[0][1]
    reading = [
        page.save_button,
        followup_status,
        *page.answers.boxes,
        page.score,
        goal_line,
        page.private_notes,
        page.summary,
        page.agreements._rows[0].text,
        page.agreements.add_button,
        page.signoff.held,
        page.signoff.response,
    ]
    missing = [w for w in reading if w not in order]
    assert missing == [], [(type(w).__name__, w.isVisible(), w.isEnabled()) for w in missing]
    positions = [order.index(widget) for widget in reading]
    assert positions == sorted(positions)


def test_private_and_shared_notes_look_different_and_say_so(
    qtbot: QtBot, page: ConversationPage, busy: int
) -> None:
    show(qtbot, page, busy)
    shared, private = page.summary_box, page.private_box
    # (Tests run untranslated; the Dutch is "Komt op de afdruk" and "Alleen voor jou – komt
    # niet op de afdruk", checked by the translation tests.)
    assert shared.badge.text() == "Goes on the printout"
    assert private.badge.text() == "For you only – never on the printout"
    assert shared.styleSheet() != private.styleSheet()
    assert page.summary.styleSheet() != page.private_notes.styleSheet()
    # Not side by side: the working note sits in the other column, under the questions.
    summary_at = page.summary.mapTo(page, QPoint(0, 0))
    note_at = page.private_notes.mapTo(page, QPoint(0, 0))
    assert note_at.x() + page.private_notes.width() <= summary_at.x()
    assert note_at.y() > summary_at.y() + page.summary.height()


def test_old_agreements_question_gets_no_answer_box(
    qtbot: QtBot, page: ConversationPage, context: AppContext, employee: int
) -> None:
    version = templates.save_template(
        context.ctx, "oud", "nl", "Oud maandgesprek", OLD_MONTHLY, 30, kind="maandgesprek"
    )
    conversation_id = conversations.plan_conversation(
        context.ctx,
        ConversationPlanDraft(employee_id=employee, when=_when(2), template_version_id=version.id),
    ).conversation_id
    show(qtbot, page, conversation_id)
    assert len(page.answers.boxes) == len(OLD_MONTHLY) - 1
    shown = [label.text() for label in page.answers.findChildren(type(page.title))]
    assert "Afspraken: wat, wie, wanneer?" not in shown
    page.answers.boxes[-1].setPlainText("Iemand die meekijkt")
    assert page.save()
    view = conversations.get_conversation(context.ctx, conversation_id)
    assert [a.answer for a in view.answers][-2:] == ["Iemand die meekijkt", ""]


def test_an_answer_typed_there_earlier_stays_on_show(
    qtbot: QtBot, page: ConversationPage, context: AppContext, employee: int
) -> None:
    version = templates.save_template(
        context.ctx, "oud", "nl", "Oud maandgesprek", OLD_MONTHLY, 30, kind="maandgesprek"
    )
    conversation_id = conversations.plan_conversation(
        context.ctx,
        ConversationPlanDraft(employee_id=employee, when=_when(2), template_version_id=version.id),
    ).conversation_id
    answers = ("",) * (len(OLD_MONTHLY) - 1) + ("Henk leert Łukasz de kantbank",)
    conversations.save_conversation(
        context.ctx, conversation_id, ConversationDraft(answers=answers)
    )
    show(qtbot, page, conversation_id)
    assert len(page.answers.boxes) == len(OLD_MONTHLY)
    assert page.answers.boxes[-1].text() == "Henk leert Łukasz de kantbank"
    assert page.save()
    kept = conversations.get_conversation(context.ctx, conversation_id).answers[-1].answer
    assert kept == "Henk leert Łukasz de kantbank"


def test_score_is_a_trend_of_earlier_estimates(
    qtbot: QtBot, page: ConversationPage, busy: int
) -> None:
    show(qtbot, page, busy)
    assert [p.score for p in page.score_trend.points()] == [4, 3, 2]
    assert page.score_trend.describe().endswith(": 2 of 5")
