"""The POP page after signing: the texts read-only, goals added after agreement marked, and a
change after signing as a new version (the reason dialog patched)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from teamlead_app.services.development import goals, pop
from teamlead_app.services.development.goals import GoalDraft
from teamlead_app.services.people import employees as people
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.change_reason_dialog import ChangeReasonDialog
from teamlead_app.ui.dialogs.pop_signoff_dialog import PopSignoffDialog
from teamlead_app.ui.pages.pop_page import PopPage

YEAR = date.today().year


@pytest.fixture
def agreed(context: AppContext) -> int:
    person = people.save_employee(
        context.ctx, people.EmployeeDraft(first_name="Mehmet", last_name="Yılmaz")
    )
    plan = pop.create_pop(context.ctx, person, YEAR)
    goals.create_goal(context.ctx, person, GoalDraft(what="TIG-lassen"), pop_id=plan)
    draft = replace(pop.get_pop(context.ctx, plan).draft(), ambition="Voorman worden")
    pop.update_pop(context.ctx, plan, draft)
    pop.agree_pop(context.ctx, plan, "akkoord", date(YEAR, 1, 2), "paper")
    goals.create_goal(context.ctx, person, GoalDraft(what="Kantbank"), pop_id=plan)
    return plan


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> PopPage:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    widget = PopPage(context)
    qtbot.addWidget(widget)
    return widget


def test_a_signed_pop_is_read_only_and_marks_late_goals(page: PopPage, agreed: int) -> None:
    page.show_pop(agreed)
    assert not page.save_button.isEnabled()
    assert not page.version_bar.isHidden() and not page.version_bar.change_button.isHidden()
    assert page.period_start.isReadOnly()
    # English: tests run without the .qm
    assert page.goals.marks_note.text() == f"Kantbank: added after signing on 02-01-{YEAR}"
    assert not page.goals.marks_note.isHidden()
    assert page.goals.new_button.isEnabled()  # goals may still be added, marked
    assert not page.sign_button.isEnabled()  # signed already: not a second time
    assert "Change after signing" in page.sign_button.toolTip()


def test_a_change_after_signing_opens_the_plan_again(
    page: PopPage, agreed: int, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    page.show_pop(agreed)
    monkeypatch.setattr(ChangeReasonDialog, "ask", classmethod(lambda cls, *a: "Doel erbij"))
    page.version_bar.change_button.click()
    assert page.save_button.isEnabled() and not page.period_start.isReadOnly()
    assert page.sign_button.isEnabled() and not page.sign_button.toolTip()  # sign again
    assert "Versie 2, gewijzigd op" in page.version_bar.text.text()
    view = pop.get_pop(context.ctx, agreed)
    assert (view.status, view.signoff, view.version.current) == ("draft", None, 2)


def test_a_signed_pop_still_takes_the_employees_response(
    page: PopPage, agreed: int, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With 'Agree (sign)' disabled, the response beside the signed plan (§5.7) has its own
    button; the dialog then changes nothing of the sign-off."""
    page.show_pop(agreed)
    assert not page.response_button.isHidden() and page.response_button.isEnabled()

    def exec_(dialog: PopSignoffDialog) -> int:
        assert not dialog.signoff.isEnabled() and dialog.signoff_date.isReadOnly()
        dialog.response.setPlainText("Mehmet: eens <b>&</b> blij")
        dialog._save()
        return dialog.result()

    monkeypatch.setattr(PopSignoffDialog, "exec", exec_)
    page.response_button.click()
    view = pop.get_pop(context.ctx, agreed)
    assert (view.signoff, view.signoff_date) == ("akkoord", date(YEAR, 1, 2))
    assert view.employee_response == "Mehmet: eens <b>&</b> blij"
    monkeypatch.setattr(ChangeReasonDialog, "ask", classmethod(lambda cls, *a: "Doel erbij"))
    page.version_bar.change_button.click()
    assert page.response_button.isHidden()  # open again: the sign dialog takes it
