"""Rotations (domain §3.9): who, which form, where, with which host, when, to learn what;
saving, listing and reading one back.

Stations and rotation forms are stations.py, the evaluation that closes a rotation
evaluation.py (both re-exported here, so `rotations.save_station(...)` keeps working),
conflicts rules.py, suggestions suggestions.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased

from teamlead_app.data.db import Database
from teamlead_app.data.models import (
    ILUO_LEVELS,
    ROTATION_STATUSES,
    Employee,
    Goal,
    Rotation,
    RotationForm,
    Skill,
    Station,
    Team,
)
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.records.rotations import ACTIVE_STATUSES, RotationView
from teamlead_app.services.people.names import full_name, sort_key
from teamlead_app.services.rotations.evaluation import MAX_TEXT as MAX_TEXT
from teamlead_app.services.rotations.evaluation import EvaluationDraft as EvaluationDraft
from teamlead_app.services.rotations.evaluation import evaluate_rotation as evaluate_rotation
from teamlead_app.services.rotations.evaluation import validate_evaluation as validate_evaluation
from teamlead_app.services.rotations.stations import RotationFormView as RotationFormView
from teamlead_app.services.rotations.stations import StationDraft as StationDraft
from teamlead_app.services.rotations.stations import StationView as StationView
from teamlead_app.services.rotations.stations import list_forms as list_forms
from teamlead_app.services.rotations.stations import list_stations as list_stations
from teamlead_app.services.rotations.stations import save_form as save_form
from teamlead_app.services.rotations.stations import save_station as save_station
from teamlead_app.services.skills.levels import (
    check_active,
)
from teamlead_app.util.dates import format_date


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
    status: str = "gepland"


def _clean(text: str) -> str:
    return " ".join(text.split())


def _raise_first(problems: dict[str, str]) -> None:
    if problems:
        field, message = next(iter(problems.items()))
        raise ValidationError(message, field=field)


# --- rotations ---------------------------------------------------------------------------


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


def _check_refs(session: Session, draft: RotationDraft) -> None:
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


def save_rotation(db: Database, draft: RotationDraft, rotation_id: int | None = None) -> int:
    """Plan a rotation (or change one). Conflicts are warnings, not refusals: the caller
    shows `rotation_rules.find_conflicts` before saving."""
    _raise_first(validate_rotation(draft))
    with db.sessions.begin() as session:
        _check_refs(session, draft)
        if rotation_id is None:
            rotation = Rotation(employee_id=draft.employee_id, created_at=_now())
            session.add(rotation)
        else:
            found = session.get(Rotation, rotation_id)
            if found is None:
                raise NotFoundError(t("Roulatie niet gevonden.", "Rotation not found."))
            rotation = found
            rotation.employee_id = draft.employee_id
        for field in (
            "form_id",
            "host_id",
            "station_id",
            "target_team_id",
            "skill_id",
            "target_level",
            "goal_id",
            "status",
            "date_from",
            "date_to",
        ):
            setattr(rotation, field, getattr(draft, field))
        rotation.department = _clean(draft.department)
        session.flush()
        return rotation.id


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def overlaps(start: date, end: date) -> ColumnElement[bool]:
    return (Rotation.date_from <= end) & (Rotation.date_to >= start)


def list_rotations(
    db: Database,
    *,
    employee_id: int | None = None,
    team_id: int | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
) -> list[RotationView]:
    """Rotations (of a person, of a team's people, touching a period) in one query."""
    person, host = aliased(Employee), aliased(Employee)
    home, target = aliased(Team), aliased(Team)
    query = (
        select(
            Rotation,
            person,
            host,
            home.name,
            target.name,
            RotationForm.name,
            Station.name,
            Skill.name,
        )
        .join(person, person.id == Rotation.employee_id)
        .outerjoin(host, host.id == Rotation.host_id)
        .outerjoin(home, home.id == person.team_id)
        .outerjoin(target, target.id == Rotation.target_team_id)
        .outerjoin(RotationForm, RotationForm.id == Rotation.form_id)
        .outerjoin(Station, Station.id == Rotation.station_id)
        .outerjoin(Skill, Skill.id == Rotation.skill_id)
    )
    if employee_id is not None:
        query = query.where(Rotation.employee_id == employee_id)
    if team_id is not None:
        query = query.where(person.team_id == team_id)
    if date_from is not None:
        query = query.where(Rotation.date_to >= date_from)
    if date_to is not None:
        query = query.where(Rotation.date_from <= date_to)
    with db.sessions() as session:
        rows = session.execute(query).all()
    views = [
        _view(r, p, h, home_name or "", target_name or "", form or "", station or "", skill or "")
        for r, p, h, home_name, target_name, form, station, skill in rows
    ]
    return sorted(views, key=lambda v: (v.date_from, v.employee.lower(), v.id))


def _view(
    r: Rotation,
    p: Employee,
    h: Employee | None,
    home: str,
    target: str,
    form: str,
    station: str,
    skill: str,
) -> RotationView:
    where = " · ".join(x for x in (station, target, r.department) if x)
    return RotationView(
        r.id,
        r.employee_id,
        full_name(p.first_name, p.tussenvoegsel, p.last_name),
        home,
        form,
        where,
        r.host_id,
        full_name(h.first_name, h.tussenvoegsel, h.last_name) if h else "",
        r.date_from,
        r.date_to,
        r.skill_id,
        skill,
        r.target_level,
        r.goal_id,
        r.status,
        r.outcome,
        r.new_level,
        r.learned,
        r.next_step,
        r.shared_with_team,
        r.evaluated_on,
    )


def get_rotation(db: Database, rotation_id: int) -> RotationView:
    with db.sessions() as session:
        employee_id = session.scalar(select(Rotation.employee_id).where(Rotation.id == rotation_id))
    if employee_id is None:
        raise NotFoundError(t("Roulatie niet gevonden.", "Rotation not found."))
    return next(v for v in list_rotations(db, employee_id=employee_id) if v.id == rotation_id)


def people_away(session: Session, start: date, end: date) -> set[int]:
    """The people on a planned or running rotation that touches the period."""
    return set(
        session.scalars(
            select(Rotation.employee_id).where(
                Rotation.status.in_(ACTIVE_STATUSES), overlaps(start, end)
            )
        )
    )


def sorted_people(session: Session, ids: set[int]) -> list[Employee]:
    people = session.scalars(select(Employee).where(Employee.id.in_(ids)))
    return sorted(people, key=lambda e: sort_key(e.first_name, e.tussenvoegsel, e.last_name))
