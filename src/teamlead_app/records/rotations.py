"""The plain data of job rotation: a rotation, and what the rotation schedule and the
Bewijs van bekwaamheid print."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from teamlead_app.data.statuses import RotationStatus

# The statuses of a rotation still to be evaluated (planned or in progress).
ACTIVE_STATUSES = (RotationStatus.PLANNED, RotationStatus.RUNNING)


@dataclass(frozen=True)
class RotationView:
    id: int
    employee_id: int
    employee: str
    team: str
    form: str
    where: str
    host_id: int | None
    host: str
    date_from: date
    date_to: date
    skill_id: int | None
    skill: str
    target_level: str | None
    goal_id: int | None
    status: str
    outcome: str | None
    new_level: str | None
    learned: str
    next_step: str
    shared_with_team: bool
    evaluated_on: date | None
    # What the form shows when the rotation is changed (the ids behind `form` and `where`).
    form_id: int | None = None
    station_id: int | None = None
    target_team_id: int | None = None
    department: str = ""
    row_version: int = 1  # the edit version (migration 0009), handed back in the draft


@dataclass(frozen=True)
class ScheduleRow:
    employee_id: int
    name: str
    # Per week (Monday): the rotation numbers as guest and as host ("B" + number).
    cells: tuple[str, ...]


@dataclass(frozen=True)
class ScheduleData:
    team: str
    weeks: tuple[date, ...]  # Mondays
    rows: tuple[ScheduleRow, ...]
    rotations: tuple[RotationView, ...]  # numbered 1.. in this order
    printed_on: date
    company_name: str = ""
    logo_path: str = ""


@dataclass(frozen=True)
class AcquiredSkill:
    skill: str
    level: str
    since: date
    assessor: str
    via: str  # "Roulatie <form>, <period>" or ""


@dataclass(frozen=True)
class CompetenceData:
    employee: str
    function: str
    team: str
    skills: tuple[AcquiredSkill, ...]
    hosts: tuple[str, ...]
    lead_name: str
    printed_on: date
    company_name: str = ""
    logo_path: str = ""
