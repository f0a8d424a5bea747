"""With the HR role the window offers no button that changes data (the server would refuse
it): the buttons are off, say why, and stay off when a page's own logic (a chosen row)
would turn them on. A lead (or the file's user) keeps them."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from pytestqt.qtbot import QtBot

from teamlead_app.data.context import CurrentUser, Role, ServiceContext
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.pages.conversation_page import ConversationPage
from teamlead_app.ui.pages.people_page import PeoplePage

HR = CurrentUser("hr.officer", Role.HR, frozenset())


def _filled(ctx: ServiceContext) -> tuple[int, int]:
    team = people.save_team(ctx, TeamDraft("Lasserij <b>&"))
    person = people.save_employee(ctx, EmployeeDraft("Łukasz", "Wiśniewski", team_id=team))
    plan = ConversationPlanDraft(person, datetime(2026, 3, 2, 10, 0))
    return team, conversations.plan_conversation(ctx, plan).conversation_id


def test_hr_gets_no_writing_buttons_on_the_people_page(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    _filled(context.ctx)
    hr = AppContext(ctx=ServiceContext(context.ctx.db, "nl", HR), nav=context.nav)
    page = PeoplePage(hr)
    qtbot.addWidget(page)
    page.refresh()
    page.table.selectRow(0)  # would turn Edit and Archive on
    writing = (page.add_button, page.edit_button, page.archive_button, page.import_button)
    assert not any(b.isEnabled() for b in writing)
    assert all("HR role" in b.toolTip() for b in writing)
    assert page.profile_button.isEnabled() and page.print_button.isEnabled()  # reading stays
    page.resize(1000, 500)
    page.grab().save(str(tmp_path / "people_hr.png"))


def test_a_lead_keeps_them(qtbot: QtBot, context: AppContext) -> None:
    team, _ = _filled(context.ctx)
    lead = CurrentUser("jan", Role.LEAD, frozenset({team}))
    page = PeoplePage(AppContext(ctx=ServiceContext(context.ctx.db, "nl", lead), nav=context.nav))
    qtbot.addWidget(page)
    page.refresh()
    page.table.selectRow(0)
    assert page.add_button.isEnabled() and page.edit_button.isEnabled()


def test_hr_cannot_save_a_conversation(qtbot: QtBot, context: AppContext) -> None:
    _, conversation = _filled(context.ctx)
    hr = AppContext(ctx=ServiceContext(context.ctx.db, "nl", HR), nav=context.nav)
    page = ConversationPage(hr)
    qtbot.addWidget(page)
    page.load(conversation)
    assert not page.save_button.isEnabled()
    assert not page.move_button.isEnabled() and not page.cancel_button.isEnabled()
