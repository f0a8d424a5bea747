"""Table cells that fit on one line are drawn without a Paragraph's parse and line breaking
(the larger part of a long report's time), in exactly the place a Paragraph would draw them;
text that wraps still becomes a full Paragraph. ReportLab's C accelerator is in use."""

from __future__ import annotations

import io
from typing import Any

from pypdf import PdfReader
from reportlab.lib import rl_accel
from reportlab.lib.enums import TA_CENTER, TA_RIGHT

from teamlead_app.reports.style import (
    Column,
    LineParagraph,
    ReportMeta,
    TextParagraph,
    _derive,
    data_table,
    esc,
    render_story,
    styles,
)

TEXTS = ["Łukasz Wiśniewski", "<b>& co", "01-03-2026", "Yılmaz, Mehmet 🙂", "12/30"]


def _placed_text(pdf: bytes) -> list[tuple[float, float, str]]:
    """Every piece of text on the page with where it starts (x, y), rounded to 0.01 pt."""
    found: list[tuple[float, float, str]] = []

    def visit(text: str, cm: Any, tm: Any, font: Any, size: Any) -> None:
        if text.strip():
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((round(x, 2), round(y, 2), text.strip()))

    PdfReader(io.BytesIO(pdf)).pages[0].extract_text(visitor_text=visit)
    return sorted(found)


def _table_pdf(make: Any) -> bytes:
    st = styles()
    centred = _derive("centred", st.cell, alignment=TA_CENTER)
    columns = [Column("Naam", "*"), Column("Wat", 90), Column("Datum", 70, "RIGHT")]
    rows = [[make(text, st.cell), make(text, centred), make(text, st.cell_right)] for text in TEXTS]
    meta = ReportMeta(title="Proef", printed_on=__import__("datetime").date(2026, 12, 7))
    return render_story([data_table(columns, rows)], meta, invariant=True)


def test_one_line_cells_print_where_a_paragraph_prints_them() -> None:
    def paragraph(text: str, style: Any) -> TextParagraph:
        return TextParagraph(esc(text), style)

    fast = _placed_text(_table_pdf(LineParagraph))
    assert fast == _placed_text(_table_pdf(paragraph))
    assert any("Łukasz Wiśniewski" in text for _, _, text in fast)
    assert any("<b>& co" in text for _, _, text in fast)


def test_a_cell_that_fits_is_never_parsed_and_one_that_wraps_is() -> None:
    st = styles()
    short = LineParagraph("Łukasz Wiśniewski", st.cell)
    long = LineParagraph("een lange omschrijving van een ontwikkeldoel " * 4, st.cell)
    table = data_table([Column("Naam", 120), Column("Doel", 120)], [[short, long]])
    meta = ReportMeta(title="Proef", printed_on=__import__("datetime").date(2026, 12, 7))
    text = PdfReader(io.BytesIO(render_story([table], meta))).pages[0].extract_text()
    assert "frags" not in short.__dict__  # drawn without the mini-HTML parser
    assert "frags" in long.__dict__ and len(long.blPara.lines) > 1  # wrapped as a Paragraph
    assert "Łukasz Wiśniewski" in text and "ontwikkeldoel" in text


def test_markup_and_odd_spacing_take_the_paragraph_path() -> None:
    st = styles()
    assert LineParagraph("a  b", st.cell).text == "a &nbsp;b"
    assert "frags" in LineParagraph("regel 1\nregel 2", st.cell).__dict__
    assert LineParagraph("<b>&", st.cell).text == "&lt;b&gt;&amp;"
    right = _derive("r", st.cell, alignment=TA_RIGHT)
    assert LineParagraph("12", right).getPlainText() == "12"


def test_reportlab_runs_with_its_c_accelerator() -> None:
    assert "fp_str" in rl_accel._c_funcs
    assert "instanceStringWidthTTF" in rl_accel._c_funcs
