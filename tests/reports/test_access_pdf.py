"""The access PDF prints every stored field of the person (working notes included), codes as
their labels, user text literally; a column added to the models later must be placed."""

from __future__ import annotations

import io
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Base, Employee
from teamlead_app.i18n import set_language
from teamlead_app.reports.access_pdf import HIDDEN, SHOWN, build_story, render_pdf
from teamlead_app.services.privacy.access_record import access_data
from tests.services.test_privacy import PRIVATE, full_person


def text_of(pdf: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)


def test_every_column_of_every_personal_table_is_placed() -> None:
    """A new column must be printed (SHOWN) or consciously left to the JSON (HIDDEN)."""
    assert SHOWN.keys() == HIDDEN.keys()
    for table in SHOWN:
        columns = {c.name for c in Base.metadata.tables[table].columns}
        assert columns - SHOWN[table] - HIDDEN[table] == set(), table
        assert not SHOWN[table] & HIDDEN[table], table


def test_every_table_that_points_at_a_person_is_in_the_export() -> None:
    """A table added later with a foreign key to employee must join the access export
    (services/privacy.py _OWNED) and this PDF (drafts are read apart, by employee_id)."""
    pointing = {
        table.name
        for table in Base.metadata.sorted_tables
        if any(fk.column.table.name == "employee" for fk in table.foreign_keys)
    }
    assert pointing <= SHOWN.keys()


def test_every_stored_text_is_printed(ctx: ServiceContext) -> None:
    person = full_person(ctx)
    text = text_of(render_pdf(access_data(ctx, person.id, today=date(2024, 1, 5))))
    markers = [
        *("SAMENVATTING-1", PRIVATE, "REACTIE-1", "ANNULEERNOTITIE", "VERPLAATSNOTITIE"),
        *("ANTWOORD-0", "ANTWOORD-1", "Hoe gaat het met je?", "AFSPRAAK-1", "OPVOLGING-1"),
        *("AMBITIE-1", "PERSPECTIEF-1", "STERK-1", "ONTWIKKELPUNT-1", "EVALUATIE-1"),
        *("POPREACTIE-1", "STEUN-1", "DOEL-1", "WAAROM-1", "CRITERIUM-1", "NODIG-1"),
        *("EERDERDOEL-1", "STAP-1", "STAPWIE-1", "VOORTGANG-1", "CONCEPTNOTITIE-1"),
        *("POPCONCEPT-1", "DOELCONCEPT-1", "Concept van POP 01-01-2022 – 31-12-2022"),
        "Concept van ontwikkeldoel DOEL-1",
        *("POPBESTAND-1.pdf", "HRGEBRUIKER", "Rick van den Broek", "Team Noord", "Lasser"),
    ]
    assert [m for m in markers if m not in text] == []
    assert "ANDERBESTAND" not in text  # someone else's export
    assert "ambition" not in text  # a POP draft's fields carry their Dutch labels


def test_codes_print_as_labels_and_dates_the_dutch_way(ctx: ServiceContext) -> None:
    person = full_person(ctx)
    text = text_of(render_pdf(access_data(ctx, person.id, today=date(2024, 1, 5))))
    for shown in ("Zij-instromer", "Akkoord", "Op papier", "Bereikt", "Geëvalueerd", "Beiden"):
        assert shown in text
    assert "Maandgesprek – 12-05-2022 – Gevoerd" in text
    assert "Maandgesprek (versie 3)" in text
    assert "POP 01-01-2022 – 31-12-2022" in text
    assert "10-05-2022 10:00" in text  # the planned moment
    assert "zij_instromer" not in text and "2022-05-12" not in text
    assert "Werkaantekening leidinggevende" in text
    assert "pagina 1 van" in text


def test_an_empty_history_says_so(ctx: ServiceContext) -> None:
    with ctx.sessions.begin() as s:
        s.add(Employee(first_name="Sanne", last_name="Bakker", created_at=datetime(2024, 1, 1)))
    data = access_data(ctx, 1, today=date(2024, 1, 5))
    text = text_of(render_pdf(data))
    for note in ("Geen gesprekken.", "Geen afspraken.", "Geen POP.", "Geen ontwikkeldoelen."):
        assert note in text
    assert "Nog geen eerdere exports." in text
    assert len(build_story(data)) > 5


@pytest.fixture
def english() -> None:
    set_language("en")


@pytest.mark.usefixtures("english")
def test_english_when_chosen(ctx: ServiceContext) -> None:
    person = full_person(ctx)
    text = text_of(render_pdf(access_data(ctx, person.id, today=date(2024, 1, 5))))
    assert "Access to personal data" in text and "Lead's working note" in text
    assert "Monthly one-on-one – 12-05-2022 – Held" in text
    assert "Until 2 years after the date out of service" in text
