"""Importing a foreman's Excel matrix: messy files import what they can and name every refused
cell by its Excel address; the preview writes nothing; the history names the file."""

from __future__ import annotations

from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import PersonSkill, Skill, SkillLevel
from teamlead_app.errors import ValidationError
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.services.skills import knowledge, matrix_import
from teamlead_app.services.skills import levels as skills

TODAY = date(2026, 12, 7)


def _company(ctx: ServiceContext) -> tuple[int, dict[str, int]]:
    team = people.save_team(ctx, TeamDraft("Verspaning"))
    ids = {}
    for first, tv, last, number in (
        ("Jan", "de", "Vries", "1001"),
        ("Łukasz", "", "Wiśniewski", "1002"),
        ("Mehmet", "", "Yılmaz", "1003"),
    ):
        ids[first] = people.save_employee(
            ctx,
            EmployeeDraft(
                first_name=first,
                tussenvoegsel=tv,
                last_name=last,
                personnel_number=number,
                team_id=team,
            ),
        )
    return team, ids


def _write(
    path: Path, rows: list[list[Any]], merges: tuple[str, ...] = (), extra: bool = False
) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.title = "Kennismatrix"
    for row in rows:
        sheet.append(row)
    for cells in sheet.iter_rows():
        for cell in cells:  # text like "=0" stays text, as Excel keeps a typed '=0
            if isinstance(cell.value, str) and cell.value.startswith("="):
                cell.data_type = "s"
    for rng in merges:
        sheet.merge_cells(rng)
    if extra:
        book.create_sheet("Toelichting").append(["Dit blad is uitleg", "U", "X"])
    book.save(path)
    return path


def _count(ctx: ServiceContext, model: Any) -> int:
    with ctx.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(model)) or 0)


def _messy(tmp_path: Path) -> Path:
    return _write(
        tmp_path / "matrix.xlsx",
        [
            ["Kennismatrix Verspaning 2026"],
            ["", "Machines", "", "Processen", "", "Soft skills"],
            ["Naam", "Draaibank DMG", "Kantbank <b>&", "TIG-lassen", "Meten", "Klantcontact"],
            ["Jan de Vries", "U", "o", 3, "", "L"],
            [],
            ["Wiśniewski, Łukasz", "X", "I", "3+", "0", "4"],
            ["Piet Onbekend", "U", "U", "U", "U", "U"],
            ["Yılmaz, Mehmet", 2, "", "", "–", ""],
        ],
        merges=("A1:F1", "B2:C2", "D2:E2"),
        extra=True,
    )


def test_messy_file_preview_names_every_refused_cell(ctx: ServiceContext, tmp_path: Path) -> None:
    team, ids = _company(ctx)
    preview = matrix_import.preview_matrix(ctx, _messy(tmp_path), team, today=TODAY)
    assert preview.sheet == "Kennismatrix"
    assert preview.skipped_sheets == ("Toelichting",)
    assert [p.employee_id for p in preview.people] == [ids["Jan"], ids["Łukasz"], ids["Mehmet"]]
    problems = {p.cell: p for p in preview.problems}
    assert set(problems) == {"B6", "D6", "A7"}
    assert problems["B6"].value == "X" and "geen niveau" in problems["B6"].reason
    assert problems["D6"].value == "3+"
    assert "onbekende medewerker" in problems["A7"].reason
    groups = dict(preview.new_skills)
    assert groups == {
        "Draaibank DMG": "machine",
        "Kantbank <b>&": "machine",
        "TIG-lassen": "process",
        "Meten": "process",
        "Klantcontact": "soft",
    }
    levels = {(lv.cell, lv.level) for lv in preview.levels}
    assert ("B4", "U") in levels and ("C4", "O") in levels and ("D4", "U") in levels
    assert ("E6", "-") in levels and ("F6", "O") in levels and ("B8", "L") in levels
    # The preview wrote nothing.
    assert _count(ctx, Skill) == _count(ctx, SkillLevel) == 0


