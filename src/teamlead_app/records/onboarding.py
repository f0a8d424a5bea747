"""The plain data of a newcomer's onboarding plan: the talks, the checklist, the buddy line and
the first-year goals, and what the onboarding plan PDF prints."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class TalkView:
    code: str
    label: str
    day: date | None  # None when the talk was deleted from the planning
    status: str  # planned, held, cancelled; "" when deleted
    conversation_id: int | None
    note: str


@dataclass(frozen=True)
class TaskView:
    id: int
    text: str
    done_on: date | None


@dataclass(frozen=True)
class BuddyLine:
    pairing_id: int
    kind: str
    status: str
    mentor: str
    start_on: date
    planned_end_on: date
    last_checkin: date | None


@dataclass(frozen=True)
class OnboardingPlanView:
    employee_id: int
    name: str
    kind: str
    function: str
    team: str
    start_on: date | None
    talks: tuple[TalkView, ...]
    tasks: tuple[TaskView, ...]
    buddy: BuddyLine | None
    goals: tuple[str, ...]
    pop_id: int | None


@dataclass(frozen=True)
class OnboardingPdfData:
    plan: OnboardingPlanView
    printed_on: date
    company_name: str = ""
    logo_path: str = ""
