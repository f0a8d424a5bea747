"""Rotations (domain §3.9): who, which form, where, with which host, when, to learn what; and
their evaluation, which closes the loop: in one transaction the rotation is closed, the
matrix gets a level row naming the rotation, and the linked POP goal a progress line. "Niet
voor mij" is a valid outcome and needs no level change.

Stations and rotation forms are stations.py, what the rotation dialog hands in and its checks
draft.py (both re-exported here, so `rotations.save_station(...)` keeps working), conflicts
rules.py, suggestions suggestions.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from functools import partial

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session, aliased

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import (
    ILUO_LEVELS,
    ROTATION_OUTCOMES,
    Employee,
    GoalProgress,
    Rotation,
    RotationForm,
    Skill,
    Station,
    Team,
)
from teamlead_app.data.statuses import RotationStatus
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.records.rotations import ACTIVE_STATUSES, RotationView
from teamlead_app.services.common import edit_versions
from teamlead_app.services.common.conflict_fields import rotation_fields
from teamlead_app.services.people.names import full_name, sort_key
from teamlead_app.services.rotations.draft import RotationDraft as RotationDraft
from teamlead_app.services.rotations.draft import check_refs
from teamlead_app.services.rotations.draft import validate_rotation as validate_rotation
from teamlead_app.services.rotations.stations import RotationFormView as RotationFormView
from teamlead_app.services.rotations.stations import StationDraft as StationDraft
from teamlead_app.services.rotations.stations import StationView as StationView
from teamlead_app.services.rotations.stations import list_forms as list_forms
from teamlead_app.services.rotations.stations import list_stations as list_stations
from teamlead_app.services.rotations.stations import save_form as save_form
from teamlead_app.services.rotations.stations import save_station as save_station
from teamlead_app.services.skills.levels import (
    LevelDraft,
    apply_level,
    check_active,
    validate_level,
)
from teamlead_app.util.dates import format_date

MAX_TEXT = 2000


@dataclass(frozen=True)
class EvaluationDraft:
    rotation_id: int
    outcome: str
    learned: str = ""
    new_level: str | None = None
    next_step: str = ""
    shared_with_team: bool = False
    evaluated_on: date | None = None


def _clean(text: str) -> str:
    return " ".join(text.split())


def _raise_first(problems: dict[str, str]) -> None:
    if problems:
        field, message = next(iter(problems.items()))
        raise ValidationError(message, field=field)


# --- rotations ---------------------------------------------------------------------------


@edit_versions.retry_when_stale
def save_rotation(ctx: ServiceContext, draft: RotationDraft, rotation_id: int | None = None) -> int:
    """Plan a rotation (or change one). Conflicts are warnings, not refusals: the caller
    shows `rotation_rules.find_conflicts` before saving. Saved by someone else since the
    dialog loaded it (draft.row_version): ConflictError, nothing written."""
    _raise_first(validate_rotation(draft))
    with ctx.sessions.begin() as session:
        check_refs(session, draft)
        if rotation_id is None:
            rotation = Rotation(employee_id=draft.employee_id, created_at=_now())
            session.add(rotation)
        else:
            found = session.get(Rotation, rotation_id)
            if found is None:
                raise NotFoundError(t("Roulatie niet gevonden.", "Rotation not found."))
            if found.status not in ACTIVE_STATUSES:
                raise ValidationError(
                    t(
                        "Deze roulatie is al geëvalueerd en kan niet meer worden gewijzigd.",
                        "This rotation has been evaluated and can no longer be changed.",
                    ),
                    field="rotation_id",
                )
            rotation = found
            edit_versions.check_version(
                edit_versions.ROTATION,
                found,
                draft.row_version,
                partial(rotation_fields, found, draft),
            )
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
    ctx: ServiceContext,
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
    with ctx.sessions() as session:
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
        r.form_id,
        r.station_id,
        r.target_team_id,
        r.department,
        r.version,
    )


def get_rotation(ctx: ServiceContext, rotation_id: int) -> RotationView:
    with ctx.sessions() as session:
        employee_id = session.scalar(select(Rotation.employee_id).where(Rotation.id == rotation_id))
    if employee_id is None:
        raise NotFoundError(t("Roulatie niet gevonden.", "Rotation not found."))
    return next(v for v in list_rotations(ctx, employee_id=employee_id) if v.id == rotation_id)


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


# --- evaluation --------------------------------------------------------------------------


def validate_evaluation(draft: EvaluationDraft) -> dict[str, str]:
    problems: dict[str, str] = {}
    if draft.outcome not in ROTATION_OUTCOMES:
        problems["outcome"] = t(
            "Kies de uitkomst: doorgaan, nog niet, niet voor mij of afgebroken.",
            "Choose the outcome: continue, not yet, not for me or stopped.",
        )
    if draft.new_level is not None and draft.new_level not in ILUO_LEVELS:
        problems["new_level"] = t(
            f"'{draft.new_level}' is geen niveau (kies –, I, L, U of O).",
            f"'{draft.new_level}' is not a level (choose –, I, L, U or O).",
        )
    for field, text in (("learned", draft.learned), ("next_step", draft.next_step)):
        if len(text) > MAX_TEXT:
            problems[field] = t(
                f"Tekst is te lang (max. {MAX_TEXT} tekens).",
                f"Text is too long (max {MAX_TEXT} characters).",
            )
    return problems


def evaluate_rotation(
    ctx: ServiceContext, draft: EvaluationDraft, today: date | None = None
) -> None:
    """Close the rotation with its evaluation; in the same transaction the new level goes
    into the matrix (source 'rotation', naming the rotation, assessed by the host) and the
    linked POP goal gets a progress line."""
    today = today or date.today()
    day = draft.evaluated_on or today
    _raise_first(validate_evaluation(draft))
    with ctx.sessions.begin() as session:
        rotation = session.get(Rotation, draft.rotation_id)
        if rotation is None:
            raise NotFoundError(t("Roulatie niet gevonden.", "Rotation not found."))
        if rotation.status not in ACTIVE_STATUSES:
            raise ValidationError(
                t("Deze roulatie is al geëvalueerd.", "This rotation has already been evaluated."),
                field="rotation_id",
            )
        if day < rotation.date_from or day > today:
            raise ValidationError(
                t(
                    "De evaluatiedatum ligt vóór het begin van de roulatie of in de toekomst.",
                    "The evaluation date is before the rotation started or in the future.",
                ),
                field="evaluated_on",
            )
        rotation.status = (
            RotationStatus.BROKEN_OFF if draft.outcome == "afgebroken" else RotationStatus.FINISHED
        )
        rotation.outcome = draft.outcome
        rotation.learned = draft.learned.strip()
        rotation.new_level = draft.new_level
        rotation.next_step = draft.next_step.strip()
        rotation.shared_with_team = draft.shared_with_team
        rotation.evaluated_on = day
        _record_level(session, rotation, day, today)
        if rotation.goal_id is not None:
            session.add(
                GoalProgress(goal_id=rotation.goal_id, written_on=day, note=_progress(rotation))
            )


def _record_level(session: Session, rotation: Rotation, day: date, today: date) -> None:
    if rotation.new_level is None or rotation.skill_id is None:
        return
    host = session.get(Employee, rotation.host_id) if rotation.host_id else None
    assessor = full_name(host.first_name, host.tussenvoegsel, host.last_name) if host else ""
    evidence = t(
        f"Roulatie {format_date(rotation.date_from)} – {format_date(rotation.date_to)}: "
        f"{label('rotation_outcome', rotation.outcome)}",
        f"Rotation {format_date(rotation.date_from)} – {format_date(rotation.date_to)}: "
        f"{label('rotation_outcome', rotation.outcome)}",
    )
    level = LevelDraft(
        rotation.employee_id,
        rotation.skill_id,
        rotation.new_level,
        day,
        assessor[:200],
        evidence[:300],
        "rotation",
    )
    _raise_first(validate_level(level, today))
    check_active(session.get(Employee, rotation.employee_id), day)
    row = apply_level(session, level, _now())
    if row is not None:
        row.rotation_id = rotation.id


def _progress(rotation: Rotation) -> str:
    parts = [
        t(
            f"Roulatie {format_date(rotation.date_from)} – {format_date(rotation.date_to)} "
            f"geëvalueerd: {label('rotation_outcome', rotation.outcome)}.",
            f"Rotation {format_date(rotation.date_from)} – {format_date(rotation.date_to)} "
            f"evaluated: {label('rotation_outcome', rotation.outcome)}.",
        )
    ]
    if rotation.new_level:
        parts.append(t(f"Nieuw niveau: {rotation.new_level}.", f"New level: {rotation.new_level}."))
    if rotation.learned:
        parts.append(t(f"Geleerd: {rotation.learned}", f"Learned: {rotation.learned}"))
    if rotation.next_step:
        parts.append(t(f"Volgende stap: {rotation.next_step}", f"Next step: {rotation.next_step}"))
    return " ".join(parts)
