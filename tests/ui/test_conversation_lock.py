"""The conversation screen's status at the top, holding in one step, a signed conversation
read-only, and a change after signing as a new version (the reason dialog patched)."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from teamlead_app.records.conversations import AgreementDraft, ConversationDraft
from teamlead_app.services.common import signed_versions
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.people import employees as people
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.change_reason_dialog import ChangeReasonDialog
from teamlead_app.ui.pages.conversation_page import ConversationPage
from teamlead_app.ui.widgets.version_history import VersionHistoryDialog

SIGNED = "Samen afgesproken <b>&</b> ondertekend"


@pytest.fixture
def person(context: AppContext) -> int:
    return people.save_employee(
        context.ctx, people.EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski")
    )


def _plan(context: AppContext, person: int, when: datetime) -> int:
    draft = ConversationPlanDraft(employee_id=person, when=when)
    return conversations.plan_conversation(context.ctx, draft).conversation_id


def _today_at_ten() -> datetime:
    return datetime.now().replace(hour=10, minute=0, second=0, microsecond=0)


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> ConversationPage:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    widget = ConversationPage(context)
    qtbot.addWidget(widget)
    return widget


@pytest.fixture
def signed(context: AppContext, person: int) -> int:
    cid = _plan(context, person, _today_at_ten())
    draft = ConversationDraft(
        shared_summary=SIGNED,
        agreements=(AgreementDraft("Kantbank leren"),),
        mark_held=True,
        signoff="akkoord",
        signoff_date=date.today(),
        signoff_method="paper",
    )
    conversations.save_conversation(context.ctx, cid, draft)
    return cid


def test_the_status_is_at_the_top_and_holding_is_one_click(
    page: ConversationPage, context: AppContext, person: int
) -> None:
    cid = _plan(context, person, _today_at_ten())
    page.show_conversation(cid)
    bar = page.status_bar
    layout = page.layout()
    # Above the body with the questions and notes, not somewhere screens down.
    assert -1 < layout.indexOf(bar) < layout.indexOf(page.body)
    assert bar.badge.text() == "Gepland"
    assert not bar.hold_button.isHidden()
    page.summary.setPlainText("Goed gesprek")
    bar.hold_button.click()
    view = conversations.get_conversation(context.ctx, cid)
    assert (view.status, view.held_on) == ("held", date.today())
    assert bar.badge.text() == "Gevoerd" and bar.hold_button.isHidden()
    assert "Marked as held on" in page.banner.text()  # tests run without the .qm


def test_saving_a_filled_in_talk_on_its_day_marks_it_held(
    page: ConversationPage, context: AppContext, person: int
) -> None:
    cid = _plan(context, person, _today_at_ten())
    page.show_conversation(cid)
    page.answers.boxes[0].setPlainText("Gaat prima")
    assert page.save()
    assert conversations.get_conversation(context.ctx, cid).status == "held"
    assert page.status_bar.badge.text() == "Gevoerd"


def test_a_missed_talk_says_so_and_offers_moving(
    page: ConversationPage, context: AppContext, person: int
) -> None:
    last_month = date.today().replace(day=1) - timedelta(days=3)
    cid = _plan(context, person, datetime.combine(last_month, datetime.min.time()).replace(hour=9))
    page.show_conversation(cid)
    bar = page.status_bar
    assert bar.badge.text() == "Gemist"
    assert not bar.move_button.isHidden() and page.move_button.isEnabled()


def test_a_signed_conversation_is_read_only(
    page: ConversationPage, context: AppContext, signed: int
) -> None:
    page.show_conversation(signed)
    bar = page.status_bar
    assert bar.badge.text() == "Afgerond (ondertekend)"
    assert page.summary.isReadOnly() and all(b.isReadOnly() for b in page.answers.boxes)
    assert not page.agreements.add_button.isEnabled()
    assert not page.signoff.signoff.isEnabled()
    assert not bar.versions.isHidden() and not bar.versions.change_button.isHidden()
    # The employee's response and the working note stay open, and save.
    assert not page.signoff.response.isReadOnly() and not page.private_notes.isReadOnly()
    page.signoff.response.setPlainText("Mijn reactie")
    assert page.save()
    assert conversations.get_conversation(context.ctx, signed).employee_response == "Mijn reactie"


def test_a_change_after_signing_makes_a_new_version(
    page: ConversationPage,
    context: AppContext,
    signed: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.show_conversation(signed)
    monkeypatch.setattr(ChangeReasonDialog, "ask", classmethod(lambda cls, *a: None))
    page.status_bar.versions.change_button.click()
    assert conversations.get_conversation(context.ctx, signed).locked  # cancelled: nothing
    monkeypatch.setattr(
        ChangeReasonDialog, "ask", classmethod(lambda cls, *a: "Afspraakdatum verbeterd")
    )
    page.status_bar.versions.change_button.click()
    assert not page.summary.isReadOnly() and page.signoff.signoff.isEnabled()
    assert page.status_bar.badge.text() == "Gevoerd"
    versions = page.status_bar.versions
    assert "Versie 2, gewijzigd op" in versions.text.text()
    assert "Afspraakdatum verbeterd" in versions.text.text()
    page.summary.setPlainText("Aangepaste samenvatting")
    assert page.save()
    assert "nog niet ondertekend" in versions.text.text()
    # The signed version 1 stays readable.
    assert not versions.history_button.isHidden()
    dialog = VersionHistoryDialog(
        page, "conversation", signed_versions.list_versions(context.ctx, "conversation", signed)
    )
    assert SIGNED in dialog.content.toPlainText()
    assert dialog.list.item(0).text().startswith("Version 1: Akkoord on")


def test_the_reason_dialog_needs_a_reason(qtbot: QtBot) -> None:
    dialog = ChangeReasonDialog(None, "Dit gesprek")
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.reason.setPlainText("  Typfout hersteld ")
    assert ok.isEnabled() and dialog.draft() == "Typfout hersteld"


def test_moves_of_a_held_talk_are_history_not_a_warning(
    page: ConversationPage, context: AppContext, person: int
) -> None:
    """A talk moved twice and then held: the moves are a quiet fact in the history line under
    the status, not beside the status in the subtitle, and no warning banner."""
    first = _today_at_ten() - timedelta(days=3)
    cid = _plan(context, person, first)
    conversations.move_conversation(
        context.ctx, cid, first + timedelta(days=1), "operationele_drukte", now=first
    )
    conversations.move_conversation(
        context.ctx, cid, first + timedelta(days=2), "operationele_drukte", now=first
    )
    conversations.save_conversation(context.ctx, cid, ConversationDraft(mark_held=True))
    page.show_conversation(cid)
    assert page.status_bar.badge.text() == "Gevoerd"
    subtitle = page.subtitle.text()
    assert "×" not in subtitle and "moved" not in subtitle and "Gevoerd" not in subtitle
    history = page.status_bar.history
    assert not history.isHidden()
    assert history.text().startswith("History: moved 2×, first planned for ")
    assert first.strftime("%d-%m-%Y") in history.text()
    assert page.banner.isHidden()
    # A talk never moved has no history line.
    page.show_conversation(_plan(context, person, _today_at_ten() + timedelta(days=5)))
    assert page.status_bar.history.isHidden()
