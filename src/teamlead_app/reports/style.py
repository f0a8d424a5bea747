"""The shared look of every PDF: DejaVu Sans, colours, paragraph styles, the A4 page with its
header (company, title and subject, date printed) and "pagina X van Y" footer, and the building
blocks other reports reuse.

How a report uses it (a pure `build_story(data)` and a `render_pdf(data)` per report):

    story = [title_block(t("Gespreksverslag", "Conversation summary"), full_name),
             details_table([(t("Functie", "Function"), function), (t("Team", "Team"), team)]),
             *heading(t("Afspraken", "Agreements")),
             data_table([Column(t("Wat", "What")), Column(t("Wanneer", "When"), 62)], rows),
             *heading(t("Notitie", "Note")), para(note_text),
             signature_block(employee_and_lead(full_name, lead), t("Ondertekening", "Sign-off"))]
    pdf = render_story(story, ReportMeta(title=..., printed_on=today, subject=..., company=...))

User text goes in through `para()`, `markup()` or the table helpers, which escape it with
`esc()`: ReportLab's Paragraph parses mini-HTML, so a raw `<b>&` breaks the PDF and
`<img src=...>` reads files. Our own markup is only ever put around already escaped text.
Long text is a `para()` of its own (it splits across pages); table rows split too.
Every Paragraph of a report is a `TextParagraph`: a word without spaces (a pasted URL of
2,000 characters) breaks over lines instead of pushing a table column to nothing.
"""

from __future__ import annotations

import functools
import io
import logging
import re
import threading
import weakref
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any, TypeAlias
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Flowable,
    Frame,
    KeepTogether,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.flowables import _listWrapOn
from reportlab.platypus.tables import CellStyle

from teamlead_app.config import fonts_dir
from teamlead_app.i18n import language, t
from teamlead_app.labels import label
from teamlead_app.util.dates import format_date

FONT = "DejaVuSans"
FONT_BOLD = "DejaVuSans-Bold"
FONT_ITALIC = "DejaVuSans-Oblique"

INK = colors.HexColor("#1F2933")
MUTED = colors.HexColor("#5F6B7A")
ACCENT = colors.HexColor("#1D4E89")
RULE = colors.HexColor("#C5CCD6")
HEAD_BG = colors.HexColor("#E3E9F1")
ZEBRA = colors.HexColor("#F4F6F9")

MARGIN_X = 18 * mm
MARGIN_TOP = 27 * mm  # room for the two-line header
MARGIN_BOTTOM = 20 * mm  # room for the footer
_FRAME_PAD = 6.0  # ReportLab's default Frame padding, which we keep
_CELL_PAD = 4.0
# Below this height (about a header row and three lines) a table does not start or continue
# on the page but moves to the next one.
_MIN_SPLIT = 60.0

_font_lock = threading.Lock()
_fonts_ready = False
_font_problem: str | None = None


def font_problem() -> str | None:
    """Why the PDFs fell back to Helvetica; None when DejaVu Sans is in use."""
    register_fonts()
    return _font_problem


def register_fonts() -> None:
    """Register DejaVu Sans once (safe to call from any thread, any number of times). The family
    mapping lets `<b>` and `<i>` in our own markup pick the bold and oblique files. A missing or
    damaged font file is logged and the PDFs fall back to the built-in Helvetica (which cannot
    print every letter, e.g. `Ł`) under the same names, instead of failing."""
    global _fonts_ready, _font_problem
    with _font_lock:
        if _fonts_ready:
            return
        faces = [(FONT, "DejaVuSans.ttf"), (FONT_BOLD, "DejaVuSans-Bold.ttf")]
        faces.append((FONT_ITALIC, "DejaVuSans-Oblique.ttf"))
        try:
            folder = fonts_dir()
            fonts: list[Any] = [TTFont(name, str(folder / file)) for name, file in faces]
        except Exception as exc:  # missing (OSError) or damaged (TTFError and others)
            _font_problem = f"PDF font DejaVu Sans cannot be loaded ({exc}): PDFs use Helvetica"
            logging.getLogger(__name__).error(_font_problem)
            builtin = ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique")
            fonts = [
                pdfmetrics.Font(name, face, "WinAnsiEncoding")
                for (name, _file), face in zip(faces, builtin, strict=True)
            ]
        for font in fonts:
            pdfmetrics.registerFont(font)
        # No BoldOblique file is shipped: bold italic falls back to bold.
        pdfmetrics.registerFontFamily(
            FONT, normal=FONT, bold=FONT_BOLD, italic=FONT_ITALIC, boldItalic=FONT_BOLD
        )
        _fonts_ready = True


# --- paragraph styles ----------------------------------------------------------------------


