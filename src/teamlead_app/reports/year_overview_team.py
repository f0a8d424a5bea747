"""The yearly overview's team table (one row per employee) and the compact block per employee
(facts, a strip of the twelve months, the goals). Names, functions and goal texts are user
text: they go through `para()`, which escapes them; every other cell is our own text."""

from __future__ import annotations

import functools
from collections.abc import Sequence
from datetime import date
from typing import Any

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, PageBreak, Spacer, Table, TableStyle
from reportlab.platypus.tables import CellStyle

from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.records.year_overview import EmployeeYear, TeamYear, month_names
from teamlead_app.reports.style import (
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    Block,
    Column,
    NameLine,
    SplitTable,
    clip,
    data_table,
    empty_note,
    fit_width,
    house_cells,
    para,
    styles,
    table_style,
)
from teamlead_app.reports.year_overview_charts import percent
from teamlead_app.util.dates import format_date

HELD_BG = colors.HexColor("#D6E4F3")
OUT_BG = colors.HexColor("#E4E4E4")
CELL_SIZE = 8.0
MONTH_WIDTH = 24.0


# A team table that must continue on the next page brings at least this many people there
# (besides the total row):
# never a few rows alone on a near-empty page.
MIN_REST = 6
# Row spacing (leading, top and bottom padding): the usual, and the tight one a team gets
# when that keeps its table on one page.
_NORMAL = (9.5, 1.5)
_TIGHT = (8.6, 0.3)


def _compact(leading: float = _NORMAL[0]) -> ParagraphStyle:
    # Tighter rows than the house tables, so a team of 25 fits one landscape page.
    return ParagraphStyle("compact", parent=styles().cell, fontSize=CELL_SIZE, leading=leading)


class TeamTable(SplitTable):
    """A team's table that, when it must split, leaves at least MIN_REST rows for the next
    page, never a few stragglers. (Whether a team fits a page, with tighter rows if need be,
    is decided where the pages are put together: year_overview_pdf._team_sections.)"""

    _names: ParagraphStyle  # the style of the name and function cells, owned by this table

    def use_tight_rows(self, tight: bool) -> None:
        """Switch the same table to the tight (or back to the usual) row spacing, so deciding
        whether a team fits a page does not build its table twice."""
        leading, pad = _TIGHT if tight else _NORMAL
        self._names.leading = leading
        self.setStyle(TableStyle(_row_spacing(leading, pad)))
        self._calculated_for = None  # lay it out anew

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        parts: list[Any] = super().split(availWidth, availHeight)
        if len(parts) != 2:
            return parts
        # People on the next page: its rows without the repeated header and the total row.
        rest = len(parts[1]._cellvalues) - self.repeatRows - 1
        keep = len(parts[0]._cellvalues) - max(0, MIN_REST - rest)
        if rest >= MIN_REST or keep < self.repeatRows + MIN_REST:
            return parts
        self.wrap(availWidth, availHeight)
        balanced: list[Any] = super().split(availWidth, sum(self._rowHeights[:keep]) + 0.5)
        if len(balanced) != 2:
            return parts
        # The rest goes to the next page, not into the room the shorter first part leaves.
        return [balanced[0], PageBreak(), balanced[1]]


# --- team table --------------------------------------------------------------------------------


def _signed(e: EmployeeYear) -> str:
    if e.pop_status == "none":
        return "–"
    if e.signed_by_both:
        return t("ja", "yes")
    if e.signed_by_employee or e.signed_by_lead:
        return t("deels", "partly")
    return t("nee", "no")


def _service(e: EmployeeYear, year: int) -> str:
    """Only a date that fell in this year: it explains a months figure below twelve."""
    parts = []
    if e.date_in_service and e.date_in_service.year == year:
        parts.append(t("in ", "in ") + format_date(e.date_in_service))
    if e.date_out_of_service and e.date_out_of_service.year == year:
        parts.append(t("uit ", "out ") + format_date(e.date_out_of_service))
    return "\n".join(parts)


def _numbers(e: EmployeeYear) -> list[str]:
    c = e.conversations
    return [
        f"{e.goals_with('achieved')}/{len(e.goals)}",
        f"{e.steps_done}/{e.steps_total}",
        str(c.planned),
        str(c.held),
        str(c.moved),
        str(c.missed),
        str(c.cancelled),
        f"{e.months_held}/{e.months_in_service}",
    ]


def _total_numbers(team: TeamYear) -> list[str]:
    s, c = team.totals, team.totals.conversations
    steps_done = sum(e.steps_done for e in team.employees)
    steps_total = sum(e.steps_total for e in team.employees)
    return [
        f"{s.goals_with('achieved')}/{s.goal_count}",
        f"{steps_done}/{steps_total}",
        str(c.planned),
        str(c.held),
        str(c.moved),
        str(c.missed),
        str(c.cancelled),
        f"{s.months_held}/{s.months_in_service}",
    ]


