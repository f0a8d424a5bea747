"""The conversation summary (gespreksverslag) as it goes to the employee and into the HR file:
who, when, what kind; the template's questions with the answers; the shared summary; the
agreements made; the follow-up of earlier agreements; the employee's response and the
signatures with gezien / akkoord.

Choices:
- Every question of the conversation's template prints, an unanswered one with "–": the
  file then shows what was asked and that nothing was recorded, instead of leaving a reader
  to wonder whether the print dropped it.
- The lead's private notes and the score are not in the data (see
  services/exports/conversations.py), so they cannot appear here.
- A planned conversation prints, clearly marked "Nog niet gevoerd", for taking along.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import CondPageBreak, Flowable, KeepTogether, Spacer, Table, TableStyle

from teamlead_app.i18n import t
from teamlead_app.labels import choices, label
from teamlead_app.records.conversation_reports import SummaryData
from teamlead_app.records.conversations import (
    AgreementView,
    AnswerView,
    CarriedAgreement,
    ConversationView,
)
from teamlead_app.reports.pop_prep import writing_lines
from teamlead_app.reports.style import (
    FONT_BOLD,
    HEAD_BG,
    Column,
    ReportMeta,
    content_width,
    data_table,
    details_table,
    employee_and_lead,
    empty_note,
    fit_width,
    heading,
    markup,
    para,
    render_story,
    signature_block,
    styles,
    title_block,
)
from teamlead_app.reports.versions import version_box
from teamlead_app.util.dates import format_date, format_datetime

_DATE_SAMPLE = "25-11-2026"


def _title() -> str:
    return t("Gespreksverslag", "Conversation summary")


def _minutes(value: int) -> str:
    return t(f"{value} minuten", f"{value} minutes")


def _when(view: ConversationView) -> str:
    """The day it counts for, with the planned time."""
    return f"{format_date(view.day)}, {view.scheduled_at:%H:%M}"


def _state(view: ConversationView, today: date) -> str:
    """The state the screen shows (conversation_state): "Afgerond (ondertekend)" for a signed
    talk, "Gemist" for one whose month passed without it being held."""
    state = view.state(today)
    if state in ("planned", "moved"):
        return t("Nog niet gevoerd (gepland)", "Not held yet (planned)")
    return label("conversation_state", state)


def _moved(view: ConversationView) -> str:
    count = view.move_count
    times = t("1 keer", "once") if count == 1 else t(f"{count} keer", f"{count} times")
    original = format_datetime(view.original_at)
    return t(
        f"{times}; oorspronkelijk gepland op {original}",
        f"{times}; first planned for {original}",
    )


def _details(view: ConversationView, today: date) -> list[Flowable]:
    rows: list[tuple[str, str]] = [
        (t("Medewerker", "Employee"), view.employee),
        (t("Functie", "Function"), view.function),
        (t("Team", "Team"), view.team),
        (t("Leidinggevende", "Lead"), view.lead_name),
        (t("Datum en tijd", "Date and time"), _when(view)),
        (t("Soort gesprek", "Kind of conversation"), label("conversation_kind", view.kind)),
        (t("Duur", "Duration"), _minutes(view.duration_minutes)),
        (t("Status", "Status"), _state(view, today)),
    ]
    if view.moves:
        rows.append((t("Verplaatst", "Moved"), _moved(view)))
    return [details_table(rows)]


def _not_held_box(view: ConversationView, today: date) -> Table:
    """A shaded line at the top: this is not (yet) a record of a held conversation."""
    when = _when(view)
    head = t("Nog niet gevoerd.", "Not held yet.")
    body = t(
        f"Dit gesprek staat gepland op {when} en is nog niet gevoerd. Wat hieronder staat, "
        "is wat er tot nu toe is ingevuld; bij open vragen is ruimte om te schrijven.",
        f"This conversation is planned for {when} and has not been held yet. What follows is "
        "what has been filled in so far, with room to write at open questions.",
    )
    if view.state(today) == "missed":
        head = t("Gemist.", "Missed.")
        body = t(
            f"Dit gesprek stond gepland op {when} en is niet gevoerd. Verplaats het of voer "
            "het alsnog; wat hieronder staat, is wat er tot nu toe is ingevuld.",
            f"This conversation was planned for {when} and was not held. Move it or hold it "
            "after all; what follows is what has been filled in so far.",
        )
    box = Table(
        [[markup("<b>{head}</b> {body}", head=head, body=body)]],
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
    return box


def _question_style() -> ParagraphStyle:
    return ParagraphStyle(
        "summary_question", parent=styles().body, fontName=FONT_BOLD, spaceBefore=6, spaceAfter=1
    )


def _answer_style() -> ParagraphStyle:
    return ParagraphStyle("summary_answer", parent=styles().body, leftIndent=10, spaceAfter=2)


def _answer(answer: AnswerView, held: bool) -> Flowable:
    """The answer; an open one is a dash in the record of a held conversation and lines to
    write on when the conversation is still to come."""
    if answer.answer.strip():
        return para(answer.answer, _answer_style())
    return para("–", _answer_style()) if held else writing_lines(2)


def _answers(answers: Sequence[AnswerView], held: bool) -> list[Flowable]:
    story = heading(t("Vragen en antwoorden", "Questions and answers"))
    if not answers:
        return [*story, empty_note(t("Geen vragen vastgelegd.", "No questions recorded."))]
    section = None
    for answer in (a for a in answers if not a.in_agreements_editor):
        if answer.section and answer.section != section:
            story += heading(answer.section, sub=True)
        section = answer.section
        # A question never stands alone at the foot of a page; a long answer splits itself.
        question = para(answer.question, _question_style())
        if answer.answer.strip() or held:
            story += [CondPageBreak(40), question, _answer(answer, held)]
        else:
            story.append(KeepTogether([question, _answer(answer, held)]))
    return story


def _shared_summary(view: ConversationView, held: bool) -> list[Flowable]:
    story = heading(t("Samenvatting", "Summary"))
    if view.shared_summary.strip():
        return [*story, para(view.shared_summary)]
    if not held:
        return [*story, writing_lines(4)]
    return [*story, empty_note(t("Geen samenvatting vastgelegd.", "No summary recorded."))]


def _date_column(title: str) -> Column:
    return Column(title, fit_width(title, [_DATE_SAMPLE], cap=80))


def _agreement_status(agreement: AgreementView) -> str:
    """The status now; closed after the conversation it was made in: with the day, so a
    reprint does not suggest it was done already when it was agreed."""
    name = label("agreement_status", agreement.status)
    if agreement.closed_on is not None and agreement.closed_on > agreement.created_on:
        return f"{name} ({format_date(agreement.closed_on)})"
    return name


def _agreements(view: ConversationView, held: bool) -> list[Flowable]:
    story = heading(t("Afspraken in dit gesprek", "Agreements made in this conversation"))
    if not view.agreements and not held:
        note = t("Nog geen afspraken vastgelegd: wat, wie, wanneer?", "No agreements yet.")
        return [*story, empty_note(note), writing_lines(3)]
    if not view.agreements:
        return [
            *story,
            empty_note(
                t(
                    "In dit gesprek zijn geen afspraken gemaakt.",
                    "No agreements were made in this conversation.",
                )
            ),
        ]
    owners = [label("agreement_owner", a.owner) for a in view.agreements]
    statuses = [_agreement_status(a) for a in view.agreements]
    columns = [
        Column(t("Wat", "What")),
        Column(t("Wie", "Who"), fit_width(t("Wie", "Who"), owners, cap=100)),
        _date_column(t("Wanneer", "When")),
        Column(t("Status", "Status"), fit_width(t("Status", "Status"), statuses, cap=130)),
    ]
    rows = [
        [a.text, owner, format_date(a.due_date) or "–", status]
        for a, owner, status in zip(view.agreements, owners, statuses, strict=True)
    ]
    return [*story, data_table(columns, rows)]


def _follow_up_status(item: CarriedAgreement, held: bool) -> str:
    if item.follow_up is not None:
        return label("followup_status", item.follow_up.status)
    if held:
        return t("Nog open (niet besproken)", "Still open (not discussed)")
    # Still to be discussed: boxes to tick on paper.
    return "\n".join(f"☐ {name}" for _, name in choices("followup_status"))


def _comment(item: CarriedAgreement, held: bool) -> str:
    if item.follow_up is not None and item.follow_up.comment:
        return item.follow_up.comment
    return "–" if held else ""


def _follow_ups(view: ConversationView, held: bool) -> list[Flowable]:
    story = heading(t("Opvolging eerdere afspraken", "Follow-up of earlier agreements"))
    if not view.carried:
        return [
            *story,
            empty_note(
                t(
                    "Er stonden geen eerdere afspraken open.",
                    "There were no open agreements from earlier.",
                )
            ),
        ]
    statuses = [_follow_up_status(item, held) for item in view.carried]
    made = t("Afgesproken op", "Agreed on")
    status = t("Status", "Status")
    # Both text columns share what is left ("*" twice).
    columns = [
        Column(t("Afspraak", "Agreement")),
        Column(made, fit_width(made, [_DATE_SAMPLE], cap=100)),
        Column(status, fit_width(status, "\n".join(statuses).splitlines(), cap=125)),
        Column(t("Opmerking", "Comment")),
    ]
    rows = [
        [
            item.agreement.text,
            format_date(item.agreement.created_on),
            status,
            _comment(item, held),
        ]
        for item, status in zip(view.carried, statuses, strict=True)
    ]
    return [*story, data_table(columns, rows)]


def _signing(view: ConversationView) -> list[Flowable]:
    st = styles()
    response: list[Flowable] = [para(t("Reactie medewerker", "Employee's response"), st.subheading)]
    if view.employee_response.strip():
        response.append(para(view.employee_response))
    else:
        response.append(writing_lines(4))
    intro = para(
        t(
            "Met je handtekening geef je aan dat je dit verslag hebt gezien of dat je ermee "
            "akkoord bent. Je eigen reactie staat hierboven, naast het verslag.",
            "By signing you confirm that you have seen this summary or that you agree with "
            "it. Your own response is written above, beside the summary.",
        ),
        st.muted,
    )
    signers = employee_and_lead(
        view.employee,
        view.lead_name,
        signoff=view.signoff,
        signed_on=view.signoff_date,
        method=view.signoff_method,
    )
    # signature_block is a KeepTogether itself; nested in another one it would report an
    # endless height and always push the whole sign-off to a new page, so its parts join ours.
    signatures = signature_block(signers)._content
    head = para(t("Reactie en ondertekening", "Response and sign-off"), st.heading)
    if len(view.employee_response) > 1500:
        # A long response splits across pages on its own; only the signatures stay together.
        return [head, *response, Spacer(1, 6), KeepTogether([intro, *signatures])]
    return [KeepTogether([head, *response, Spacer(1, 6), intro, *signatures])]


def build_story(data: SummaryData) -> list[Flowable]:
    view = data.conversation
    subtitle = (
        f"{view.employee} · {label('conversation_kind', view.kind)} · {format_date(view.day)}"
    )
    story: list[Flowable] = [title_block(_title(), subtitle), *version_box(view.version)]
    if not data.held:
        story += [_not_held_box(view, data.printed_on), Spacer(1, 6)]
    return [
        *story,
        *_details(view, data.printed_on),
        *_answers(view.answers, data.held),
        *_shared_summary(view, data.held),
        *_agreements(view, data.held),
        *_follow_ups(view, data.held),
        *_signing(view),
    ]


def meta(data: SummaryData) -> ReportMeta:
    view = data.conversation
    return ReportMeta(
        title=_title(),
        printed_on=data.printed_on,
        subject=f"{view.employee} · {format_date(view.day)}",
        company=data.company_name,
        logo_path=data.logo_path,
        footer_note=t(
            "Dit verslag is een gespreksverslag, geen beoordeling.",
            "This is a record of a conversation, not an assessment.",
        ),
    )


def render_pdf(data: SummaryData, *, invariant: bool = False) -> bytes:
    return render_story(build_story(data), meta(data), invariant=invariant)
