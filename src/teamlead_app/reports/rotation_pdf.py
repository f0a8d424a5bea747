"""The rotation schedule on A4 landscape for the canteen wall: people × weeks, readable in
black and white. A cell prints the number of the rotation the person is on that week, or
"B" + the number when he hosts it (begeleider); a grey tint marks the weeks away. The
numbered list under the grid gives each rotation in full (form, where, host, learning goal,
status), wrapped however long. Long periods continue in blocks of weeks."""

from __future__ import annotations

from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import CondPageBreak, Flowable, Paragraph, Spacer, TableStyle

from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.records.rotations import ScheduleData
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

NAME_WIDTH = 140.0
MIN_WEEK_WIDTH = 30.0
AWAY_TINT = colors.HexColor("#D0D4DA")
HOST_TINT = colors.HexColor("#F0F2F5")


def _title() -> str:
    return t("Roulatieschema", "Rotation schedule")


def _blocks(count: int) -> list[range]:
    per_page = max(1, int((content_width(landscape_page=True) - NAME_WIDTH) // MIN_WEEK_WIDTH))
    blocks = -(-count // per_page)
    size = -(-count // max(blocks, 1))
    return [range(i, min(i + size, count)) for i in range(0, count, size)]


def _grid(data: ScheduleData, weeks: range) -> Flowable:
    style = styles().cell
    centre = ParagraphStyle(
        "week_head", parent=styles().cell_head, alignment=1, fontSize=7, leading=8.5
    )
    head: list[object] = [Paragraph(esc(t("Naam", "Name")), styles().cell_head)]
    for i in weeks:
        monday = data.weeks[i]
        week = monday.isocalendar().week
        head.append(Paragraph(f"{t('wk', 'wk')} {week}<br/>{monday:%d-%m}", centre))
    rows: list[list[object]] = [head]
    commands: list[tuple[object, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), HEAD_BG),
        ("GRID", (0, 0), (-1, -1), 0.4, RULE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("ALIGN", (1, 1), (-1, -1), "CENTER"),
        ("FONTNAME", (1, 1), (-1, -1), FONT_BOLD),
        ("FONTSIZE", (1, 1), (-1, -1), 8),
    ]
    for r, row in enumerate(data.rows, start=1):
        line: list[object] = [Paragraph(esc(row.name), style)]
        for c, i in enumerate(weeks, start=1):
            text = row.cells[i]
            line.append(text)
            if text:
                guest = any(not part.startswith("B") for part in text.split())
                tint = AWAY_TINT if guest else HOST_TINT
                commands.append(("BACKGROUND", (c, r), (c, r), tint))
        rows.append(line)
    width = (content_width(landscape_page=True) - NAME_WIDTH) / len(weeks)
    table = SplitTable(
        rows,
        colWidths=[NAME_WIDTH] + [min(width, 60.0)] * len(weeks),
        repeatRows=1,
        hAlign="LEFT",
    )
    table.setStyle(TableStyle(commands))
    return table


def _rotation_list(data: ScheduleData) -> Flowable:
    columns = [
        Column("#", 22),
        Column(t("Medewerker", "Employee"), "16%"),
        Column(t("Periode", "Period"), 118),
        Column(t("Vorm", "Form"), "17%"),
        Column(t("Waar", "Where"), "15%"),
        Column(t("Begeleider", "Host"), "13%"),
        Column(t("Leerdoel", "Learning goal"), "*"),
        Column(t("Status", "Status"), 70),
    ]
    rows = []
    for number, r in enumerate(data.rotations, start=1):
        goal = f"{r.skill} → {r.target_level}" if r.skill and r.target_level else r.skill
        status = label("rotation_status", r.status)
        if r.outcome:
            status += f": {label('rotation_outcome', r.outcome)}"
        rows.append(
            [
                str(number),
                r.employee,
                f"{format_date(r.date_from)} – {format_date(r.date_to)}",
                r.form,
                r.where,
                r.host,
                goal,
                status,
            ]
        )
    return data_table(columns, rows)


def _legend() -> Paragraph:
    return para(
        t(
            "In een week: het nummer van de roulatie waar iemand op is (donker vak), of B en "
            "het nummer als hij begeleider is (licht vak). De lijst onder het schema geeft elke "
            "roulatie voluit.",
            "In a week: the number of the rotation someone is on (dark cell), or B and the "
            "number when he is the host (light cell). The list below gives each rotation in full.",
        ),
        styles().small,
    )


def build_story(data: ScheduleData) -> list[Flowable]:
    subject = data.team or t("Alle teams", "All teams")
    period = f"{format_date(data.weeks[0])} – {format_date(data.weeks[-1])}"
    story: list[Flowable] = [
        title_block(f"{_title()} – {subject}", t(f"Weken van {period}", f"Weeks of {period}")),
        _legend(),
        Spacer(1, 3 * mm),
    ]
    if not data.rows:
        story.append(
            empty_note(
                t(
                    "Geen roulaties in deze periode. Plan er een op de pagina Roulatie of met "
                    "een suggestie voor een rode of oranje vaardigheid.",
                    "No rotations in this period. Plan one on the Rotation page or from a "
                    "suggestion for a red or amber skill.",
                )
            )
        )
        return story
    blocks = _blocks(len(data.weeks))
    for block in blocks:
        if len(blocks) > 1:
            first, last = data.weeks[block[0]], data.weeks[block[-1]]
            story += heading(
                t(
                    f"Weken vanaf {format_date(first)} t/m {format_date(last)}",
                    f"Weeks from {format_date(first)} to {format_date(last)}",
                ),
                sub=True,
            )
        story.append(_grid(data, block))
        story.append(Spacer(1, 4 * mm))
    if data.rotations:
        story.append(CondPageBreak(40 * mm))
        story += heading(t("Roulaties", "Rotations"), sub=True)
        story.append(_rotation_list(data))
    return story


def render_pdf(data: ScheduleData, *, invariant: bool = False) -> bytes:
    meta = ReportMeta(
        title=_title(),
        printed_on=data.printed_on,
        subject=data.team,
        company=data.company_name,
        landscape=True,
        logo_path=data.logo_path,
    )
    return render_story(build_story(data), meta, invariant=invariant)
