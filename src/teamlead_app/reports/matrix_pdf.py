"""The skills matrix on A4 landscape, readable in black and white: every cell prints its
letter (– I L U O) on a light tint, the coverage row prints the count with "!!" (red) or "!"
(amber), and a numbered list under the grid gives each skill's full name (wrapped, however
long) with its group, certificate and coverage. Wide matrices continue in blocks of columns."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, PageBreak, Paragraph, Spacer, TableStyle

from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.records.skills import LEVEL_RANK, CoverageRow, MatrixExportData, MatrixSection
from teamlead_app.reports.matrix_style import (
    COVERAGE_MARKS,
    HOLDER_MARK,
    LEVEL_COLOURS,
    level_text,
)
from teamlead_app.reports.style import (
    FONT_BOLD,
    HEAD_BG,
    RULE,
    Column,
    ReportMeta,
    SplitTable,
    content_width,
    data_table,
    empty_note,
    esc,
    heading,
    para,
    render_story,
    styles,
    title_block,
)
from teamlead_app.util.dates import format_date

NAME_WIDTH = 150.0
CELL_WIDTH = 24.0
# Tints light enough that a black-and-white print keeps the letters readable.
_PRINT_TINT = {"-": "#ffffff", "I": "#fbe3e5", "L": "#fff2c4", "U": "#d9f0de", "O": "#b7dcc3"}


def _title() -> str:
    return t("Vakmanschapsmatrix", "Skills matrix")


def _chunks(skills: Sequence[CoverageRow]) -> list[list[tuple[int, CoverageRow]]]:
    per_page = max(1, int((content_width(landscape_page=True) - NAME_WIDTH) // CELL_WIDTH))
    numbered = list(enumerate(skills, start=1))
    blocks = -(-len(numbered) // per_page)
    size = -(-len(numbered) // max(blocks, 1))  # even blocks: 29 skills are 15 + 14, not 24 + 5
    return [numbered[i : i + size] for i in range(0, len(numbered), size)]


def _grid(section: MatrixSection, chunk: list[tuple[int, CoverageRow]]) -> Flowable:
    style = styles().cell
    centre = ParagraphStyle("matrix_cell", parent=style, alignment=1, fontName=FONT_BOLD)
    head = [Paragraph(esc(t("Naam", "Name")), styles().cell_head)] + [
        Paragraph(str(number), centre) for number, _ in chunk
    ]
    rows: list[list[object]] = [head]
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 0), (-1, -1), "CENTER"),
        ("FONTNAME", (1, 1), (-1, -1), FONT_BOLD),
        ("FONTSIZE", (1, 1), (-1, -1), 10),
    ]
    view = section.view
    for r, person in enumerate(view.people, start=1):
        row: list[object] = [Paragraph(esc(person.name), style)]
        for c, (_, skill) in enumerate(chunk, start=1):
            key = (person.id, skill.skill_id)
            cell = view.cell(*key)
            text = level_text(cell.level) if key in view.cells else ""
            if text and cell.knowledge_holder:
                text += HOLDER_MARK
            if text and not cell.certified and cell.level in ("U", "O"):
                text += "!"
            if cell.required and LEVEL_RANK[cell.level] < LEVEL_RANK[cell.required]:
                text = (text or level_text(cell.level)) + "↑"
            row.append(text)
            tint = _PRINT_TINT[cell.level] if key in view.cells else "#ffffff"
            if tint != "#ffffff":
                commands.append(("BACKGROUND", (c, r), (c, r), colors.HexColor(tint)))
        rows.append(row)
    coverage_row: list[object] = [Paragraph(esc(t("Dekking (U/O)", "Coverage (U/O)")), style)]
    for _, skill in chunk:
        coverage_row.append(f"{skill.qualified}{COVERAGE_MARKS[skill.status]}")
    rows.append(coverage_row)
    commands.append(("BACKGROUND", (0, -1), (-1, -1), HEAD_BG))
    commands.append(("FONTSIZE", (1, -1), (-1, -1), 8))
    table = SplitTable(
        rows, colWidths=[NAME_WIDTH] + [CELL_WIDTH] * len(chunk), repeatRows=1, hAlign="LEFT"
    )
    table.setStyle(TableStyle(commands))
    return table


def _skill_list(chunk: list[tuple[int, CoverageRow]]) -> Flowable:
    columns = [
        Column("#", 22),
        Column(t("Vaardigheid", "Skill"), "*"),
        Column(t("Groep", "Group"), 120),
        Column(t("Vereist certificaat", "Requires certificate"), 110),
        Column(t("U/O", "U/O"), 34),
        Column(t("Dekking", "Coverage"), 60),
    ]
    rows = [
        [
            str(number),
            skill.skill,
            label("skill_group", skill.group),
            skill.certificate_type,
            str(skill.qualified),
            label("coverage", skill.status) + COVERAGE_MARKS[skill.status],
        ]
        for number, skill in chunk
    ]
    return data_table(columns, rows)


def _legend() -> Paragraph:
    levels = " · ".join(f"{level_text(lv)} {label('iluo_level', lv)}" for lv in LEVEL_COLOURS)
    text = t(
        f"{levels}. {HOLDER_MARK} kennisdrager. ↑ onder het niveau dat de functie vraagt. "
        "! achter een letter: vereist certificaat ontbreekt of is verlopen (telt niet mee). "
        "Dekking: !! rood (minder dan 2 gekwalificeerd), ! oranje (precies 2 en één "
        "vertrekt, is op roulatie of heeft een certificaat dat binnenkort verloopt).",
        f"{levels}. {HOLDER_MARK} knowledge holder. ↑ below the level the function needs. "
        "! after a letter: required certificate "
        "missing or expired (does not count). Coverage: !! red (fewer than 2 qualified), "
        "! amber (exactly 2 and one leaves, is on rotation or has a certificate expiring soon).",
    )
    return para(text, styles().small)


def _section(section: MatrixSection, *, titled: bool) -> list[Flowable]:
    story: list[Flowable] = heading(section.team) if titled else []
    view = section.view
    if not view.skills:
        story.append(
            empty_note(t("Nog geen vaardigheden in dit team.", "No skills in this team yet."))
        )
        return story
    if not view.people:
        story.append(empty_note(t("Geen medewerkers in dit team.", "Nobody in this team.")))
    chunks = _chunks(view.skills)
    for i, chunk in enumerate(chunks, start=1):
        if len(chunks) > 1:
            first, last = chunk[0][0], chunk[-1][0]
            story += heading(t(f"Vaardigheden {first}–{last}", f"Skills {first}–{last}"), sub=True)
        story.append(_grid(section, chunk))
        story.append(Spacer(1, 3 * mm))
        story.append(CondPageBreak(40 * mm))
        story.append(_skill_list(chunk))
        if i < len(chunks):
            story.append(Spacer(1, 6 * mm))
    return story


def build_story(data: MatrixExportData) -> list[Flowable]:
    subject = data.team or t("Alle teams", "All teams")
    story: list[Flowable] = [
        title_block(
            f"{_title()} – {subject}",
            t(f"Stand op {format_date(data.printed_on)}", f"As of {format_date(data.printed_on)}"),
        ),
        _legend(),
        Spacer(1, 3 * mm),
    ]
    if not data.sections:
        story.append(empty_note(t("Nog geen vaardigheden.", "No skills yet.")))
    for i, section in enumerate(data.sections):
        if i:
            story.append(PageBreak())
        story += _section(section, titled=not data.team)
    return story


def render_pdf(data: MatrixExportData, *, invariant: bool = False) -> bytes:
    meta = ReportMeta(
        title=_title(),
        printed_on=data.printed_on,
        subject=data.team,
        company=data.company_name,
        landscape=True,
        logo_path=data.logo_path,
    )
    return render_story(build_story(data), meta, invariant=invariant)
