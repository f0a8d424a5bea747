"""The preparation sheet for the next conversation with one person (voorbereidingsblad): the
lead's working paper. Who and when; what was shared last time; the open agreements (overdue
ones marked); the score trend of the last twelve conversations; the active development goals
with their latest progress and next step; and ruled lines for notes.

The score may show here: the sheet is for the lead, not for HR. The private notes of the last
conversation do not: paper travels, so they are not in the data at all."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.graphics.shapes import Drawing, Line, Rect, String
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Paragraph, Spacer

from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.records.conversation_reports import (
    LastConversation,
    NextConversation,
    OpenAgreement,
    PrepData,
    ScorePoint,
)
from teamlead_app.records.development import ActiveGoal
from teamlead_app.reports.certificate_section import certificate_section
from teamlead_app.reports.pop_prep import LINE_HEIGHT
from teamlead_app.reports.style import (
    ACCENT,
    FONT,
    FONT_BOLD,
    INK,
    MUTED,
    RULE,
    Column,
    ReportMeta,
    TextParagraph,
    content_width,
    data_table,
    details_table,
    empty_note,
    esc,
    fit_width,
    heading,
    para,
    render_story,
    styles,
    title_block,
)
from teamlead_app.util.dates import format_date

_DATE_SAMPLE = "25-11-2026"
_NOTE_LINES = 8  # at least; the lines fill the rest of the last page
_CHART_HEIGHT = 34 * mm
_MAX_SCORE = 5
_LATE = "#B42318"


def _title() -> str:
    return t("Voorbereidingsblad", "Preparation sheet")


def _next(next_: NextConversation | None) -> str:
    if next_ is None:
        return t("Nog niet gepland", "Not planned yet")
    kind = label("conversation_kind", next_.kind)
    minutes = t(f"{next_.duration_minutes} minuten", f"{next_.duration_minutes} minutes")
    return (
        f"{format_date(next_.scheduled_at.date())}, {next_.scheduled_at:%H:%M} · {kind} · {minutes}"
    )


def _last(last: LastConversation | None) -> str:
    if last is None:
        return t("Nog geen gesprek gevoerd", "No conversation held yet")
    return f"{format_date(last.day)} · {label('conversation_kind', last.kind)}"


def _details(data: PrepData) -> list[Flowable]:
    rows = [
        (t("Naam", "Name"), data.employee),
        (t("Personeelsnummer", "Personnel number"), data.personnel_number),
        (t("Functie", "Function"), data.function),
        (t("Team", "Team"), data.team),
        (t("Leidinggevende", "Lead"), data.lead_name),
        (t("In dienst sinds", "In service since"), format_date(data.date_in_service)),
        (t("Volgende gesprek", "Next conversation"), _next(data.next_conversation)),
        (t("Laatste gesprek", "Last conversation"), _last(data.last_conversation)),
    ]
    return [details_table(rows)]


def _last_summary(last: LastConversation | None) -> list[Flowable]:
    if last is None:
        return [
            *heading(t("Laatste gesprek", "Last conversation")),
            empty_note(
                t(
                    "Er is nog geen gesprek gevoerd: dit wordt het eerste.",
                    "No conversation has been held yet: this will be the first.",
                )
            ),
        ]
    story = heading(
        t(
            f"Laatste gesprek ({format_date(last.day)})",
            f"Last conversation ({format_date(last.day)})",
        )
    )
    story.append(para(t("Samenvatting", "Summary"), styles().subheading))
    if last.shared_summary.strip():
        story.append(para(last.shared_summary))
    else:
        story.append(empty_note(t("Geen samenvatting vastgelegd.", "No summary recorded.")))
    if last.employee_response.strip():
        story += [
            para(t("Reactie medewerker", "Employee's response"), styles().subheading),
            para(last.employee_response),
        ]
    return story


def _late(text: str) -> Paragraph:
    """A date that has passed, in bold red with the words under it (not colour alone: the
    sheet is often printed in black and white)."""
    late = t("te laat", "overdue")
    return TextParagraph(
        f'<font color="{_LATE}"><b>{esc(text)}<br/>{esc(late)}</b></font>', styles().cell
    )


def _date_cell(day: date | None, today: date) -> Paragraph | str:
    if day is None:
        return "–"
    return _late(format_date(day)) if day < today else format_date(day)


def _comment(item: OpenAgreement) -> str:
    if not item.last_comment:
        return "–"
    return f"{format_date(item.last_comment_on)}: {item.last_comment}"


def _bold_date_width(title: str) -> float:
    """Room for a date in bold (an overdue one) on one line, and for the header."""
    bold = pdfmetrics.stringWidth(_DATE_SAMPLE, FONT_BOLD, styles().cell.fontSize)
    return max(fit_width(title, [_DATE_SAMPLE], cap=90), float(bold) + 12)


def _agreements(data: PrepData) -> list[Flowable]:
    story = heading(t("Openstaande afspraken", "Open agreements"))
    items = data.open_agreements
    if not items:
        return [
            *story,
            empty_note(t("Er staan geen afspraken open.", "There are no open agreements.")),
        ]
    owners = [label("agreement_owner", item.agreement.owner) for item in items]
    when = t("Wanneer", "When")
    since = t("Sinds", "Since")
    columns = [
        Column(t("Wat", "What"), "34%"),
        Column(t("Wie", "Who"), fit_width(t("Wie", "Who"), owners, cap=90)),
        Column(when, _bold_date_width(when)),
        Column(since, fit_width(since, [_DATE_SAMPLE], cap=80)),
        Column(t("Laatste opmerking", "Latest comment")),
    ]
    rows = [
        [
            item.agreement.text,
            owner,
            _date_cell(item.agreement.due_date, data.printed_on),
            format_date(item.agreement.created_on),
            _comment(item),
        ]
        for item, owner in zip(items, owners, strict=True)
    ]
    overdue = sum(item.agreement.is_overdue(data.printed_on) for item in items)
    if overdue:
        verb = t("is", "is") if overdue == 1 else t("zijn", "are")
        note = t(
            f"{overdue} van de {len(items)} afspraken {verb} over de datum.",
            f"{overdue} of the {len(items)} agreements {verb} past the date.",
        )
        story.append(para(note, styles().muted))
    return [*story, data_table(columns, rows)]


def score_chart(points: Sequence[ScorePoint], width: float) -> Drawing:
    """A small bar chart: one bar per conversation (oldest left), the score above it and the
    date below, with light lines at 1 to 5. Plain shapes, so the text stays real text."""
    drawing = Drawing(width, _CHART_HEIGHT)
    left, bottom, top = 14.0, 14.0, _CHART_HEIGHT - 12
    step = (top - bottom) / _MAX_SCORE
    for value in range(1, _MAX_SCORE + 1):
        y = bottom + value * step
        drawing.add(Line(left, y, width, y, strokeColor=RULE, strokeWidth=0.4))
        drawing.add(
            String(
                left - 4,
                y - 2.5,
                str(value),
                fontName=FONT,
                fontSize=7,
                fillColor=MUTED,
                textAnchor="end",
            )
        )
    drawing.add(Line(left, bottom, width, bottom, strokeColor=INK, strokeWidth=0.6))
    slot = (width - left) / max(len(points), 6)  # a few points do not make fat bars
    bar = min(slot * 0.55, 9 * mm)
    for i, point in enumerate(points):
        middle = left + slot * (i + 0.5)
        height = point.score * step
        drawing.add(Rect(middle - bar / 2, bottom, bar, height, fillColor=ACCENT, strokeColor=None))
        drawing.add(
            String(
                middle,
                bottom + height + 2,
                str(point.score),
                fontName=FONT_BOLD,
                fontSize=8,
                fillColor=INK,
                textAnchor="middle",
            )
        )
        drawing.add(
            String(
                middle,
                bottom - 9,
                point.day.strftime("%d-%m-%y"),
                fontName=FONT,
                fontSize=6.5,
                fillColor=MUTED,
                textAnchor="middle",
            )
        )
    return drawing


def _scores(points: Sequence[ScorePoint]) -> list[Flowable]:
    story = heading(
        t("Hoe gaat het? Score van de laatste gesprekken", "How is it going? Recent scores")
    )
    if not points:
        return [
            *story,
            empty_note(
                t(
                    "Nog geen score ingevuld in een gevoerd gesprek.",
                    "No score filled in in a held conversation yet.",
                )
            ),
        ]
    explain = para(
        t(
            "Jouw eigen inschatting per gesprek (1 = gaat slecht, 5 = gaat goed); "
            "alleen voor jezelf, niet voor het dossier.",
            "Your own sense per conversation (1 = going badly, 5 = going well); "
            "for yourself only, not for the file.",
        ),
        styles().muted,
    )
    return [*story, KeepTogether([explain, score_chart(points, content_width())])]


def _goal_cell(goal: ActiveGoal) -> list[Flowable]:
    st = styles()
    parts: list[Flowable] = [para(goal.what, st.cell)]
    parts.append(
        para(
            f"{label('goal_category', goal.category)} · {label('goal_status', goal.status)}",
            st.small,
        )
    )
    return parts


def _progress(goal: ActiveGoal) -> str:
    if not goal.latest_progress:
        return "–"
    return f"{format_date(goal.latest_progress_on)}: {goal.latest_progress}"


def _next_step(goal: ActiveGoal, today: date) -> Paragraph | str:
    if not goal.next_step:
        return "–"
    extra = [part for part in (goal.next_step_who or "", format_date(goal.next_step_on)) if part]
    text = f"{goal.next_step} ({', '.join(extra)})" if extra else goal.next_step
    if goal.next_step_on is None or goal.next_step_on >= today:
        return text
    late = t("te laat", "overdue")
    return TextParagraph(
        f'{esc(text)} <font color="{_LATE}"><b>{esc(late)}</b></font>', styles().cell
    )


def _goals(goals: Sequence[ActiveGoal], today: date) -> list[Flowable]:
    story = heading(t("Lopende ontwikkeldoelen", "Active development goals"))
    if not goals:
        return [
            *story,
            empty_note(
                t(
                    "Geen lopende ontwikkeldoelen. Een goed moment om er samen één te kiezen.",
                    "No active development goals. A good moment to choose one together.",
                )
            ),
        ]
    target = t("Streefdatum", "Target date")
    columns = [
        Column(t("Doel", "Goal"), "32%"),
        Column(target, _bold_date_width(target)),
        Column(t("Laatste voortgang", "Latest progress")),
        Column(t("Volgende stap", "Next step"), "26%"),
    ]
    rows = [
        [
            _goal_cell(goal),
            _date_cell(goal.target_date, today),
            _progress(goal),
            _next_step(goal, today),
        ]
        for goal in goals
    ]
    return [*story, data_table(columns, rows)]


class NoteLines(Flowable):  # type: ignore[misc]  # ReportLab ships no type hints
    """Ruled lines for a pen that fill the rest of the page: at least `least` lines (else
    they start on the next page), at most `most`."""

    def __init__(self, least: int, most: int) -> None:
        super().__init__()
        self.least, self.most = least, most
        self.count = least

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = avail_width
        fits = int(avail_height // LINE_HEIGHT)
        self.count = min(max(fits, self.least), self.most)
        return avail_width, self.count * LINE_HEIGHT

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        for i in range(self.count):
            y = (self.count - 1 - i) * LINE_HEIGHT
            canvas.line(0, y, self.width, y)


def _notes() -> list[Flowable]:
    head = para(t("Aantekeningen voor het gesprek", "Notes for the conversation"), styles().heading)
    hint = para(
        t(
            "Waar wil je naar vragen? Wat wil je zelf inbrengen? Welke afspraak maak je?",
            "What do you want to ask? What do you want to bring up? Which agreement will you make?",
        ),
        styles().muted,
    )
    # Room for the heading, the hint and the fewest lines, else all of it starts anew.
    return [CondPageBreak(_NOTE_LINES * LINE_HEIGHT + 50), head, hint, NoteLines(_NOTE_LINES, 30)]


def build_story(data: PrepData) -> list[Flowable]:
    subtitle = t(
        f"{data.employee} · volgende gesprek: {_next(data.next_conversation)}",
        f"{data.employee} · next conversation: {_next(data.next_conversation)}",
    )
    intro = para(
        t(
            "Werkblad van de leidinggevende voor het volgende gesprek. Je werkaantekeningen "
            "staan er bewust niet op.",
            "The lead's working paper for the next conversation. Your working notes are "
            "deliberately left off.",
        ),
        styles().muted,
    )
    return [
        title_block(_title(), subtitle),
        intro,
        Spacer(1, 6),
        *_details(data),
        *_last_summary(data.last_conversation),
        *_agreements(data),
        *certificate_section(data.certificates, data.printed_on),
        *_scores(data.scores),
        *_goals(data.goals, data.printed_on),
        *_notes(),
    ]


def meta(data: PrepData) -> ReportMeta:
    return ReportMeta(
        title=_title(),
        printed_on=data.printed_on,
        subject=data.employee,
        company=data.company_name,
        logo_path=data.logo_path,
        footer_note=t(
            "Werkblad van de leidinggevende, niet voor het personeelsdossier.",
            "The lead's working paper, not for the personnel file.",
        ),
    )


def render_pdf(data: PrepData, *, invariant: bool = False) -> bytes:
    return render_story(build_story(data), meta(data), invariant=invariant)
