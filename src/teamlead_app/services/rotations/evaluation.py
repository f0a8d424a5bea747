"""The evaluation of a rotation, which closes the loop: in one transaction the rotation is
closed, the matrix gets a level row naming the rotation, and the linked POP goal a progress
line. "Niet voor mij" is a valid outcome and needs no level change."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy.orm import Session

from teamlead_app.data.db import Database
from teamlead_app.data.models import (
    ILUO_LEVELS,
    ROTATION_OUTCOMES,
    Employee,
    GoalProgress,
    Rotation,
)
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.records.rotations import ACTIVE_STATUSES
from teamlead_app.services.people.names import full_name
from teamlead_app.services.skills.levels import (
    LevelDraft,
    apply_level,
    check_active,
    validate_level,
)
from teamlead_app.util.dates import format_date


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _raise_first(problems: dict[str, str]) -> None:
    if problems:
        field, message = next(iter(problems.items()))
        raise ValidationError(message, field=field)


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


def evaluate_rotation(db: Database, draft: EvaluationDraft, today: date | None = None) -> None:
    """Close the rotation with its evaluation; in the same transaction the new level goes
    into the matrix (source 'rotation', naming the rotation, assessed by the host) and the
    linked POP goal gets a progress line."""
    today = today or date.today()
    day = draft.evaluated_on or today
    _raise_first(validate_evaluation(draft))
    with db.sessions.begin() as session:
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
        rotation.status = "afgebroken" if draft.outcome == "afgebroken" else "afgerond"
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
