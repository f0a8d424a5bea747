"""The preparation form for the POP conversation: questions, the reassurance, the name filled in
or blank, at most two pages."""

from __future__ import annotations

import io
import re
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from teamlead_app.data.context import ServiceContext
from teamlead_app.errors import NotFoundError
from teamlead_app.i18n import set_language
from teamlead_app.reports import pop_prep
from teamlead_app.services.common.settings import AppSettings, save_settings
from teamlead_app.services.development import pop
from teamlead_app.services.exports.pop import export_pop_prep, pop_prep_data
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft

QUESTIONS_NL = (
    "Waar sta je over drie jaar?",
    "Welke stappen zet je het komende jaar om daar te komen?",
    "Welke hulp en ondersteuning heb je hierbij nodig?",
    "Bij welke collega wil je eens meelopen?",
    "Waar krijg jij energie van?",
    "Zit dat voldoende in je werk?",
    "Wat kun je goed? Wat wil je nog leren?",
)


def read(pdf: bytes) -> tuple[int, str]:
    """Page count and the text with white space runs folded (lines break where the PDF does)."""
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), re.sub(r"\s+", " ", text.replace("\xa0", " "))


@pytest.fixture
def mehmet(ctx: ServiceContext) -> int:
    save_settings(ctx, AppSettings(company_name="Van Dijk <b>&</b> Zn.", lead_name="Kees"))
    team = people.save_team(ctx, TeamDraft("Montage", "Henk de Vries"))
    return people.save_employee(
        ctx,
        EmployeeDraft(first_name="Mehmet", last_name="Yılmaz", function="Monteur", team_id=team),
    )


def test_for_one_person(ctx: ServiceContext, mehmet: int) -> None:
    count, text = read(export_pop_prep(ctx, mehmet))
    assert 1 <= count <= 2
    for number, question in enumerate(QUESTIONS_NL, start=1):
        assert f"{number}. {question}" in text
    assert "Er zijn geen goede of foute antwoorden." in text
    assert "Dit is geen beoordeling" in text
    assert "Voorbereiding POP-gesprek – Mehmet Yılmaz" in text  # the page header
    assert "Naam Mehmet Yılmaz" in text
    assert "Functie Monteur" in text and "Team Montage" in text
    assert "Leidinggevende Henk de Vries" in text  # the team's lead before the settings' one
    assert "Van Dijk <b>&</b> Zn." in text


def test_blank_form(ctx: ServiceContext, mehmet: int) -> None:
    data = pop_prep_data(ctx, None, today=date(2026, 11, 25))
    assert data.employee == "" and data.employee_id is None
    count, text = read(pop_prep.render_pdf(data, invariant=True))
    assert 1 <= count <= 2
    assert "Mehmet" not in text and "Monteur" not in text and "Henk de Vries" not in text
    assert all(question in text for question in QUESTIONS_NL)
    assert "Naam Datum gesprek" in text  # labels with empty lines beside them
    assert "Afgedrukt 25-11-2026" in text


def test_date_of_the_next_development_conversation(ctx: ServiceContext, mehmet: int) -> None:
    plan = pop.create_pop(ctx, mehmet, 2026)
    pop.plan_evaluations(
        ctx,
        plan,
        datetime(2026, 7, 1, 10, 0),
        datetime(2026, 12, 1, 10, 0),
        today=date(2026, 1, 10),
    )
    data = pop_prep_data(ctx, mehmet, today=date(2026, 11, 25))
    assert data.conversation_on == date(2026, 12, 1)  # the July one has passed
    assert "Datum gesprek 01-12-2026" in read(pop_prep.render_pdf(data))[1]


def test_english(ctx: ServiceContext, mehmet: int) -> None:
    set_language("en")
    _, text = read(export_pop_prep(ctx, mehmet))
    assert "POP conversation preparation" in text
    assert "Where will you be in three years?" in text
    assert "Which colleague would you like to shadow?" in text
    assert "There are no right or wrong answers." in text
    assert "Waar sta je" not in text


def test_unknown_employee(ctx: ServiceContext) -> None:
    with pytest.raises(NotFoundError):
        export_pop_prep(ctx, 404)
