"""The yearly overview PDF: summary with key figures and chart, a page per team, a block per
employee, landscape A4, nothing private, an empty year that says so, Dutch and English."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader
from reportlab.graphics.shapes import Drawing
from sqlalchemy import update

from teamlead_app.data.db import Database
from teamlead_app.data.models import Conversation
from teamlead_app.i18n import set_language
from teamlead_app.reports.year_overview_pdf import build_story, render_pdf
from teamlead_app.services import people, pop
from teamlead_app.services.year_overview import export_overview, overview_data

from ..services.year_overview_helpers import (
    MARKERS,
    TODAY,
    YEAR,
    Company,
    build_company,
    pdf_text,
)


@pytest.fixture
def company(db: Database) -> Company:
    return build_company(db)


def pages(data: bytes) -> list[str]:
    return [page.extract_text() for page in PdfReader(io.BytesIO(data)).pages]


def test_nothing_private_reaches_the_pdf(db: Database, company: Company) -> None:
    text = pdf_text(export_overview(db, YEAR, None, "pdf", today=TODAY))
    for marker in MARKERS:
        assert marker not in text
    assert "Wiśniewski, Łukasz" in text and "Yılmaz, Mehmet" in text
    # User text prints literally: formula-like goals and markup characters.
    assert "=SUM(A1)" in text and 'Łukasz helpt; <b>&amp; \'n "test"; met ;' in text


def test_the_score_never_changes_the_pdf(db: Database, company: Company) -> None:
    """The monthly score stays with the lead: whatever it is, the report is the same."""
    before = render_pdf(overview_data(db, YEAR, today=TODAY), invariant=True)
    with db.sessions.begin() as session:
        session.execute(update(Conversation).values(score=1))
    after = render_pdf(overview_data(db, YEAR, today=TODAY), invariant=True)
    assert before == after


def test_summary_page_with_key_figures_and_chart(db: Database, company: Company) -> None:
    data = overview_data(db, YEAR, today=TODAY)
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


def test_a_page_per_team_with_joiners_and_leavers(db: Database, company: Company) -> None:
    text = pages(export_overview(db, YEAR, None, "pdf", today=TODAY))
    team_page = next(page for page in text if "Bakker, Kees" in page and "Functie" in page)
    assert "uit 31-03-2025" in team_page and "in 01-10-2025" in team_page
    assert "Totaal" in team_page and "Getekend" in team_page
    assert "Gediende" not in "".join(text)


def test_a_block_per_employee(db: Database, company: Company) -> None:
    text = pdf_text(export_overview(db, YEAR, None, "pdf", today=TODAY))
    assert "Per medewerker – Assemblage" in text
    assert "4 gevoerd, 1 verplaatst, 1 gemist, 1 geannuleerd, 0 gepland · 3 van 12 maanden" in text
    assert "POP afgesproken, getekend door medewerker en leidinggevende" in text
    assert "POP concept, nog niet getekend" in text
    assert "uit dienst per 31-03-2025" in text and "in dienst sinds 01-10-2025" in text
    assert "30-06-2025" in text  # a goal's target date


def test_landscape_a4(db: Database, company: Company) -> None:
    reader = PdfReader(io.BytesIO(export_overview(db, YEAR, None, "pdf", today=TODAY)))
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)


def test_an_empty_year_says_so(db: Database, company: Company) -> None:
    text = pages(export_overview(db, 2001, None, "pdf", today=TODAY))
    assert len(text) == 1
    assert "Er zijn geen gegevens voor 2001" in text[0]
    assert "Er was dat jaar 1 medewerker in dienst." in text[0]


def test_a_company_without_people(db: Database) -> None:
    text = pages(export_overview(db, 1990, None, "pdf"))
    assert len(text) == 1 and "geen gegevens voor 1990" in text[0]
    assert "pagina 1 van 1" in text[0]


def test_many_teams_get_a_table_instead_of_a_chart(db: Database) -> None:
    for number in range(12):
        team = people.save_team(db, people.TeamDraft(f"Ploeg {number:02d}"))
        people.save_employee(
            db, people.EmployeeDraft(first_name="A", last_name=f"Lid{number}", team_id=team)
        )
        people.save_employee(
            db, people.EmployeeDraft(first_name="B", last_name=f"Lid{number}", team_id=team)
        )
    first = people.list_employees(db)[0]
    pop.create_pop(db, first.id, YEAR)
    data = overview_data(db, YEAR)
    assert not any(isinstance(item, Drawing) for item in _flatten(build_story(data)))
    text = pdf_text(render_pdf(data))
    assert "Ploeg 11" in text and "Per team" in text


def test_english(db: Database, company: Company) -> None:
    set_language("en")
    text = pdf_text(export_overview(db, YEAR, None, "pdf", today=TODAY))
    assert "Yearly POP overview 2025" in text and "With an agreed POP" in text
    assert "Per employee – Assemblage" in text and "page 1 of" in text
    empty = pdf_text(export_overview(db, 2001, None, "pdf", today=TODAY))
    assert "There is no data for 2001" in empty
