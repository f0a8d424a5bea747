"""The skills matrix as an Excel workbook in the shape foremen keep it (and the importer
reads): a band of group names over the skill columns, then one row per person with the
letters on real fill colours. A second sheet lists the coverage per skill and the legend."""

from __future__ import annotations

import io
from typing import Any

import xlsxwriter

from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.records.skills import MatrixExportData, MatrixSection, MatrixView
from teamlead_app.reports.matrix_style import (
    COVERAGE_COLOURS,
    HOLDER_MARK,
    LEVEL_COLOURS,
    level_text,
)

FIRST_SKILL_COLUMN = 3  # after name, function and team


def _formats(book: Any) -> dict[str, Any]:
    base = {"border": 1, "border_color": "#C5CCD2", "align": "center", "valign": "vcenter"}
    formats: dict[str, Any] = {
        f"level{level}": book.add_format(
            {**base, "bg_color": bg, "font_color": fg, "bold": True, "font_size": 12}
        )
        for level, (bg, fg) in LEVEL_COLOURS.items()
    }
    formats |= {
        f"cov{status}": book.add_format({**base, "bg_color": bg, "font_color": fg, "bold": True})
        for status, (bg, fg) in COVERAGE_COLOURS.items()
    }
    formats["head"] = book.add_format(
        {**base, "bold": True, "rotation": 90, "text_wrap": True, "valign": "bottom"}
    )
    formats["head_left"] = book.add_format(
        {"bold": True, "border": 1, "valign": "bottom", "bg_color": "#E3E9F1"}
    )
    formats["group"] = book.add_format(
        {**base, "bold": True, "bg_color": "#E3E9F1", "text_wrap": True}
    )
    formats["name"] = book.add_format({"border": 1, "border_color": "#C5CCD2"})
    formats["plain"] = book.add_format({"text_wrap": True, "valign": "top"})
    formats["bold"] = book.add_format({"bold": True})
    return formats


def render_xlsx(data: MatrixExportData) -> bytes:
    buffer = io.BytesIO()
    book = xlsxwriter.Workbook(
        buffer,
        {
            "in_memory": True,
            "strings_to_formulas": False,
            "strings_to_urls": False,
            "strings_to_numbers": False,
        },
    )
    formats = _formats(book)
    used = {t("Dekking", "Coverage").lower()}  # the coverage sheet's name is taken
    for section in data.sections or (MatrixSection("", MatrixView((), (), {})),):
        _matrix_sheet(book, section, _sheet_name(section.team, used), formats)
    _coverage_sheet(book, data, formats)
    book.close()
    return buffer.getvalue()


def _sheet_name(team: str, used: set[str]) -> str:
    """A valid, unique sheet name: Excel allows 31 characters and none of []:*?/\\."""
    base = "".join(" " if ch in "[]:*?/\\" else ch for ch in team).strip()[:28]
    base = base.strip("'") or t("Matrix", "Matrix")
    name, n = base, 2
    while name.lower() in used:
        name, n = f"{base[:26]} {n}", n + 1
    used.add(name.lower())
    return name


def _matrix_sheet(book: Any, section: MatrixSection, name: str, formats: dict[str, Any]) -> None:
    sheet = book.add_worksheet(name)
    view = section.view
    heads = [t("Naam", "Name"), t("Functie", "Function"), t("Team", "Team")]
    for c, text in enumerate(heads):
        sheet.write_string(1, c, text, formats["head_left"])
    col = FIRST_SKILL_COLUMN
    skills = list(view.skills)
    start = col
    for i, skill in enumerate(skills):
        sheet.write_string(1, col + i, skill.skill, formats["head"])
        last = i + 1 == len(skills) or skills[i + 1].group != skill.group
        if last:
            name = label("skill_group", skill.group)
            if col + i > start:
                sheet.merge_range(0, start, 0, col + i, name, formats["group"])
            else:
                sheet.write_string(0, start, name, formats["group"])
            start = col + i + 1
    for r, person in enumerate(view.people, start=2):
        sheet.write_string(r, 0, person.name, formats["name"])
        sheet.write_string(r, 1, person.function, formats["name"])
        sheet.write_string(r, 2, person.team, formats["name"])
        for i, skill in enumerate(skills):
            cell = view.cell(person.id, skill.skill_id)
            text = level_text(cell.level) if (person.id, skill.skill_id) in view.cells else ""
            if text and cell.knowledge_holder:
                text += HOLDER_MARK
            sheet.write_string(r, col + i, text, formats[f"level{cell.level}"])
    sheet.set_row(0, 30)
    sheet.set_row(1, 150)
    sheet.set_column(0, 0, 30)
    sheet.set_column(1, 2, 16)
    if skills:
        sheet.set_column(col, col + len(skills) - 1, 5)
    sheet.freeze_panes(2, FIRST_SKILL_COLUMN)
    if view.people:
        sheet.autofilter(1, 0, 1 + len(view.people), col + max(len(skills), 1) - 1)


def _coverage_sheet(book: Any, data: MatrixExportData, formats: dict[str, Any]) -> None:
    sheet = book.add_worksheet(t("Dekking", "Coverage"))
    heads = [
        t("Team", "Team"),
        t("Vaardigheid", "Skill"),
        t("Groep", "Group"),
        t("Vereist certificaat", "Requires certificate"),
        t("Gekwalificeerd (U/O)", "Qualified (U/O)"),
        t("Dekking", "Coverage"),
        t("Kennisdragers", "Knowledge holders"),
    ]
    for c, text in enumerate(heads):
        sheet.write_string(0, c, text, formats["head_left"])
    rows = [(section.team, skill) for section in data.sections for skill in section.view.skills]
    for r, (team, skill) in enumerate(rows, start=1):
        sheet.write_string(r, 0, team)
        sheet.write_string(r, 1, skill.skill, formats["plain"])
        sheet.write_string(r, 2, label("skill_group", skill.group))
        sheet.write_string(r, 3, skill.certificate_type)
        sheet.write_number(r, 4, skill.qualified)
        sheet.write_string(r, 5, label("coverage", skill.status), formats[f"cov{skill.status}"])
        sheet.write_number(r, 6, skill.holders)
    sheet.set_column(0, 0, 20)
    sheet.set_column(1, 1, 40)
    sheet.set_column(2, 3, 22)
    sheet.set_column(4, 6, 14)
    sheet.freeze_panes(1, 0)
    if rows:
        sheet.autofilter(0, 0, len(rows), len(heads) - 1)
    legend_row = len(rows) + 3
    sheet.write_string(legend_row, 0, t("Legenda", "Legend"), formats["bold"])
    for i, level in enumerate(LEVEL_COLOURS, start=1):
        sheet.write_string(legend_row + i, 0, level_text(level), formats[f"level{level}"])
        sheet.write_string(legend_row + i, 1, label("iluo_level", level))
    sheet.write_string(
        legend_row + 6,
        0,
        t(
            f"{HOLDER_MARK} = kennisdrager. Rood: minder dan 2 gekwalificeerd; oranje: precies 2 "
            "en één van hen vertrekt, is op roulatie of heeft een certificaat dat binnenkort "
            "verloopt.",
            f"{HOLDER_MARK} = knowledge holder. Red: fewer than 2 qualified; amber: exactly 2 "
            "and one of them leaves, is on rotation or has a certificate expiring soon.",
        ),
    )
