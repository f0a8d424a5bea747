"""The yearly overview's craftsmanship figures per team, read back from the PDF (pypdf) and
the workbook (openpyxl): coverage red/amber/green, rotations by outcome, certificates
expired; no evaluation text, no private marker."""

from __future__ import annotations

import io

import openpyxl
import pytest
from pypdf import PdfReader

from teamlead_app.data.context import ServiceContext
from teamlead_app.i18n import set_language
from teamlead_app.services.exports.year_overview import export_overview

from ..services.year_overview_craft import LEARNED, add_craft
from ..services.year_overview_helpers import MARKERS, TODAY, YEAR, build_company, pdf_text


@pytest.fixture
def crafted(ctx: ServiceContext) -> ServiceContext:
    add_craft(ctx, build_company(ctx))
    return ctx


def _pages(data: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in PdfReader(io.BytesIO(data)).pages]


def test_pdf_summary_table_per_team(crafted: ServiceContext) -> None:
    text = " ".join(_pages(export_overview(crafted, YEAR, None, "pdf", today=TODAY))[:2])
    assert "Vakmanschap per team" in text
    # Team, red, amber, green, rotations, doorgaan, nog niet, niet voor mij, afgebroken,
    # not evaluated yet, certificates expired.
    assert "Assemblage 1 1 1 5 1 1 1 1 1 2" in text
    assert "@home 1 0 0 1 1 0 0 0 0 1" in text
    assert "Totaal (ook bedrijfsbreed) 3 1 1 6 2 1 1 1 1 3" in text
    assert "Niet voor mij" in text and "'niet voor mij' is een geldige uitkomst" in text


def test_pdf_team_page_line(crafted: ServiceContext) -> None:
    pages = _pages(export_overview(crafted, YEAR, None, "pdf", today=TODAY))
    team_page = next(p for p in pages if "Assemblage" in p and "Getekend" in p)
    assert (
        "Vaardigheden: 1 rood, 1 oranje, 1 groen · roulaties: 5 (1 doorgaan, 1 nog niet, "
        "1 niet voor mij, 1 afgebroken, 1 nog te evalueren) · certificaten verlopen: 2"
    ) in team_page


def test_nothing_private_in_pdf_or_xlsx(crafted: ServiceContext) -> None:
    text = pdf_text(export_overview(crafted, YEAR, None, "pdf", today=TODAY))
    book = openpyxl.load_workbook(io.BytesIO(export_overview(crafted, YEAR, None, "xlsx")))
    cells = [str(c.value) for s in book.worksheets for row in s.iter_rows() for c in row]
    for marker in (*MARKERS, LEARNED):
        assert marker not in text
        assert not any(marker in cell for cell in cells)


def test_xlsx_sheet_per_team(crafted: ServiceContext) -> None:
    data = export_overview(crafted, YEAR, None, "xlsx", today=TODAY)
    sheet = openpyxl.load_workbook(io.BytesIO(data))["Vakmanschap per team"]
    rows = [[c.value for c in row] for row in sheet.iter_rows()]
    assert rows[0] == [
        "Team",
        "Vaardigheden rood",
        "Vaardigheden oranje",
        "Vaardigheden groen",
        "Roulaties",
        "Doorgaan",
        "Nog niet",
        "Niet voor mij",
        "Afgebroken",
        "Nog te evalueren",
        "Certificaten verlopen",
    ]
    by_team = {row[0]: row[1:] for row in rows[1:]}
    assert by_team["Assemblage"] == [1, 1, 1, 5, 1, 1, 1, 1, 1, 2]
    assert by_team["@home"] == [1, 0, 0, 1, 1, 0, 0, 0, 0, 1]
    assert by_team["Totaal (ook bedrijfsbreed)"] == [3, 1, 1, 6, 2, 1, 1, 1, 1, 3]
    assert sheet.freeze_panes == "A2"


def test_english(crafted: ServiceContext) -> None:
    set_language("en")
    text = " ".join(_pages(export_overview(crafted, YEAR, None, "pdf", today=TODAY)))
    assert "Craftsmanship per team" in text and "Not for me" in text
    assert "Skills: 1 red, 1 amber, 1 green" in text
