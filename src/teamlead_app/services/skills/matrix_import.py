"""Import a foreman's Excel matrix: rows are people, columns are skills, cells I/L/U/O, 0-4
or empty. Messy files are normal: a title row, group names in merged cells above the skill
names, empty rows, people the app does not know, letters like "X" or "3+", more sheets.
The preview says what it would do and names every refused cell by its Excel address;
nothing is written until `commit` (the GUI's OK, the CLI without --dry-run)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter
from sqlalchemy import select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Employee, PersonSkill, Skill
from teamlead_app.i18n import t
from teamlead_app.services.people.names import collate, full_name, list_name
from teamlead_app.services.skills.levels import (
    LevelDraft,
    SkillDraft,
    add_skill,
    apply_level,
    parse_level,
)
from teamlead_app.services.skills.matrix_sheet import (
    group_of,
    header_row,
    kind_of_column,
    load_first_sheet,
    sheet_grid,
)


@dataclass(frozen=True)
class CellProblem:
    cell: str
    value: str
    reason: str


@dataclass(frozen=True)
class ImportedLevel:
    cell: str
    employee_id: int
    skill: str
    level: str
    knowledge_holder: bool = False


@dataclass(frozen=True)
class MatchedPerson:
    cell: str
    employee_id: int
    name: str


@dataclass(frozen=True)
class MatrixPreview:
    path: Path
    sheet: str
    team_id: int | None
    people: tuple[MatchedPerson, ...]
    known_skills: tuple[str, ...]
    new_skills: tuple[tuple[str, str], ...]  # (name, group)
    levels: tuple[ImportedLevel, ...]
    changes: int
    problems: tuple[CellProblem, ...]
    skipped_sheets: tuple[str, ...]


@dataclass(frozen=True)
class MatrixImportResult:
    skills_created: int
    levels_changed: int


def format_problem(problem: CellProblem) -> str:
    value = f" '{problem.value}'" if problem.value else ""
    return f"{problem.cell}{value}: {problem.reason}"


class _People:
    """Find a person by personnel number or by name in any usual form."""

    def __init__(self, session: Any, today: date) -> None:
        self.by_number: dict[str, Employee] = {}
        self.by_name: dict[str, list[Employee]] = {}
        for e in session.scalars(select(Employee)):
            if e.personnel_number:
                self.by_number[e.personnel_number.strip().lower()] = e
            forms = {
                full_name(e.first_name, e.tussenvoegsel, e.last_name),
                list_name(e.first_name, e.tussenvoegsel, e.last_name),
                f"{e.tussenvoegsel} {e.last_name}, {e.first_name}",
            }
            for key in {collate(" ".join(form.split())) for form in forms}:
                self.by_name.setdefault(key, []).append(e)
        self.today = today

    def find(self, name: str, number: str) -> tuple[Employee | None, str]:
        if number and number.lower() in self.by_number:
            return self.by_number[number.lower()], ""
        found = self.by_name.get(collate(name), [])
        active = [
            e for e in found if e.date_out_of_service is None or e.date_out_of_service >= self.today
        ]
        if len(active) == 1:
            return active[0], ""
        if len(active) > 1:
            return None, t("meer mensen met deze naam", "more than one person with this name")
        if found:
            return None, t("is uit dienst", "is out of service")
        return None, t("onbekende medewerker; rij overgeslagen", "unknown employee; row skipped")


def preview_matrix(
    ctx: ServiceContext, path: Path, team_id: int | None, today: date | None = None
) -> MatrixPreview:
    today = today or date.today()
    sheet, skipped = load_first_sheet(path)
    grid = sheet_grid(sheet)
    header = header_row(grid)
    heads = grid[header]
    kinds = [kind_of_column(h) if h else "" for h in heads]
    name_col = kinds.index("name") if "name" in kinds else 0
    kinds[name_col] = "name"
    number_col = kinds.index("number") if "number" in kinds else None
    problems: list[CellProblem] = []
    with ctx.sessions() as session:
        existing = {
            s.name.lower(): s
            for s in session.scalars(
                select(Skill).where(
                    Skill.team_id.is_(None) if team_id is None else Skill.team_id == team_id
                )
            )
        }
        finder = _People(session, today)
        columns: dict[int, str] = {}
        new_skills: dict[str, tuple[str, str]] = {}
        for c, kind in enumerate(kinds):
            if kind != "skill":
                continue
            name = heads[c][:200]
            if name.lower() in {n.lower() for n in columns.values()}:
                problems.append(
                    CellProblem(
                        _address(header, c), name, t("vaardigheid staat er twee keer", "duplicate")
                    )
                )
                continue
            columns[c] = name
            if name.lower() not in existing:
                new_skills[name.lower()] = (name, group_of(sheet, grid, header, c))
        people, levels = _read_rows(grid, header, name_col, number_col, columns, finder, problems)
        current = {
            (p.employee_id, p.skill_id): p.level
            for p in session.scalars(
                select(PersonSkill).where(
                    PersonSkill.employee_id.in_({m.employee_id for m in people})
                )
            )
        }
    changes = sum(
        1
        for lv in levels
        if lv.skill.lower() in new_skills
        or current.get((lv.employee_id, existing[lv.skill.lower()].id), "-") != lv.level
    )
    return MatrixPreview(
        path,
        str(sheet.title),
        team_id,
        tuple(people),
        tuple(s.name for k, s in existing.items() if k in {n.lower() for n in columns.values()}),
        tuple(new_skills.values()),
        tuple(levels),
        changes,
        tuple(problems),
        tuple(skipped),
    )


def _address(r: int, c: int) -> str:
    return f"{get_column_letter(c + 1)}{r + 1}"


def _read_rows(
    grid: list[list[str]],
    header: int,
    name_col: int,
    number_col: int | None,
    columns: dict[int, str],
    finder: _People,
    problems: list[CellProblem],
) -> tuple[list[MatchedPerson], list[ImportedLevel]]:
    people: list[MatchedPerson] = []
    levels: list[ImportedLevel] = []
    seen: set[int] = set()
    for r in range(header + 1, len(grid)):
        row = grid[r]
        if not any(row):
            continue
        name = row[name_col] if name_col < len(row) else ""
        number = row[number_col] if number_col is not None and number_col < len(row) else ""
        if not name and not number:
            problems.append(
                CellProblem(_address(r, name_col), "", t("rij zonder naam", "row without a name"))
            )
            continue
        person, why = finder.find(name, number)
        if person is None or person.id in seen:
            reason = why or t("staat er al eerder in", "already listed above")
            problems.append(CellProblem(_address(r, name_col), name or number, reason))
            continue
        seen.add(person.id)
        display = list_name(person.first_name, person.tussenvoegsel, person.last_name)
        people.append(MatchedPerson(_address(r, name_col), person.id, display))
        for c, skill in columns.items():
            text = row[c] if c < len(row) else ""
            if not text:
                continue
            level = parse_level(text)
            if level is None:
                problems.append(
                    CellProblem(
                        _address(r, c),
                        text[:40],
                        t(
                            "geen niveau (gebruik I, L, U, O, 0-4 of laat leeg)",
                            "not a level (use I, L, U, O, 0-4 or leave empty)",
                        ),
                    )
                )
                continue
            holder = text.endswith(("*", "★"))
            levels.append(ImportedLevel(_address(r, c), person.id, skill, level, holder))
    for r in range(header + 1, len(grid)):
        for c in range(len(grid[r])):
            if grid[r][c] and c not in columns and c not in (name_col, number_col):
                if c < len(grid[header]) and grid[header][c]:
                    continue  # a person column (function, team): read, not imported
                problems.append(
                    CellProblem(
                        _address(r, c),
                        grid[r][c][:40],
                        t("kolom zonder vaardigheid erboven", "column without a skill header"),
                    )
                )
    return people, levels


def commit_matrix(
    ctx: ServiceContext, preview: MatrixPreview, assessor: str, today: date | None = None
) -> MatrixImportResult:
    """Save what the preview found, in one transaction: new skills, then the levels (each a
    history row naming the file)."""
    today = today or date.today()
    now = datetime.now().replace(microsecond=0)
    evidence = t(f"Excel-import {preview.path.name}", f"Excel import {preview.path.name}")[:300]
    changed = 0
    with ctx.sessions.begin() as session:
        ids: dict[str, int] = {}
        for s in session.scalars(
            select(Skill).where(
                Skill.team_id.is_(None)
                if preview.team_id is None
                else Skill.team_id == preview.team_id
            )
        ):
            ids[s.name.lower()] = s.id
        created = 0
        for name, group in preview.new_skills:
            if name.lower() not in ids:
                ids[name.lower()] = add_skill(session, SkillDraft(name, group, preview.team_id)).id
                created += 1
        for level in preview.levels:
            draft = LevelDraft(
                level.employee_id,
                ids[level.skill.lower()],
                level.level,
                today,
                assessor,
                evidence,
                "import",
            )
            if apply_level(session, draft, now) is not None:
                changed += 1
                session.flush()
            if level.knowledge_holder:
                current = session.get(PersonSkill, (draft.employee_id, draft.skill_id))
                if current is not None and not current.knowledge_holder:
                    current.knowledge_holder = True
                    changed += 1
    return MatrixImportResult(created, changed)
