"""The POP form (persoonlijk ontwikkelingsplan) as HR files it: A4 portrait, the sections of
domain §3.3 in order, every section present (an empty one says "Nog niet ingevuld"), each goal
one block that moves to the next page whole rather than split after its heading, and signature
blocks for both with gezien / akkoord, date and method.

Only the plan is printed: the POP holds no conversation notes and none are fetched for it."""

from __future__ import annotations

from datetime import date

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, TableStyle

from teamlead_app.data.statuses import GoalStatus, PopStatus
from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.records.development import GoalView, PopFormData, PopView, StepView
from teamlead_app.reports.pop_prep import writing_lines
from teamlead_app.reports.style import (
    ACCENT,
    HEAD_BG,
    Column,
    ReportMeta,
    Signer,
    SplitTable,
    TextParagraph,
    data_table,
    details_table,
    empty_note,
    esc,
    fit_width,
    heading,
    para,
    render_story,
    signature_block,
    styles,
    title_block,
)
from teamlead_app.reports.versions import added_after_signing, version_box
from teamlead_app.util.dates import format_date

_LABEL_WIDTH = "28%"  # the label column of every details table, so the blocks line up
_DATE_WIDTH = 62.0
# A moment after this share of the period is the end evaluation; before it, a mid-period one.
_END_SHARE = 0.75


def _title() -> str:
    return t("Persoonlijk ontwikkelingsplan (POP)", "Personal development plan (POP)")


def _not_filled() -> Paragraph:
    return empty_note(t("Nog niet ingevuld", "Not filled in yet"))


def _text(value: str) -> Flowable:
    """A free text of the plan, or the note that it is still empty."""
    return para(value) if value.strip() else _not_filled()


def _period(pop: PopView) -> str:
    return f"{format_date(pop.period_start)} – {format_date(pop.period_end)}"


# --- Gegevens ----------------------------------------------------------------------------------


def _details(pop: PopView) -> list[Flowable]:
    moments = ", ".join(
        format_date(m.scheduled_at.date())
        for m in pop.evaluation_moments
        if m.status != "cancelled"
    )
    rows = [
        (t("Naam", "Name"), pop.employee),
        (t("Personeelsnummer", "Personnel number"), pop.personnel_number),
        (t("Functie", "Function"), pop.function),
        (t("Team", "Team"), pop.team),
        (t("Leidinggevende", "Lead"), pop.lead_name),
        (t("Periode", "Period"), _period(pop)),
        (t("Status", "Status"), label("pop_status", pop.status)),
        (
            t("Evaluatiemomenten", "Evaluation moments"),
            moments or t("Nog niet gepland", "Not planned yet"),
        ),
    ]
    return [*heading(t("Gegevens", "Details")), details_table(rows, label_width=_LABEL_WIDTH)]


# --- Terugblik ---------------------------------------------------------------------------------


def _goal_status(goal: GoalView) -> str:
    status = label("goal_status", goal.status)
    closed = goal.achieved_on if goal.status == GoalStatus.ACHIEVED else goal.stopped_on
    if goal.status in (GoalStatus.ACHIEVED, GoalStatus.STOPPED) and closed is not None:
        return f"{status} ({format_date(closed)})"
    return status


def _latest(goal: GoalView) -> str:
    line = goal.latest_progress
    return f"{format_date(line.written_on)}: {line.note}" if line else ""


def _look_back(previous: PopView | None) -> list[Flowable]:
    story = heading(t("Terugblik", "Looking back"))
    if previous is None:
        story.append(empty_note(t("Er is geen eerder POP.", "There is no earlier POP.")))
        return story
    story.append(
        _line(
            t("Vorig POP", "Previous POP"),
            f"{_period(previous)} · {label('pop_status', previous.status)}",
        )
    )
    if previous.goals:
        status_width = fit_width(
            t("Status", "Status"), [_goal_status(g) for g in previous.goals], cap=130
        )
        columns = [
            Column(t("Doel", "Goal"), "42%"),
            Column(t("Status", "Status"), status_width),
            Column(t("Resultaat / laatste voortgang", "Result / latest progress")),
        ]
        rows = [[g.what, _goal_status(g), _latest(g) or "–"] for g in previous.goals]
        story.append(data_table(columns, rows))
    else:
        story.append(
            empty_note(t("Het vorige POP had geen doelen.", "The previous POP had no goals."))
        )
    if previous.evaluation.strip():
        story += [
            para(
                t("Evaluatie van het vorige POP", "Evaluation of the previous POP"),
                styles().subheading,
            ),
            para(previous.evaluation),
        ]
    return story


def _line(name: str, value: str) -> Paragraph:
    """ "Name: value" on one line, the name in bold."""
    style = ParagraphStyle("pop_line", parent=styles().body, spaceAfter=4)
    return TextParagraph(f"<b>{esc(name)}:</b> {esc(value)}", style)


# --- the plan's texts --------------------------------------------------------------------------


def _question(text: str) -> Paragraph:
    return para(text, ParagraphStyle("pop_question", parent=styles().subheading, spaceBefore=4))