@dataclass(frozen=True)
class Styles:
    """The paragraph styles of all reports. Shared objects: derive, never mutate them."""

    title: ParagraphStyle
    subtitle: ParagraphStyle
    heading: ParagraphStyle
    subheading: ParagraphStyle
    body: ParagraphStyle
    muted: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    cell_head: ParagraphStyle
    cell_label: ParagraphStyle
    cell_right: ParagraphStyle


def _derive(name: str, parent: ParagraphStyle, **changes: Any) -> ParagraphStyle:
    return ParagraphStyle(name, parent=parent, **changes)


@functools.cache
def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, textColor=INK)
    cell = _derive("cell", body, fontSize=8.5, leading=11)
    # Headings have no keepWithNext: ReportLab would glue a heading to a long table and push
    # both to the next page, leaving a blank one; `heading()` keeps room below it instead.
    return Styles(
        title=_derive("title", body, fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=2),
        subtitle=_derive("subtitle", body, textColor=MUTED, spaceAfter=8),
        heading=_derive(
            "heading",
            body,
            fontName=FONT_BOLD,
            fontSize=12.5,
            leading=16,
            textColor=ACCENT,
            spaceBefore=12,
            spaceAfter=3,
        ),
        subheading=_derive(
            "subheading",
            body,
            fontName=FONT_BOLD,
            fontSize=10.5,
            leading=14,
            spaceBefore=8,
            spaceAfter=2,
        ),
        body=body,
        muted=_derive("muted", body, textColor=MUTED),
        small=_derive("small", body, fontSize=8, leading=10.5, textColor=MUTED),
        cell=cell,
        cell_head=_derive("cell_head", cell, fontName=FONT_BOLD),
        cell_label=_derive("cell_label", cell, fontName=FONT_BOLD, textColor=MUTED),
        cell_right=_derive("cell_right", cell, alignment=TA_RIGHT),
    )


# --- user text -----------------------------------------------------------------------------

# Control characters are not printable and some of them upset the mini-HTML parser; emoji
# joiners and variation selectors have no glyph and would print as boxes.
_DROP = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\u200d\ufe0e\ufe0f]")
# DejaVu has no glyphs beyond the BMP (emoji), and ReportLab writes an invalid text map for
# them (pypdf: "invalid hex string"); a plain box keeps the PDF sound and shows where one was.
_BEYOND_BMP = re.compile("[\U00010000-\U0010ffff]")
_SPACE_RUN = re.compile(r" {2,}")


def plain(text: str) -> str:
    """User text for drawing straight on the canvas (no markup): same clean-up as `esc`."""
    return _BEYOND_BMP.sub("□", _DROP.sub("", text)).replace("\n", " ").replace("\r", " ")


def esc(text: str) -> str:
    """User text as Paragraph markup that prints literally: `&`, `<`, `>` escaped, line breaks
    kept as <br/>, runs of spaces kept (a Paragraph would fold them into one). Emoji print
    as a box (□): the embedded font has none."""
    text = _BEYOND_BMP.sub("□", _DROP.sub("", text.replace("\r\n", "\n").replace("\r", "\n")))
    text = escape(text)
    text = _SPACE_RUN.sub(lambda m: " " + "&nbsp;" * (len(m.group()) - 1), text)
    return text.replace("\n", "<br/>")


# A word wider than this breaks over lines (ParagraphStyle.splitLongWords, on by default);
# tables size their columns as if no word were wider.
LONG_WORD_WIDTH = 150.0
SIGNER_NAME_LIMIT = 160


class TextParagraph(Paragraph):  # type: ignore[misc]  # ReportLab ships no type hints
    """A Paragraph whose long words break: ReportLab already splits a word wider than the
    line, but a table sizing its columns asks `minWidth()` first, gets the whole word's width
    (metres for a pasted URL) and squeezes the other columns below zero (a crash). Here no
    word claims more than LONG_WORD_WIDTH."""

    def minWidth(self) -> float:  # ReportLab's name
        return min(float(super().minWidth()), LONG_WORD_WIDTH)


# What the fast path of LineParagraph draws: one line of plain text, no whitespace but single
# spaces between words (a Paragraph would fold the rest), short enough to be a cell.
_ODD_SPACE = re.compile(r"[^\S ]| {2}")
_LINE_LIMIT = 200
_PARSED = frozenset({"frags", "blPara", "_wrapWidths"})


def _plain_line(text: str) -> str | None:
    line = _BEYOND_BMP.sub("□", _DROP.sub("", text))
    if not line or len(line) > _LINE_LIMIT or line != line.strip() or _ODD_SPACE.search(line):
        return None
    return line


