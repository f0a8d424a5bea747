"""Light checks that a written file is what it claims to be, without the test-only libraries
(pypdf is a test extra and not in the bundle): a PDF has its header, its end marker and a page
count; an XLSX or ZIP is a sound archive; an ICS is a calendar. Used by `--self-test`."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path

from teamlead_app.i18n import t
from teamlead_app.util.files import os_reason

_PAGE = re.compile(rb"/Type\s*/Page(?![a-zA-Z])")
_COUNT = re.compile(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)|/Count\s+(\d+)[^>]*?/Type\s*/Pages\b")


class FileCheckError(ValueError):
    """The file is not sound; the message says what is wrong."""


@dataclass(frozen=True)
class FileSummary:
    kind: str  # "pdf", "xlsx", "zip", "ics", "csv"
    size: int
    pages: int = 0  # PDF pages (for a ZIP: of the PDFs inside)


def pdf_pages(data: bytes) -> int:
    """The page count of a PDF written by ReportLab (page objects are not compressed)."""
    if not data.startswith(b"%PDF-"):
        raise FileCheckError(t("geen PDF-kop (%PDF)", "no PDF header (%PDF)"))
    if b"%%EOF" not in data[-1024:]:
        raise FileCheckError(t("PDF is afgebroken (geen %%EOF)", "PDF is cut short (no %%EOF)"))
    pages = len(_PAGE.findall(data))
    counts = [int(a or b) for a, b in _COUNT.findall(data)]
    if pages == 0:
        raise FileCheckError(t("PDF zonder pagina's", "PDF without pages"))
    if counts and max(counts) != pages:
        raise FileCheckError(
            t(
                f"PDF telt {max(counts)} pagina's maar bevat er {pages}",
                f"PDF counts {max(counts)} pages but holds {pages}",
            )
        )
    return pages


def _archive(data: bytes) -> zipfile.ZipFile:
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        broken = archive.testzip()
    except (zipfile.BadZipFile, OSError) as exc:
        raise FileCheckError(
            t(f"geen geldig ZIP-archief: {exc}", f"not a valid ZIP: {exc}")
        ) from exc
    if broken is not None:
        raise FileCheckError(t(f"beschadigd in het archief: {broken}", f"damaged entry: {broken}"))
    return archive


def check_bytes(data: bytes, suffix: str) -> FileSummary:
    """Check `data` as a file of type `suffix` (".pdf", ".xlsx", ".zip", ".ics", ".csv")."""
    kind = suffix.lower().lstrip(".")
    if not data:
        raise FileCheckError(t("leeg bestand", "empty file"))
    if kind == "pdf":
        return FileSummary(kind, len(data), pdf_pages(data))
    if kind == "xlsx":
        names = set(_archive(data).namelist())
        if "xl/workbook.xml" not in names or not any(n.startswith("xl/worksheets/") for n in names):
            raise FileCheckError(t("XLSX zonder werkblad", "XLSX without a worksheet"))
        return FileSummary(kind, len(data))
    if kind == "zip":
        archive = _archive(data)
        pages = sum(
            pdf_pages(archive.read(name))
            for name in archive.namelist()
            if name.lower().endswith(".pdf")
        )
        return FileSummary(kind, len(data), pages)
    if kind == "ics":
        text = data.decode("utf-8")
        if not text.startswith("BEGIN:VCALENDAR") or "END:VCALENDAR" not in text:
            raise FileCheckError(t("geen iCalendar-bestand", "not an iCalendar file"))
        return FileSummary(kind, len(data))
    if kind == "csv":
        data.decode("utf-8-sig")
        return FileSummary(kind, len(data))
    raise FileCheckError(t(f"onbekend bestandstype .{kind}", f"unknown file type .{kind}"))


def check_file(path: Path) -> FileSummary:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise FileCheckError(
            t(
                f"{path.name} niet te lezen: {os_reason(exc)}",
                f"{path.name} unreadable: {os_reason(exc)}",
            )
        ) from exc
    return check_bytes(data, path.suffix)
