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
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Employee, JobFunction, Team
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import t
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.import_cells import (
    DATE_FIELDS,
    TEXT_FIELDS,
    Known,
    RowContext,
    name_key,
    read_values,
)
from teamlead_app.services.people.import_cells import ImportProblem as ImportProblem
from teamlead_app.services.people.import_source import (
    SourceTable,
    _clean,
    _map_columns,
    field_label,
    read_source,
)
from teamlead_app.services.people.names import full_name

log = logging.getLogger(__name__)

NEW, UPDATE, UNCHANGED, REJECTED = "new", "update", "unchanged", "rejected"


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


# --- judging rows --------------------------------------------------------------------------


def _load_context(session: Session, table: SourceTable, team_name: str | None) -> RowContext:
    mapping = _map_columns(table.header, team_name is not None)
    teams = {
        _clean(name).casefold(): tid for tid, name in session.execute(select(Team.id, Team.name))
    }
    query = select(Employee, JobFunction.name).outerjoin(
        JobFunction, Employee.function_id == JobFunction.id
    )
    context = RowContext(table.header, mapping, team_name, teams, {}, {})
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
        known = Known(e.id, draft)
        if draft.personnel_number:
            context.by_number[draft.personnel_number] = known
        context.by_name.setdefault(name_key(draft), []).append(known)
    return context


def rows(number: int) -> str:
    """ "1 rij", "3 rijen" (rows in English)."""
    return f"{number} {t('rij', 'row') if number == 1 else t('rijen', 'rows')}"


def _match(draft: people.EmployeeDraft, ctx: RowContext) -> Known | str | None:
    """The existing employee this row is about, None for a new one, or a problem text."""
    number = draft.personnel_number
    if number and number in ctx.by_number:
        return ctx.by_number[number]
    found = [
        k
        for k in ctx.by_name.get(name_key(draft), [])
        if not number or not k.draft.personnel_number
    ]
    if len(found) > 1:
        return t(
            f"Er zijn {len(found)} medewerkers met deze naam; vul het personeelsnummer in.",
            f"There are {len(found)} employees with this name; fill in the employee number.",
        )
    return found[0] if found else None


def _changes(draft: people.EmployeeDraft, known: Known) -> tuple[str, ...]:
    old = known.draft
    return tuple(
        name
        for name in (*TEXT_FIELDS, "team_id", *DATE_FIELDS, "kind", "stage")
        if getattr(draft, name) != getattr(old, name)
        and not (name == "function" and draft.function.casefold() == old.function.casefold())
    )


def _duplicate(
    row: int,
    draft: people.EmployeeDraft,
    matched: Known | None,
    seen: dict[object, tuple[int, object]],
    number_column: str,
) -> ImportProblem | None:
    """A problem when an earlier row of the file is about the same person (same employee,
    same personnel number, or without numbers the same name); remembers this row. A number
    shared by two different names is named as such, in the number's column."""
    keys: list[object] = [("id", matched.id)] if matched else []
    if draft.personnel_number:
        keys.append(("nr", draft.personnel_number))
    elif draft.first_name or draft.last_name:
        keys.append(name_key(draft))
    name = name_key(draft)
    hit = next((k for k in reversed(keys) if k in seen), None)  # the number before the id
    for key in keys:
        seen.setdefault(key, (row, name))
    if hit is None:
        return None
    earlier, earlier_name = seen[hit]
    if hit == ("nr", draft.personnel_number) and earlier_name != name:
        number = draft.personnel_number
        message = t(
            f"Personeelsnummer {number} staat ook in rij {earlier}, bij een andere naam; "
            "een personeelsnummer hoort bij één medewerker.",
            f"Employee number {number} is also in row {earlier}, with another name; "
            "an employee number belongs to one employee.",
        )
        return ImportProblem(row, number_column, message)
    message = t(
        f"Dubbele regel: deze medewerker staat ook in rij {earlier}.",
        f"Duplicate: this employee is also in row {earlier}.",
    )
    return ImportProblem(row, "", message)


def _judge(
    row: int, cells: tuple[object, ...], ctx: RowContext, seen: dict[object, tuple[int, object]]
) -> ImportRow:
    values, problems = read_values(row, cells, ctx)
    team = str(values.pop("team", ""))
    probe = people.EmployeeDraft(first_name="", last_name="")
    probe = replace(probe, **{k: v for k, v in values.items() if k in TEXT_FIELDS})
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
    duplicate = _duplicate(row, draft, matched, seen, ctx.column("personnel_number"))
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


def preview_source(
    ctx: ServiceContext, table: SourceTable, team_name: str | None = None
) -> ImportPreview:
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
    with ctx.sessions() as session:
        found = _load_context(session, table, team_name)
    seen: dict[object, tuple[int, object]] = {}
    rows = tuple(_judge(number, cells, found, seen) for number, cells in table.rows)
    used = set(found.mapping.values())
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
            MappedColumn(table.header[i], f, field_label(f)) for f, i in found.mapping.items()
        ),
        ignored_columns=tuple(c for i, c in enumerate(table.header) if c and i not in used),
        new_teams=tuple(new_teams.values()),
        counts=counts,
    )


def preview_file(ctx: ServiceContext, path: Path, team_name: str | None = None) -> ImportPreview:
    """Read `path` and show what an import would do. `team_name` puts every row in that team
    (created on commit when missing); else the Afdeling/Team column decides."""
    return preview_source(ctx, read_source(path), team_name)


# --- writing -------------------------------------------------------------------------------


def commit(ctx: ServiceContext, preview: ImportPreview, skip_invalid: bool = False) -> ImportResult:
    """Write the previewed rows in one transaction. Without `skip_invalid` nothing is written
    when any row was rejected; with it the valid rows are written and the rest skipped."""
    if preview.counts.rejected and not skip_invalid:
        raise ValidationError(
            t(
                f"{rows(preview.counts.rejected)} afgekeurd; er is niets opgeslagen.",
                f"{rows(preview.counts.rejected)} rejected; nothing was saved.",
            )
        )
    team_ids: dict[str, int] = {}
    with ctx.sessions.begin() as session:
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
