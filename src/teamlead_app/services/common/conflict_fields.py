"""What a conflict shows side by side per kind of record: (label, mine, theirs) for the fields
a user types, read from the stored row (theirs) and the draft (mine). Only shared fields: a
working note is the author's alone and never shown to another user here (the user's own typed
note is kept by the screen)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from teamlead_app.data.models import (
    Agreement,
    Conversation,
    Employee,
    Goal,
    Pairing,
    Pop,
    Rotation,
)
from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.records.conversations import AgreementDraft, ConversationDraft
from teamlead_app.records.development import PopDraft
from teamlead_app.services.development.goal_rules import GoalDraft
from teamlead_app.services.pairings.rules import PairingDraft
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.names import full_name
from teamlead_app.services.rotations.draft import RotationDraft
from teamlead_app.util.dates import format_date

Fields = list[tuple[str, str, str]]


def _changed(rows: Fields) -> Fields:
    """Only what differs: the dialog shows where the two versions part."""
    return [row for row in rows if row[1] != row[2]]


def _day(value: date | None) -> str:
    return format_date(value) if value is not None else ""


def conversation_fields(row: Conversation, draft: ConversationDraft) -> Fields:
    stored = {a.position: a.answer for a in row.answers}
    count = max(len(draft.answers), max(stored, default=-1) + 1)
    rows: Fields = [
        (t(f"Antwoord {i + 1}", f"Answer {i + 1}"), _at(draft.answers, i), stored.get(i, ""))
        for i in range(count)
    ]
    rows += [
        (t("Gedeelde samenvatting", "Shared summary"), draft.shared_summary, row.shared_summary),
        (
            t("Reactie medewerker", "Employee's response"),
            draft.employee_response,
            row.employee_response,
        ),
    ]
    # Never the working note nor the monthly score: private, their author's only (and on the
    # server another lead's are unreadable anyway).
    return _changed(rows)


def _at(values: Sequence[str], index: int) -> str:
    return values[index] if index < len(values) else ""


def pop_fields(row: Pop, draft: PopDraft) -> Fields:
    return _changed(
        [
            (t("Ambitie", "Ambition"), draft.ambition, row.ambition),
            (
                t("Visie leidinggevende", "Lead's perspective"),
                draft.lead_perspective,
                row.lead_perspective,
            ),
            (t("Sterke punten", "Strengths"), draft.strengths, row.strengths),
            (
                t("Ontwikkelpunten", "Points to develop"),
                draft.development_points,
                row.development_points,
            ),
            (t("Evaluatie", "Evaluation"), draft.evaluation, row.evaluation),
            (
                t("Periode", "Period"),
                f"{_day(draft.period_start)} – {_day(draft.period_end)}",
                f"{_day(row.period_start)} – {_day(row.period_end)}",
            ),
        ]
    )


def goal_fields(row: Goal, draft: GoalDraft) -> Fields:
    return _changed(
        [
            (t("Doel", "Goal"), draft.what, row.what),
            (t("Waarom", "Why"), draft.why, row.why),
            (
                t("Wanneer gehaald", "Success criterion"),
                draft.success_criterion,
                row.success_criterion,
            ),
            (t("Nodige steun", "Support needed"), draft.support_needed, row.support_needed),
            (t("Streefdatum", "Target date"), _day(draft.target_date), _day(row.target_date)),
            (
                t("Status", "Status"),
                label("goal_status", draft.status),
                label("goal_status", row.status),
            ),
        ]
    )


def employee_fields(row: Employee, draft: EmployeeDraft, function: str) -> Fields:
    return _changed(
        [
            (
                t("Naam", "Name"),
                full_name(draft.first_name, draft.tussenvoegsel, draft.last_name),
                full_name(row.first_name, row.tussenvoegsel, row.last_name),
            ),
            (
                t("Personeelsnummer", "Personnel number"),
                draft.personnel_number,
                row.personnel_number or "",
            ),
            (t("Functie", "Function"), draft.function, function),
            (
                t("In dienst sinds", "In service since"),
                _day(draft.date_in_service),
                _day(row.date_in_service),
            ),
            (
                t("Uit dienst per", "Out of service on"),
                _day(draft.date_out_of_service),
                _day(row.date_out_of_service),
            ),
        ]
    )


def agreement_fields(row: Agreement, draft: AgreementDraft) -> Fields:
    return _changed(
        [
            (t("Afspraak", "Agreement"), draft.text.strip(), row.text),
            (
                t("Status van de afspraak", "Status of the agreement"),
                label("agreement_status", draft.status),
                label("agreement_status", row.status),
            ),
            (t("Wanneer", "When"), _day(draft.due_date), _day(row.due_date)),
        ]
    )


def rotation_fields(row: Rotation, draft: RotationDraft) -> Fields:
    """The dates and the department; a changed host, station or form shows as "the
    difference is elsewhere" (ids, not text)."""
    return _changed(
        [
            (t("Van", "From"), _day(draft.date_from), _day(row.date_from)),
            (t("Tot en met", "Up to and including"), _day(draft.date_to), _day(row.date_to)),
            (t("Afdeling", "Department"), draft.department, row.department),
        ]
    )


def pairing_fields(row: Pairing, draft: PairingDraft) -> Fields:
    """The dates and the check-in rhythm; another mentor or kind shows as "the difference
    is elsewhere"."""
    return _changed(
        [
            (t("Start", "Start"), _day(draft.start_on), _day(row.start_on)),
            (t("Gepland einde", "Planned end"), _day(draft.end_on), _day(row.planned_end_on)),
            (
                t("Tussengesprek elke (weken)", "Check-in every (weeks)"),
                str(draft.checkin_weeks),
                str(row.checkin_weeks),
            ),
        ]
    )
