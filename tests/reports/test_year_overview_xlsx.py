"""The yearly overview workbook, read back with openpyxl: Dutch (or English) sheets, real
dates, frozen header and autofilter on every sheet, formula-like text kept as text, months out
of service left empty, and nothing private."""

from __future__ import annotations

import io
from datetime import datetime

import openpyxl
import pytest
from openpyxl.worksheet.worksheet import Worksheet
from sqlalchemy import update

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Conversation
from teamlead_app.i18n import set_language
from teamlead_app.services.exports.year_overview import export_overview

from ..services.year_overview_helpers import (
    FORMULA_LIKE,
    MARKERS,
    TODAY,
    YEAR,
    Company,
    build_company,
    xlsx_cells,
)


@pytest.fixture
def company(ctx: ServiceContext) -> Company:
    return build_company(ctx)


def workbook(ctx: ServiceContext, year: int = YEAR) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(export_overview(ctx, year, None, "xlsx", today=TODAY)))


def rows_by_name(sheet: Worksheet) -> dict[str, dict[str, object]]:
    header = [cell.value for cell in sheet[1]]
    return {
        str(row[0].value): {str(h): cell.value for h, cell in zip(header, row, strict=True)}
        for row in sheet.iter_rows(min_row=2)
    }


def test_dutch_sheets_with_frozen_header_and_autofilter(
    ctx: ServiceContext, company: Company
) -> None:
    book = workbook(ctx)
    assert book.sheetnames == [
        "Medewerkers",
        "Doelen",
        "Gesprekken per maand",
        "Vakmanschap per team",
        "Begeleiding per team",
    ]
    for sheet in book.worksheets:
        assert sheet.freeze_panes == "A2"
        assert sheet.auto_filter.ref and sheet.auto_filter.ref.startswith("A1:")
        assert sheet["A1"].font.b
    assert book["Medewerkers"]["A1"].value == "Medewerker"
    # Columns are wide enough for the longest name.
    assert book["Medewerkers"].column_dimensions["A"].width >= len("Wiśniewski, Łukasz")


def test_employee_sheet(ctx: ServiceContext, company: Company) -> None:
    rows = rows_by_name(workbook(ctx)["Medewerkers"])
    assert set(rows) == {"Yılmaz, Mehmet", "Bakker, Kees", "Visser, Anouk", "Wiśniewski, Łukasz"}
    lukasz = rows["Wiśniewski, Łukasz"]
    assert lukasz["POP-status"] == "Afgesproken"
    assert (
        lukasz["POP getekend medewerker"] == "ja" and lukasz["POP getekend leidinggevende"] == "ja"
    )
    assert (lukasz["Doelen"], lukasz["Doelen bereikt"], lukasz["Stappen gedaan"]) == (2, 1, 1)
    assert (lukasz["Gesprekken gevoerd"], lukasz["Verplaatst"], lukasz["Geannuleerd"]) == (4, 1, 1)
    assert lukasz["Maanden met gesprek"] == 3
    kees = rows["Bakker, Kees"]
    assert kees["Maanden in dienst"] == 3 and kees["POP-status"] == "Concept"


def test_dates_are_real_dates(ctx: ServiceContext, company: Company) -> None:
    book = workbook(ctx)
    people = book["Medewerkers"]
    header = [cell.value for cell in people[1]]
    column = header.index("Uit dienst")
    kees = next(row for row in people.iter_rows(min_row=2) if row[0].value == "Bakker, Kees")
    assert kees[column].value == datetime(2025, 3, 31)
    assert kees[column].is_date and kees[column].number_format == "dd-mm-yyyy"
    goals = rows_by_name(book["Doelen"])
    assert goals["Wiśniewski, Łukasz"]["Gestart"] == datetime(2025, 1, 6)


def test_formula_like_text_stays_text(ctx: ServiceContext, company: Company) -> None:
    book = workbook(ctx)
    cells = [cell for sheet in book.worksheets for row in sheet.iter_rows() for cell in row]
    assert not [cell.coordinate for cell in cells if cell.data_type == "f"]
    texts = {cell.value: cell.data_type for cell in cells if cell.value in FORMULA_LIKE}
    assert texts == dict.fromkeys(FORMULA_LIKE, "s")


def test_months_sheet(ctx: ServiceContext, company: Company) -> None:
    sheet = workbook(ctx)["Gesprekken per maand"]
    header = [cell.value for cell in sheet[1]]
    assert " ".join(header[3:15]) == "jan feb mrt apr mei jun jul aug sep okt nov dec"
    rows = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    lukasz = [cell.value for cell in rows["Wiśniewski, Łukasz"][3:15]]
    assert lukasz == [0, 1, 1, 0, 2, 0, 0, 0, 0, 0, 0, 0]
    # Months out of service are empty (and grey), not a zero: a pivot skips them.
    kees = rows["Bakker, Kees"][3:15]
    assert [cell.value for cell in kees] == [1, 0, 0] + [None] * 9
    assert kees[5].fill.fgColor.rgb.endswith("E7E7E7")
    anouk = [cell.value for cell in rows["Visser, Anouk"][3:15]]
    assert anouk == [None] * 9 + [0, 1, 0]


def test_months_still_to_come_are_empty(ctx: ServiceContext, company: Company) -> None:
    sheet = workbook(ctx, 2026)["Gesprekken per maand"]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[0].value == "Wiśniewski, Łukasz")
    assert [cell.value for cell in row[3:15]] == [0] + [None] * 11  # report date: January


def test_nothing_private_and_no_score(ctx: ServiceContext, company: Company) -> None:
    data = export_overview(ctx, YEAR, None, "xlsx", today=TODAY)
    cells = xlsx_cells(data)
    assert not [c for c in cells if isinstance(c, str) and any(m in c for m in MARKERS)]
    with ctx.sessions.begin() as session:
        session.execute(update(Conversation).values(score=5))
    assert xlsx_cells(export_overview(ctx, YEAR, None, "xlsx", today=TODAY)) == cells


def test_empty_year(ctx: ServiceContext) -> None:
    book = workbook(ctx, 1990)
    assert [sheet.max_row for sheet in book.worksheets] == [1, 1, 1, 1, 1]
    assert book.worksheets[0].auto_filter.ref


def test_english(ctx: ServiceContext, company: Company) -> None:
    set_language("en")
    book = workbook(ctx)
    assert book.sheetnames == [
        "Employees",
        "Goals",
        "Conversations per month",
        "Craftsmanship per team",
        "Guidance per team",
    ]
    assert book["Goals"]["D1"].value == "Goal"
    assert book["Conversations per month"]["D1"].value == "Jan"
