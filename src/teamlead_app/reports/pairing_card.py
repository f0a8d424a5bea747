"""The pairing agreement card (koppelafspraak), A4 portrait: who guides whom, on what, how
often and until when, what the mentor does (domain §3.10: unasked feedback, a talk after
each assignment, sign-off, room to say "I don't know"; no hierarchy), and signature lines
for both. No check-in notes are printed."""

from __future__ import annotations

from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Flowable

from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.records.pairings import PairingCardData
from teamlead_app.reports.style import (
    ReportMeta,
    Signer,
    TextParagraph,
    details_table,
    empty_note,
    esc,
    heading,
    para,
    render_story,
    signature_block,
    styles,
    title_block,
)
from teamlead_app.util.dates import format_date

_LABEL_WIDTH = "30%"


def _who(name: str, team: str, fallback: str) -> str:
    if not name:
        return fallback
    return f"{name} ({team})" if team else name


def _every(weeks: int) -> str:
    if weeks == 1:
        return t("Elke week een korte check-in", "A short check-in every week")
    return t(f"Elke {weeks} weken een korte check-in", f"A short check-in every {weeks} weeks")


def _mentor_tasks(weeks: int) -> list[str]:
    return [
        t(
            "Geeft uit zichzelf feedback, ook als er niet om gevraagd wordt.",
            "Gives feedback unasked.",
        ),
        t(
            "Houdt na elke opdracht een kort gesprek: wat ging goed, wat kan beter.",
            "Has a short talk after each assignment: what went well, what could be better.",
        ),
        t(
            "Doet voor, laat nadoen onder begeleiding en zegt wanneer de mentee het "
            "zelfstandig kan; tekent dat af in de vakmanschapsmatrix.",
            "Demonstrates, lets the mentee copy under supervision and says when the mentee "
            "can work alone; signs it off in the skills matrix.",
        ),
        t(
            "Zorgt voor vertrouwen: 'ik weet het niet' mag altijd gezegd worden.",
            "Builds trust: 'I don't know' may always be said.",
        ),
        _every(weeks) + t(" met de mentee.", " with the mentee."),
        t(
            "Is geen leidinggevende van de mentee en beoordeelt niet; dat blijft bij de "
            "leidinggevende.",
            "Is not the mentee's leader and does not appraise; that stays with the leader.",
        ),
    ]


def _mentee_tasks() -> list[str]:
    return [
        t(
            "Vraagt wat onduidelijk is en zegt het als iets niet lukt.",
            "Asks what is unclear and says so when something does not work.",
        ),
        t(
            "Bereidt de check-ins voor: wat heb ik geleerd, waar loop ik tegenaan.",
            "Prepares the check-ins: what did I learn, what am I running into.",
        ),
    ]


def _bullets(lines: list[str]) -> list[Flowable]:
    """One bullet per line, wrapped lines indented under the text."""
    style = ParagraphStyle("bullet", parent=styles().body, leftIndent=12, bulletIndent=2)
    return [TextParagraph(esc(line), style, bulletText="•") for line in lines]


def build_story(data: PairingCardData) -> list[Flowable]:
    p = data.pairing
    removed = t("(verwijderd)", "(deleted)")
    kind = label("pairing_kind", p.kind)
    mentee_kind = label("employee_kind", data.mentee_kind) if data.mentee_kind else ""
    rows: list[tuple[str, str]] = [
        (t("Soort koppel", "Kind of pairing"), kind),
        (t("Mentor", "Mentor"), _who(p.mentor, data.mentor_team, removed)),
        (t("Mentee", "Mentee"), _who(p.mentee, data.mentee_team, removed)),
        *([(t("Soort medewerker", "Kind of employee"), mentee_kind)] if mentee_kind else []),
        (t("Status", "Status"), label("pairing_status", p.status)),
        (t("Start", "Start"), format_date(p.start_on)),
        (t("Gepland einde", "Planned end"), format_date(p.planned_end_on)),
        (t("Hoe vaak", "How often"), _every(p.checkin_weeks)),
    ]
    if p.ended_on:
        rows.append((t("Beëindigd op", "Ended on"), format_date(p.ended_on)))
    story: list[Flowable] = [
        title_block(
            t("Koppelafspraak", "Pairing agreement"),
            f"{kind}: {p.mentor or removed} – {p.mentee or removed}",
        ),
        details_table(rows, label_width=_LABEL_WIDTH),
        *heading(t("Waar we samen aan werken", "What we work on together")),
    ]
    if p.focus_skills:
        story.append(para(t("Vaardigheden: ", "Skills: ") + ", ".join(p.focus_skills)))
    if data.goals:
        story.append(para(t("POP-doelen: ", "POP goals: ") + "; ".join(data.goals)))
    if not p.focus_skills and not data.goals:
        story.append(
            empty_note(
                t(
                    "Nog geen vaardigheden of POP-doelen gekozen; spreek ze af in de eerste "
                    "check-in.",
                    "No skills or POP goals chosen yet; agree on them in the first check-in.",
                )
            )
        )
    story += heading(t("Wat de mentor doet", "What the mentor does"))
    story += _bullets(_mentor_tasks(p.checkin_weeks))
    story += heading(t("Wat de mentee doet", "What the mentee does"))
    story += _bullets(_mentee_tasks())
    story.append(
        signature_block(
            [Signer(t("Mentor", "Mentor"), p.mentor), Signer(t("Mentee", "Mentee"), p.mentee)],
            t("Voor akkoord", "Agreed"),
        )
    )
    return story


def meta(data: PairingCardData) -> ReportMeta:
    p = data.pairing
    return ReportMeta(
        title=t("Koppelafspraak", "Pairing agreement"),
        printed_on=data.printed_on,
        subject=p.mentee or t("(verwijderd)", "(deleted)"),
        company=data.company_name,
        logo_path=data.logo_path,
        footer_note=t(
            "Een afspraak tussen collega's, geen beoordeling.",
            "An agreement between colleagues, not an appraisal.",
        ),
    )


def render_pdf(data: PairingCardData, *, invariant: bool = False) -> bytes:
    return render_story(build_story(data), meta(data), invariant=invariant)
