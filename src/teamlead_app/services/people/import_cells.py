"""Reading one row of an HR export into employee fields: names (also "Berg, Jan van der"
split reliably or not at all), dates in every form an export writes them, codes for kind and
stage, the team; with what the row could not use, named by column. Judging the row against the
people already known is importing.py's work."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from teamlead_app.i18n import t
from teamlead_app.labels import choices, code_for
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.import_source import _clean, _shown, _text, field_label
from teamlead_app.services.people.names import TUSSENVOEGSELS, split_last_name
from teamlead_app.services.people.teams import TeamDraft, validate_team
from teamlead_app.util.dates import from_excel_serial, parse_date

DATE_FIELDS = ("date_in_service", "date_out_of_service")


TEXT_FIELDS = ("first_name", "tussenvoegsel", "last_name", "personnel_number", "function")


@dataclass(frozen=True)
class ImportProblem:
    row: int
    column: str  # as written in the file; empty when the whole row is meant
    message: str


def _split_full_name(text: str) -> tuple[str, str, str] | None:
    """("Jan", "van der", "Berg") from "Jan van der Berg" or "Berg, Jan van der"; None when
    the split would be a guess ("Jean Paul Dubois": two first names or a double surname?)."""
    text = _clean(text)
    if "," in text:
        last, _, first = (part.strip() for part in text.partition(","))
        if not last or not first or "," in first:
            return None
        tv, last = split_last_name(last)
        words = first.split()
        for size in (2, 1):
            if len(words) > size and " ".join(words[-size:]).lower() in TUSSENVOEGSELS:
                return " ".join(words[:-size]), " ".join(words[-size:]).lower(), last
        return first, tv, last
    words = text.split()
    if len(words) == 2:
        return words[0], "", words[1]
    tv, last = split_last_name(" ".join(words[1:]))
    return (words[0], tv, last) if len(words) > 2 and tv else None


@dataclass(frozen=True)
class Known:
    id: int
    draft: EmployeeDraft


@dataclass
class RowContext:
    header: tuple[str, ...]
    mapping: dict[str, int]
    forced_team: str | None
    teams: dict[str, int]  # casefolded name -> id
    by_number: dict[str, Known]
    by_name: dict[tuple[str, str, str], list[Known]]

    def column(self, field: str) -> str:
        if field in self.mapping:
            return self.header[self.mapping[field]]
        if field in ("first_name", "tussenvoegsel", "last_name") and "full_name" in self.mapping:
            return self.header[self.mapping["full_name"]]
        return field_label(field)

    def cell(self, cells: tuple[object, ...], field: str) -> object:
        index = self.mapping.get(field)
        return cells[index] if index is not None and index < len(cells) else None


def name_key(draft: EmployeeDraft) -> tuple[str, str, str]:
    parts = (draft.first_name, draft.tussenvoegsel, draft.last_name)
    return (_clean(parts[0]).casefold(), _clean(parts[1]).casefold(), _clean(parts[2]).casefold())


def _date(value: object) -> date | None:
    """A cell as a date: an Excel date cell or serial, or text (25-11-2026, 1-2-26, ISO,
    a serial or 20261125). Raises ValueError."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, int | float) and not isinstance(value, bool):
        return from_excel_serial(value)
    text = _text(value).strip()
    if not text:
        return None
    if text.isdigit() and len(text) == 5:
        return from_excel_serial(int(text))
    if text.isdigit() and len(text) == 8:
        return date(int(text[:4]), int(text[4:6]), int(text[6:]))
    try:
        return parse_date(text)
    except ValueError:
        if " " not in text:
            raise
        return parse_date(text.split()[0])  # "25-11-2026 00:00": exports that add a time


def _code(group: str, value: str) -> str | None:
    text = _clean(value)
    for variant in (text, text.replace(" ", "-"), text.replace(" ", "_"), text.replace("-", "_")):
        code = code_for(group, variant)
        if code:
            return code
    return None


def read_values(
    row: int, cells: tuple[object, ...], ctx: RowContext
) -> tuple[dict[str, Any], list[ImportProblem]]:
    """The fields this row fills in (empty cells left out) and what cannot be read."""
    values: dict[str, Any] = {}  # EmployeeDraft field -> value, plus "team" (a name)
    problems: list[ImportProblem] = []
    for field in TEXT_FIELDS:
        text = _clean(_text(ctx.cell(cells, field)))
        if text:
            values[field] = text
    for reader in (_read_full_name, _read_dates, _read_codes, _read_team):
        problem = reader(cells, ctx, values)
        problems += [ImportProblem(row, ctx.column(field), text) for field, text in problem]
    if "last_name" in values and not values.get("tussenvoegsel"):
        tv, last = split_last_name(values["last_name"])  # "van der Berg" in one column
        if tv:
            values.update(tussenvoegsel=tv, last_name=last)
    return values, problems


Found = list[tuple[str, str]]  # (field, message) for what a cell reader could not use


def _read_full_name(cells: tuple[object, ...], ctx: RowContext, values: dict[str, Any]) -> Found:
    full = _clean(_text(ctx.cell(cells, "full_name")))
    if not full:
        return []
    split = _split_full_name(full)
    if split is None:
        message = t(
            "Naam is niet betrouwbaar te splitsen; schrijf 'Achternaam, Voornaam' of gebruik"
            " aparte kolommen Voornaam en Achternaam.",
            "The name cannot be split reliably; write 'Last name, First name' or use"
            " separate First name and Last name columns.",
        )
        return [("full_name", message)]
    values.update(zip(("first_name", "tussenvoegsel", "last_name"), split, strict=True))
    return []


def _read_dates(cells: tuple[object, ...], ctx: RowContext, values: dict[str, Any]) -> Found:
    found: Found = []
    for field in DATE_FIELDS:
        raw = ctx.cell(cells, field)
        try:
            parsed = _date(raw)
        except (ValueError, OverflowError):
            message = t(
                f"'{_shown(raw)}' is geen geldige datum (bijv. 25-11-2026).",
                f"'{_shown(raw)}' is not a valid date (e.g. 25-11-2026).",
            )
            found.append((field, message))
            continue
        if parsed is not None or (field == "date_out_of_service" and field in ctx.mapping):
            values[field] = parsed  # an empty "uit dienst" cell: still employed
    return found


def _read_codes(cells: tuple[object, ...], ctx: RowContext, values: dict[str, Any]) -> Found:
    found: Found = []
    for field, group in (("kind", "employee_kind"), ("stage", "stage")):
        text = _clean(_text(ctx.cell(cells, field)))
        code = _code(group, text) if text else None
        if code:
            values[field] = code
        elif text:
            options = ", ".join(name for _, name in choices(group))
            message = t(
                f"'{_shown(text)}' is onbekend; kies uit {options}.",
                f"'{_shown(text)}' is unknown; choose from {options}.",
            )
            found.append((field, message))
    return found


def _read_team(cells: tuple[object, ...], ctx: RowContext, values: dict[str, Any]) -> Found:
    team = ctx.forced_team or _clean(_text(ctx.cell(cells, "team")))
    if not team:
        return []
    values["team"] = team
    bad = validate_team(TeamDraft(name=team)).get("name")
    return [("team", bad)] if bad else []
