"""The matrix in Excel (read back with openpyxl: letters, real fills, the importer's shape) and
on A4 landscape (text via pypdf: letters, coverage marks, names with <b>&, emoji, 200
characters)."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

from openpyxl import load_workbook
from pypdf import PdfReader

from teamlead_app.data.context import ServiceContext
from teamlead_app.reports.matrix_pdf import render_pdf
from teamlead_app.reports.matrix_style import LEVEL_COLOURS
from teamlead_app.services.exports.matrix import export_matrix, matrix_data
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.services.skills import certificates, knowledge, matrix_import
from teamlead_app.services.skills import levels as skills
from teamlead_app.services.skills.certificates import CertificateDraft
from teamlead_app.services.skills.levels import LevelDraft, SkillDraft

TODAY = date(2026, 12, 7)
LONG = "Lange vaardigheid " + "x" * 182  # 200 characters


def _matrix(ctx: ServiceContext) -> tuple[int, list[int], list[int]]:
    team = people.save_team(ctx, TeamDraft("Plaat <b>&"))
    who = [
        people.save_employee(
            ctx,
            EmployeeDraft(first_name=first, last_name=last, team_id=team, function="Lasser"),
        )
        for first, last in (("Łukasz", "Wiśniewski"), ("Jan", "<b>&Bakker"), ("Anouk", "Smit"))
    ]
    weld = next(x.id for x in certificates.list_types(ctx) if x.name == "Lascertificaat")
    made = [
        skills.save_skill(ctx, SkillDraft("Kantbank <b>&", "machine", team)),
        skills.save_skill(ctx, SkillDraft("TIG-lassen 🔥", "process", team, weld)),
        skills.save_skill(ctx, SkillDraft(LONG, "topic", team)),
    ]
    levels = [("U", "O", "I"), ("L", "U", "-"), ("O", "", "L")]
    for person, row in zip(who, levels, strict=True):
        for skill, level in zip(made, row, strict=True):
            if level:
                skills.set_level(ctx, LevelDraft(person, skill, level, TODAY, "Henk"), today=TODAY)
    knowledge.set_knowledge_holder(ctx, who[0], made[0], True)
    certificates.save_certificate(
        ctx, CertificateDraft(who[1], weld, date(2025, 1, 1), date(2028, 1, 1))
    )
    return team, who, made


def test_xlsx_reads_back_with_letters_fills_and_groups(ctx: ServiceContext) -> None:
    team, _who, _made = _matrix(ctx)
    book = load_workbook(io.BytesIO(export_matrix(ctx, team, "xlsx", TODAY)))
    sheet = book.worksheets[0]
    assert sheet.title == "Plaat <b>&"
    assert [sheet.cell(2, c).value for c in range(1, 7)] == [
        "Naam",
        "Functie",
        "Team",
        "Kantbank <b>&",
        "TIG-lassen 🔥",
        LONG,
    ]
    assert sheet.cell(1, 4).value == "Machines"
    names = [sheet.cell(r, 1).value for r in range(3, 6)]
    assert names == ["<b>&Bakker, Jan", "Smit, Anouk", "Wiśniewski, Łukasz"]
    assert [sheet.cell(5, c).value for c in range(4, 7)] == ["U*", "O", "I"]
    fill = sheet.cell(5, 4).fill.fgColor.rgb
    assert str(fill).upper().endswith(LEVEL_COLOURS["U"][0].lstrip("#").upper())
    coverage = book.worksheets[1]
    assert coverage.cell(1, 2).value == "Vaardigheid"
    values = {coverage.cell(r, 2).value: coverage.cell(r, 6).value for r in range(2, 5)}
    # Kantbank: Łukasz U, Anouk O -> 2 qualified (green); TIG: only Jan has the certificate.
    assert values == {"Kantbank <b>&": "Groen", "TIG-lassen 🔥": "Rood", LONG: "Rood"}


def test_exported_xlsx_imports_back_without_changes(ctx: ServiceContext, tmp_path: Path) -> None:
    team, _who, _made = _matrix(ctx)
    path = tmp_path / "matrix.xlsx"
    path.write_bytes(export_matrix(ctx, team, "xlsx", TODAY))
    preview = matrix_import.preview_matrix(ctx, path, team, today=TODAY)
    assert preview.problems == ()
    assert preview.new_skills == ()
    assert preview.changes == 0
    assert len(preview.levels) == 7  # Jan's "-" on a skill he never had writes nothing


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_pdf_prints_letters_marks_and_odd_names(ctx: ServiceContext) -> None:
    team, _who, _made = _matrix(ctx)
    pdf = render_pdf(matrix_data(ctx, team, TODAY), invariant=True)
    reader = PdfReader(io.BytesIO(pdf))
    box = reader.pages[0].mediabox
    assert float(box.width) > float(box.height)  # A4 landscape
    text = _pdf_text(pdf)
    assert "Vakmanschapsmatrix – Plaat <b>&" in text
    assert "Wiśniewski, Łukasz" in text and "<b>&Bakker, Jan" in text
    assert "Kantbank <b>&" in text
    assert "TIG-lassen □" in text  # the emoji prints as a box, the PDF stays sound
    flat = text.replace("\n", "")
    assert LONG in flat  # 200 characters, wrapped, not cut
    assert "U*" in text  # knowledge holder
    assert "O!" in text  # Łukasz: TIG at O without the welding certificate, does not count
    assert "1 !!" in text  # TIG: one qualified, red in black and white


def test_xlsx_sheet_names_are_valid_and_unique(ctx: ServiceContext) -> None:
    for name in ("Dekking", "Las/Zet", "Las Zet"):
        team = people.save_team(ctx, TeamDraft(name))
        skills.save_skill(ctx, SkillDraft("Meten", "process", team))
    book = load_workbook(io.BytesIO(export_matrix(ctx, None, "xlsx", TODAY)))
    assert book.sheetnames == ["Dekking 2", "Las Zet", "Las Zet 2", "Dekking"]


def test_pdf_of_all_teams_has_a_section_per_team(ctx: ServiceContext) -> None:
    _matrix(ctx)
    other = people.save_team(ctx, TeamDraft("Montage"))
    skills.save_skill(ctx, SkillDraft("Hydrauliek", "topic", other))
    text = _pdf_text(render_pdf(matrix_data(ctx, None, TODAY), invariant=True))
    assert "Alle teams" in text and "Montage" in text and "Hydrauliek" in text
