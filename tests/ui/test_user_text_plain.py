"""Typed text (names, agreements, reasons of blocked days) is shown as typed in labels: a
QLabel guesses rich text from a tag like '<b>' or '<i>', which would turn the rest bold,
swallow the tag and turn '&amp;' into '&'."""

from __future__ import annotations

from datetime import date, datetime, timedelta

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QMessageBox, QWidget
from pytest import MonkeyPatch
from pytestqt.qtbot import QtBot

from teamlead_app.records.conversations import AgreementDraft, ConversationDraft
from teamlead_app.services.conversations import days_off
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.people import employees as people
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.move_dialog import MoveDialog
from teamlead_app.ui.dialogs.plan_month_dialog import PlanMonthDialog
from teamlead_app.ui.pages.conversation_page import ConversationPage
from teamlead_app.ui.widgets.form_error import FormError

NAME = "<b>&amp; Test <i>"
TYPED = "<i>Kantbank</i> &amp; omstellen 🚀"


def _assert_literal(widget: QWidget, text: str) -> None:
    shown = [label for label in widget.findChildren(QLabel) if text in label.text()]
    assert shown, f"{text!r} is not on the screen"
    rich = [label.text() for label in shown if label.textFormat() != Qt.TextFormat.PlainText]
    assert rich == []


def _person(context: AppContext) -> int:
    return people.save_employee(
        context.ctx,
        people.EmployeeDraft(first_name="Łukasz", last_name=NAME, date_in_service=date(2020, 1, 1)),
    )


def test_move_dialog_shows_the_name_as_typed(qtbot: QtBot, context: AppContext) -> None:
    employee_id = _person(context)
    when = datetime.now().replace(hour=10, minute=0, second=0, microsecond=0) + timedelta(days=9)
    conversation_id = conversations.plan_conversation(
        context.ctx, ConversationPlanDraft(employee_id=employee_id, when=when)
    ).conversation_id
    dialog = MoveDialog(None, context.ctx, conversation_id)
    qtbot.addWidget(dialog)
    _assert_literal(dialog, NAME)


def test_plan_month_shows_names_and_blocked_reasons_as_typed(
    qtbot: QtBot, context: AppContext
) -> None:
    _person(context)
    today = date.today()
    year, month = (today.year + 1, 1) if today.month == 12 else (today.year, today.month + 1)
    reason = "<b>Bouwvak</b> & co"
    days_off.save_blocked_periods(
        context.ctx, [days_off.BlockedPeriod(date(year, month, 11), date(year, month, 15), reason)]
    )
    dialog = PlanMonthDialog(None, context.ctx, None)
    qtbot.addWidget(dialog)
    dialog.month.setCurrentIndex(1)  # next month
    assert dialog.table.rowCount() == 1
    _assert_literal(dialog, NAME)
    _assert_literal(dialog, reason)


def test_earlier_agreements_are_shown_as_typed(
    qtbot: QtBot, context: AppContext, monkeypatch: MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    employee_id = _person(context)
    earlier = datetime.now().replace(hour=10, minute=0, second=0, microsecond=0) - timedelta(
        days=30
    )
    first = conversations.log_conversation(
        context.ctx, ConversationPlanDraft(employee_id=employee_id, when=earlier)
    ).conversation_id
    conversations.save_conversation(
        context.ctx, first, ConversationDraft(agreements=(AgreementDraft(TYPED),))
    )
    second = conversations.plan_conversation(
        context.ctx,
        ConversationPlanDraft(employee_id=employee_id, when=earlier + timedelta(days=31)),
    ).conversation_id
    page = ConversationPage(context)
    qtbot.addWidget(page)
    page.show_conversation(second)
    _assert_literal(page.followups, TYPED)


def test_form_errors_are_plain_text(qtbot: QtBot) -> None:
    error = FormError()
    qtbot.addWidget(error)
    error.show_message(f"Er is al een medewerker {NAME} met dit nummer.")
    _assert_literal(error.parentWidget() or _wrap(qtbot, error), NAME)


def _wrap(qtbot: QtBot, child: QWidget) -> QWidget:
    holder = QWidget()
    qtbot.addWidget(holder)
    child.setParent(holder)
    return holder
