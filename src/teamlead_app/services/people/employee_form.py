"""What the add/edit dialog and the importer hand in for one person, and its checks (field
name -> Dutch/English message) for live validation and for the services."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from teamlead_app.data.models import CADENCES, EMPLOYEE_KINDS, STAGES, Employee, JobFunction
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import t


def _clean(text: str) -> str:
    """Trim and fold inner runs of white space; keep every other character as typed."""
    return " ".join(text.split())


MAX_NAME = 200


MAX_FUNCTION = 120  # JobFunction.name is String(120)


@dataclass(frozen=True)
class EmployeeDraft:
    """What the add/edit dialog and the importer hand in."""

    first_name: str
    last_name: str
    tussenvoegsel: str = ""
    personnel_number: str = ""
    function: str = ""
    team_id: int | None = None
    date_in_service: date | None = None
    date_out_of_service: date | None = None
    kind: str = "medewerker"
    stage: str = "medior"
    cadence: str = "monthly"
    cadence_weeks: int | None = None
    # The person's edit version when the dialog loaded them (services/common/
    # edit_versions.py); None: a new person, the importer, not checked.
    row_version: int | None = None


def validate_employee(draft: EmployeeDraft) -> dict[str, str]:
    """Field name -> Dutch/English message, for live validation and for the services."""
    problems: dict[str, str] = {}
    if not _clean(draft.first_name):
        problems["first_name"] = t("Voornaam is verplicht.", "First name is required.")
    elif len(draft.first_name) > MAX_NAME:
        problems["first_name"] = t(
            f"Voornaam is te lang (max. {MAX_NAME} tekens).",
            f"First name is too long (max {MAX_NAME} characters).",
        )
    if not _clean(draft.last_name):
        problems["last_name"] = t("Achternaam is verplicht.", "Last name is required.")
    elif len(draft.last_name) > MAX_NAME:
        problems["last_name"] = t(
            f"Achternaam is te lang (max. {MAX_NAME} tekens).",
            f"Last name is too long (max {MAX_NAME} characters).",
        )
    if len(draft.tussenvoegsel) > 40:
        problems["tussenvoegsel"] = t("Tussenvoegsel is te lang.", "Name prefix is too long.")
    if len(draft.personnel_number) > 40:
        problems["personnel_number"] = t(
            "Personeelsnummer is te lang (max. 40 tekens).",
            "Personnel number is too long (max 40 characters).",
        )
    if len(_clean(draft.function)) > MAX_FUNCTION:
        problems["function"] = t(
            f"Functie is te lang (max. {MAX_FUNCTION} tekens).",
            f"Function is too long (max {MAX_FUNCTION} characters).",
        )
    if draft.kind not in EMPLOYEE_KINDS:
        problems["kind"] = t("Onbekend soort medewerker.", "Unknown kind of employee.")
    if draft.stage not in STAGES:
        problems["stage"] = t("Onbekende ervaringsfase.", "Unknown experience stage.")
    if draft.cadence not in CADENCES:
        problems["cadence"] = t("Onbekend gespreksritme.", "Unknown cadence.")
    if draft.cadence == "weeks" and not (draft.cadence_weeks and 1 <= draft.cadence_weeks <= 52):
        problems["cadence_weeks"] = t(
            "Kies een aantal weken tussen 1 en 52.", "Choose a number of weeks from 1 to 52."
        )
    if (
        draft.date_in_service
        and draft.date_out_of_service
        and draft.date_out_of_service < draft.date_in_service
    ):
        problems["date_out_of_service"] = t(
            "Datum uit dienst ligt vóór de datum in dienst.",
            "Date out of service is before the date in service.",
        )
    return problems


# --- look-ups inside the save's transaction ----------------------------------------------


def function_id(session: Session, name: str) -> int | None:
    name = _clean(name)
    if not name:
        return None
    found = session.scalar(select(JobFunction).where(func.lower(JobFunction.name) == name.lower()))
    if found is None:
        found = JobFunction(name=name)
        session.add(found)
        session.flush()
    return found.id


def check_unique_number(session: Session, number: str, employee_id: int | None) -> None:
    if not number:
        return
    other = session.scalar(select(Employee.id).where(Employee.personnel_number == number))
    if other is not None and other != employee_id:
        raise ValidationError(
            t(
                f"Personeelsnummer {number} is al in gebruik.",
                f"Personnel number {number} is already in use.",
            ),
            field="personnel_number",
        )
