"""Reading a foreman's matrix sheet: the first sheet as a grid of texts (merged ranges show
their value where Excel shows it), the row with the skill names, what each column is (name,
personnel number, another person column, or a skill) and the group above a skill column."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any

from teamlead_app.errors import ValidationError
from teamlead_app.i18n import t
from teamlead_app.labels import code_for
from teamlead_app.services.skills.levels import parse_level

# Header words of columns that are about the person, not a skill.
_NAME_WORDS = ("naam", "name", "medewerker", "employee", "persoon")
_NUMBER_WORDS = ("personeelsnummer", "personeelsnr", "pnr", "nummer", "personnel number", "number")
_OTHER_WORDS = ("functie", "function", "team", "afdeling", "department", "rol", "opmerking")
_GROUP_WORDS = {
    "machine": "machine",
    "proces": "process",
    "process": "process",
    "station": "process",
    "techn": "topic",
    "onderwerp": "topic",
    "topic": "topic",
    "branche": "sector",
    "sector": "sector",
    "soft": "soft",
    "mensen": "soft",
    "sociaal": "soft",
}
MAX_ROWS = 5000
MAX_COLUMNS = 400


def cell_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return " ".join(str(value).split())


def load_first_sheet(path: Path) -> tuple[Any, list[str]]:
    from openpyxl import load_workbook

    if not path.exists():
        raise ValidationError(t(f"{path.name} bestaat niet.", f"{path.name} does not exist."))
    try:
        book = load_workbook(path, data_only=True)
    except Exception as exc:  # openpyxl raises many kinds for a file that is no XLSX
        raise ValidationError(
            t(
                f"{path.name} is geen leesbaar Excel-bestand (.xlsx).",
                f"{path.name} is not a readable Excel file (.xlsx).",
            )
        ) from exc
    names = list(book.sheetnames)
    return book[names[0]], names[1:]


def sheet_grid(sheet: Any) -> list[list[str]]:
    """The sheet as text; a merged range's value only in its top-left cell (as Excel shows)."""
    rows = min(sheet.max_row or 0, MAX_ROWS)
    cols = min(sheet.max_column or 0, MAX_COLUMNS)
    grid = [["" for _ in range(cols)] for _ in range(rows)]
    for r, row in enumerate(
        sheet.iter_rows(min_row=1, max_row=rows, max_col=cols, values_only=True)
    ):
        for c, value in enumerate(row):
            grid[r][c] = cell_text(value)
    return grid


def merged_value(sheet: Any, grid: list[list[str]], r: int, c: int) -> str:
    """The text shown at (r, c), also inside a merged range (group bands above the skills)."""
    if grid[r][c]:
        return grid[r][c]
    for rng in sheet.merged_cells.ranges:
        if rng.min_row <= r + 1 <= rng.max_row and rng.min_col <= c + 1 <= rng.max_col:
            top: int = rng.min_row - 1
            left: int = rng.min_col - 1
            return grid[top][left]
    return ""


def is_level(text: str) -> bool:
    return bool(text) and parse_level(text) is not None


def header_row(grid: list[list[str]]) -> int:
    """The row with the skill names: among the rows above the first row that holds levels,
    the one with the most texts that are not levels."""
    best, best_count = -1, 0
    for r, row in enumerate(grid):
        cells = [x for x in row[1:] if x]
        levels = sum(is_level(x) for x in cells)
        if cells and levels * 2 >= len(cells) and best >= 0:
            break
        texts = len(cells) - levels
        if texts > best_count:
            best, best_count = r, texts
    if best < 0:
        raise ValidationError(
            t(
                "In het eerste tabblad staat geen rij met vaardigheden als kolomkoppen.",
                "The first sheet has no row with skills as column headers.",
            )
        )
    return best


def kind_of_column(header: str) -> str:
    low = header.lower()
    if any(low == w or low.startswith(w) for w in _NAME_WORDS):
        return "name"
    if any(low == w or low.startswith(w) for w in _NUMBER_WORDS):
        return "number"
    if any(low == w or low.startswith(w) for w in _OTHER_WORDS):
        return "other"
    return "skill"


def group_of(sheet: Any, grid: list[list[str]], header: int, c: int) -> str:
    for r in range(header - 1, -1, -1):
        text = merged_value(sheet, grid, r, c).lower()
        if not text:
            continue
        code = code_for("skill_group", text)
        if code:
            return code
        for word, group in _GROUP_WORDS.items():
            if word in text:
                return group
    return "process"
