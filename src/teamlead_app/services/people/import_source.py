"""Reading an HR export: CSV (any common delimiter and encoding) or XLSX into a plain table
of cells with the header found and the row numbers as the user sees them. Judging the rows
is importing.py's work."""

from __future__ import annotations

import csv
import io
import itertools
import re
from collections.abc import Generator, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from teamlead_app.errors import ValidationError
from teamlead_app.i18n import t
from teamlead_app.util.dates import format_date
from teamlead_app.util.files import os_reason

MAX_BYTES = 20 * 1024 * 1024
MAX_ROWS = 50_000
HEADER_SCAN = 10  # some exports put a title and a blank line above the header
CSV_SUFFIXES = (".csv", ".txt", ".tsv")
XLSX_SUFFIXES = (".xlsx", ".xlsm")

# Column names after _norm(); per field the best alias first (a "Roepnaam" beats the formal
# "Voornaam" when an export has both: it is the name the foreman uses).
_ALIASES = {
    "first_name": "roepnaam voornaam firstname givenname",
    "tussenvoegsel": "tussenvoegsel tussenvoegsels voorvoegsel prefix nameprefix middlename",
    "last_name": "achternaam lastname surname familienaam familyname",
    "full_name": "naam volledigenaam fullname name",
    "personnel_number": "personeelsnummer personeelsnr persnr medewerkernummer employeenumber"
    " employeeno employeeid personnelnumber id",
    "function": "functie functienaam function jobtitle",
    "team": "afdeling team department afdelingsnaam teamnaam",
    "date_in_service": "datumindienst indienst indiensttreding startdatum startdate hiredate",
    "date_out_of_service": "datumuitdienst uitdienst uitdiensttreding einddatum enddate",
    "kind": "soort soortmedewerker kind employeekind employeetype",
    "stage": "ervaring fase ervaringsfase stage experience",
}
_ALIAS_RANK = {
    a: (f, rank) for f, names in _ALIASES.items() for rank, a in enumerate(names.split())
}
Row = tuple[int, tuple[object, ...]]  # (row number in the file, cells)
Lines = Generator[Row, None, None]


def field_label(field: str) -> str:
    """The column a field stands for, as the user knows it."""
    labels = {
        "first_name": ("Voornaam", "First name"),
        "tussenvoegsel": ("Tussenvoegsel", "Prefix"),
        "last_name": ("Achternaam", "Last name"),
        "full_name": ("Naam", "Name"),
        "personnel_number": ("Personeelsnummer", "Employee number"),
        "function": ("Functie", "Function"),
        "team": ("Afdeling/team", "Department/team"),
        "team_id": ("Afdeling/team", "Department/team"),
        "date_in_service": ("Datum in dienst", "Start date"),
        "date_out_of_service": ("Datum uit dienst", "End date"),
        "kind": ("Soort", "Kind"),
        "stage": ("Ervaring", "Stage"),
    }
    nl, en = labels.get(field, (field, field))
    return t(nl, en)


@dataclass(frozen=True)
class SourceTable:
    """The file as read: its header (row `header_row`) and the non-empty rows below it."""

    path: Path
    header_row: int
    header: tuple[str, ...]
    rows: tuple[tuple[int, tuple[object, ...]], ...]


def _norm(header: str) -> str:
    return re.sub(r"[\W_]+", "", header.casefold())


def _clean(text: str) -> str:
    return " ".join(text.split())


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, datetime | date):
        return format_date(value)
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # Excel stores personnel number 1001 as 1001.0
    return str(value)


def _shown(value: object) -> str:
    text = _clean(_text(value))
    return text if len(text) <= 40 else text[:39] + "…"


def _not_readable(path: Path) -> ValidationError:
    return ValidationError(
        t(
            f"{path.name} is geen leesbaar CSV- of Excel-bestand.",
            f"{path.name} is not a readable CSV or Excel file.",
        )
    )


def _read_bytes(path: Path) -> bytes:
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise ValidationError(
            t(
                f"{path.name} is in de oude Excel-indeling (.xls). Sla het op als .xlsx of CSV.",
                f"{path.name} is in the old Excel format (.xls). Save it as .xlsx or CSV.",
            )
        )
    if suffix not in CSV_SUFFIXES + XLSX_SUFFIXES:
        raise ValidationError(
            t(
                f"Bestandstype '{suffix or path.name}' wordt niet ondersteund;"
                " gebruik CSV of XLSX (Excel).",
                f"File type '{suffix or path.name}' is not supported; use CSV or XLSX (Excel).",
            )
        )
    if not path.is_file():
        raise ValidationError(
            t(f"Bestand {path} niet gevonden.", f"File {path} not found."), field="path"
        )
    try:
        if path.stat().st_size > MAX_BYTES:
            raise ValidationError(
                t(
                    f"{path.name} is groter dan {MAX_BYTES // 2**20} MB; splits het bestand.",
                    f"{path.name} is larger than {MAX_BYTES // 2**20} MB; split the file.",
                )
            )
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            t(
                f"{path.name} kan niet worden gelezen: {os_reason(exc)}",
                f"Cannot read {path.name}: {os_reason(exc)}",
            )
        ) from exc
    if not data.strip():
        raise ValidationError(t(f"{path.name} is leeg.", f"{path.name} is empty."))
    return data


def _too_many_rows(path: Path) -> ValidationError:
    dutch = f"{MAX_ROWS:,}".replace(",", ".")
    return ValidationError(
        t(
            f"{path.name} heeft meer dan {dutch} rijen; splits het bestand.",
            f"{path.name} has more than {MAX_ROWS:,} rows; split the file.",
        )
    )