# Whether a style allows the one-line fast path, per style object (a report asks for the
# same few styles tens of thousands of times). Weak: a table's own style goes with it.
_PLAIN_STYLES: weakref.WeakKeyDictionary[ParagraphStyle, bool] = weakref.WeakKeyDictionary()


def _plain_style(style: ParagraphStyle) -> bool:
    known = _PLAIN_STYLES.get(style)
    if known is None:
        known = _PLAIN_STYLES[style] = _is_plain_style(style)
    return bool(rl_config.paraFontSizeHeightOffset) and known


def _is_plain_style(style: ParagraphStyle) -> bool:
    return bool(
        style.alignment in (TA_LEFT, TA_RIGHT, TA_CENTER)
        and getattr(style, "autoLeading", "") in ("", "off", None)
        and getattr(style, "wordWrap", None) is None
        and not getattr(style, "textTransform", None)
        and not getattr(style, "backColor", None)
        and not getattr(style, "borderWidth", 0)
        and not getattr(style, "bulletText", None)
        and not getattr(style, "underline", False)
        and not getattr(style, "strike", False)
    )


def _set_text(canv: Any, color: Any, font: str, size: float, leading: float) -> None:
    """Colour and font for the next text, written only where they change."""
    if canv._fillColorObj != color:
        canv.setFillColor(color)
    if (canv._fontname, canv._fontsize, canv._leading) != (font, size, leading):
        canv.setFont(font, size, leading)


class LineParagraph(TextParagraph):
    """User text as a Paragraph that is parsed and broken into lines only when it needs it.

    Most table cells hold a name, a date or a label that fits its column on one line; a
    Paragraph would still parse its markup, break it into words and lay them out, the larger
    part of a long report's time. This one draws such a line straight on the canvas, exactly
    where the Paragraph would (baseline one font size below the top, same alignment), and
    becomes a full Paragraph as soon as the text wraps, splits, or someone asks for its
    fragments."""

    def __init__(self, text: str | None, style: ParagraphStyle, **kwargs: Any) -> None:
        if text is None or kwargs:  # ReportLab's split makes the parts from fragments
            self._line = None
            super().__init__(text, style, **kwargs)
            return
        self._line = _plain_line(text) if _plain_style(style) else None
        if self._line is None:
            super().__init__(esc(text), style)
            return
        self.text = escape(self._line)
        self.style = style
        self.bulletText = None
        self.caseSensitive = 1
        self.encoding = "utf8"
        self.debug = 0

    def _parse(self) -> None:
        if self.__dict__.get("_line") is not None:
            self._line = None
            Paragraph.__init__(self, self.text, self.style)
            if "width" in self.__dict__:  # laid out on the fast path: the same layout again
                Paragraph.wrap(self, self.width, self.height)

    def __getattr__(self, name: str) -> Any:
        # What only a parsed Paragraph has: parse on demand. (ReportLab probes many other
        # optional attributes with hasattr; those are simply absent, as on a Paragraph.)
        if name not in _PARSED or self.__dict__.get("_line") is None:
            raise AttributeError(name)
        self._parse()
        return getattr(self, name)

    # Probed with getattr(..., None) by ReportLab's tables for every cell: a class attribute
    # answers without raising through __getattr__.
    __split_only__ = None

    def _line_width(self) -> float:
        width = self.__dict__.get("_width_of_line")
        if width is None:
            st = self.style
            width = self._width_of_line = float(
                pdfmetrics.stringWidth(self._line, st.fontName, st.fontSize)
            )
        return float(width)

    def fits_line(self, availWidth: float) -> bool:
        """Whether this is (still) one plain line that fits `availWidth`."""
        st = self.style
        room = availWidth - st.leftIndent - st.firstLineIndent - st.rightIndent
        return self._line is not None and availWidth >= 1e-8 and self._line_width() <= room

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if self._line is not None:
            if self.fits_line(availWidth):
                leading = self.style.leading
                self.width, self.height = availWidth, leading
                return availWidth, leading
            self._parse()
        return super().wrap(availWidth, availHeight)  # type: ignore[no-any-return]

    def minWidth(self) -> float:
        if self._line is None:
            return super().minWidth()
        st = self.style
        words = self._line.split(" ")
        widest = max(pdfmetrics.stringWidth(w, st.fontName, st.fontSize) for w in words)
        return min(float(widest), LONG_WORD_WIDTH)

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        self._parse()
        return super().split(availWidth, availHeight)  # type: ignore[no-any-return]

    def draw(self) -> None:
        if self._line is None:
            super().draw()
            return
        # drawOn() saved the canvas state around this and restores it.
        self.draw_line(self.canv, 0.0, 0.0)

    def draw_line(self, canv: Any, x: float, y: float) -> None:
        """Draw the one line as if this flowable were drawn at (x, y): a table draws its
        cells this way without drawOn's saved state (it sets its own font and colour
        again after)."""
        st = self.style
        _set_text(canv, st.textColor, st.fontName, st.fontSize, st.leading)
        y += self.height - st.fontSize
        if st.alignment == TA_RIGHT:
            canv.drawRightString(x + self.width - st.rightIndent, y, self._line)
        elif st.alignment == TA_CENTER:
            middle = (self.width + st.leftIndent + st.firstLineIndent - st.rightIndent) / 2
            canv.drawCentredString(x + middle, y, self._line)
        else:
            canv.drawString(x + st.leftIndent + st.firstLineIndent, y, self._line)


