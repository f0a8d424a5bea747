"""The team roster: the data from a real database, the story, and the PDF text."""

from __future__ import annotations

import io
import subprocess
import sys
from collections.abc import Iterator
from datetime import date

import pytest
from pypdf import PdfReader
from reportlab.platypus import Table
from sqlalchemy import event

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.db import Database
from teamlead_app.errors import NotFoundError
from teamlead_app.i18n import set_language
from teamlead_app.records.roster import RosterData, RosterPerson, RosterTeam
from teamlead_app.reports import roster
from teamlead_app.reports.style import content_width
from teamlead_app.services.common.settings import AppSettings, save_settings
from teamlead_app.services.exports.roster import export_roster, roster_data
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft

TODAY = date(2026, 11, 25)


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text().replace("\xa0", " ") for page in PdfReader(io.BytesIO(pdf)).pages]


def person(i: int, name: str, **changes: object) -> RosterPerson:
    values: dict[str, object] = {
        "id": i,
        "list_name": name,
        "personnel_number": f"{1000 + i}",
        "function": "Monteur",
        "kind": "medewerker",
        "stage": "medior",
        "date_in_service": date(2020, 1, 6),
    }
    values.update(changes)
    return RosterPerson(**values)  # type: ignore[arg-type]


def team(name: str, members: list[RosterPerson], team_id: int | None = 1) -> RosterTeam:
    return RosterTeam(team_id, name, "Henk de Vries", "Hal 2", tuple(members))


def tables(story: list[object]) -> list[Table]:
    return [f for f in story if isinstance(f, Table)]


# --- data from the database --------------------------------------------------------------------


@pytest.fixture
def company(ctx: ServiceContext) -> Iterator[ServiceContext]:
    save_settings(ctx, AppSettings(company_name="Metaal <b>&</b> Zn."))
    assembly = people.save_team(ctx, TeamDraft("Assemblage", "Henk de Vries", "Hal 2"))
    welding = people.save_team(ctx, TeamDraft("Lasserij", "Gerrit Mulder", ""))
    people.save_team(ctx, TeamDraft("Nieuw team"))
    for first, tv, last, team_id, kind, stage, since in (
        ("Łukasz", "", "Wiśniewski", welding, "medewerker", "medior", date(2021, 4, 1)),
        ("Mehmet", "", "Yılmaz", assembly, "zij_instromer", "starter", date(2026, 3, 1)),
        ("Jan", "de", "Vries", assembly, "medewerker", "senior", date(2012, 3, 1)),
        ("Thijs", "", "Smit", None, "stagiair", "starter", None),
    ):
        people.save_employee(
            ctx,
            EmployeeDraft(
                first_name=first,
                tussenvoegsel=tv,
                last_name=last,
                team_id=team_id,
                kind=kind,
                stage=stage,
                date_in_service=since,
                function="Monteur",
            ),
        )
    gone = people.save_employee(
        ctx, EmployeeDraft(first_name="Kees", last_name="Bakker", team_id=assembly)
    )
    people.archive_employee(ctx, gone, date(2025, 1, 31))
    yield ctx


def test_roster_data_for_one_team(company: Database) -> None:
    team_id = people.resolve_team(company, "Assemblage")
    data = roster_data(company, team_id, today=TODAY)
    assert data.single_team and data.printed_on == TODAY
    assert data.company_name == "Metaal <b>&</b> Zn."
    (only,) = data.teams
    assert (only.name, only.lead_name, only.location) == ("Assemblage", "Henk de Vries", "Hal 2")
    # Active people only, in list order (surname without tussenvoegsel).
    assert [p.list_name for p in only.people] == ["Vries, Jan de", "Yılmaz, Mehmet"]
    assert only.people[1].kind == "zij_instromer"


def test_roster_data_for_all_teams(company: Database) -> None:
    data = roster_data(company, None, today=TODAY)
    assert not data.single_team
    assert [(t.name, t.head_count) for t in data.teams] == [
        ("Assemblage", 2),
        ("Lasserij", 1),
        ("Nieuw team", 0),
        ("", 1),  # people without a team come last
    ]
    assert data.teams[-1].team_id is None
    assert data.head_count == 4


def test_roster_data_uses_few_queries(company: Database) -> None:
    statements: list[str] = []
    event.listen(company.engine, "before_cursor_execute", lambda *a: statements.append(str(a[2])))
    roster_data(company, None, today=TODAY)
    selects = [s for s in statements if s.lstrip().upper().startswith("SELECT")]
    assert len(selects) == 3  # teams, people, settings: never one query per person


def test_roster_data_unknown_team(company: Database) -> None:
    with pytest.raises(NotFoundError):
        roster_data(company, 999)


def test_export_roster_gives_the_pdf(company: Database) -> None:
    text = "\n".join(pages(export_roster(company, None)))
    for expected in ("Wiśniewski, Łukasz", "Yılmaz, Mehmet", "Vries, Jan de", "Smit, Thijs"):
        assert expected in text
    assert "Bakker" not in text  # archived
    assert "Metaal <b>&</b> Zn." in text
    assert "Zonder team" in text
    assert "Er zijn nog geen medewerkers in dit team." in text  # "Nieuw team"


def test_services_do_not_import_reportlab() -> None:
    """ReportLab is loaded when a report is made, not when the GUI starts."""
    code = "import sys, teamlead_app.services.exports.roster; print('reportlab' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# --- the story and the PDF ---------------------------------------------------------------------


