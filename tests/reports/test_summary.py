"""The conversation summary (gespreksverslag): built through the real services, rendered, read
back with pypdf. Private notes and the score never appear; everything shared does, exactly."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass, replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader

from teamlead_app.data.context import ServiceContext
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import set_language
from teamlead_app.records.conversations import AgreementDraft, ConversationDraft, FollowUpDraft
from teamlead_app.reports import summary
from teamlead_app.services.common.settings import AppSettings, save_settings
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.development import goals
from teamlead_app.services.development.goals import GoalDraft, StepDraft
from teamlead_app.services.exports.conversations import export_summary, summary_data
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft

NOW = datetime(2026, 8, 1, 8, 0)
TODAY = date(2026, 10, 20)
PRIVATE_MARKER = "WERKNOTITIE-Q7X4-GEHEIM"
PRIVATE = f"{PRIVATE_MARKER}: thuis is het druk, alleen voor mij"
LAST_WORD = "Slotwoordzonderspatie"
LONG = "Begin <b>vet</b> & 'quotes' " + " ".join(["lasnaad"] * 2_600) + f" {LAST_WORD}"
SHARED = "Łukasz zit goed in zijn vel; wil méér <b>&</b> TIG-lassen. Geëvalueerd, geüpdatet."
RESPONSE = "Eens, <b>maar</b> & ik wil eerst de kantbank leren."


@dataclass(frozen=True)
class History:
    """A person with a few months of conversations, made through the real services."""

    employee_id: int
    first: int  # held 14-09-2026, three agreements
    second: int  # moved, held 12-10-2026: follow-ups, long answer, private notes, signed
    planned: int  # planned 07-12-2026
    cancelled: int
    goal_id: int


def _plan(ctx: ServiceContext, person: int, when: datetime) -> int:
    draft = ConversationPlanDraft(person, when)
    return conversations.plan_conversation(ctx, draft, now=NOW).conversation_id


def _save(ctx: ServiceContext, cid: int, draft: ConversationDraft) -> None:
    conversations.save_conversation(ctx, cid, draft, today=TODAY)


def _first(ctx: ServiceContext, person: int) -> int:
    cid = _plan(ctx, person, datetime(2026, 9, 14, 10, 0))
    questions = len(conversations.get_conversation(ctx, cid).answers)
    answers = ("Prima, druk met de order voor Stork.", "De lasrobot staat vaak stil.")
    _save(
        ctx,
        cid,
        ConversationDraft(
            answers=answers + ("",) * (questions - len(answers)),
            score=3,
            shared_summary="Eerste maandgesprek: gaat goed, wil verder in TIG.",
            private_notes="Eerdere werkaantekening, ook niet voor het papier",
            agreements=(
                AgreementDraft(
                    "Loopt 2 dagen mee met werkvoorbereiding", "medewerker", date(2026, 10, 9)
                ),
                AgreementDraft(
                    "VCA-herhaling aanvragen vóór 1 maart", "leidinggevende", date(2026, 10, 1)
                ),
                AgreementDraft(
                    "Leert de kantbank omstellen onder begeleiding van Henk",
                    "beiden",
                    date(2026, 12, 31),
                ),
            ),
            mark_held=True,
        ),
    )
    return cid


def _second(ctx: ServiceContext, person: int) -> int:
    cid = _plan(ctx, person, datetime(2026, 10, 8, 10, 0))
    conversations.move_conversation(
        ctx, cid, datetime(2026, 10, 12, 13, 30), "operationele_drukte", now=NOW
    )
    view = conversations.get_conversation(ctx, cid)
    walk, vca, _bend = (c.agreement.id for c in view.carried)
    answers = ["Goed 👍", "", LONG]
    answers += [""] * (len(view.answers) - len(answers))
    _save(
        ctx,
        cid,
        replace(
            view.draft(),
            answers=tuple(answers),
            score=4,
            shared_summary=SHARED,
            private_notes=PRIVATE,
            agreements=(
                AgreementDraft("Lasrobot <b>&</b> instellen", "medewerker", date(2026, 11, 30)),
            ),
            follow_ups=(
                FollowUpDraft(walk, "done"),
                FollowUpDraft(vca, "open", "Wacht op een datum van de opleider"),
            ),
            signoff="akkoord",
            signoff_date=date(2026, 10, 13),
            signoff_method="paper",
            employee_response=RESPONSE,
            mark_held=True,
        ),
    )
    return cid


def build_history(ctx: ServiceContext) -> History:
    save_settings(ctx, AppSettings(company_name="Van Dijk <b>&</b> Zn.", lead_name="Kees"))
    team = people.save_team(ctx, TeamDraft("Plaatwerk", lead_name="Tijn de Boer"))
    person = people.save_employee(
        ctx,
        EmployeeDraft(
            first_name="Łukasz",
            last_name="Wiśniewski",
            function="Lasser",
            personnel_number="1001",
            team_id=team,
            date_in_service=date(2019, 3, 1),
        ),
    )
    first = _first(ctx, person)
    second = _second(ctx, person)
    planned = _plan(ctx, person, datetime(2026, 12, 7, 9, 0))
    cancelled = _plan(ctx, person, datetime(2026, 11, 2, 9, 0))
    conversations.cancel_conversation(ctx, cancelled, "afwezig", today=TODAY)
    goal = goals.create_goal(
        ctx,
        person,
        GoalDraft(
            "Zelfstandig TIG-lassen op RVS",
            category="demanding",
            start_date=date(2026, 9, 14),
            target_date=date(2027, 3, 31),
            status="in_progress",
        ),
    )
    goals.add_step(ctx, goal, StepDraft("Proefstukken lassen met Henk", "Henk", date(2026, 12, 15)))
    goals.add_progress(ctx, goal, "Eerste proefstuk goedgekeurd", conversation_id=second)
    return History(person, first, second, planned, cancelled, goal)


def pdf_text(pdf: bytes) -> tuple[int, str]:
    """Page count and the text with white space runs folded."""
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    return len(reader.pages), re.sub(r"\s+", " ", text.replace("\xa0", " "))


@pytest.fixture
def history(ctx: ServiceContext) -> History:
    return build_history(ctx)


def test_the_summary_shows_everything_shared(ctx: ServiceContext, history: History) -> None:
    pages, text = pdf_text(export_summary(ctx, history.second))
    assert pages >= 2  # the 20,000-character answer runs over pages
    assert "Gespreksverslag" in text and "pagina 1 van" in text
    assert "Gespreksverslag – Łukasz Wiśniewski · 12-10-2026" in text  # page header
    assert "Medewerker Łukasz Wiśniewski" in text
    assert "Functie Lasser" in text and "Team Plaatwerk" in text
    assert "Leidinggevende Tijn de Boer" in text
    assert "Datum en tijd 12-10-2026, 13:30" in text
    assert "Soort gesprek Maandgesprek" in text and "Duur 30 minuten" in text
    assert "Verplaatst 1 keer; oorspronkelijk gepland op 08-10-2026 10:00" in text
    assert "Van Dijk <b>&</b> Zn." in text
    assert SHARED in text
    assert "Hoe gaat het met je?" in text and "Goed □" in text  # the emoji prints as a box
    assert "Dit verslag is een gespreksverslag, geen beoordeling." in text


def test_private_notes_and_score_never_appear(ctx: ServiceContext, history: History) -> None:
    data = summary_data(ctx, history.second)
    assert data.conversation.private_notes == "" and data.conversation.score is None
    _, text = pdf_text(export_summary(ctx, history.second))
    assert PRIVATE_MARKER not in text
    assert "werkaantekening" not in text.casefold()
    assert "Score" not in text


def test_long_answer_prints_whole_and_user_text_literally(
    ctx: ServiceContext, history: History
) -> None:
    _, text = pdf_text(export_summary(ctx, history.second))
    assert "Begin <b>vet</b> & 'quotes' lasnaad" in text
    assert f"lasnaad {LAST_WORD}" in text  # the last word of the 20,000 characters
    assert text.count("lasnaad") == 2_600
    assert RESPONSE in text


def test_agreements_and_follow_ups(ctx: ServiceContext, history: History) -> None:
    _, text = pdf_text(export_summary(ctx, history.second))
    assert "Afspraken in dit gesprek" in text
    assert "Wat Wie Wanneer Status" in text
    assert "Lasrobot <b>&</b> instellen Medewerker 30-11-2026 Open" in text
    assert "Opvolging eerdere afspraken" in text
    assert "Loopt 2 dagen mee met werkvoorbereiding 14-09-2026 Gedaan –" in text
    assert (
        "VCA-herhaling aanvragen vóór 1 maart 14-09-2026 Nog open Wacht op een datum van de "
        "opleider" in text
    )
    assert "Leert de kantbank omstellen onder begeleiding van Henk 14-09-2026 Nog open " in text
    assert "(niet besproken)" in text


def test_sign_off_is_filled_in_when_signed(ctx: ServiceContext, history: History) -> None:
    _, text = pdf_text(export_summary(ctx, history.second))
    assert "Reactie en ondertekening" in text
    assert "☒ Akkoord" in text and "☐ Gezien" in text
    assert "Datum 13-10-2026" in text and "Op papier" in text


def test_unsigned_summary_has_empty_boxes_and_lines(ctx: ServiceContext, history: History) -> None:
    _, text = pdf_text(export_summary(ctx, history.first))
    assert "☐ Gezien" in text and "☐ Akkoord" in text and "☒" not in text
    assert "Reactie medewerker" in text
    assert "Eerdere werkaantekening" not in text
    # The answers given, and a dash for each question left open.
    assert "Prima, druk met de order voor Stork." in text
    assert "Waar loop je tegenaan? De lasrobot staat vaak stil." in text
    assert "Kan ik nog wat voor je doen? –" in text
    assert "Er stonden geen eerdere afspraken open." in text
    assert "Geen samenvatting vastgelegd." not in text


def test_planned_conversation_is_marked_not_held(ctx: ServiceContext, history: History) -> None:
    _, text = pdf_text(summary.render_pdf(summary_data(ctx, history.planned), invariant=True))
    assert "Nog niet gevoerd." in text
    assert "Status Nog niet gevoerd (gepland)" in text
    assert "Nog geen afspraken vastgelegd: wat, wie, wanneer?" in text
    # The open agreements come along for follow-up, with boxes to tick on paper.
    assert "Lasrobot <b>&</b> instellen 12-10-2026 ☐ Nog open ☐ Gedaan ☐ Vervallen" in text
    assert "niet besproken" not in text


def test_cancelled_conversation_has_no_summary(ctx: ServiceContext, history: History) -> None:
    with pytest.raises(ValidationError, match="Een geannuleerd gesprek heeft geen verslag"):
        summary_data(ctx, history.cancelled)


def test_unknown_conversation(ctx: ServiceContext) -> None:
    with pytest.raises(NotFoundError):
        export_summary(ctx, 9999)


def test_english(ctx: ServiceContext, history: History) -> None:
    set_language("en")
    _, text = pdf_text(export_summary(ctx, history.second))
    assert "Conversation summary" in text and "page 1 of" in text
    assert "Agreements made in this conversation" in text and "Still open" in text
    assert "Łukasz Wiśniewski" in text and PRIVATE_MARKER not in text


def test_reproducible(ctx: ServiceContext, history: History) -> None:
    data = summary_data(ctx, history.second, today=TODAY)
    assert summary.render_pdf(data, invariant=True) == summary.render_pdf(data, invariant=True)


def test_the_status_row_is_the_state_the_screen_shows(
    ctx: ServiceContext, history: History
) -> None:
    """conversation_state: a signed talk is "Afgerond (ondertekend)", a held one "Gevoerd",
    and a talk whose month passed without being held "Gemist"."""
    signed = summary.render_pdf(summary_data(ctx, history.second, today=TODAY), invariant=True)
    assert "Status Afgerond (ondertekend)" in pdf_text(signed)[1]
    held = summary.render_pdf(summary_data(ctx, history.first, today=TODAY), invariant=True)
    assert "Status Gevoerd" in pdf_text(held)[1]
    missed = _plan(ctx, history.employee_id, datetime(2026, 9, 28, 9, 0))  # TODAY: October
    _, text = pdf_text(summary.render_pdf(summary_data(ctx, missed, today=TODAY), invariant=True))
    assert "Status Gemist" in text and "Gemist. Dit gesprek stond gepland op" in text
    assert "Nog niet gevoerd" not in text
