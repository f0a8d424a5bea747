"""The pictures of the yearly overview: key-figure tiles and the coverage chart per team.
Drawn with reportlab.graphics; every text in them is ours or a team name (plain, no markup)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.graphics.charts.barcharts import HorizontalBarChart
from reportlab.graphics.shapes import Drawing, Rect, String
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import Flowable, Table, TableStyle

from teamlead_app.i18n import t
from teamlead_app.records.year_overview import TeamYear
from teamlead_app.reports.style import (
    ACCENT,
    FONT,
    HEAD_BG,
    MUTED,
    RULE,
    para,
    plain,
    styles,
)

LIGHT = colors.HexColor("#8FB3D9")
BAR_HEIGHT = 22  # points per team in the chart (two bars and a gap)
LABEL_WIDTH = 120  # points for the team names left of the bars


@dataclass(frozen=True)
class Tile:
    """One key figure: the number, what it is, and a line of detail."""

    value: str
    caption: str
    detail: str = ""


def number(value: int) -> str:
    """A count as people read it: 11.978 in Dutch, 11,978 in English."""
    return f"{value:,}".replace(",", t(".", ","))


def percent(part: int, whole: int) -> str:
    return f"{round(100 * part / whole) if whole else 0}%"


def tiles(items: Sequence[Tile], width: float) -> Table:
    """Key figures side by side in light boxes: what management reads first."""
    base = styles()
    big = ParagraphStyle("tile_value", parent=base.title, textColor=ACCENT, spaceAfter=0)
    caption = ParagraphStyle("tile_caption", parent=base.cell_head)
    cells: list[list[Flowable]] = []
    for item in items:
        cell = [para(item.value, big), para(item.caption, caption)]
        if item.detail:
            cell.append(para(item.detail, base.small))
        cells.append(cell)
    gap = 6.0
    box = (width - gap * (len(items) - 1)) / len(items)
    widths: list[float] = []
    row: list[object] = []
    for index, cell in enumerate(cells):
        if index:
            widths.append(gap)
            row.append("")
        widths.append(box)
        row.append(cell)
    table = Table([row], colWidths=widths, hAlign="LEFT", spaceAfter=10)
    commands: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 7),
        ("RIGHTPADDING", (0, 0), (-1, -1), 5),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
    ]
    for index in range(0, len(row), 2):
        commands += [
            ("BACKGROUND", (index, 0), (index, 0), HEAD_BG),
            ("LINEABOVE", (index, 0), (index, 0), 1.5, ACCENT),
        ]
    table.setStyle(TableStyle(commands))
    return table


def coverage_chart(teams: Sequence[TeamYear], width: float) -> Drawing:
    """Per team two bars in percent: members with an agreed POP (dark, on top), and months
    in service with a held conversation (light). The first team is on top, as in the tables."""
    per_team = 30 if len(teams) <= 4 else BAR_HEIGHT
    height = 46 + per_team * len(teams)
    drawing = Drawing(width, height)
    chart = HorizontalBarChart()
    chart.x, chart.y = LABEL_WIDTH, 30
    chart.width, chart.height = width - LABEL_WIDTH - 30, height - 38
    # The chart draws its first category at the bottom and, in a group, its first series
    # lowest: reverse the teams and give the POP series last so it sits on top.
    ordered = list(reversed(teams))
    chart.data = [
        [round(100 * team.totals.conversation_coverage) for team in ordered],
        [round(100 * team.totals.pop_coverage) for team in ordered],
    ]
    axis = chart.valueAxis
    axis.valueMin, axis.valueMax, axis.valueStep = 0, 100, 20
    axis.labels.fontName, axis.labels.fontSize = FONT, 7
    axis.labelTextFormat = "%d%%"
    axis.strokeColor = axis.gridStrokeColor = RULE
    axis.visibleGrid = True
    names = chart.categoryAxis
    names.categoryNames = [
        _short(plain(team.name) or t("Zonder team", "Without a team")) for team in ordered
    ]
    names.labels.fontName, names.labels.fontSize = FONT, 8
    names.labels.fillColor = colors.black
    names.strokeColor = RULE
    chart.bars[0].fillColor = LIGHT
    chart.bars[1].fillColor = ACCENT
    chart.bars.strokeColor = None
    chart.barSpacing, chart.groupSpacing = 1, 6
    chart.barLabelFormat = "%d%%"
    chart.barLabels.fontName, chart.barLabels.fontSize = FONT, 7
    chart.barLabels.boxAnchor, chart.barLabels.dx = "w", 3
    drawing.add(chart)
    _legend(drawing)
    return drawing


def _short(name: str, limit: int = 24) -> str:
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def _legend(drawing: Drawing) -> None:
    entries = (
        (t("met afgesproken POP", "with an agreed POP"), ACCENT),
        (t("maanden met een gevoerd gesprek", "months with a held conversation"), LIGHT),
    )
    x = 0.0
    for text, colour in entries:
        drawing.add(Rect(x, 2, 8, 8, fillColor=colour, strokeColor=None))
        drawing.add(String(x + 11, 3, text, fontName=FONT, fontSize=7.5, fillColor=MUTED))
        x += 11 + pdfmetrics.stringWidth(text, FONT, 7.5) + 14
