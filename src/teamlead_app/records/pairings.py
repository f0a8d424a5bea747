"""The plain data of a buddy or mentor pairing with its check-ins, and what the pairing
agreement card prints."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from teamlead_app.data.statuses import PairingStatus

# A pairing that still runs or is about to: the mentee has a buddy, the mentor is busy.
OPEN_STATUSES = (PairingStatus.PROPOSED, PairingStatus.ACTIVE)


@dataclass(frozen=True)
class CheckinView:
    id: int
    held_on: date
    note: str
    shared: bool


@dataclass(frozen=True)
class PairingView:
    id: int
    kind: str
    status: str
    mentor_id: int | None
    mentor: str  # "" when the mentor was deleted
    mentee_id: int | None
    mentee: str  # "" when the mentee was deleted
    start_on: date
    planned_end_on: date
    ended_on: date | None
    checkin_weeks: int
    focus_skill_ids: tuple[int, ...]
    focus_skills: tuple[str, ...]
    focus_goal_ids: tuple[int, ...]
    stop_reason: str
    evaluation: str
    rotation_id: int | None
    checkins: tuple[CheckinView, ...] = ()
    row_version: int = 1  # the edit version (migration 0009), handed back in the draft


@dataclass(frozen=True)
class PairingCardData:
    pairing: PairingView
    mentor_team: str
    mentee_team: str
    mentee_kind: str  # employee kind code of the mentee ("bbl" ...), "" when unknown
    goals: tuple[str, ...]
    printed_on: date
    company_name: str = ""
    logo_path: str = ""