def team_table(team: TeamYear, year: int, *, tight: bool = False) -> Table:
    """One row per employee and a total row. The first header names the team, so a page the
    table continues on still says whose people these are. A TeamTable (see there) carrying
    its `tight` version."""
    leading, pad = _TIGHT if tight else _NORMAL
    compact = _compact(leading)
    with_service = any(_service(e, year) for e in team.employees)
    header = [
        clip(team.name) or t("Zonder team", "Without a team"),
        t("Functie", "Function"),
        *([t("In/uit dienst", "Joined/left")] if with_service else []),
        t("POP", "POP"),
        t("Getekend", "Signed"),
        t("Doelen", "Goals"),
        t("Stappen", "Steps"),
        t("Gepland", "Planned"),
        t("Gevoerd", "Held"),
        t("Verpl.", "Moved"),
        t("Gemist", "Missed"),
        t("Gean.", "Canc."),
        t("Maanden", "Months"),
    ]
    rows: list[list[Any]] = []
    for e in team.employees:
        service = [_service(e, year)] if with_service else []
        status = [label("pop_status", e.pop_status), _signed(e)]
        rows.append([e.name, e.function, *service, *status, *_numbers(e)])
    s = team.totals
    total = [t("Totaal", "Total"), "", *([""] if with_service else [])]
    rows.append([*total, percent(s.with_agreed_pop, s.employees), "", *_total_numbers(team)])
    widths: list[float | str] = ["*"]
    for index, title in enumerate(header[1:], start=1):
        values = [str(row[index]) for row in rows]
        widths.append(fit_width(title, [v for text in values for v in text.split("\n")], cap=120))
    first_number = len(header) - 8
    body = [[para(row[0], compact), para(row[1], compact), *row[2:]] for row in rows[:-1]] + [
        rows[-1]
    ]
    head = [para(text, styles().cell_head) for text in header]
    table = TeamTable(
        [head, *body],
        colWidths=widths,
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
        spaceAfter=4,
        cellStyles=house_cells(len(body) + 1, len(header)),
    )
    table._names = compact
    table.setStyle(table_style(zebra=True, cells=False))
    table.setStyle(
        TableStyle(
            [
                ("TEXTCOLOR", (0, 1), (-1, -1), INK),
                ("ALIGN", (first_number, 0), (-1, -1), "RIGHT"),
                *_row_spacing(leading, pad),
                ("LINEABOVE", (0, -1), (-1, -1), 0.8, MUTED),
            ]
        )
    )
    return table


def _row_spacing(leading: float, pad: float) -> list[tuple[Any, ...]]:
    return [
        ("FONT", (0, 1), (-1, -1), FONT, CELL_SIZE, leading),
        ("TOPPADDING", (0, 1), (-1, -1), pad),
        ("BOTTOMPADDING", (0, 1), (-1, -1), pad),
        ("FONT", (0, -1), (-1, -1), FONT_BOLD, CELL_SIZE, leading),
    ]


# --- employee block ----------------------------------------------------------------------------


def _pop_text(e: EmployeeYear) -> str:
    if e.pop_status == "none":
        return t("geen POP", "no POP")
    text = t("POP ", "POP ") + label("pop_status", e.pop_status).lower()
    if e.signed_by_both:
        return text + t(
            ", getekend door medewerker en leidinggevende", ", signed by employee and lead"
        )
    if e.signed_by_employee:
        return text + t(", getekend door medewerker", ", signed by the employee")
    if e.signed_by_lead:
        return text + t(", getekend door leidinggevende", ", signed by the lead")
    return text + t(", nog niet getekend", ", not signed yet")


def _facts(e: EmployeeYear, year: int) -> str:
    facts = [e.function, e.team, _pop_text(e)]
    if e.date_in_service and e.date_in_service.year == year:
        facts.append(t("in dienst sinds ", "joined ") + format_date(e.date_in_service))
    if e.date_out_of_service and e.date_out_of_service.year == year:
        facts.append(t("uit dienst per ", "left ") + format_date(e.date_out_of_service))
    return " · ".join(f for f in facts if f)


def _strip_summary(e: EmployeeYear) -> str:
    c = e.conversations
    return t(
        f"{c.held} gevoerd, {c.moved} verplaatst, {c.missed} gemist, {c.cancelled} "
        f"geannuleerd, {c.planned} gepland · {e.months_held} van {e.months_in_service} "
        "maanden met gesprek",
        f"{c.held} held, {c.moved} moved, {c.missed} missed, {c.cancelled} cancelled, "
        f"{c.planned} planned · "
        f"{e.months_held} of {e.months_in_service} months with a conversation",
    )