class NameLine(LineParagraph):
    """A name in the style's font, then two spaces and a second text in a smaller font and
    colour: the Paragraph of `markup('{name}&nbsp;&nbsp; <font ...>{rest}</font>')`, drawn
    straight on the canvas while both fit on one line (as LineParagraph; parsed when not)."""

    def __init__(
        self,
        name: str | None,
        style: ParagraphStyle,
        rest: str = "",
        *,
        font: str = FONT,
        size: float = 0.0,
        color: Any = None,
        **kwargs: Any,
    ) -> None:
        if name is None or kwargs:  # ReportLab's split makes the parts from fragments
            super().__init__(name, style, **kwargs)
            return
        grey = "#" + str(color.hexval())[2:]
        template = f'{{name}}&nbsp;&nbsp; <font name="{font}" size="{size}" color="{grey}">'
        super().__init__("x", style)  # sets the fast path up; the texts follow
        self.text = template.format(name=esc(name)) + esc(rest) + "</font>"
        first, second = _plain_line(name), _plain_line(rest)
        if self._line is None or None in (first, second) or style.alignment != TA_LEFT:
            self._line = None
            Paragraph.__init__(self, self.text, style)
            return
        self._line, self._rest = f"{first}\xa0\xa0 ", str(second)
        self._rest_font = (font, size, color)

    def _line_width(self) -> float:
        font, size, _ = self._rest_font
        return super()._line_width() + float(pdfmetrics.stringWidth(self._rest, font, size))

    def minWidth(self) -> float:
        self._parse()
        return super().minWidth()

    def draw_line(self, canv: Any, x: float, y: float) -> None:
        st = self.style
        font, size, color = self._rest_font
        _set_text(canv, st.textColor, st.fontName, st.fontSize, st.leading)
        y += self.height - st.fontSize
        canv.drawString(x + st.leftIndent + st.firstLineIndent, y, self._line)
        first = pdfmetrics.stringWidth(self._line, st.fontName, st.fontSize)
        _set_text(canv, color, font, size, st.leading)
        canv.drawString(x + st.leftIndent + st.firstLineIndent + first, y, self._rest)


class Block(KeepTogether):  # type: ignore[misc]  # ReportLab ships no type hints
    """KeepTogether for parts that are plain text and tables: measured without the deep copy
    of the page frame ReportLab makes for each one (room for flowables that add content to
    the frame, which these never do): a thousand blocks copy a thousand frames otherwise."""

    def wrap(self, aW: float, aH: float) -> tuple[float, float]:
        dims: list[tuple[float, float]] = []
        width, height = _listWrapOn(self._content, aW, None, dims=dims)
        self._H, self._H0, self._wrapInfo = height, dims[0][1] if dims else 0, (aW, aH)
        return width, 0xFFFFFF  # as KeepTogether: always asked to split


def clip(text: str, limit: int = SIGNER_NAME_LIMIT) -> str:
    """Text for a place that must stay on one page (a signature block): at most `limit`
    characters, the rest as "…". The full text is printed elsewhere on the page."""
    return text if len(text) <= limit else text[: limit - 1] + "…"


def para(text: str, style: ParagraphStyle | None = None) -> Paragraph:
    """A Paragraph of user text (escaped). Long text splits across pages by itself."""
    return LineParagraph(text, style or styles().body)


def markup(template: str, style: ParagraphStyle | None = None, **values: str) -> Paragraph:
    """A Paragraph from our own markup with user values escaped into it:
    `markup("<b>{name}</b> ({team})", name=n, team=tm)`."""
    return TextParagraph(
        template.format(**{k: esc(v) for k, v in values.items()}), style or styles().body
    )


def title_block(title: str, subtitle: str = "") -> KeepTogether:
    """The big title at the top of the first page, with an optional muted line below it."""
    parts: list[Flowable] = [para(title, styles().title)]
    if subtitle:
        parts.append(para(subtitle, styles().subtitle))
    else:
        parts.append(Spacer(1, 6))
    return KeepTogether(parts)


