"""HR's yearly overview, the data: the right people for their months, POP status and
signatures, the goals with their steps, the conversation record, totals per team and company,
progress on one scale and cancelling. The formats are tested in tests/reports."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from teamlead_app.data.context import ServiceContext
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.records.year_overview import service_months
from teamlead_app.services.exports.year_overview import (
    JOB_STEPS,
    EmployeeYear,
    YearOverview,
    export_overview,
    overview_data,
)
from teamlead_app.services.people import employees as people
from teamlead_app.util.progress import Cancelled, Progress

from .history_helpers import talk
from .year_overview_helpers import TODAY, YEAR, Company, build_company, held


@pytest.fixture
def company(ctx: ServiceContext) -> Company:
    return build_company(ctx)


def by_id(data: YearOverview) -> dict[int, EmployeeYear]:
    return {e.id: e for e in data.employees}


def test_people_in_service_during_the_year_count_for_their_months(
    ctx: ServiceContext, company: Company
) -> None:
    data = by_id(overview_data(ctx, YEAR, today=TODAY))
    assert company.gone not in data
    assert data[company.stays].service_months == tuple(range(1, 13))
    assert data[company.joined].service_months == (10, 11, 12)
    assert data[company.left].service_months == (1, 2, 3)
    assert data[company.left].months_held == 1 and data[company.joined].months_held == 1


def test_service_months_rules() -> None:
    assert service_months(2025, None, None) == tuple(range(1, 13))
    # A single day in a month counts that month.
    assert service_months(2025, date(2025, 3, 31), date(2025, 4, 1)) == (3, 4)
    assert service_months(2025, date(2026, 1, 1), None) == ()
    assert service_months(2025, None, date(2024, 12, 31)) == ()
    # Months after the report date have not happened: they are not counted against anyone.
    assert service_months(2025, None, None, date(2025, 6, 15)) == (1, 2, 3, 4, 5, 6)
    assert service_months(2025, None, None, date(2024, 6, 15)) == ()


def test_pop_status_and_signatures(ctx: ServiceContext, company: Company) -> None:
    data = by_id(overview_data(ctx, YEAR, today=TODAY))
    stays, left, joined = data[company.stays], data[company.left], data[company.joined]
    assert (stays.pop_status, stays.signed_by_employee, stays.signed_by_lead) == (
        "agreed",
        True,
        True,
    )
    assert stays.signed_by_both
    assert (left.pop_status, left.signed_by_employee, left.signed_by_lead) == (
        "draft",
        False,
        False,
    )
    assert joined.pop_status == "none"
    assert overview_data(ctx, 2026, today=TODAY).totals.with_agreed_pop == 0


def test_goals_with_category_status_and_steps(ctx: ServiceContext, company: Company) -> None:
    data = by_id(overview_data(ctx, YEAR, today=TODAY))
    goals = {g.what: g for g in data[company.stays].goals}
    assert set(goals) == {"=SUM(A1)", "-"}
    weld = goals["=SUM(A1)"]
    assert (weld.category, weld.status, weld.steps_done, weld.steps_total, weld.in_pop) == (
        "certificate",
        "open",
        1,
        2,
        True,
    )
    assert goals["-"].status == "achieved" and goals["-"].achieved_on == date(2025, 6, 1)
    assert weld.personnel_number == "1001" and weld.team == "Assemblage"
    # Goals raised outside a POP in the year count too.
    assert [g.in_pop for g in data[company.joined].goals] == [False, False]
    assert data[company.stays].steps_done == 1


def test_conversation_record(ctx: ServiceContext, company: Company) -> None:
    stays = by_id(overview_data(ctx, YEAR, today=TODAY))[company.stays]
    c = stays.conversations
    # Four held (two in May), one cancelled; the moved one was never held and its month has
    # ended by the report date: missed, not planned. 2024 not counted.
    assert (c.held, c.planned, c.missed, c.moved, c.cancelled) == (4, 0, 1, 1, 1)
    assert c.held_by_month == {2: 1, 3: 1, 5: 2}
    assert stays.months_held == 3


def test_totals_per_team_and_company(ctx: ServiceContext, company: Company) -> None:
    data = overview_data(ctx, YEAR, today=TODAY)
    assert [team.name for team in data.teams] == ["@home", "Assemblage"]
    assembly = data.teams[1].totals
    assert (assembly.employees, assembly.with_agreed_pop) == (3, 1)
    assert (assembly.months_held, assembly.months_in_service) == (5, 18)
    assert assembly.goals["certificate"] == {"open": 1}
    assert assembly.goals["soft_skills"] == {"achieved": 1}
    total = data.totals
    assert (total.employees, total.months_in_service) == (4, 30)
    assert total.goals_with("achieved") == 1 and total.goal_count == 4
    assert round(total.pop_coverage, 2) == 0.25
    assert round(total.conversation_coverage, 3) == round(5 / 30, 3)


def test_one_team(ctx: ServiceContext, company: Company) -> None:
    data = overview_data(ctx, YEAR, company.home_team, today=TODAY)
    assert data.team == "@home"
    assert [e.name for e in data.employees] == ["Yılmaz, Mehmet"]
    with pytest.raises(NotFoundError):
        overview_data(ctx, YEAR, 999)


def test_people_sort_the_dutch_way(ctx: ServiceContext) -> None:
    team = people.save_team(ctx, people.TeamDraft("Ploeg"))
    for first, tv, last in (("Ahmet", "", "Çelik"), ("Daan", "de", "Boer"), ("Bas", "", "Dekker")):
        people.save_employee(
            ctx,
            people.EmployeeDraft(first_name=first, tussenvoegsel=tv, last_name=last, team_id=team),
        )
    names = [e.name for e in overview_data(ctx, YEAR).employees]
    assert names == ["Boer, Daan de", "Çelik, Ahmet", "Dekker, Bas"]


def test_a_year_without_records(ctx: ServiceContext, company: Company) -> None:
    assert overview_data(ctx, YEAR, today=TODAY).has_records
    empty = overview_data(ctx, 2001, today=TODAY)
    # Oud Gediende was in service in 2001, but nothing was recorded that year.
    assert [e.name for e in empty.employees] == ["Gediende, Oud"]
    assert not empty.has_records


def test_the_current_year_counts_months_so_far(ctx: ServiceContext, company: Company) -> None:
    held(ctx, company.stays, datetime(2026, 1, 5, 10, 0))
    data = overview_data(ctx, 2026, today=TODAY)
    stays = by_id(data)[company.stays]
    assert data.last_month == 1
    assert (stays.months_in_service, stays.months_held) == (1, 1)
    assert data.totals.conversation_coverage > 0.3
    assert overview_data(ctx, 2027, today=TODAY).last_month == 0


@pytest.mark.parametrize("fmt", ["pdf", "xlsx", "csv"])
def test_progress_moves_forward_on_one_scale(
    ctx: ServiceContext, company: Company, fmt: str
) -> None:
    seen: list[tuple[int, int]] = []
    progress = Progress(report=lambda done, total: seen.append((done, total)))
    export_overview(ctx, YEAR, None, fmt, progress, today=TODAY)
    assert {total for _, total in seen} == {JOB_STEPS}
    steps = [done for done, _ in seen]
    assert steps == sorted(steps) and steps[-1] == JOB_STEPS
    assert len(steps) >= 6


@pytest.mark.parametrize("fmt", ["pdf", "xlsx", "csv"])
def test_cancelling_stops_the_export(ctx: ServiceContext, company: Company, fmt: str) -> None:
    with pytest.raises(Cancelled):
        export_overview(ctx, YEAR, None, fmt, Progress(is_cancelled=lambda: True))


def test_cancelling_while_the_pdf_is_laid_out(ctx: ServiceContext, company: Company) -> None:
    """The checkpoints in the story stop the layout itself, not only the gathering."""
    calls: list[int] = []

    def cancelled() -> bool:
        calls.append(1)
        return len(calls) > 7  # the gathering has five steps; then the layout begins

    with pytest.raises(Cancelled):
        export_overview(ctx, YEAR, None, "pdf", Progress(is_cancelled=cancelled))
    assert len(calls) == 8


def test_bad_format_and_year(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError):
        export_overview(ctx, YEAR, None, "docx")
    with pytest.raises(ValidationError):
        export_overview(ctx, 99999, None, "pdf")


def test_coverage_never_counts_the_running_or_future_months(ctx: ServiceContext) -> None:
    """On 10 March 2026 the months so far are January and February; March counts only
    once a talk was held in it. Months before someone joined or after they left never
    count, and a month a person left in counts in full."""
    team = people.save_team(ctx, people.TeamDraft("Ploeg"))

    def hire(last: str, start: date | None, out: date | None = None) -> int:
        draft = people.EmployeeDraft(
            first_name="Jan",
            last_name=last,
            team_id=team,
            date_in_service=start,
            date_out_of_service=out,
        )
        return people.save_employee(ctx, draft)

    regular = hire("Vast", date(2015, 1, 1))
    talk(ctx, regular, datetime(2026, 1, 12, 9, 0))
    talk(ctx, regular, datetime(2026, 2, 9, 9, 0))
    early = hire("Vroeg", date(2015, 1, 1))
    talk(ctx, early, datetime(2026, 2, 9, 9, 0))
    talk(ctx, early, datetime(2026, 3, 2, 9, 0))  # this month's talk already held
    newcomer = hire("Nieuw", date(2026, 2, 20))  # nothing yet
    gone = hire("Weg", date(2015, 1, 1), out=date(2026, 3, 4))  # left this month
    talk(ctx, gone, datetime(2026, 1, 12, 9, 0))
    today = date(2026, 3, 10)
    data = by_id(overview_data(ctx, 2026, today=today))
    found = {
        eid: (data[eid].counted_months, data[eid].months_held, data[eid].months_in_service)
        for eid in (regular, early, newcomer, gone)
    }
    assert found == {
        regular: ((1, 2), 2, 2),  # March is still running: 2 of 2, not 2 of 3
        early: ((1, 2, 3), 2, 3),
        newcomer: ((2,), 0, 1),  # not January (before joining), not March (running)
        gone: ((1, 2, 3), 1, 3),  # left on 4 March: March is over for them
    }
    totals = overview_data(ctx, 2026, today=today).totals
    assert (totals.months_held, totals.months_in_service) == (5, 9)
    # Never a future month, whatever the report date in the year.
    for month in range(1, 13):
        report = overview_data(ctx, 2026, today=date(2026, month, 15))
        assert all(max(e.counted_months, default=0) <= month for e in report.employees)
        assert all(e.months_held <= e.months_in_service for e in report.employees)


def test_the_totals_add_up(ctx: ServiceContext) -> None:
    """Every company figure is the sum of the team figures, which are the sums of their
    people (demo company, this year so far)."""
    from teamlead_app.services.demo.company import generate_company

    generate_company(ctx)
    data = overview_data(ctx, date.today().year)
    teams = [team.totals for team in data.teams]
    total = data.totals
    assert total.employees == sum(t.employees for t in teams) == len(data.employees)
    for name in ("with_agreed_pop", "months_in_service", "months_held"):
        assert getattr(total, name) == sum(getattr(t, name) for t in teams), name
    for name in ("planned", "held", "moved", "cancelled"):
        assert getattr(total.conversations, name) == sum(
            getattr(t.conversations, name) for t in teams
        ), name
    for team in data.teams:
        assert team.totals.months_held == sum(e.months_held for e in team.employees)
        assert team.totals.goal_count == sum(len(e.goals) for e in team.employees)
    assert total.goal_count == sum(t.goal_count for t in teams) == len(data.goals)
    statuses = ("open", "in_progress", "achieved", "stopped", "postponed")
    assert sum(total.goals_with(s) for s in statuses) == total.goal_count
