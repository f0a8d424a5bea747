"""The preparation form for the POP conversation (Voorbereiding POP-gesprek): printed for the
employee to fill in by hand beforehand. The questions of domain §4.2, each with room to write,
and the reassurance that it is not an assessment. Two pages; blank or with the name filled in.

`writing_lines` and `fill_in_table` are shared with the POP form (lines for a pen)."""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table, TableStyle

from teamlead_app.i18n import t
from teamlead_app.records.development import PopPrepData
from teamlead_app.reports.style import (
    HEAD_BG,
    RULE,
    ReportMeta,
    TextParagraph,
    content_width,
    esc,
    para,
    render_story,
    styles,
    title_block,
)
from teamlead_app.util.dates import format_date

LINE_HEIGHT = 8.5 * mm  # handwriting needs more room than print


def writing_lines(count: int, width: float | None = None) -> Table:
    """`count` ruled lines to write on, across the text width."""
    table = Table(
        [[""] for _ in range(count)],
        colWidths=[width or content_width()],
        rowHeights=[LINE_HEIGHT] * count,
        hAlign="LEFT",
    )
    table.setStyle(TableStyle([("LINEBELOW", (0, 0), (-1, -1), 0.5, RULE)]))
    return table


def fill_in_table(pairs: Sequence[tuple[str, str]], *, columns: int = 2) -> Table:
    """'label ______' fields side by side (`columns` pairs a row): the value is printed on the
    line when known, else the line stays empty for a pen."""
    st = styles()
    gap = 8 * mm
    pair_width = (content_width() - gap * (columns - 1)) / columns
    label_width = 32 * mm
    widths: list[float] = []
    for i in range(columns):
        widths += ([gap] if i else []) + [label_width, pair_width - label_width]
    rows: list[list[Flowable | str]] = []
    cmds: list[tuple[object, ...]] = [
        ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 3),
    ]
    for start in range(0, len(pairs), columns):
        row: list[Flowable | str] = []
        for i, (name, value) in enumerate(pairs[start : start + columns]):
            row += ([""] if i else []) + [para(name, st.cell_label), para(value, st.body)]
            value_col = len(row) - 1
            cmds.append(("LINEBELOW", (value_col, len(rows)), (value_col, len(rows)), 0.6, RULE))
        row += [""] * (len(widths) - len(row))
        rows.append(row)
    table = Table(rows, colWidths=widths, rowHeights=[9 * mm] * len(rows), hAlign="LEFT")
    table.setStyle(TableStyle(cmds))
    return table


# (question, hint, lines): the questions verbatim from domain §4.2; the hints are ours.
def _questions() -> list[tuple[str, str, int]]:
    return [
        (
            t("Waar sta je over drie jaar?", "Where will you be in three years?"),
            t(
                "Wat voor werk doe je dan? Wat kun je dan dat je nu nog niet kunt?",
                "What work are you doing then? What can you do that you cannot do yet?",
            ),
            6,
        ),
        (
            t(
                "Welke stappen zet je het komende jaar om daar te komen?",
                "Which steps will you take in the coming year to get there?",
            ),
            t(
                "Kleine stappen tellen ook: een nieuwe machine, een cursus, meelopen, een project.",
                "Small steps count too: a new machine, a course, shadowing, a project.",
            ),
            6,
        ),
        (
            t(
                "Welke hulp en ondersteuning heb je hierbij nodig?",
                "What help and support do you need for this?",
            ),
            t(
                "Bijvoorbeeld tijd, een opleiding, een buddy of uitleg van een collega.",
                "For example time, a course, a buddy or a colleague explaining things.",
            ),
            5,
        ),
        (
            t(
                "Bij welke collega wil je eens meelopen?",
                "Which colleague would you like to shadow?",
            ),
            t("En wat wil je daar zien of leren?", "And what would you like to see or learn?"),
            5,
        ),
        (t("Waar krijg jij energie van?", "What gives you energy?"), "", 5),
        (t("Zit dat voldoende in je werk?", "Is there enough of it in your work?"), "", 4),
        (
            t(
                "Wat kun je goed? Wat wil je nog leren?",
                "What are you good at? What do you want to learn?",
            ),
            "",
            6,
        ),
    ]