def heading(text: str, *, sub: bool = False) -> list[Flowable]:
    """A section heading that never stands alone at the foot of a page: when less room is
    left than the heading plus a few lines, it starts on the next page."""
    style = styles().subheading if sub else styles().heading
    return [CondPageBreak(_MIN_SPLIT + 70), para(text, style)]


def empty_note(text: str) -> Paragraph:
    """The friendly line a report shows where a list is empty."""
    return para(text, ParagraphStyle("empty", parent=styles().muted, spaceBefore=4, spaceAfter=6))


# --- tables ----------------------------------------------------------------------------------

# A table cell: text (escaped and wrapped for you) or ready-made flowables.
Cell: TypeAlias = str | Flowable | list[Flowable]


class SplitTable(Table):  # type: ignore[misc]  # ReportLab ships no type hints
    """A Table that fills the page before it splits.

    ReportLab first splits between rows even when the next row is a long text that would leave
    half a page empty, and then tries the rest in that gap: the header row repeats mid-page.
    Here a tall row is split inside when whole rows would waste more than a few lines, and a
    table never starts in a sliver at the bottom of the page."""

    splitByRow: int
    splitInRow: int

    def _calc(self, availWidth: float, availHeight: float) -> None:
        # Laid out once per width: a KeepTogether, a page-fit check and the frame each ask
        # again, and the answer only changes with the width (once every row is measured).
        if self.__dict__.get("_calculated_for") == availWidth:
            return
        super()._calc(availWidth, availHeight)
        complete = len(self._rowpositions) == len(self._cellvalues) + 1
        self._calculated_for = availWidth if complete else None

    def _listCellGeom(
        self, V: Any, w: float, s: Any, W: Any = None, H: Any = None, aH: float = 72000
    ) -> Any:
        # A cell of one plain line that fits measures as its line (what wrapOn would say).
        if W is None and H is None and len(V) == 1 and isinstance(V[0], LineParagraph):
            line, width = V[0], w - s.leftPadding - s.rightPadding
            if line.fits_line(width) and not line.style.spaceBefore + line.style.spaceAfter:
                line.width, line.height = width, line.style.leading
                return width, line.height
        return super()._listCellGeom(V, w, s, W, H, aH)

    def _drawCell(self, cellval: Any, cellstyle: Any, pos: Any, size: Any) -> None:
        # A cell of one plain line (LineParagraph) is drawn straight on the table's canvas,
        # where drawOn would put it, without a saved canvas state and a new layout per cell.
        line = cellval[0] if isinstance(cellval, tuple) and len(cellval) == 1 else None
        width = size[0] - cellstyle.leftPadding - cellstyle.rightPadding
        if (
            not isinstance(line, LineParagraph)
            or not line.fits_line(width)
            or cellstyle.href
            or cellstyle.destination
        ):
            super()._drawCell(cellval, cellstyle, pos, size)
            return
        (colpos, rowpos), rowheight = pos, size[1]
        height = line.style.leading
        line.width, line.height = width, height
        if cellstyle.valign == "TOP":
            y = rowpos + rowheight - cellstyle.topPadding - height
        elif cellstyle.valign == "BOTTOM":
            y = rowpos + cellstyle.bottomPadding
        else:
            y = rowpos + (rowheight + cellstyle.bottomPadding - cellstyle.topPadding - height) / 2
        line.draw_line(self.canv, colpos + cellstyle.leftPadding, y)
        self._curcellstyle = None  # the next plain cell sets its font and colour again

    def split(self, availWidth: float, availHeight: float) -> list[Any]:
        if availHeight < _MIN_SPLIT:
            return []
        parts: list[Any] = super().split(availWidth, availHeight)
        if len(parts) == 2 and self.splitInRow and self.splitByRow:
            used = parts[0].wrap(availWidth, availHeight)[1]
            if availHeight - used > _MIN_SPLIT:
                self.splitByRow = 0
                try:
                    in_row: list[Any] = super().split(availWidth, availHeight)
                finally:
                    self.splitByRow = 1
                if in_row:
                    for part in in_row:
                        part.splitByRow = 1
                    return in_row
        return parts


@dataclass(frozen=True)
class Column:
    """A data-table column. `width` is a share of the text width ("30%") or points; "*" takes
    what is left. `align` is LEFT or RIGHT."""

    title: str
    width: str | float = "*"
    align: str = "LEFT"


def content_width(*, landscape_page: bool = False) -> float:
    """The usable text width of a page (inside the margins and the frame padding)."""
    width = (landscape(A4) if landscape_page else A4)[0]
    return float(width - 2 * MARGIN_X - 2 * _FRAME_PAD)