# The month strip's cell styles (fonts, colours, alignment, padding): the same for every
# employee, so worked out once, as a class per cell (see _strip_cells).
_STRIP_CELLS: list[tuple[Any, ...]] = [
    ("FONT", (0, 0), (-1, -1), FONT, 7.5, 9),
    ("TEXTCOLOR", (0, 0), (-1, 0), MUTED),
    ("TEXTCOLOR", (0, 1), (0, 1), MUTED),
    ("FONT", (0, 1), (0, 1), FONT_BOLD, 7.5, 9),
    ("ALIGN", (1, 0), (12, -1), "CENTER"),
    ("TOPPADDING", (0, 0), (-1, -1), 1.5),
    ("BOTTOMPADDING", (0, 0), (-1, -1), 1.5),
    ("LEFTPADDING", (0, 0), (-1, -1), 2),
    ("LEFTPADDING", (13, 0), (13, -1), 8),
]


@functools.cache
def _strip_cells() -> list[tuple[int, list[type[CellStyle]]]]:
    """Per row of the strip, a CellStyle class per cell carrying what _STRIP_CELLS sets:
    each table makes fresh instances of them (its own, as ReportLab's would be) instead of
    applying the commands cell by cell a thousand times over."""
    probe = Table([[""] * 14] * 2, style=TableStyle(_STRIP_CELLS))
    return [
        (i, [type("StripCell", (CellStyle,), dict(vars(cell))) for cell in row])
        for i, row in enumerate(probe._cellStyles)
    ]


def month_strip(e: EmployeeYear, last_month: int = 12) -> Table:
    """Twelve small cells: held conversations per month, grey where not in service, empty
    for months after `last_month` and for the running month without a talk yet (still to
    come: not counted against anyone)."""
    held = e.conversations.held_by_month
    values = [
        str(held.get(m, 0))
        if m in e.service_months and m <= last_month and (m != e.open_month or held.get(m))
        else ""
        for m in range(1, 13)
    ]
    caption = t("Gesprekken", "Conversations")
    rows = [["", *month_names(), ""], [caption, *values, _strip_summary(e)]]
    first = pdfmetrics.stringWidth(caption, FONT_BOLD, 7.5) + 8
    table = Table(
        rows,
        colWidths=[first, *[MONTH_WIDTH] * 12, "*"],
        hAlign="LEFT",
        spaceAfter=3,
        cellStyles=[
            [cell(repr((i, j))) for j, cell in enumerate(row)] for i, row in _strip_cells()
        ],
    )
    commands: list[tuple[Any, ...]] = [
        ("BOX", (1, 1), (12, 1), 0.4, RULE),
        ("INNERGRID", (1, 1), (12, 1), 0.4, RULE),
    ]
    for month in range(1, min(last_month, 12) + 1):
        if month not in e.service_months:
            commands.append(("BACKGROUND", (month, 1), (month, 1), OUT_BG))
        elif held.get(month):
            commands.append(("BACKGROUND", (month, 1), (month, 1), HELD_BG))
    table.setStyle(TableStyle(commands))
    return table


def _goal_table(e: EmployeeYear) -> Flowable:
    if not e.goals:
        return empty_note(t("Geen ontwikkeldoelen dit jaar.", "No development goals this year."))
    rows = [
        [
            g.what,
            label("goal_category", g.category),
            label("goal_status", g.status),
            format_date(g.target_date) or "–",
            f"{g.steps_done}/{g.steps_total}",
        ]
        for g in e.goals
    ]
    return data_table(_goal_columns(rows), rows)


def _goal_columns(rows: Sequence[Sequence[str]]) -> list[Column]:
    titles = [t("Streefdatum", "Target date"), t("Stappen", "Steps")]
    return [
        Column(t("Ontwikkeldoel", "Development goal"), "*"),
        Column(t("Categorie", "Category"), "27%"),
        Column(t("Status", "Status"), fit_width(t("Uitgesteld", "In progress"), [], cap=80)),
        Column(titles[0], fit_width(titles[0], [format_date(date(2000, 12, 31))], cap=80)),
        Column(titles[1], fit_width(titles[1], [row[4] for row in rows], cap=60), "RIGHT"),
    ]


def employee_block(e: EmployeeYear, year: int, last_month: int = 12) -> Flowable:
    """Name, facts, the month strip and the goals, kept on one page where they fit."""
    title = NameLine(e.name, styles().subheading, _facts(e, year), font=FONT, size=8.5, color=MUTED)
    parts: list[Flowable] = [
        title,
        Spacer(1, 2),
        month_strip(e, last_month),
        _goal_table(e),
        Spacer(1, 4),
    ]
    return Block(parts)
