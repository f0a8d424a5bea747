"""Changing what was planned: removing a rotation that has not started, and removing a
station or a rotation form nobody's rotation uses; plus what the rotation form offers to
link (the person's open POP goals). Each is one call and one transaction.

A rotation that has begun or been evaluated stays: it is the person's history (the matrix
row of an evaluation names it); one that must stop is evaluated as "afgebroken"."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import delete, func, select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Goal, Rotation, RotationForm, Station, StationSkill
from teamlead_app.data.statuses import RotationStatus
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.records.development import ACTIVE_STATUSES as ACTIVE_GOAL_STATUSES
from teamlead_app.records.rotations import ACTIVE_STATUSES
from teamlead_app.util.dates import format_date


@dataclass(frozen=True)
class GoalChoice:
    id: int
    what: str


def removal_refusal(status: str, date_from: date, today: date) -> str:
    """Why a rotation cannot be removed (empty when it can): only a planned one that has
    not begun goes; the page uses the same words as the service."""
    if status not in ACTIVE_STATUSES:
        return t(
            "Deze roulatie is al geëvalueerd en blijft in de geschiedenis van de medewerker.",
            "This rotation has been evaluated and stays in the employee's history.",
        )
    if status == RotationStatus.RUNNING or date_from <= today:
        return t(
            f"Deze roulatie is al begonnen (op {format_date(date_from)}): verwijderen kan niet. "
            "Stopt hij, evalueer hem dan met de uitkomst 'afgebroken'.",
            f"This rotation has already started (on {format_date(date_from)}) and cannot be "
            "deleted. If it stops, evaluate it with the outcome 'stopped'.",
        )
    return ""


def delete_rotation(ctx: ServiceContext, rotation_id: int, today: date | None = None) -> None:
    """Remove a planned rotation that has not begun; anything else is refused with why."""
    today = today or date.today()
    with ctx.sessions.begin() as session:
        rotation = session.get(Rotation, rotation_id)
        if rotation is None:
            raise NotFoundError(t("Roulatie niet gevonden.", "Rotation not found."))
        refusal = removal_refusal(rotation.status, rotation.date_from, today)
        if refusal:
            raise ValidationError(refusal, field="rotation_id")
        session.delete(rotation)


def _uses(count: int, what_nl: str, what_en: str) -> None:
    if count:
        raise ValidationError(
            t(
                f"Deze {what_nl} staat bij {count} roulatie(s) en kan niet weg: "
                "de geschiedenis van die roulaties noemt hem.",
                f"This {what_en} is used by {count} rotation(s) and cannot be deleted: "
                "their history names it.",
            )
        )


def delete_station(ctx: ServiceContext, station_id: int) -> None:
    with ctx.sessions.begin() as session:
        if session.get(Station, station_id) is None:
            raise NotFoundError(t("Werkplek niet gevonden.", "Station not found."))
        used = session.scalar(
            select(func.count()).select_from(Rotation).where(Rotation.station_id == station_id)
        )
        _uses(used or 0, "werkplek", "station")
        session.execute(delete(StationSkill).where(StationSkill.station_id == station_id))
        session.execute(delete(Station).where(Station.id == station_id))


def delete_form(ctx: ServiceContext, form_id: int) -> None:
    with ctx.sessions.begin() as session:
        if session.get(RotationForm, form_id) is None:
            raise NotFoundError(t("Roulatievorm niet gevonden.", "Rotation form not found."))
        used = session.scalar(
            select(func.count()).select_from(Rotation).where(Rotation.form_id == form_id)
        )
        _uses(used or 0, "roulatievorm", "rotation form")
        session.execute(delete(RotationForm).where(RotationForm.id == form_id))


def goal_names_skill(goal: str, skill: str) -> bool:
    """Whether a goal's text names the skill by its first word ("De lasersnijder leren
    bedienen" and "Lasersnijder"; "Werkbonnen zelf afhandelen" and "Werkbon invullen")."""
    key = skill.split(" ")[0].lower() if skill.strip() else ""
    return len(key) >= 3 and key in goal.lower()


def goal_choices(
    ctx: ServiceContext, employee_id: int, keep: int | None = None
) -> list[GoalChoice]:
    """The person's goals a rotation can serve: the open ones, plus `keep` (the goal the
    rotation already names, whatever its status), newest first."""
    query = select(Goal.id, Goal.what).where(Goal.employee_id == employee_id)
    if keep is None:
        query = query.where(Goal.status.in_(ACTIVE_GOAL_STATUSES))
    else:
        query = query.where(Goal.status.in_(ACTIVE_GOAL_STATUSES) | (Goal.id == keep))
    with ctx.sessions() as session:
        rows = session.execute(query.order_by(Goal.start_date.desc(), Goal.id.desc())).all()
    return [GoalChoice(goal_id, " ".join(what.split())) for goal_id, what in rows]
