"""The yearly overview PDF: summary with key figures and chart, a page per team, a block per
employee, landscape A4, nothing private, an empty year that says so, Dutch and English."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing
from sqlalchemy import update

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Conversation
from teamlead_app.i18n import set_language
from teamlead_app.reports.year_overview_pdf import build_story, render_pdf
from teamlead_app.services.development import pop
from teamlead_app.services.exports.year_overview import export_overview, overview_data
from teamlead_app.services.people import employees as people

from ..services.year_overview_helpers import (
    MARKERS,
    TODAY,
    YEAR,
    Company,
    build_company,
    pdf_text,
)


@pytest.fixture
def company(ctx: ServiceContext) -> Company:
    return build_company(ctx)


def pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_nothing_private_reaches_the_pdf(ctx: ServiceContext, company: Company) -> None:
    text = pdf_text(export_overview(ctx, YEAR, None, "pdf", today=TODAY))
    for marker in MARKERS:
        assert marker not in text
    assert "Wiśniewski, Łukasz" in text and "Yılmaz, Mehmet" in text
    # User text prints literally: formula-like goals and markup characters.
    assert "=SUM(A1)" in text and 'Łukasz helpt; <b>&amp; \'n "test"; met ;' in text


def test_the_score_never_changes_the_pdf(ctx: ServiceContext, company: Company) -> None:
    """The monthly score stays with the lead: whatever it is, the report is the same."""
    before = render_pdf(overview_data(ctx, YEAR, today=TODAY), invariant=True)
    with ctx.sessions.begin() as session:
        session.execute(update(Conversation).values(score=1))
    after = render_pdf(overview_data(ctx, YEAR, today=TODAY), invariant=True)
    assert before == after


def test_summary_page_with_key_figures_and_chart(ctx: ServiceContext, company: Company) -> None:
    data = overview_data(ctx, YEAR, today=TODAY)
    first = pages(render_pdf(data))[0]
    assert "Jaaroverzicht POP 2025" in first
    assert "Met afgesproken POP" in first and "1 van 4 medewerkers" in first
    assert "5 van 30 maanden in dienst" in first  # months with a held conversation
    assert "Certificaat of opleiding" in first and "Soft skills" in first
    # Two teams: a chart of the coverage per team, with the team names as labels.
    assert any(isinstance(item, Drawing) for item in _flatten(build_story(data)))
    assert "@home" in first and "met afgesproken POP" in first


def _flatten(story: list[object]) -> list[object]:
    """The flowables of the story, looking inside the side-by-side table cells."""
    found: list[object] = []
    for item in story:
        found.append(item)
        for row in getattr(item, "_cellvalues", []):
            for cell in row:
                found += cell if isinstance(cell, list) else [cell]
    return found


def test_a_page_per_team_with_joiners_and_leavers(ctx: ServiceContext, company: Company) -> None:
    text = pages(export_overview(ctx, YEAR, None, "pdf", today=TODAY))
    team_page = next(page for page in text if "Bakker, Kees" in page and "Functie" in page)
    assert "uit 31-03-2025" in team_page and "in 01-10-2025" in team_page
    assert "Totaal" in team_page and "Getekend" in team_page
    assert "Gediende" not in "".join(text)


def test_a_block_per_employee(ctx: ServiceContext, company: Company) -> None:
    text = pdf_text(export_overview(ctx, YEAR, None, "pdf", today=TODAY))
    assert "Per medewerker – Assemblage" in text
    assert "4 gevoerd, 1 verplaatst, 1 gemist, 1 geannuleerd, 0 gepland · 3 van 12 maanden" in text
    assert "POP afgesproken, getekend door medewerker en leidinggevende" in text
    assert "POP concept, nog niet getekend" in text
    assert "uit dienst per 31-03-2025" in text and "in dienst sinds 01-10-2025" in text
    assert "30-06-2025" in text  # a goal's target date


def test_landscape_a4(ctx: ServiceContext, company: Company) -> None:
    reader = PdfReader(io.BytesIO(export_overview(ctx, YEAR, None, "pdf", today=TODAY)))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)


def test_an_empty_year_says_so(ctx: ServiceContext, company: Company) -> None:
    text = pages(export_overview(ctx, 2001, None, "pdf", today=TODAY))
    assert len(text) == 1
    assert "Er zijn geen gegevens voor 2001" in text[0]
    assert "Er was dat jaar 1 medewerker in dienst." in text[0]


def test_a_company_without_people(ctx: ServiceContext) -> None:
    text = pages(export_overview(ctx, 1990, None, "pdf"))
    assert len(text) == 1 and "geen gegevens voor 1990" in text[0]
    assert "pagina 1 van 1" in text[0]


def test_many_teams_get_a_table_instead_of_a_chart(ctx: ServiceContext) -> None:
    for number in range(12):
        team = people.save_team(ctx, people.TeamDraft(f"Ploeg {number:02d}"))
        people.save_employee(
            ctx, people.EmployeeDraft(first_name="A", last_name=f"Lid{number}", team_id=team)
        )
        people.save_employee(
            ctx, people.EmployeeDraft(first_name="B", last_name=f"Lid{number}", team_id=team)
        )
    first = people.list_employees(ctx)[0]
    pop.create_pop(ctx, first.id, YEAR)
    data = overview_data(ctx, YEAR)
    assert not any(isinstance(item, Drawing) for item in _flatten(build_story(data)))
    text = pdf_text(render_pdf(data))
    assert "Ploeg 11" in text and "Per team" in text


def test_english(ctx: ServiceContext, company: Company) -> None:
    set_language("en")
    text = pdf_text(export_overview(ctx, YEAR, None, "pdf", today=TODAY))
    assert "Yearly POP overview 2025" in text and "With an agreed POP" in text
    assert "Per employee – Assemblage" in text and "page 1 of" in text
    empty = pdf_text(export_overview(ctx, 2001, None, "pdf", today=TODAY))
    assert "There is no data for 2001" in empty


# --- the figures add up, the layout holds together, the bars carry their values ------------


def test_the_pdf_figures_add_up(ctx: ServiceContext) -> None:
    """The key figures on the first page equal the sums of the team pages, and the parts of
    a figure add up to its whole (goals: achieved + running + stopped + postponed)."""
    import re
    from datetime import date

    from teamlead_app.services.demo.company import generate_company

    generate_company(ctx)
    today = date.today()
    data = overview_data(ctx, today.year, today=today)
    text = pages(render_pdf(data))
    first = text[0].replace("\n", " ")
    held, months = map(int, re.search(r"(\d+) van (\d+) maanden in dienst", first).groups())  # type: ignore[union-attr]
    assert (held, months) == (data.totals.months_held, data.totals.months_in_service)
    team_lines = re.findall(
        r"maanden met een gesprek: (\d+) van (\d+)", " ".join(text).replace("\n", " ")
    )
    assert len(team_lines) == len(data.teams) == 2
    assert sum(int(a) for a, _ in team_lines) == held
    assert sum(int(b) for _, b in team_lines) == months
    employees = re.search(r"(\d+) Medewerkers", first)
    assert employees and int(employees.group(1)) == sum(t.totals.employees for t in data.teams)
    achieved = re.search(r"(\d+) Ontwikkeldoelen bereikt", first)
    parts = re.search(r"van (\d+); (\d+) lopend, (\d+) gestopt, (\d+) uitgesteld", first)
    assert achieved and parts
    whole, running, stopped, postponed = map(int, parts.groups())
    assert int(achieved.group(1)) + running + stopped + postponed == whole
    assert whole == data.totals.goal_count


def test_chart_bars_carry_their_values(ctx: ServiceContext, company: Company) -> None:
    from reportlab.graphics.charts.barcharts import HorizontalBarChart

    from teamlead_app.reports.year_overview_charts import percent

    data = overview_data(ctx, YEAR, today=TODAY)
    [drawing] = [i for i in _flatten(build_story(data)) if isinstance(i, Drawing)]
    [chart] = [c for c in drawing.contents if isinstance(c, HorizontalBarChart)]
    assert chart.barLabelFormat == "%d%%"
    first = pages(render_pdf(data))[0]
    for team in data.teams:
        s = team.totals
        assert percent(s.with_agreed_pop, s.employees) in first
        assert f"{round(100 * s.conversation_coverage)}%" in first


def _synthetic(sizes: list[int]) -> object:
    """A year overview of teams of the given sizes, made without a database."""
    from datetime import date

    from teamlead_app.records.year_overview import (
        ConversationYear,
        EmployeeYear,
        TeamYear,
        YearOverview,
        totals_of,
    )

    teams, number = [], 0
    for index, size in enumerate(sizes):
        members = []
        for _ in range(size):
            number += 1
            members.append(
                EmployeeYear(
                    id=number,
                    name=f"Persoon{number:03d}, Jan",
                    personnel_number=str(number),
                    function="Lasser",
                    team=f"Ploeg {index}",
                    date_in_service=None,
                    date_out_of_service=None,
                    service_months=tuple(range(1, 13)),
                    pop_status="agreed",
                    signed_by_employee=True,
                    signed_by_lead=True,
                    goals=(),
                    conversations=ConversationYear(
                        held=12, held_by_month=dict.fromkeys(range(1, 13), 1)
                    ),
                )
            )
        teams.append(TeamYear(f"Ploeg {index}", tuple(members), totals_of(members)))
    people_all = [e for team in teams for e in team.employees]
    return YearOverview(
        2025, "", "Bedrijf", "", date(2026, 1, 15), tuple(teams), totals_of(people_all)
    )


def _people_per_team_page(sizes: list[int]) -> list[int]:
    """How many people's rows each page of the team tables holds."""
    found = []
    for page in pages(render_pdf(_synthetic(sizes)))[1:]:  # type: ignore[arg-type]
        if "Per medewerker" in page:
            break
        found.append(sum(1 for line in page.splitlines() if line.startswith("Persoon")))
    return found


@pytest.mark.parametrize(
    ("sizes", "expected"),
    [
        ([28], [28]),
        ([34], [34]),  # would spill a few rows: tighter rows keep it on one page
        ([3, 4, 2, 30, 5], [9, 30, 5]),  # small teams share a page, none is split
        ([38], [31, 7]),  # too big: the next page gets enough people, not a straggler
        ([100], [31, 34, 29, 6]),
    ],
)
def test_teams_keep_together_and_leave_no_stragglers(sizes: list[int], expected: list[int]) -> None:
    assert _people_per_team_page(sizes) == expected


def test_no_team_page_with_only_a_few_rows() -> None:
    from teamlead_app.reports.year_overview_team import MIN_REST

    for size in (32, 35, 41, 66, 69):
        counts = _people_per_team_page([size])
        assert sum(counts) == size
        assert all(count >= MIN_REST for count in counts), (size, counts)