def test_story_structure() -> None:
    data = RosterData(
        teams=(team("Assemblage", [person(1, "Vries, Jan de"), person(2, "Yılmaz, Mehmet")]),),
        printed_on=TODAY,
        single_team=True,
    )
    story = roster.build_story(data)
    (table,) = tables(story)
    header, *rows = table._cellvalues
    assert [cell.text for cell in header] == [
        "Naam",
        "Personeelsnummer",
        "Functie",
        "Soort",
        "Fase",
        "In dienst",
    ]
    assert [row[0].text for row in rows] == ["Vries, Jan de", "Yılmaz, Mehmet"]
    assert [cell.text for cell in rows[0][1:]] == [
        "1001",
        "Monteur",
        "Medewerker",
        "Medior",
        "06-01-2020",
    ]
    assert table.repeatRows == 1


def test_pdf_text_with_diacritics_and_markup() -> None:
    data = RosterData(
        teams=(
            team(
                "Lasserij <b>&",
                [
                    person(1, "Wiśniewski, Łukasz", kind="bbl", stage="starter"),
                    person(2, "Yılmaz, Mehmet", function="<img src='x.png'/>"),
                ],
            ),
        ),
        printed_on=TODAY,
        company_name="Van der Meer B.V.",
        single_team=True,
    )
    (text,) = pages(roster.render_pdf(data))
    assert "Teamoverzicht – Lasserij <b>&" in text  # header
    assert "Van der Meer B.V." in text and "Afgedrukt 25-11-2026" in text
    assert "Leidinggevende: Henk de Vries · Locatie: Hal 2 · 2 medewerkers" in text
    assert "Wiśniewski, Łukasz" in text and "Yılmaz, Mehmet" in text
    assert "<img src='x.png'/>" in text
    assert "BBL-leerling" in text and "Starter" in text and "06-01-2020" in text
    assert "pagina 1 van 1" in text


def test_two_page_roster() -> None:
    members = [person(i, f"Achternaam{i:02d}, Voornaam") for i in range(45)]
    data = RosterData(teams=(team("Assemblage", members),), printed_on=TODAY, single_team=True)
    texts = pages(roster.render_pdf(data))
    assert len(texts) == 2
    assert "pagina 1 van 2" in texts[0] and "pagina 2 van 2" in texts[1]
    assert all(text.count("Personeelsnummer") == 1 for text in texts)  # header repeats
    found = [w for text in texts for w in text.split() if w.startswith("Achternaam")]
    assert found == [f"Achternaam{i:02d}," for i in range(45)]


def test_all_teams_grouped() -> None:
    data = RosterData(
        teams=(
            team("Assemblage", [person(1, "Vries, Jan de")], 1),
            RosterTeam(2, "Lasserij", "", "", ()),
            team("", [person(3, "Smit, Thijs")], None),
        ),
        printed_on=TODAY,
    )
    (text,) = pages(roster.render_pdf(data))
    assert "Teamoverzicht – alle teams" in text
    assert "Alle teams · 2 actieve medewerkers op 25-11-2026" in text
    assert text.index("Assemblage") < text.index("Lasserij") < text.index("Zonder team")
    assert "Lasserij\n0 medewerkers\nEr zijn nog geen medewerkers in dit team." in text
    assert "Smit, Thijs" in text and "1 medewerker\n" in text


def test_empty_company_is_a_valid_pdf() -> None:
    pdf = roster.render_pdf(RosterData(teams=(), printed_on=TODAY))
    (text,) = pages(pdf)
    assert "Alle teams op 25-11-2026" in text
    assert "Er zijn nog geen medewerkers." in text
    assert "pagina 1 van 1" in text


def test_long_names_wrap_inside_the_page() -> None:
    name = "Berg-Hoogendoorn-Van Lennep, Jan-Willem Alexander Maximiliaan Frederik van der"
    data = RosterData(
        teams=(team("Assemblage", [person(1, name)]),), printed_on=TODAY, single_team=True
    )
    (table,) = tables(roster.build_story(data))
    width = content_width()
    table.wrap(width, 800)
    assert sum(table._colWidths) <= width + 0.01
    (text,) = pages(roster.render_pdf(data))
    assert all(word in text for word in name.split())
    assert not roster.use_landscape(data)


def test_wide_values_turn_the_page() -> None:
    wide = person(1, "Vries, Jan de", function="Eerste monteur installatietechniek utiliteit")
    wide = RosterPerson(**{**wide.__dict__, "personnel_number": "NL-OOST-2026-000123-B"})
    data = RosterData(teams=(team("Service", [wide]),), printed_on=TODAY, single_team=True)
    assert roster.use_landscape(data)
    page = PdfReader(io.BytesIO(roster.render_pdf(data))).pages[0]
    assert float(page.mediabox.width) > float(page.mediabox.height)
    (table,) = tables(roster.build_story(data))
    table.wrap(content_width(landscape_page=True), 800)
    assert sum(table._colWidths) <= content_width(landscape_page=True) + 0.01


def test_english_roster() -> None:
    set_language("en")
    data = RosterData(
        teams=(team("", [person(1, "Smit, Thijs", kind="bbl")], None),), printed_on=TODAY
    )
    (text,) = pages(roster.render_pdf(data))
    for expected in (
        "Team roster – all teams",
        "All teams · 1 active employee on 25-11-2026",
        "Name",
        "Personnel number",
        "In service",
    ):
        assert expected in text
    assert "No team" in text and "Apprentice (BBL)" in text and "page 1 of 1" in text


def test_reproducible_bytes() -> None:
    data = RosterData(teams=(team("A", [person(1, "Vries, Jan de")]),), printed_on=TODAY)
    assert roster.render_pdf(data, invariant=True) == roster.render_pdf(data, invariant=True)