def content_height(*, landscape_page: bool = False) -> float:
    """The usable text height of a page (inside the margins and the frame padding)."""
    height = (landscape(A4) if landscape_page else A4)[1]
    return float(height - MARGIN_TOP - MARGIN_BOTTOM - 2 * _FRAME_PAD)


def fit_width(header: str, values: Iterable[str], *, cap: float) -> float:
    """The width a column needs to show its header and values on one line, at most `cap`
    points: give it to short columns (numbers, dates, codes) so the rest goes to the names."""
    register_fonts()
    size = styles().cell.fontSize
    needed = max(
        [pdfmetrics.stringWidth(header, FONT_BOLD, size)]
        + [pdfmetrics.stringWidth(v, FONT, size) for v in values]
    )
    return min(float(needed) + 2 * _CELL_PAD + 1, cap)


def _cell(value: Cell, style: ParagraphStyle) -> Flowable | list[Flowable]:
    # Strings become Paragraphs: they wrap inside the column and are escaped.
    return para(value, style) if isinstance(value, str) else value


def data_table(columns: Sequence[Column], rows: Sequence[Sequence[Cell]]) -> Table:
    """A list as a table: the header row repeats on every page, rows are zebra-striped, text
    wraps within its column, and a tall row may split across pages (splitInRow). With no rows
    only the header shows: give an `empty_note` instead."""
    st = styles()
    header = [para(c.title, st.cell_head) for c in columns]
    body = [
        [
            _cell(value, st.cell_right if col.align == "RIGHT" else st.cell)
            for col, value in zip(columns, row, strict=True)
        ]
        for row in rows
    ]
    table = SplitTable(
        [header, *body],
        colWidths=[c.width for c in columns],
        repeatRows=1,
        splitInRow=1,
        hAlign="LEFT",
        spaceAfter=8,
        cellStyles=house_cells(len(body) + 1, len(columns)),
    )
    table.setStyle(table_style(zebra=True, cells=False))
    return table


def _padding(
    left: float, right: float, top: float, bottom: float, valign: str = "TOP"
) -> list[tuple[Any, ...]]:
    everywhere = ((0, 0), (-1, -1))
    return [
        ("VALIGN", *everywhere, valign),
        ("LEFTPADDING", *everywhere, left),
        ("RIGHTPADDING", *everywhere, right),
        ("TOPPADDING", *everywhere, top),
        ("BOTTOMPADDING", *everywhere, bottom),
    ]


class HouseCell(CellStyle):  # type: ignore[misc]  # ReportLab ships no type hints
    """A cell as table_style()'s padding commands leave it, by class: a table given these
    (`house_cells`) skips setting the same five values on every cell, one by one."""

    valign = "TOP"
    leftPadding = _CELL_PAD
    rightPadding = _CELL_PAD
    topPadding = 3
    bottomPadding = 3


def house_cells(rows: int, columns: int) -> list[list[CellStyle]]:
    """Fresh cell styles for a table of this shape, with the house padding (see HouseCell):
    pass them as `cellStyles` and the table's style with `cells=False`."""
    return [[HouseCell(repr((i, j))) for j in range(columns)] for i in range(rows)]


def table_style(*, zebra: bool = True, header: bool = True, cells: bool = True) -> TableStyle:
    """The house table style: light header band, thin rules, optional zebra striping.
    `cells=False` leaves out the cell padding, for a table made with `house_cells`."""
    cmds = [*(_padding(_CELL_PAD, _CELL_PAD, 3, 3) if cells else [])]
    cmds.append(("LINEBELOW", (0, -1), (-1, -1), 0.5, RULE))
    if header:
        cmds += [
            ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
            ("LINEBELOW", (0, 0), (-1, 0), 0.8, ACCENT),
        ]
    if zebra:
        cmds.append(("ROWBACKGROUNDS", (0, 1 if header else 0), (-1, -1), [colors.white, ZEBRA]))
    return TableStyle(cmds)


def details_table(rows: Sequence[tuple[str, Cell]], *, label_width: str | float = "28%") -> Table:
    """'label: value' pairs (name, function, team ...). Values wrap; long ones split across
    pages. Empty values print as a dash so a reader sees the field was not forgotten."""
    st = styles()
    data = [
        [para(name, st.cell_label), _cell(value if value != "" else "–", st.cell)]
        for name, value in rows
    ]
    table = SplitTable(
        data, colWidths=[label_width, "*"], splitInRow=1, hAlign="LEFT", spaceAfter=8
    )
    table.setStyle(TableStyle([*_padding(0, 6, 2, 2), ("LINEBELOW", (0, 0), (-1, -1), 0.25, RULE)]))
    return table


# --- signature block ---------------------------------------------------------------------------


