"""The app checks who may write before anything is flushed (data/write_rules.py), with the
same rules the company server enforces: a lead changes only the people of their own team(s)
and what hangs off them, HR changes nothing. On both backends, as the administrator's
database with a lead's or HR's context (the server's own refusal is tested in
tests/data/test_server_roles.py)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import select

from teamlead_app.data.context import CurrentUser, Role, ServiceContext
from teamlead_app.data.models import ExportLog
from teamlead_app.data.write_rules import NotAllowedError
from teamlead_app.i18n import speaking
from teamlead_app.services.common import lead_rules
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft

OWN_TEAMS = re.escape("Je kunt alleen mensen van je eigen team(s) wijzigen.")
HR_READS = "Met de HR-rol kun je alleen inzien, niet wijzigen."
NOW = datetime(2026, 1, 1, 8, 0)


@dataclass
class Teams:
    mine: int
    other: int
    my_person: int
    other_person: int


@pytest.fixture
def teams(ctx: ServiceContext) -> Teams:
    mine = people.save_team(ctx, TeamDraft("Assemblage"))
    other = people.save_team(ctx, TeamDraft("Lakstraat"))
    return Teams(
        mine,
        other,
        people.save_employee(ctx, EmployeeDraft("Łukasz", "Wiśniewski", team_id=mine)),
        people.save_employee(ctx, EmployeeDraft("Mehmet", "Yılmaz", team_id=other)),
    )


def as_lead(ctx: ServiceContext, teams: Teams) -> ServiceContext:
    return ServiceContext(ctx.db, "nl", CurrentUser("jan", Role.LEAD, frozenset({teams.mine})))


def as_hr(ctx: ServiceContext) -> ServiceContext:
    return ServiceContext(ctx.db, "nl", CurrentUser("hr.officer", Role.HR, frozenset()))


def test_a_lead_changes_the_people_of_their_own_team(ctx: ServiceContext, teams: Teams) -> None:
    lead = as_lead(ctx, teams)
    people.save_employee(
        lead, EmployeeDraft("Łukasz", "Wiśniewski-Nowak", team_id=teams.mine), teams.my_person
    )
    added = people.save_employee(lead, EmployeeDraft("Anna", "<b>&", team_id=teams.mine))
    plan = ConversationPlanDraft(added, datetime(2026, 2, 3, 10, 0))
    assert conversations.plan_conversation(lead, plan, now=NOW).conversation_id > 0
    assert people.get_employee(ctx, teams.my_person).row.last_name == "Wiśniewski-Nowak"


def test_a_lead_cannot_change_someone_of_another_team(ctx: ServiceContext, teams: Teams) -> None:
    lead = as_lead(ctx, teams)
    with pytest.raises(NotAllowedError, match=OWN_TEAMS):
        people.save_employee(
            lead, EmployeeDraft("Mehmet", "Anders", team_id=teams.other), teams.other_person
        )
    with pytest.raises(NotAllowedError, match=OWN_TEAMS):
        people.save_employee(lead, EmployeeDraft("Nieuw", "Elders", team_id=teams.other))
    assert people.get_employee(ctx, teams.other_person).row.last_name == "Yılmaz"
    assert people.count_employees(ctx) == 2


def test_a_lead_cannot_move_someone_out_of_or_into_their_team(
    ctx: ServiceContext, teams: Teams
) -> None:
    lead = as_lead(ctx, teams)
    with pytest.raises(NotAllowedError, match=OWN_TEAMS):
        people.save_employee(
            lead, EmployeeDraft("Łukasz", "Wiśniewski", team_id=teams.other), teams.my_person
        )
    with pytest.raises(NotAllowedError, match=OWN_TEAMS):
        people.save_employee(
            lead, EmployeeDraft("Mehmet", "Yılmaz", team_id=teams.mine), teams.other_person
        )
    assert people.get_employee(ctx, teams.my_person).row.team_id == teams.mine


def test_a_lead_cannot_plan_a_talk_with_someone_of_another_team(
    ctx: ServiceContext, teams: Teams
) -> None:
    """A row hanging off a person (here a conversation) counts as that person's."""
    lead = as_lead(ctx, teams)
    plan = ConversationPlanDraft(teams.other_person, datetime(2026, 2, 3, 10, 0))
    with pytest.raises(NotAllowedError, match=OWN_TEAMS):
        conversations.plan_conversation(lead, plan, now=NOW)
    assert conversations.list_conversations(ctx, employee_id=teams.other_person) == []


def test_hr_reads_everything_and_changes_nothing(ctx: ServiceContext, teams: Teams) -> None:
    hr = as_hr(ctx)
    assert sorted(p.last_name for p in people.list_employees(hr)) == ["Wiśniewski", "Yılmaz"]
    with pytest.raises(NotAllowedError, match=HR_READS):
        people.save_employee(
            hr, EmployeeDraft("Łukasz", "Anders", team_id=teams.mine), teams.my_person
        )
    with pytest.raises(NotAllowedError, match=HR_READS):
        people.save_team(hr, TeamDraft("Nieuw"))
    assert people.get_employee(ctx, teams.my_person).row.last_name == "Wiśniewski"


def test_hr_saves_the_yearly_overview_and_its_log_line_only(
    ctx: ServiceContext, teams: Teams, tmp_path: Path
) -> None:
    """HR's one write, as on the server (INSERT on export_log only): the yearly overview is
    saved and logged; changing or removing a log line is still refused."""
    from teamlead_app.services.exports.files import save_overview
    from teamlead_app.services.exports.year_overview import export_overview
    from teamlead_app.services.storage.export_log import list_export_log

    hr = as_hr(ctx)
    content = export_overview(hr, 2026, None, "xlsx")
    save_overview(hr, 2026, None, tmp_path / "jaaroverzicht.xlsx", content)
    assert (tmp_path / "jaaroverzicht.xlsx").read_bytes() == content
    assert [row.action for row in list_export_log(hr)] == ["overview"]
    with pytest.raises(NotAllowedError, match=HR_READS), hr.sessions.begin() as session:
        for line in session.scalars(select(ExportLog)):
            line.scope = "weg"


def test_the_message_follows_the_language(ctx: ServiceContext, teams: Teams) -> None:
    with speaking("en"), pytest.raises(NotAllowedError, match="only view, not change"):
        people.save_team(as_hr(ctx), TeamDraft("Nieuw"))


def test_the_file_user_and_the_administrator_are_not_restricted(
    ctx: ServiceContext, teams: Teams
) -> None:
    admin = ServiceContext(ctx.db, "nl", CurrentUser("postgres", Role.ADMIN))
    people.save_employee(
        admin, EmployeeDraft("Mehmet", "Y", team_id=teams.mine), teams.other_person
    )
    assert ctx.user is not None and ctx.user.team_ids is None  # the fixture's own user
    back = EmployeeDraft("Mehmet", "Z", team_id=teams.other)
    people.save_employee(ctx, back, teams.other_person)


def test_what_the_ui_asks_before_offering_a_button(ctx: ServiceContext, teams: Teams) -> None:
    lead, hr = as_lead(ctx, teams), as_hr(ctx)
    assert lead_rules.can_write(lead) and not lead_rules.can_write(hr)
    assert lead_rules.may_change_team(lead, teams.mine)
    assert not lead_rules.may_change_team(lead, teams.other)
    assert not lead_rules.may_change_team(lead, None)
    assert not lead_rules.may_change_team(hr, teams.mine)
    assert lead_rules.may_change_team(ctx, teams.other) and lead_rules.may_change_team(ctx, None)
