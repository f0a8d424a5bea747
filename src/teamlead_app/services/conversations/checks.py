"""Checks of what the conversation screen hands in: field name -> message, for live
validation and for save_conversation."""

from __future__ import annotations

from datetime import date, timedelta

from teamlead_app.data.models import AGREEMENT_OWNERS, AGREEMENT_STATUSES, SIGNOFF_METHODS, SIGNOFFS
from teamlead_app.data.statuses import ConversationStatus
from teamlead_app.i18n import t
from teamlead_app.records.conversations import ConversationDraft
from teamlead_app.services.conversations.rules import (
    FOLLOWUP_STATUSES,
    MAX_AGREEMENT,
    MAX_DUE_YEARS,
    MAX_TEXT,
)


def _too_long(text: str, limit: int) -> bool:
    return len(text) > limit


def _text_problems(draft: ConversationDraft, question_count: int) -> dict[str, str]:
    problems: dict[str, str] = {}
    if len(draft.answers) > question_count:
        problems["answers"] = t(
            "Er zijn meer antwoorden dan vragen.", "There are more answers than questions."
        )
    for i, answer in enumerate(draft.answers):
        if _too_long(answer, MAX_TEXT):
            problems[f"answers[{i}]"] = _long_message(t("Antwoord", "Answer"))
    for name, text, what in (
        ("shared_summary", draft.shared_summary, t("Gedeelde samenvatting", "Shared summary")),
        ("private_notes", draft.private_notes, t("Werkaantekening", "Working note")),
        ("employee_response", draft.employee_response, t("Reactie medewerker", "Response")),
    ):
        if _too_long(text, MAX_TEXT):
            problems[name] = _long_message(what)
    return problems


def _long_message(what: str) -> str:
    return t(
        f"{what} is te lang (max. {MAX_TEXT:,} tekens).".replace(",", "."),
        f"{what} is too long (max {MAX_TEXT:,} characters).",
    )


def _agreement_problems(draft: ConversationDraft, day: date) -> dict[str, str]:
    problems: dict[str, str] = {}
    latest = day + timedelta(days=366 * MAX_DUE_YEARS)
    for i, agreement in enumerate(draft.agreements):
        key = f"agreements[{i}]"
        if not agreement.text.strip():
            problems[key] = t(
                f"Afspraak {i + 1}: beschrijf wat er is afgesproken.",
                f"Agreement {i + 1}: describe what was agreed.",
            )
        elif _too_long(agreement.text, MAX_AGREEMENT):
            problems[key] = t(
                f"Afspraak {i + 1} is te lang (max. {MAX_AGREEMENT} tekens).",
                f"Agreement {i + 1} is too long (max {MAX_AGREEMENT} characters).",
            )
        elif agreement.owner not in AGREEMENT_OWNERS:
            problems[key] = t(
                f"Afspraak {i + 1}: kies wie (medewerker, leidinggevende of beiden).",
                f"Agreement {i + 1}: choose who (employee, lead or both).",
            )
        elif agreement.status not in AGREEMENT_STATUSES:
            problems[key] = t(
                f"Afspraak {i + 1}: onbekende status.", f"Agreement {i + 1}: unknown status."
            )
        elif agreement.due_date is not None and agreement.due_date < day:
            problems[key] = t(
                f"Afspraak {i + 1}: de datum ligt vóór het gesprek.",
                f"Agreement {i + 1}: the due date is before the conversation.",
            )
        elif agreement.due_date is not None and agreement.due_date > latest:
            problems[key] = t(
                f"Afspraak {i + 1}: de datum ligt meer dan {MAX_DUE_YEARS} jaar vooruit.",
                f"Agreement {i + 1}: the due date is more than {MAX_DUE_YEARS} years ahead.",
            )
    for i, follow_up in enumerate(draft.follow_ups):
        if follow_up.status not in FOLLOWUP_STATUSES:
            problems[f"follow_ups[{i}]"] = t(
                "Kies: gedaan, nog open of vervallen.", "Choose: done, still open or dropped."
            )
        elif _too_long(follow_up.comment, MAX_AGREEMENT):
            problems[f"follow_ups[{i}]"] = t(
                f"Toelichting is te lang (max. {MAX_AGREEMENT} tekens).",
                f"Comment is too long (max {MAX_AGREEMENT} characters).",
            )
    return problems


def _signoff_problems(
    draft: ConversationDraft, day: date, held: bool, today: date
) -> dict[str, str]:
    problems: dict[str, str] = {}
    if draft.signoff is None:
        return problems
    if draft.signoff not in SIGNOFFS:
        problems["signoff"] = t("Kies gezien of akkoord.", "Choose seen or agreed.")
    elif not held:
        problems["signoff"] = t(
            "Aftekenen kan pas als het gesprek gevoerd is.",
            "Sign-off is possible once the conversation has been held.",
        )
    elif draft.signoff_method not in SIGNOFF_METHODS:
        problems["signoff_method"] = t(
            "Kies hoe is afgetekend: op papier of op het scherm.",
            "Choose how it was signed: on paper or on screen.",
        )
    elif draft.signoff_date is None:
        problems["signoff_date"] = t("Vul de datum van aftekenen in.", "Enter the sign-off date.")
    elif not day <= draft.signoff_date <= today:
        problems["signoff_date"] = t(
            "De datum van aftekenen ligt tussen het gesprek en vandaag.",
            "The sign-off date lies between the conversation and today.",
        )
    return problems


def validate_conversation(
    draft: ConversationDraft,
    *,
    status: str,
    scheduled_day: date,
    question_count: int,
    held_on: date | None = None,
    today: date | None = None,
) -> dict[str, str]:
    """Field name -> message for the conversation screen's live checks (`status`,
    `scheduled_day`, `held_on` and `question_count` come from the ConversationView).
    Agreement and follow-up fields are named "agreements[i]" and "follow_ups[i]"."""
    today = today or date.today()
    problems: dict[str, str] = {}
    if status == ConversationStatus.CANCELLED:
        problems["status"] = t(
            "Dit gesprek is geannuleerd en kan niet meer worden ingevuld.",
            "This conversation was cancelled and can no longer be filled in.",
        )
    held = status == ConversationStatus.HELD or draft.mark_held
    day = conversation_day(draft, status, scheduled_day, held_on, today)
    if draft.held_on is not None and draft.held_on > today:
        problems["held_on"] = t(
            "Een gesprek kan niet in de toekomst gevoerd zijn.",
            "A conversation cannot have been held in the future.",
        )
    if draft.score is not None and not 1 <= draft.score <= 5:
        problems["score"] = t("Kies een score van 1 tot 5.", "Choose a score from 1 to 5.")
    problems.update(_text_problems(draft, question_count))
    problems.update(_agreement_problems(draft, day))
    problems.update(_signoff_problems(draft, day, held, today))
    return problems


def conversation_day(
    draft: ConversationDraft, status: str, scheduled_day: date, held_on: date | None, today: date
) -> date:
    """The day a save records: the given held day, the stored one, the planned day, or today
    when a conversation marked held was planned for later. A held day only counts for a
    conversation that is (or is being marked) held."""
    held = status == ConversationStatus.HELD or draft.mark_held
    if held and draft.held_on is not None:
        return draft.held_on
    if status == ConversationStatus.HELD and held_on is not None:
        return held_on
    if draft.mark_held and scheduled_day > today:
        return today
    return scheduled_day