@dataclass(frozen=True)
class Signer:
    """One column of a signature block. `choices` are codes of the "signoff" labels shown as
    tick boxes (the employee's gezien / akkoord); `chosen` ticks one when it was recorded.
    `method` ("paper"/"screen") is printed under the line when the sign-off is known."""

    role: str
    name: str = ""
    signed_on: date | None = None
    choices: tuple[str, ...] = ()
    chosen: str | None = None
    method: str | None = None


def employee_and_lead(
    employee: str,
    lead: str,
    *,
    signoff: str | None = None,
    signed_on: date | None = None,
    method: str | None = None,
) -> list[Signer]:
    """The usual pair: the employee (gezien / akkoord boxes) and the lead."""
    boxes = ("gezien", "akkoord")
    return [
        Signer(t("Medewerker", "Employee"), employee, signed_on, boxes, signoff, method),
        Signer(t("Leidinggevende", "Lead"), lead),
    ]


def _boxes(signer: Signer) -> str:
    if not signer.choices:
        return ""
    # A box and its word never part; the pairs may wrap in a narrow (three-signer) column.
    return "&nbsp;&nbsp;&nbsp; ".join(
        f"{'☒' if code == signer.chosen else '☐'}&nbsp;{esc(label('signoff', code))}"
        for code in signer.choices
    )


def _signer_rows(signer: Signer, with_boxes: bool) -> list[list[Any]]:
    """The (label, value) cells of one signer, row by row."""
    st = styles()
    rows: list[list[Any]] = [
        [para(signer.role, st.subheading), ""],
        [para(t("Naam", "Name"), st.cell_label), para(clip(signer.name), st.cell)],
        [para(t("Datum", "Date"), st.cell_label), para(format_date(signer.signed_on), st.cell)],
    ]
    if with_boxes:
        rows.append(["", TextParagraph(_boxes(signer), st.cell)])
    note = label("signoff_method", signer.method) if signer.method else ""
    rows += [[para(t("Handtekening", "Signature"), st.cell_label), ""], ["", para(note, st.small)]]
    return rows


def signature_block(signers: Sequence[Signer], title: str | None = None) -> KeepTogether:
    """Side-by-side signature columns (two for employee and lead, three with HR), kept on one
    page. One table for all signers, so their lines line up. The date line stays empty for a
    pen unless a date is given."""
    with_boxes = any(s.choices for s in signers)
    columns = [_signer_rows(s, with_boxes) for s in signers]
    labels = [t("Naam", "Name"), t("Datum", "Date"), t("Handtekening", "Signature")]
    label_width = fit_width(labels[2], labels, cap=90)
    gap = 8 * mm
    share = f"{100 / len(signers):.4f}%"
    widths: list[str | float] = []
    rows: list[list[Any]] = [[] for _ in columns[0]]
    cmds: list[tuple[Any, ...]] = _padding(0, 4, 3, 3)
    sign_row, date_row = len(rows) - 2, 2
    for i, column in enumerate(columns):
        first = len(widths) + (1 if i else 0)
        if i:
            widths.append(gap)
            for row in rows:
                row.append("")
        widths += [label_width, share]
        for row, cells in zip(rows, column, strict=True):
            row += cells
        cmds += [
            ("SPAN", (first, 0), (first + 1, 0)),
            ("LINEBELOW", (first + 1, date_row), (first + 1, date_row), 0.5, RULE),
            ("LINEBELOW", (first + 1, sign_row), (first + 1, sign_row), 0.8, INK),
            ("VALIGN", (first, sign_row), (first + 1, sign_row), "BOTTOM"),
        ]
    heights: list[float | None] = [None] * len(rows)
    heights[sign_row] = 34  # room to sign
    table = Table(rows, colWidths=widths, rowHeights=heights, hAlign="LEFT")
    table.setStyle(TableStyle(cmds))
    parts: list[Flowable] = [Spacer(1, 8)]
    if title:
        parts.append(para(title, styles().heading))
    parts.append(table)
    return KeepTogether(parts)


# --- the page: header, footer, rendering -----------------------------------------------------


@dataclass(frozen=True)
class ReportMeta:
    """What the header and footer print. `subject` is the team or person after the title."""

    title: str
    printed_on: date
    subject: str = ""
    company: str = ""
    footer_note: str = ""
    landscape: bool = False
    # The company logo from the settings; drawn top right when it is a readable image.
    logo_path: str = ""


def _draw_logo(canv: Any, path: str, right: float, top: float) -> float:
    """Draw the logo with its top-right corner at (right, top), 12 mm high; its width, or 0
    when there is no usable logo (a missing or broken file never stops a printout)."""
    if not path:
        return 0.0
    try:
        image = ImageReader(path)
        width, height = image.getSize()
    except Exception:  # any unreadable image (PIL and ReportLab raise many kinds)
        return 0.0
    draw_h = 12 * mm
    draw_w = min(draw_h * width / max(height, 1), 45 * mm)
    canv.drawImage(image, right - draw_w, top - draw_h, draw_w, draw_h, mask="auto")
    return float(draw_w)


