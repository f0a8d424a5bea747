"""A future "Datum uit dienst" is notice, not archive: the person stays in service (lists,
planning, overview, POP and goals) until that last day has passed. Fixed dates throughout."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from teamlead_app.data.context import ServiceContext
from teamlead_app.errors import ValidationError
from teamlead_app.records.year_overview import service_months
from teamlead_app.services.conversations.cadence import cadence_facts, is_due_in_month
from teamlead_app.services.conversations.month_plan import create_planned, propose_month
from teamlead_app.services.development import goals, pop
from teamlead_app.services.development.goal_rules import GoalDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.employment import is_out_of_service, leaving_on
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.services.privacy.retention import retention_worklist

TODAY = date(2026, 11, 25)
LAST_DAY = date(2030, 6, 30)


@pytest.fixture
def team(ctx: ServiceContext) -> int:
    return people.save_team(ctx, TeamDraft("Assemblage"))


def _person(ctx: ServiceContext, team: int, out: date | None, first: str = "Łukasz") -> int:
    return people.save_employee(
        ctx,
        EmployeeDraft(
            first_name=first,
            last_name="Wiśniewski",
            team_id=team,
            date_in_service=date(2015, 4, 1),
            date_out_of_service=out,
        ),
    )


def test_the_last_day_counts_as_in_service() -> None:
    assert not is_out_of_service(LAST_DAY, TODAY)
    assert not is_out_of_service(LAST_DAY, LAST_DAY)
    assert is_out_of_service(LAST_DAY, date(2030, 7, 1))
    assert leaving_on(LAST_DAY, TODAY) == LAST_DAY
    assert leaving_on(LAST_DAY, date(2030, 7, 1)) is None
    assert not is_out_of_service(None, TODAY) and leaving_on(None, TODAY) is None


def test_someone_with_notice_is_in_the_active_list_with_the_date(
    ctx: ServiceContext, team: int
) -> None:
    leaver = _person(ctx, team, LAST_DAY)
    gone = _person(ctx, team, date(2026, 3, 31), "Anna")
    [row] = people.list_employees(ctx, today=TODAY)
    assert row.id == leaver and not row.archived and row.leaving_on == LAST_DAY
    assert [r.id for r in people.list_employees(ctx, archived=True, today=TODAY)] == [gone]
    [gone_row] = people.list_employees(ctx, archived=True, today=TODAY)
    assert gone_row.archived and gone_row.leaving_on is None
    assert [t.active_count for t in people.list_teams(ctx, today=TODAY)] == [1]
    # On the last day still active; the day after, archived.
    assert [r.id for r in people.list_employees(ctx, today=LAST_DAY)] == [leaver]
    later = people.list_employees(ctx, archived=True, today=date(2030, 7, 1))
    assert {r.id for r in later} == {leaver, gone}
    assert [t.active_count for t in people.list_teams(ctx, today=date(2030, 7, 1))] == [0]


def test_someone_with_notice_is_still_planned(ctx: ServiceContext, team: int) -> None:
    leaver = _person(ctx, team, LAST_DAY)
    with ctx.sessions() as session:
        facts = cadence_facts(session, TODAY, team)
    assert [f.employee_id for f in facts] == [leaver]
    assert is_due_in_month(facts[0], 2026, 12, [], TODAY)
    assert not is_due_in_month(facts[0], 2030, 7, [], TODAY)  # gone by then
    proposal = propose_month(ctx, 2026, 12, team, today=TODAY)
    assert [item.employee_id for item in proposal.items] == [leaver]
    ids = create_planned(ctx, proposal.items, now=datetime(2026, 11, 25, 9, 0))
    assert len(ids) == 1


def test_someone_with_notice_can_still_get_a_pop_and_goals(ctx: ServiceContext, team: int) -> None:
    leaver = _person(ctx, team, LAST_DAY)
    assert pop.create_pop(ctx, leaver, 2026) > 0
    assert goals.create_goal(ctx, leaver, GoalDraft(what="Lasrobot instellen")) > 0
    gone = _person(ctx, team, date(2020, 1, 31), "Anna")
    with pytest.raises(ValidationError, match="31-01-2020"):
        goals.create_goal(ctx, gone, GoalDraft(what="Heftruck"))


def test_retention_counts_from_the_real_end_date(ctx: ServiceContext, team: int) -> None:
    _person(ctx, team, LAST_DAY)
    assert retention_worklist(ctx, date(2031, 11, 25)) == []  # the real date + 2 years
    assert len(retention_worklist(ctx, date(2032, 7, 1))) == 1


def test_months_in_service_stop_at_the_report_date_not_at_a_far_end_date() -> None:
    assert service_months(2026, date(2015, 4, 1), LAST_DAY, TODAY) == tuple(range(1, 12))
    assert service_months(2030, date(2015, 4, 1), LAST_DAY) == (1, 2, 3, 4, 5, 6)
