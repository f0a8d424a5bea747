"""The yearly PDF's speed-ups keep the look: a table is laid out once per width, the employee
title line prints where its marked-up Paragraph prints, the month strip and house tables get
exactly the cell styles their commands would give, and a team table switched to tight rows
is the table built tight."""

from __future__ import annotations

import io
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Table, TableStyle

from teamlead_app.data.context import ServiceContext
from teamlead_app.reports import year_overview_team
from teamlead_app.reports.style import (
    FONT,
    MUTED,
    Column,
    NameLine,
    ReportMeta,
    data_table,
    markup,
    render_story,
    styles,
    table_style,
)
from teamlead_app.reports.year_overview_team import _STRIP_CELLS, month_strip, team_table
from teamlead_app.services.exports.year_overview import overview_data

from ..services.year_overview_helpers import YEAR, build_company

META = ReportMeta(title="Proef", printed_on=date(2026, 12, 7), landscape=True)


def _placed_text(pdf: bytes) -> list[tuple[float, float, str]]:
    found: list[tuple[float, float, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((round(x, 3), round(y, 3), text.strip()))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return sorted(found)


def _title_markup(name: str, rest: str) -> Any:
    grey = "#" + str(MUTED.hexval())[2:]
    return markup(
        f'{{name}}&nbsp;&nbsp; <font name="{FONT}" size="8.5" color="{grey}">{{rest}}</font>',
        styles().subheading,
        name=name,
        rest=rest,
    )


@pytest.mark.parametrize(
    ("name", "rest"),
    [
        ("Łukasz Wiśniewski", "Lasser · Machinebouw · POP concept, nog niet getekend"),
        ("<b>& Yılmaz 🙂", "Monteur · <i>team</i> · geen POP"),
    ],
)
def test_the_title_line_prints_where_the_marked_up_paragraph_prints(name: str, rest: str) -> None:
    fast = NameLine(name, styles().subheading, rest, font=FONT, size=8.5, color=MUTED)
    placed = _placed_text(render_story([fast], META, invariant=True))
    assert "frags" not in fast.__dict__  # drawn without the mini-HTML parser
    # The Paragraph prints its fragments one after the other on one baseline: the same start
    # and baseline, the same texts in the same fonts, each starting where the one before ends.
    slow = _title_markup(name, rest)
    slow_placed = _placed_text(render_story([slow], META, invariant=True))
    (x, y, _), *_ = (item for item in slow_placed if item[2].startswith(name[:3]))
    words = slow.blPara.lines[0].words
    runs: list[tuple[float, str, str, float]] = []
    for word in words:
        if runs and (runs[-1][2], runs[-1][3]) == (word.fontName, word.fontSize):
            runs[-1] = (runs[-1][0], runs[-1][1] + word.text, word.fontName, word.fontSize)
        else:
            start = x + sum(stringWidth(r[1], r[2], r[3]) for r in runs)
            runs.append((start, word.text, word.fontName, word.fontSize))
    on_line = [item for item in placed if item[1] == y]
    assert [text for _, _, text in on_line] == [text.strip() for _, text, _, _ in runs]
    assert [x for x, _, _ in on_line] == pytest.approx(
        [r[0] for r in runs], abs=0.1
    )  # a tenth of a point
    assert [item for item in placed if item[1] != y] == [i for i in slow_placed if i[1] != y]
    assert [(r[2], r[3]) for r in runs] == [("DejaVuSans-Bold", 10.5), (FONT, 8.5)]


def test_a_title_too_long_for_one_line_becomes_the_paragraph() -> None:
    rest = "Lasser · " + "een heel lang team " * 30
    fast = NameLine("Jan de Vries", styles().subheading, rest, font=FONT, size=8.5, color=MUTED)
    slow = _title_markup("Jan de Vries", rest)
    assert fast.wrap(500, 1000) == slow.wrap(500, 1000)
    assert "frags" in fast.__dict__ and len(fast.blPara.lines) > 1


def test_a_table_is_laid_out_once_per_width(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[float] = []
    measure = Table._calc_height

    def counted(self: Table, *args: Any, **kwargs: Any) -> Any:
        calls.append(args[1])
        return measure(self, *args, **kwargs)

    monkeypatch.setattr(Table, "_calc_height", counted)
    table = data_table([Column("Naam"), Column("Wat", 90)], [["Jan", "lassen"]] * 5)
    first = table.wrap(400, 1000)
    assert table.wrap(400, 50) == first  # a smaller height: every row already measured
    assert table.wrap(400, 1000) == first
    assert len(calls) == 1
    table.wrap(300, 1000)
    assert calls == [400, 300]


def _cell_styles(table: Table) -> list[list[dict[str, Any]]]:
    names = ("fontname", "fontsize", "leading", "color", "alignment", "valign")
    pads = ("leftPadding", "rightPadding", "topPadding", "bottomPadding")
    return [[{n: getattr(c, n) for n in names + pads} for c in row] for row in table._cellStyles]


def test_the_house_table_has_the_cells_its_style_commands_give() -> None:
    rows = [["Jan", "lassen"], ["Piet", "zagen"]]
    fast = data_table([Column("Naam"), Column("Wat", 90)], rows)
    slow = Table([["Naam", "Wat"], *rows], style=table_style(zebra=True))
    assert _cell_styles(fast) == _cell_styles(slow)
    assert fast._bkgrndcmds == slow._bkgrndcmds and fast._linecmds == slow._linecmds


def test_the_month_strip_has_the_cells_its_style_commands_give(ctx: ServiceContext) -> None:
    build_company(ctx)
    employee = overview_data(ctx, YEAR).employees[0]
    fast = month_strip(employee)
    slow = Table(fast._cellvalues, style=TableStyle(_STRIP_CELLS))
    assert _cell_styles(fast) == _cell_styles(slow)
    # Each strip has cell styles of its own: changing one leaves the next strip alone.
    fast._cellStyles[1][1].fontsize = 20
    assert month_strip(employee)._cellStyles[1][1].fontsize == 7.5


def test_a_team_table_switched_to_tight_rows_is_the_table_built_tight(ctx: ServiceContext) -> None:
    build_company(ctx)
    team = overview_data(ctx, YEAR).teams[0]
    switched, tight = team_table(team, YEAR), team_table(team, YEAR, tight=True)
    usual = switched.wrap(700, 2000)
    switched.use_tight_rows(True)
    assert switched.wrap(700, 2000) == tight.wrap(700, 2000)
    assert switched._rowHeights == tight._rowHeights
    assert _cell_styles(switched) == _cell_styles(tight)
    switched.use_tight_rows(False)
    assert switched.wrap(700, 2000) == usual
    assert year_overview_team._NORMAL[0] == switched._names.leading