def _question(number: int, question: str, hint: str, lines: int) -> KeepTogether:
    st = styles()
    head = ParagraphStyle("prep_question", parent=st.subheading, spaceBefore=10, spaceAfter=0)
    parts: list[Flowable] = [TextParagraph(f"{number}.&nbsp;&nbsp;{esc(question)}", head)]
    if hint:
        parts.append(para(hint, ParagraphStyle("prep_hint", parent=st.muted, leftIndent=14)))
    parts.append(writing_lines(lines))
    return KeepTogether(parts)


def _title() -> str:
    return t("Voorbereiding POP-gesprek", "POP conversation preparation")


def _intro() -> list[Flowable]:
    st = styles()
    box = Table(
        [
            [
                TextParagraph(
                    "<b>"
                    + esc(
                        t(
                            "Er zijn geen goede of foute antwoorden.",
                            "There are no right or wrong answers.",
                        )
                    )
                    + "</b> "
                    + esc(
                        t(
                            "Dit is geen beoordeling, maar de voorbereiding op een gesprek over "
                            "jouw ontwikkeling. Schrijf op wat in je opkomt; steekwoorden zijn "
                            "genoeg. Neem het formulier mee naar het gesprek.",
                            "This is not an assessment but the preparation for a conversation "
                            "about your development. Write down what comes to mind; a few "
                            "words are enough. Bring the form to the conversation.",
                        )
                    ),
                    st.body,
                )
            ]
        ],
        colWidths=[content_width()],
        hAlign="LEFT",
    )
    box.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), HEAD_BG),
                ("LEFTPADDING", (0, 0), (-1, -1), 8),
                ("RIGHTPADDING", (0, 0), (-1, -1), 8),
                ("TOPPADDING", (0, 0), (-1, -1), 6),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 7),
            ]
        )
    )
    return [box, Spacer(1, 4)]


def _fields(data: PopPrepData) -> Table:
    return fill_in_table(
        [
            (t("Naam", "Name"), data.employee),
            (t("Datum gesprek", "Date of talk"), format_date(data.conversation_on)),
            (t("Functie", "Function"), data.function),
            (t("Team", "Team"), data.team),
            (t("Leidinggevende", "Lead"), data.lead_name),
            (t("Ingevuld op", "Filled in on"), ""),
        ]
    )


def build_story(data: PopPrepData) -> list[Flowable]:
    subtitle = t(
        "Persoonlijk ontwikkelingsplan: jouw antwoorden, vóór het gesprek ingevuld",
        "Personal development plan: your answers, filled in before the conversation",
    )
    story: list[Flowable] = [title_block(_title(), subtitle), *_intro(), _fields(data)]
    for number, (question, hint, lines) in enumerate(_questions(), start=1):
        story.append(_question(number, question, hint, lines))
    story += [
        Spacer(1, 10),
        para(
            t(
                "Bedankt! Je leidinggevende bespreekt je antwoorden met je en legt de afspraken "
                "samen met jou vast in je POP.",
                "Thank you! Your lead discusses your answers with you and records the "
                "agreements in your POP together with you.",
            ),
            styles().muted,
        ),
    ]
    return story


def meta(data: PopPrepData) -> ReportMeta:
    return ReportMeta(
        title=_title(),
        printed_on=data.printed_on,
        subject=data.employee,
        company=data.company_name,
        logo_path=data.logo_path,
        footer_note=t(
            "Dit is geen beoordeling: er zijn geen goede of foute antwoorden.",
            "This is not an assessment: there are no right or wrong answers.",
        ),
    )


def render_pdf(data: PopPrepData, *, invariant: bool = False) -> bytes:
    return render_story(build_story(data), meta(data), invariant=invariant)