def _texts(pop: PopView) -> list[Flowable]:
    return [
        *heading(t("In eigen woorden", "In my own words")),
        _question(
            t(
                "Waar wil ik over ongeveer drie jaar staan?",
                "Where do I want to be in about three years?",
            )
        ),
        _text(pop.ambition),
        *heading(t("Perspectief van de leidinggevende", "The lead's perspective")),
        _question(
            t(
                "Waar zie ik de medewerker op middellange termijn naartoe gaan?",
                "Where do I see the employee heading in the medium term?",
            )
        ),
        _text(pop.lead_perspective),
        *heading(t("Kunnen en willen", "Abilities and wishes")),
        _question(t("Sterke punten", "Strengths")),
        _text(pop.strengths),
        _question(t("Ontwikkelpunten", "Development points")),
        _text(pop.development_points),
    ]


# --- Ontwikkeldoelen ---------------------------------------------------------------------------


def _goal_head(number: int, goal: GoalView, added: str = "") -> SplitTable:
    st = styles()
    caption = ParagraphStyle("goal_no", parent=st.cell_head, textColor=ACCENT, fontSize=10)
    what = ParagraphStyle("goal_what", parent=st.cell_head, fontSize=10, leading=13)
    status = ParagraphStyle("goal_status", parent=st.cell_head, alignment=TA_RIGHT)
    table = SplitTable(
        [
            [
                para(t(f"Doel {number}", f"Goal {number}"), caption),
                [para(goal.what, what), *([para(added, st.muted)] if added else [])],
                para(_goal_status(goal), status),
            ]
        ],
        colWidths=[_LABEL_WIDTH, "*", fit_width(_goal_status(goal), [], cap=130)],
        splitInRow=1,
        hAlign="LEFT",
    )
    table.setStyle(
        TableStyle(
            [
                ("BACKGROUND", (0, 0), (-1, -1), HEAD_BG),
                ("LINEABOVE", (0, 0), (-1, 0), 1.2, ACCENT),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("LEFTPADDING", (0, 0), (-1, -1), 4),
                ("RIGHTPADDING", (0, 0), (-1, -1), 4),
                ("TOPPADDING", (0, 0), (-1, -1), 5),
                ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
            ]
        )
    )
    return table


def _dates(goal: GoalView) -> str:
    started = t(
        f"gestart {format_date(goal.start_date)}", f"started {format_date(goal.start_date)}"
    )
    if goal.target_date is None:
        return f"{started} · " + t("geen streefdatum", "no target date")
    target = format_date(goal.target_date)
    return f"{started} · " + t(f"streefdatum {target}", f"target date {target}")


def _goal_rows(goal: GoalView) -> list[tuple[str, str]]:
    rows = [
        (t("Waarom", "Why"), goal.why),
        (t("Categorie", "Category"), label("goal_category", goal.category)),
        (t("Succescriterium", "Success criterion"), goal.success_criterion),
        (t("Ondersteuning nodig", "Support needed"), goal.support_needed),
        (t("Planning", "Timing"), _dates(goal)),
    ]
    if goal.carried_from_id is not None:
        rows.append(
            (
                t("Herkomst", "Origin"),
                t("Overgenomen uit het vorige POP", "Carried over from the previous POP"),
            )
        )
    rows.append((t("Laatste voortgang", "Latest progress"), _latest(goal)))
    return rows


def _step_cells(step: StepView) -> list[str]:
    done = f"☒ {format_date(step.done_on)}" if step.done_on else "☐"
    return [step.what, step.who, format_date(step.planned_on), done]


def _steps(goal: GoalView) -> list[Flowable]:
    if not goal.steps:
        return [empty_note(t("Nog geen stappen afgesproken.", "No steps agreed yet."))]
    cells = [_step_cells(step) for step in goal.steps]
    headers = [t("Wie", "Who"), t("Wanneer", "When"), t("Gedaan", "Done")]
    who = fit_width(headers[0], [c[1] for c in cells], cap=120)
    columns = [
        Column(t("Stap: wat", "Step: what")),
        Column(headers[0], who),
        Column(headers[1], _DATE_WIDTH),
        Column(headers[2], fit_width(headers[2], [c[3] for c in cells], cap=80)),
    ]
    return [data_table(columns, cells)]


def _goal_block(number: int, goal: GoalView, *lead: Flowable, added: str = "") -> KeepTogether:
    """One goal, kept on one page when it fits there (a long one splits inside its texts).
    `lead` goes first inside the block: the section heading, so it never stays behind alone
    at the foot of a page while the first goal moves on."""
    return KeepTogether(
        [
            *lead,
            _goal_head(number, goal, added),
            details_table(_goal_rows(goal), label_width=_LABEL_WIDTH),
            *_steps(goal),
            Spacer(1, 8),
        ]
    )


def _goals(pop: PopView) -> list[Flowable]:
    title = t("Ontwikkeldoelen", "Development goals")
    if not pop.goals:
        return [*heading(title), _not_filled()]
    marks = [added_after_signing(pop.version, g.id) for g in pop.goals]
    first = _goal_block(1, pop.goals[0], para(title, styles().heading), added=marks[0])
    return [first] + [
        _goal_block(i, g, added=marks[i - 1]) for i, g in enumerate(pop.goals[1:], start=2)
    ]


