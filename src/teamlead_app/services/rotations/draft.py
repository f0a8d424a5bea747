"""What the rotation dialog hands in, its checks that need no database (dates, host, texts,
codes) and the check that what it points at exists."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from teamlead_app.data.models import (
    ILUO_LEVELS,
    ROTATION_STATUSES,
    Employee,
    Goal,
    RotationForm,
    Skill,
    Station,
    Team,
)
from teamlead_app.data.statuses import RotationStatus
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.services.people.names import full_name
from teamlead_app.services.skills.levels import check_active
from teamlead_app.util.dates import format_date


def _clean(text: str) -> str:
    return " ".join(text.split())


@dataclass(frozen=True)
class RotationDraft:
    employee_id: int
    date_from: date
    date_to: date
    form_id: int | None = None
    host_id: int | None = None
    station_id: int | None = None
    target_team_id: int | None = None
    department: str = ""
    skill_id: int | None = None
    target_level: str | None = None
    goal_id: int | None = None
    status: str = RotationStatus.PLANNED
    # The rotation's edit version when the dialog loaded it (services/common/
    # edit_versions.py); None: a new rotation, or not checked.
    row_version: int | None = None


def validate_rotation(draft: RotationDraft) -> dict[str, str]:
    """The checks that need no database: dates, host, texts, codes."""
    problems: dict[str, str] = {}
    if draft.date_from > draft.date_to:
        problems["date_to"] = t(
            f"De einddatum ({format_date(draft.date_to)}) ligt vóór de begindatum "
            f"({format_date(draft.date_from)}).",
            f"The end date ({format_date(draft.date_to)}) is before the start date "
            f"({format_date(draft.date_from)}).",
        )
    if draft.host_id is not None and draft.host_id == draft.employee_id:
        problems["host_id"] = t(
            "De begeleider kan niet de medewerker zelf zijn: kies een collega.",
            "The host cannot be the employee themself: choose a colleague.",
        )
    if len(_clean(draft.department)) > 200:
        problems["department"] = t(
            "Naam van de afdeling is te lang (max. 200 tekens).",
            "Department name is too long (max 200 characters).",
        )
    if draft.target_level is not None and draft.target_level not in ILUO_LEVELS:
        problems["target_level"] = t(
            f"'{draft.target_level}' is geen niveau (kies I, L, U of O).",
            f"'{draft.target_level}' is not a level (choose I, L, U or O).",
        )
    if draft.status not in ROTATION_STATUSES:
        problems["status"] = t("Onbekende status.", "Unknown status.")
    return problems


def check_refs(session: Session, draft: RotationDraft) -> None:
    check_active(session.get(Employee, draft.employee_id), draft.date_from)
    if draft.host_id is not None:
        host = session.get(Employee, draft.host_id)
        if host is None:
            raise NotFoundError(t("Begeleider niet gevonden.", "Host not found."))
        if host.date_out_of_service is not None and host.date_out_of_service < draft.date_to:
            name = full_name(host.first_name, host.tussenvoegsel, host.last_name)
            raise ValidationError(
                t(f"Begeleider {name} is dan uit dienst.", f"Host {name} is out of service then."),
                field="host_id",
            )
    checks: list[tuple[type, int | None, str, str]] = [
        (RotationForm, draft.form_id, "Roulatievorm niet gevonden.", "Rotation form not found."),
        (Station, draft.station_id, "Werkplek niet gevonden.", "Station not found."),
        (Team, draft.target_team_id, "Team niet gevonden.", "Team not found."),
        (Skill, draft.skill_id, "Vaardigheid niet gevonden.", "Skill not found."),
    ]
    for model, ref, nl, en in checks:
        if ref is not None and session.get(model, ref) is None:
            raise NotFoundError(t(nl, en))
    if draft.goal_id is not None:
        goal = session.get(Goal, draft.goal_id)
        if goal is None or goal.employee_id != draft.employee_id:
            raise ValidationError(
                t(
                    "Dit POP-doel hoort niet bij deze medewerker.",
                    "This POP goal does not belong to this employee.",
                ),
                field="goal_id",
            )
