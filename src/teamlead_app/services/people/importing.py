"""Import employees from an HR or payroll export (CSV or XLSX).

Two steps, so the GUI and the CLI can show what will happen before anything is written:
`preview_file` reads the file, maps its columns and judges every row (new, update,
unchanged, rejected); `commit` writes the accepted rows in one transaction. Re-importing the
same export updates people (matched on personnel number, else on full name) instead of
duplicating them. An empty cell never erases what the app already knows, except in the
"Datum uit dienst" column, where empty means the person is still employed.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from datetime import date, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from teamlead_app.data.db import Database
from teamlead_app.data.models import Employee, JobFunction, Team
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import t
from teamlead_app.labels import choices, code_for
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.import_source import (
    SourceTable,
    _clean,
    _map_columns,
    _shown,
    _text,
    field_label,
    read_source,
)
from teamlead_app.services.people.names import TUSSENVOEGSELS, full_name, split_last_name
from teamlead_app.util.dates import from_excel_serial, parse_date

log = logging.getLogger(__name__)

NEW, UPDATE, UNCHANGED, REJECTED = "new", "update", "unchanged", "rejected"

_DATE_FIELDS = ("date_in_service", "date_out_of_service")
_TEXT_FIELDS = ("first_name", "tussenvoegsel", "last_name", "personnel_number", "function")


@dataclass(frozen=True)
class ImportProblem:
    row: int
    column: str  # as written in the file; empty when the whole row is meant
    message: str


@dataclass(frozen=True)
class ImportRow:
    row: int
    status: str  # NEW, UPDATE, UNCHANGED or REJECTED
    name: str  # the person as read, to show next to the row number
    draft: people.EmployeeDraft | None  # None when rejected; team_id None for a new team
    employee_id: int | None = None  # the matched employee for updates and unchanged rows
    team_name: str = ""  # the team this row asks for ("" = keep / none)
    changed: tuple[str, ...] = ()  # fields an update changes
    problems: tuple[ImportProblem, ...] = ()


@dataclass(frozen=True)
class MappedColumn:
    column: str
    field: str
    label: str


@dataclass(frozen=True)
class ImportCounts:
    new: int
    update: int
    unchanged: int
    rejected: int


@dataclass(frozen=True)
class ImportPreview:
    path: Path
    rows: tuple[ImportRow, ...]
    columns: tuple[MappedColumn, ...]
    ignored_columns: tuple[str, ...]
    new_teams: tuple[str, ...]
    counts: ImportCounts

    @property
    def problems(self) -> list[ImportProblem]:
        return [p for row in self.rows for p in row.problems]


@dataclass(frozen=True)
class ImportResult:
    created: int
    updated: int
    unchanged: int
    skipped: int
    teams_created: tuple[str, ...]


def format_problem(problem: ImportProblem) -> str:
    if problem.column:
        return t(
            f"Rij {problem.row}, kolom '{problem.column}': {problem.message}",
            f"Row {problem.row}, column '{problem.column}': {problem.message}",
        )
    return t(f"Rij {problem.row}: {problem.message}", f"Row {problem.row}: {problem.message}")


# --- mapping and judging rows --------------------------------------------------------------


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
class _Known:
    id: int
    draft: people.EmployeeDraft


@dataclass
class _Context:
    header: tuple[str, ...]
    mapping: dict[str, int]
    forced_team: str | None
    teams: dict[str, int]  # casefolded name -> id
    by_number: dict[str, _Known]
    by_name: dict[tuple[str, str, str], list[_Known]]

    def column(self, field: str) -> str:
        if field in self.mapping:
            return self.header[self.mapping[field]]
        if field in ("first_name", "tussenvoegsel", "last_name") and "full_name" in self.mapping:
            return self.header[self.mapping["full_name"]]
        return field_label(field)

    def cell(self, cells: tuple[object, ...], field: str) -> object:
        index = self.mapping.get(field)
        return cells[index] if index is not None and index < len(cells) else None


def _load_context(session: Session, table: SourceTable, team_name: str | None) -> _Context:
    mapping = _map_columns(table.header, team_name is not None)
    teams = {
        _clean(name).casefold(): tid for tid, name in session.execute(select(Team.id, Team.name))
    }
    query = select(Employee, JobFunction.name).outerjoin(
        JobFunction, Employee.function_id == JobFunction.id
    )
    context = _Context(table.header, mapping, team_name, teams, {}, {})
    for e, function in session.execute(query):
        draft = people.EmployeeDraft(
            first_name=e.first_name,
            last_name=e.last_name,
            tussenvoegsel=e.tussenvoegsel,
            personnel_number=e.personnel_number or "",
            function=function or "",
            team_id=e.team_id,
            date_in_service=e.date_in_service,
            date_out_of_service=e.date_out_of_service,
            kind=e.kind,
            stage=e.stage,
            cadence=e.cadence,
            cadence_weeks=e.cadence_weeks,
        )
        known = _Known(e.id, draft)
        if draft.personnel_number:
            context.by_number[draft.personnel_number] = known
        context.by_name.setdefault(_name_key(draft), []).append(known)
    return context


def _name_key(draft: people.EmployeeDraft) -> tuple[str, str, str]:
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


def _read_values(
    row: int, cells: tuple[object, ...], ctx: _Context
) -> tuple[dict[str, Any], list[ImportProblem]]:
    """The fields this row fills in (empty cells left out) and what cannot be read."""
    values: dict[str, Any] = {}  # EmployeeDraft field -> value, plus "team" (a name)
    problems: list[ImportProblem] = []
    for field in _TEXT_FIELDS:
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


def _read_full_name(cells: tuple[object, ...], ctx: _Context, values: dict[str, Any]) -> Found:
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


def _read_dates(cells: tuple[object, ...], ctx: _Context, values: dict[str, Any]) -> Found:
    found: Found = []
    for field in _DATE_FIELDS:
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


def _read_codes(cells: tuple[object, ...], ctx: _Context, values: dict[str, Any]) -> Found:
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


def _read_team(cells: tuple[object, ...], ctx: _Context, values: dict[str, Any]) -> Found:
    team = ctx.forced_team or _clean(_text(ctx.cell(cells, "team")))
    if not team:
        return []
    values["team"] = team
    bad = people.validate_team(people.TeamDraft(name=team)).get("name")
    return [("team", bad)] if bad else []


def _match(draft: people.EmployeeDraft, ctx: _Context) -> _Known | str | None:
    """The existing employee this row is about, None for a new one, or a problem text."""
    number = draft.personnel_number
    if number and number in ctx.by_number:
        return ctx.by_number[number]
    found = [
        k
        for k in ctx.by_name.get(_name_key(draft), [])
        if not number or not k.draft.personnel_number
    ]
    if len(found) > 1:
        return t(
            f"Er zijn {len(found)} medewerkers met deze naam; vul het personeelsnummer in.",
            f"There are {len(found)} employees with this name; fill in the employee number.",
        )
    return found[0] if found else None


def _changes(draft: people.EmployeeDraft, known: _Known) -> tuple[str, ...]:
    old = known.draft
    return tuple(
        name
        for name in (*_TEXT_FIELDS, "team_id", *_DATE_FIELDS, "kind", "stage")
        if getattr(draft, name) != getattr(old, name)
        and not (name == "function" and draft.function.casefold() == old.function.casefold())
    )


def _duplicate(
    row: int, draft: people.EmployeeDraft, matched: _Known | None, seen: dict[object, int]
) -> ImportProblem | None:
    """A problem when an earlier row of the file is about the same person (same employee,
    same personnel number, or without numbers the same name); remembers this row."""
    keys: list[object] = [("id", matched.id)] if matched else []
    if draft.personnel_number:
        keys.append(("nr", draft.personnel_number))
    elif draft.first_name or draft.last_name:
        keys.append(_name_key(draft))
    earlier = next((seen[k] for k in keys if k in seen), None)
    for key in keys:
        seen.setdefault(key, row)
    if earlier is None:
        return None
    message = t(
        f"Dubbele regel: deze medewerker staat ook in rij {earlier}.",
        f"Duplicate: this employee is also in row {earlier}.",
    )
    return ImportProblem(row, "", message)


def _judge(
    row: int, cells: tuple[object, ...], ctx: _Context, seen: dict[object, int]
) -> ImportRow:
    values, problems = _read_values(row, cells, ctx)
    team = str(values.pop("team", ""))
    probe = people.EmployeeDraft(first_name="", last_name="")
    probe = replace(probe, **{k: v for k, v in values.items() if k in _TEXT_FIELDS})
    name = full_name(probe.first_name, probe.tussenvoegsel, probe.last_name)
    matched = _match(probe, ctx)
    if isinstance(matched, str):
        problems.append(ImportProblem(row, "", matched))
        matched = None
    draft = replace(matched.draft if matched else probe, **values)
    if team:
        draft = replace(draft, team_id=ctx.teams.get(team.casefold()))
    failed = {p.column for p in problems}
    for field, message in people.validate_employee(draft).items():
        if ctx.column(field) not in failed:
            problems.append(ImportProblem(row, ctx.column(field), message))
    duplicate = _duplicate(row, draft, matched, seen)
    if duplicate:
        problems.append(duplicate)
    if problems:
        return ImportRow(row, REJECTED, name, None, problems=tuple(problems))
    if matched is None:
        return ImportRow(row, NEW, name, draft, None, team)
    changed = _changes(draft, matched)
    if team and draft.team_id is None and "team_id" not in changed:
        changed += ("team_id",)  # a team that is created on commit
    status = UPDATE if changed else UNCHANGED
    return ImportRow(row, status, name, draft, matched.id, team, changed)


def preview_source(db: Database, table: SourceTable, team_name: str | None = None) -> ImportPreview:
    """Judge every row of a read file against the database; writes nothing."""
    team_name = _clean(team_name) if team_name is not None else None
    if team_name is not None:
        bad = people.validate_team(people.TeamDraft(name=team_name)).get("name")
        if bad:
            raise ValidationError(bad, field="team")
    if not table.rows:
        raise ValidationError(
            t(
                f"{table.path.name} bevat geen medewerkers onder de kopregel.",
                f"{table.path.name} has no employees below the header row.",
            )
        )
    with db.sessions() as session:
        ctx = _load_context(session, table, team_name)
    seen: dict[object, int] = {}
    rows = tuple(_judge(number, cells, ctx, seen) for number, cells in table.rows)
    used = set(ctx.mapping.values())
    new_teams: dict[str, str] = {}  # one team per name, however the rows capitalise it
    for r in rows:
        if r.draft and r.team_name and r.draft.team_id is None:
            new_teams.setdefault(r.team_name.casefold(), r.team_name)
    counts = ImportCounts(
        *(sum(r.status == s for r in rows) for s in (NEW, UPDATE, UNCHANGED, REJECTED))
    )
    log.info("import preview: %d rows, %d rejected", len(rows), counts.rejected)
    return ImportPreview(
        path=table.path,
        rows=rows,
        columns=tuple(
            MappedColumn(table.header[i], f, field_label(f)) for f, i in ctx.mapping.items()
        ),
        ignored_columns=tuple(c for i, c in enumerate(table.header) if c and i not in used),
        new_teams=tuple(new_teams.values()),
        counts=counts,
    )


def preview_file(db: Database, path: Path, team_name: str | None = None) -> ImportPreview:
    """Read `path` and show what an import would do. `team_name` puts every row in that team
    (created on commit when missing); else the Afdeling/Team column decides."""
    return preview_source(db, read_source(path), team_name)


# --- writing -------------------------------------------------------------------------------


def commit(db: Database, preview: ImportPreview, skip_invalid: bool = False) -> ImportResult:
    """Write the previewed rows in one transaction. Without `skip_invalid` nothing is written
    when any row was rejected; with it the valid rows are written and the rest skipped."""
    if preview.counts.rejected and not skip_invalid:
        raise ValidationError(
            t(
                f"{preview.counts.rejected} rij(en) afgekeurd; er is niets opgeslagen.",
                f"{preview.counts.rejected} row(s) rejected; nothing was saved.",
            )
        )
    team_ids: dict[str, int] = {}
    with db.sessions.begin() as session:
        for row in preview.rows:
            if row.draft is None or row.status not in (NEW, UPDATE):
                continue
            draft = row.draft
            if row.team_name and draft.team_id is None:
                key = row.team_name.casefold()
                if key not in team_ids:
                    team_ids[key] = people.find_or_create_team(session, row.team_name).id
                draft = replace(draft, team_id=team_ids[key])
            _write(session, row, draft)
    log.info("import committed: %d new, %d updated", preview.counts.new, preview.counts.update)
    return ImportResult(
        created=preview.counts.new,
        updated=preview.counts.update,
        unchanged=preview.counts.unchanged,
        skipped=preview.counts.rejected,
        teams_created=preview.new_teams,
    )


def _write(session: Session, row: ImportRow, draft: people.EmployeeDraft) -> None:
    employee = session.get(Employee, row.employee_id) if row.employee_id is not None else None
    try:
        if row.employee_id is not None and employee is None:
            raise ValidationError(t("Medewerker niet gevonden.", "Employee not found."))
        people.apply_draft(session, draft, employee)
    except ValidationError as exc:
        # The database changed after the preview; the whole import is rolled back.
        raise ValidationError(
            t(
                f"Rij {row.row}: {exc} Er is niets opgeslagen; lees het bestand opnieuw in.",
                f"Row {row.row}: {exc} Nothing was saved; read the file again.",
            )
        ) from exc
