"""The preparation sheet for the next conversation: who and when, last time's shared summary,
open agreements with the overdue ones marked, the score trend, active goals, room for notes;
never the private notes."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from teamlead_app.data.context import ServiceContext
from teamlead_app.errors import NotFoundError
from teamlead_app.i18n import set_language
from teamlead_app.records.conversations import ConversationDraft
from teamlead_app.reports import prep
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.exports.conversations import export_prep, prep_data
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from tests.reports.test_summary import (
    LAST_WORD,
    PRIVATE_MARKER,
    RESPONSE,
    SHARED,
    History,
    build_history,
    pdf_text,
)

PRINTED = date(2026, 11, 25)


@pytest.fixture
def history(ctx: ServiceContext) -> History:
    return build_history(ctx)


def render(ctx: ServiceContext, employee_id: int) -> tuple[int, str]:
    return pdf_text(prep.render_pdf(prep_data(ctx, employee_id, today=PRINTED), invariant=True))


def test_the_data(ctx: ServiceContext, history: History) -> None:
    data = prep_data(ctx, history.employee_id, today=PRINTED)
    assert data.next_conversation is not None
    assert data.next_conversation.conversation_id == history.planned
    assert data.last_conversation is not None
    assert data.last_conversation.conversation_id == history.second
    assert data.last_conversation.shared_summary == SHARED
    assert [point.score for point in data.scores] == [3, 4]
    assert [item.agreement.text for item in data.open_agreements] == [
        "VCA-herhaling aanvragen vóór 1 maart",  # due soonest first
        "Lasrobot <b>&</b> instellen",
        "Leert de kantbank omstellen onder begeleiding van Henk",
    ]
    assert data.open_agreements[0].last_comment == "Wacht op een datum van de opleider"
    assert [goal.id for goal in data.goals] == [history.goal_id]


def test_the_sheet(ctx: ServiceContext, history: History) -> None:
    pages, text = render(ctx, history.employee_id)
    assert pages <= 3
    assert "Voorbereidingsblad – Łukasz Wiśniewski" in text and "pagina 1 van" in text
    assert "Naam Łukasz Wiśniewski" in text and "Personeelsnummer 1001" in text
    assert "Leidinggevende Tijn de Boer" in text and "In dienst sinds 01-03-2019" in text
    assert "Volgende gesprek 07-12-2026, 09:00 · Maandgesprek · 30 minuten" in text
    assert "Laatste gesprek 12-10-2026 · Maandgesprek" in text
    assert "Laatste gesprek (12-10-2026)" in text
    assert SHARED in text and RESPONSE in text
    assert "Van Dijk <b>&</b> Zn." in text
    assert "Aantekeningen voor het gesprek" in text


def test_open_agreements_with_overdue_marked(ctx: ServiceContext, history: History) -> None:
    _, text = render(ctx, history.employee_id)
    assert "Openstaande afspraken" in text
    assert "1 van de 3 afspraken is over de datum." in text
    assert "VCA-herhaling aanvragen vóór 1 maart Leidinggevende 01-10-2026 te laat" in text
    assert "12-10-2026: Wacht op een datum van de opleider" in text
    assert "Lasrobot <b>&</b> instellen Medewerker 30-11-2026 12-10-2026 –" in text
    assert "Leert de kantbank omstellen onder begeleiding van Henk" in text
    assert "Loopt 2 dagen mee met werkvoorbereiding" not in text  # done: not open


def test_score_trend_and_goals(ctx: ServiceContext, history: History) -> None:
    _, text = render(ctx, history.employee_id)
    assert "Score van de laatste gesprekken" in text
    assert "14-09-26" in text and "12-10-26" in text  # the dates under the bars
    assert "Lopende ontwikkeldoelen" in text
    assert "Zelfstandig TIG-lassen op RVS" in text
    assert "Meer veeleisende opdrachten · Bezig" in text
    assert "31-03-2027" in text
    assert "12-10-2026: Eerste proefstuk goedgekeurd" in text
    assert "Proefstukken lassen met Henk (Henk, 15-12-2026)" in text


def test_private_notes_never_on_the_sheet(ctx: ServiceContext, history: History) -> None:
    _, text = render(ctx, history.employee_id)
    assert PRIVATE_MARKER not in text
    assert "Eerdere werkaantekening" not in text
    assert LAST_WORD not in text  # answers stay in the summary, not on the sheet


def test_someone_new_gets_friendly_empty_sections(ctx: ServiceContext) -> None:
    newcomer = people.save_employee(ctx, EmployeeDraft(first_name="Mehmet", last_name="Yılmaz"))
    pages, text = render(ctx, newcomer)
    assert pages == 1
    assert "Mehmet Yılmaz" in text
    assert "Volgende gesprek Nog niet gepland" in text
    assert "Er is nog geen gesprek gevoerd: dit wordt het eerste." in text
    assert "Er staan geen afspraken open." in text
    assert "Nog geen score ingevuld in een gevoerd gesprek." in text
    assert "Geen lopende ontwikkeldoelen." in text


def test_a_long_summary_splits_without_losing_a_word(ctx: ServiceContext) -> None:
    person = people.save_employee(ctx, EmployeeDraft(first_name="Jan", last_name="Jansen"))
    when = ConversationPlanDraft(person, datetime(2026, 10, 5, 10, 0))
    cid = conversations.log_conversation(ctx, when).conversation_id
    long = " ".join(["overleg"] * 2_800) + " Eindwoord"
    conversations.save_conversation(
        ctx, cid, ConversationDraft(shared_summary=long, mark_held=True), today=PRINTED
    )
    pages, text = render(ctx, person)
    assert pages >= 2
    assert text.count("overleg") == 2_800 and "overleg Eindwoord" in text


def test_unknown_employee(ctx: ServiceContext) -> None:
    with pytest.raises(NotFoundError):
        export_prep(ctx, 9999)


def test_english(ctx: ServiceContext, history: History) -> None:
    set_language("en")
    _, text = render(ctx, history.employee_id)
    assert "Preparation sheet" in text and "page 1 of" in text
    assert "Open agreements" in text and "overdue" in text
    assert "Łukasz Wiśniewski" in text and PRIVATE_MARKER not in text


def test_late_steps_and_targets_are_marked(ctx: ServiceContext, history: History) -> None:
    later = date(2027, 4, 1)
    _, text = pdf_text(prep.render_pdf(prep_data(ctx, history.employee_id, today=later)))
    assert "Proefstukken lassen met Henk (Henk, 15-12-2026) te laat" in text
    assert "31-03-2027 te laat" in text  # the goal's target date
    assert "3 van de 3 afspraken zijn over de datum." in text