def _fit(text: str, font: str, size: float, width: float) -> str:
    """Shorten a header text with an ellipsis so it never runs into the other column."""
    text = plain(text)
    if pdfmetrics.stringWidth(text, font, size) <= width:
        return text
    while text and pdfmetrics.stringWidth(text + "…", font, size) > width:
        text = text[:-1]
    return text.rstrip() + "…"


def _decorate(canv: Any, meta: ReportMeta, page: int, total: int) -> None:
    """Header and footer of one page; drawn when the page count is known."""
    width, height = page_size(meta)
    left, right = MARGIN_X, width - MARGIN_X
    printed = t("Afgedrukt", "Printed") + " " + format_date(meta.printed_on)
    canv.saveState()
    logo_width = _draw_logo(canv, meta.logo_path, right, height - 5 * mm)
    # The date and the title stay clear of the logo; the rules and footer keep full width.
    text_right = right - (logo_width + 4 * mm if logo_width else 0)
    canv.setFillColor(MUTED)
    canv.setFont(FONT, 8)
    canv.drawRightString(text_right, height - 12 * mm, printed)
    room = text_right - left - pdfmetrics.stringWidth(printed, FONT, 8) - 8 * mm
    if meta.company:
        canv.drawString(left, height - 12 * mm, _fit(meta.company, FONT, 8, room))
    heading = f"{meta.title} – {meta.subject}" if meta.subject else meta.title
    canv.setFillColor(INK)
    canv.setFont(FONT_BOLD, 10)
    canv.drawString(left, height - 17 * mm, _fit(heading, FONT_BOLD, 10, text_right - left))
    canv.setStrokeColor(RULE)
    canv.setLineWidth(0.6)
    canv.line(left, height - 19.5 * mm, right, height - 19.5 * mm)
    canv.line(left, 14 * mm, right, 14 * mm)
    canv.setFillColor(MUTED)
    canv.setFont(FONT, 8)
    pages = t(f"pagina {page} van {total}", f"page {page} of {total}")
    canv.drawRightString(right, 10 * mm, pages)
    if meta.footer_note:
        room = right - left - pdfmetrics.stringWidth(pages, FONT, 8) - 8 * mm
        canv.drawString(left, 10 * mm, _fit(meta.footer_note, FONT, 8, room))
    canv.restoreState()


class NumberedCanvas(Canvas):  # type: ignore[misc]  # ReportLab ships no type hints
    """Two passes in one: pages are kept until save(), when the total is known, so the footer
    can say "pagina X van Y". `decorate(canvas, page, total)` draws header and footer."""

    def __init__(
        self, *args: Any, decorate: Callable[[Any, int, int], None], **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self._page_states: list[dict[str, Any]] = []
        self._decorate_page = decorate

    def showPage(self) -> None:
        self._page_states.append(dict(self.__dict__))
        self._startPage()

    def save(self) -> None:
        total = len(self._page_states)
        for state in self._page_states:
            self.__dict__.update(state)
            self._decorate_page(self, self._pageNumber, total)
            super().showPage()
        super().save()


def page_size(meta: ReportMeta) -> tuple[float, float]:
    width, height = landscape(A4) if meta.landscape else A4
    return float(width), float(height)


def render_story(story: Sequence[Flowable], meta: ReportMeta, *, invariant: bool = False) -> bytes:
    """Lay the story out on A4 pages with the house header and footer; return the PDF bytes.
    `invariant=True` fixes dates and ids inside the file so tests get identical bytes."""
    register_fonts()
    size = page_size(meta)
    buffer = io.BytesIO()
    doc = BaseDocTemplate(
        buffer,
        pagesize=size,
        leftMargin=MARGIN_X,
        rightMargin=MARGIN_X,
        topMargin=MARGIN_TOP,
        bottomMargin=MARGIN_BOTTOM,
        title=f"{meta.title} – {meta.subject}" if meta.subject else meta.title,
        author=meta.company,
        creator="teamlead-app",
        invariant=1 if invariant else 0,
        lang=language(),
        initialFontName=FONT,
    )
    frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
    doc.addPageTemplates([PageTemplate(id="page", frames=[frame], pagesize=size)])
    maker = functools.partial(
        NumberedCanvas, decorate=lambda c, page, total: _decorate(c, meta, page, total)
    )
    doc.build(list(story), canvasmaker=maker)
    return buffer.getvalue()