# --- Ondersteuning, evaluatie --------------------------------------------------------------------


def _support(pop: PopView) -> list[Flowable]:
    story = heading(t("Ondersteuning", "Support"))
    if not pop.support:
        return [*story, _not_filled()]
    kinds = [label("support_kind", s.kind) for s in pop.support]
    kind = t("Soort", "Kind")
    columns = [
        Column(kind, fit_width(kind, kinds, cap=120)),
        Column(t("Omschrijving", "Description")),
    ]
    rows = [[k, s.description or "–"] for k, s in zip(kinds, pop.support, strict=True)]
    return [*story, data_table(columns, rows)]


def _moment_kind(pop: PopView, day: date) -> str:
    length = max((pop.period_end - pop.period_start).days, 1)
    if (day - pop.period_start).days >= length * _END_SHARE:
        return t("Eindevaluatie", "End evaluation")
    return t("Tussenevaluatie", "Mid-period evaluation")


def _moments(pop: PopView) -> list[Flowable]:
    story = heading(t("Evaluatiemomenten", "Evaluation moments"))
    if not pop.evaluation_moments:
        return [*story, empty_note(t("Nog niet gepland", "Not planned yet"))]
    columns = [
        Column(t("Moment", "Moment")),
        Column(t("Datum", "Date"), _DATE_WIDTH),
        Column(t("Tijd", "Time"), 40),
        Column(t("Status", "Status"), 80),
        Column(t("Gevoerd op", "Held on"), 70),
    ]
    rows = [
        [
            _moment_kind(pop, m.scheduled_at.date()),
            format_date(m.scheduled_at.date()),
            m.scheduled_at.strftime("%H:%M"),
            label("conversation_status", m.status),
            format_date(m.held_on) or "–",
        ]
        for m in pop.evaluation_moments
    ]
    return [*story, data_table(columns, rows)]


def _evaluation(pop: PopView) -> list[Flowable]:
    """Only an evaluated plan (or one with an evaluation written) has this section."""
    if pop.status != PopStatus.EVALUATED and not pop.evaluation.strip():
        return []
    story = heading(t("Evaluatie", "Evaluation"))
    if pop.evaluated_on is not None:
        story.append(_line(t("Geëvalueerd op", "Evaluated on"), format_date(pop.evaluated_on)))
    return [*story, _text(pop.evaluation)]


# --- Ondertekening -------------------------------------------------------------------------------


def _signers(pop: PopView) -> list[Signer]:
    return [
        Signer(
            t("Medewerker", "Employee"),
            pop.employee,
            pop.signoff_date,
            ("gezien", "akkoord"),
            pop.signoff,
            pop.signoff_method,
        ),
        Signer(
            t("Leidinggevende", "Lead"),
            pop.lead_name,
            pop.lead_signed_on,
            method=pop.signoff_method if pop.lead_signed_on else None,
        ),
    ]


def _signing(pop: PopView) -> list[Flowable]:
    st = styles()
    response: list[Flowable] = [_question(t("Reactie medewerker", "Employee's response"))]
    if pop.employee_response.strip():
        response.append(para(pop.employee_response))
    else:
        response.append(writing_lines(4))
    intro = para(
        t(
            "Met je handtekening geef je aan dat je dit POP hebt gezien of dat je ermee akkoord "
            "bent. Je eigen reactie staat hierboven, naast het plan.",
            "By signing you confirm that you have seen this POP or that you agree with it. "
            "Your own response is written above, beside the plan.",
        ),
        st.muted,
    )
    # signature_block is a KeepTogether itself; nested in ours it would report an endless
    # height and always push the whole sign-off to a new page, so its parts join ours.
    signatures = signature_block(_signers(pop))._content
    heading_ = para(t("Ondertekening", "Sign-off"), st.heading)
    return [KeepTogether([heading_, *response, Spacer(1, 6), intro, *signatures])]


# --- the whole form ------------------------------------------------------------------------------


def build_story(data: PopFormData) -> list[Flowable]:
    pop = data.pop
    subtitle = f"{pop.employee} · {_period(pop)} · {label('pop_status', pop.status)}"
    return [
        title_block(_title(), subtitle),
        *version_box(pop.version),
        *_details(pop),
        *_look_back(data.previous),
        *_texts(pop),
        *_goals(pop),
        *_support(pop),
        *_moments(pop),
        *_evaluation(pop),
        *_signing(pop),
    ]


def meta(data: PopFormData) -> ReportMeta:
    return ReportMeta(
        title=t("POP", "POP"),
        printed_on=data.printed_on,
        subject=f"{data.pop.employee} · {_period(data.pop)}",
        company=data.company_name,
        logo_path=data.logo_path,
        footer_note=t(
            "Dit is een ontwikkeldocument, geen beoordeling.",
            "This is a development document, not an assessment.",
        ),
    )


def render_pdf(data: PopFormData, *, invariant: bool = False) -> bytes:
    return render_story(build_story(data), meta(data), invariant=invariant)