def test_commit_saves_what_it_could_with_history_naming_the_file(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    team, ids = _company(ctx)
    preview = matrix_import.preview_matrix(ctx, _messy(tmp_path), team, today=TODAY)
    result = matrix_import.commit_matrix(ctx, preview, "Henk", today=TODAY)
    assert result.skills_created == 5
    [row] = [r for r in knowledge.person_levels(ctx, ids["Jan"]) if r.skill == "Kantbank <b>&"]
    assert row.level == "O"
    assert (row.history[0].assessor, row.history[0].source) == ("Henk", "import")
    assert "matrix.xlsx" in row.history[0].evidence
    # Importing the same file again changes nothing.
    again = matrix_import.preview_matrix(ctx, preview.path, team, today=TODAY)
    assert again.changes == 0 and again.new_skills == ()
    assert matrix_import.commit_matrix(ctx, again, "Henk", today=TODAY).levels_changed == 0


def test_not_an_excel_file_is_refused_clearly(ctx: ServiceContext, tmp_path: Path) -> None:
    bad = tmp_path / "matrix.xlsx"
    bad.write_text("dit is geen excel", encoding="utf-8")
    with pytest.raises(ValidationError, match="geen leesbaar Excel-bestand"):
        matrix_import.preview_matrix(ctx, bad, None)
    empty = _write(tmp_path / "leeg.xlsx", [["Jan de Vries", "U"]])
    with pytest.raises(ValidationError, match="geen rij met vaardigheden"):
        matrix_import.preview_matrix(ctx, empty, None)


def test_archived_person_is_refused_by_name_cell(ctx: ServiceContext, tmp_path: Path) -> None:
    team, ids = _company(ctx)
    people.archive_employee(ctx, ids["Mehmet"], date(2026, 1, 1))
    path = _write(tmp_path / "m.xlsx", [["Naam", "Meten"], ["Mehmet Yılmaz", "U"]])
    preview = matrix_import.preview_matrix(ctx, path, team, today=TODAY)
    assert [(p.cell, p.reason) for p in preview.problems] == [("A2", "is uit dienst")]
    assert preview.levels == ()


_CELL = st.one_of(
    st.sampled_from(["", "I", "L", "U", "O", "u", "0", "1", "2", "3", "4", "-", "X", "3+", "?"]),
    st.integers(min_value=-3, max_value=9),
    st.text(st.characters(codec="utf-8", exclude_categories=("Cc", "Cs")), max_size=6),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(grid=st.lists(st.lists(_CELL, min_size=3, max_size=3), min_size=0, max_size=6))
def test_any_grid_imports_what_it_can_and_names_the_rest(
    ctx: ServiceContext, tmp_path_factory: pytest.TempPathFactory, grid: list[list[Any]]
) -> None:
    """Every non-empty cell under a known person is either a level or a named problem."""
    team = people.resolve_team(ctx, "Verspaning") if people.list_teams(ctx) else _company(ctx)[0]
    names = ["Jan de Vries", "Łukasz Wiśniewski", "Mehmet Yılmaz"]
    rows: list[list[Any]] = [["Naam", "Meten", "Zetten", "Omstellen"]]
    for i, cells in enumerate(grid):
        rows.append([names[i % 3], *cells])
    path = _write(tmp_path_factory.mktemp("hyp") / "m.xlsx", rows)
    preview = matrix_import.preview_matrix(ctx, path, team, today=TODAY)
    accounted = {lv.cell for lv in preview.levels} | {p.cell for p in preview.problems}
    for r, cells in enumerate(grid, start=2):
        first_time = r - 2 < 3  # a name listed again is refused as a whole row
        for c, value in enumerate(cells):
            text = " ".join(str(value).split())
            cell = f"{'BCD'[c]}{r}"
            if first_time and text:
                assert cell in accounted, (cell, value)
            parsed = skills.parse_level(text)
            if first_time and text and parsed is not None:
                assert any(lv.cell == cell and lv.level == parsed for lv in preview.levels)
    before = _count(ctx, SkillLevel)
    matrix_import.commit_matrix(ctx, preview, "Henk", today=TODAY)
    with ctx.sessions() as session:
        assert session.scalar(select(func.count()).select_from(PersonSkill)) is not None
    assert _count(ctx, SkillLevel) >= before