def _xlsx_rows(path: Path, data: bytes) -> Lines:
    from openpyxl import load_workbook

    # A damaged workbook makes openpyxl, zipfile or the XML parser raise almost anything;
    # at this boundary each of them means the same to the user: the file is unreadable.
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as exc:
        raise _not_readable(path) from exc
    try:
        sheet = book.worksheets[0]
        sheet.reset_dimensions()  # some exporters write a wrong size; read what is there
        yield from enumerate(sheet.iter_rows(values_only=True), start=1)
    except Exception as exc:
        raise _not_readable(path) from exc
    finally:
        book.close()


def _decode(path: Path, data: bytes) -> str:
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):  # Excel's "Unicode text" export
        encodings: tuple[str, ...] = ("utf-16",)
    else:
        encodings = ("utf-8-sig", "cp1252")
    for encoding in encodings:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue
        controls = sum(1 for c in text[:65536] if c < " " and c not in "\t\r\n")
        if "\x00" in text or controls * 100 > min(len(text), 65536):
            break  # a binary file, not text in an unexpected encoding
        if not text.strip():
            raise ValidationError(t(f"{path.name} is leeg.", f"{path.name} is empty."))
        return text
    raise _not_readable(path)


def _recognised(cells: Sequence[object]) -> int:
    return sum(1 for cell in cells if _norm(_text(cell)) in _ALIAS_RANK)


def _csv_rows(path: Path, text: str) -> Lines:
    """The delimiter is the one under which the header names are recognised; the sniffer's
    guess wins ties (it is confused by commas in names, the header never is)."""
    sample = "\n".join(text[:8192].splitlines()[:20])
    try:
        sniffed = csv.Sniffer().sniff(sample, delimiters=";,\t").delimiter
    except csv.Error:
        sniffed = ";"

    candidates = dict.fromkeys((sniffed, ";", ",", "\t"))

    def score(delimiter: str) -> int:
        best = 0
        head = csv.reader(io.StringIO(text[:262144], newline=""), delimiter=delimiter)
        try:  # the head of the file is enough to find the header
            for cells in itertools.islice(head, HEADER_SCAN * 2):
                best = max(best, _recognised(cells))
        except csv.Error:
            pass
        return best

    rows = csv.reader(io.StringIO(text, newline=""), delimiter=max(candidates, key=score))
    try:
        for number, cells in enumerate(rows, start=1):
            yield number, tuple(cells)
    except csv.Error as exc:  # a cell over the csv module's 128 KB limit, or broken quotes
        raise ValidationError(
            t(
                f"{path.name}: regel {rows.line_num} is niet te lezen (te lange cel of"
                " verkeerd aanhalingsteken).",
                f"{path.name}: line {rows.line_num} cannot be read (cell too long or a"
                " misplaced quote).",
            )
        ) from exc


def read_source(path: Path) -> SourceTable:
    """Read a CSV (; or ,, UTF-8 with or without BOM, Windows-1252) or XLSX export.
    Raises ValidationError with a message for the user when the file cannot be used."""
    path = Path(path)
    data = _read_bytes(path)
    if data.startswith(b"PK\x03\x04"):
        lines = _xlsx_rows(path, data)
    elif data.startswith(b"\xd0\xcf\x11\xe0") or path.suffix.lower() in XLSX_SUFFIXES:
        raise _not_readable(path)
    else:
        lines = _csv_rows(path, _decode(path, data))
    try:
        header, rows, first_seen = _split_header(path, lines)
    finally:
        lines.close()
    if header is None:
        found = ", ".join(_shown(c) for c in first_seen[:8] if _text(c).strip())
        raise ValidationError(
            t(
                f"Kolom 'Achternaam' ontbreekt in {path.name}; geen bekende kolommen gevonden"
                f" (wel: {found or '-'}).",
                f"Column 'Last name' is missing in {path.name}; no known columns found"
                f" (found: {found or '-'}).",
            )
        )
    names = tuple(_clean(_text(c)) for c in header[1])
    _map_columns(names, forced_team=False)
    return SourceTable(path, header[0], names, tuple(rows))


def _split_header(path: Path, lines: Lines) -> tuple[Row | None, list[Row], tuple[object, ...]]:
    """The header (the first row with a known column name among the first few), the
    non-empty rows below it, and the first row seen (to name it when no header is found)."""
    header: Row | None = None
    rows: list[Row] = []
    seen: list[tuple[object, ...]] = []
    for number, cells in lines:
        if not any(_text(c).strip() for c in cells):
            continue
        if header is not None:
            rows.append((number, cells))
            if len(rows) > MAX_ROWS:
                raise _too_many_rows(path)
        elif _recognised(cells):
            header = (number, cells)
        elif len(seen) >= HEADER_SCAN:
            break
        else:
            seen.append(cells)
    return header, rows, seen[0] if seen else ()


def _map_columns(header: Sequence[str], forced_team: bool) -> dict[str, int]:
    best: dict[str, tuple[int, int]] = {}
    for index, name in enumerate(header):
        field, rank = _ALIAS_RANK.get(_norm(name), ("", 0))
        if field and (field not in best or rank < best[field][0]):
            best[field] = (rank, index)
    mapping = {field: index for field, (_, index) in best.items()}
    if "first_name" in mapping or "last_name" in mapping:
        mapping.pop("full_name", None)  # separate columns are reliable, a full name is not
    if forced_team:
        mapping.pop("team", None)
    for field in ("last_name", "first_name"):
        if field not in mapping and "full_name" not in mapping:
            name = field_label(field)
            raise ValidationError(t(f"Kolom '{name}' ontbreekt.", f"Column '{name}' is missing."))
    return mapping
