"""The light read-back checks of the self-test (no pypdf in the bundle): they agree with pypdf
on real PDFs and refuse cut-short or wrong files."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest
import xlsxwriter
from pypdf import PdfReader
from reportlab.platypus import PageBreak

from teamlead_app.reports.style import ReportMeta, para, render_story
from teamlead_app.util.file_checks import FileCheckError, check_bytes, pdf_pages


def _pdf(pages: int) -> bytes:
    story = []
    for number in range(pages):
        story += [para(f"Pagina {number + 1}: Łukasz <b>&"), PageBreak()]
    return render_story(story[:-1], ReportMeta(title="Test", printed_on=date(2026, 11, 25)))


@pytest.mark.parametrize("pages", [1, 3, 12])
def test_page_count_agrees_with_pypdf(pages: int) -> None:
    data = _pdf(pages)
    assert pdf_pages(data) == len(PdfReader(io.BytesIO(data)).pages) == pages


def test_a_cut_short_or_foreign_pdf_is_refused() -> None:
    data = _pdf(2)
    with pytest.raises(FileCheckError, match="EOF"):
        pdf_pages(data[: len(data) // 2])
    with pytest.raises(FileCheckError, match="PDF"):
        pdf_pages(b"<html>not a pdf</html>")
    with pytest.raises(FileCheckError):
        check_bytes(b"", ".pdf")


def _xlsx() -> bytes:
    out = io.BytesIO()
    book = xlsxwriter.Workbook(out, {"in_memory": True})
    book.add_worksheet("Jaaroverzicht").write(0, 0, "Łukasz")
    book.close()
    return out.getvalue()


def test_xlsx_zip_and_ics_are_checked() -> None:
    assert check_bytes(_xlsx(), ".xlsx").kind == "xlsx"
    archive = io.BytesIO()
    with zipfile.ZipFile(archive, "w") as handle:
        handle.writestr("inzage.pdf", _pdf(2))
        handle.writestr("inzage.json", "{}")
    assert check_bytes(archive.getvalue(), ".zip").pages == 2
    ics = b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n"
    assert check_bytes(ics, ".ics").kind == "ics"


def test_wrong_archives_are_refused() -> None:
    with pytest.raises(FileCheckError, match="ZIP"):
        check_bytes(b"PK\x03\x04 broken", ".xlsx")
    plain = io.BytesIO()
    with zipfile.ZipFile(plain, "w") as handle:
        handle.writestr("readme.txt", "x")
    with pytest.raises(FileCheckError, match="werkblad"):
        check_bytes(plain.getvalue(), ".xlsx")
    with pytest.raises(FileCheckError, match="iCalendar"):
        check_bytes(b"hello", ".ics")
