"""The plain data of development: a goal with its steps and progress log, the active goals
for the preparation sheet, the POP with its support and evaluation moments, and what the POP
form and the POP preparation form print."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime

from teamlead_app.data.statuses import GoalStatus, PopStatus
from teamlead_app.records.signed import VersionInfo

ACTIVE_STATUSES = (GoalStatus.OPEN, GoalStatus.IN_PROGRESS, GoalStatus.POSTPONED)
FINAL_STATUSES = (GoalStatus.ACHIEVED, GoalStatus.STOPPED)


@dataclass(frozen=True)
class StepView:
    id: int
    position: int
    what: str
    who: str
    planned_on: date | None
    done_on: date | None
    created_on: date

    @property
    def done(self) -> bool:
        return self.done_on is not None


@dataclass(frozen=True)
class ProgressView:
    id: int
    written_on: date
    note: str
    conversation_id: int | None


@dataclass(frozen=True)
class GoalView:
    """One goal with everything the goal dialog, the profile and the POP form show."""

    id: int
    employee_id: int
    employee: str
    what: str
    why: str
    category: str
    success_criterion: str
    support_needed: str
    start_date: date
    target_date: date | None
    status: str
    achieved_on: date | None
    stopped_on: date | None
    pop_id: int | None
    pop_status: str | None
    carried_from_id: int | None
    conversation_id: int | None
    created_at: datetime
    steps: tuple[StepView, ...]
    progress: tuple[ProgressView, ...]  # oldest first
    row_version: int = 1  # the edit version (migration 0009), handed back in the draft

    @property
    def read_only(self) -> bool:
        return self.pop_status == PopStatus.EVALUATED

    @property
    def signed_locked(self) -> bool:
        """In an agreed (signed) POP: what, category and target date are part of what was
        signed and change only after 'Wijzigen na ondertekening' (signed_versions.py)."""
        return self.pop_status == PopStatus.AGREED

    @property
    def latest_progress(self) -> ProgressView | None:
        return self.progress[-1] if self.progress else None


@dataclass(frozen=True)
class ActiveGoal:
    """A goal the conversation screen and the preparation sheet show: open, in progress or
    postponed, outside an evaluated POP."""

    id: int
    what: str
    why: str
    category: str
    status: str
    start_date: date
    target_date: date | None
    pop_id: int | None
    steps_total: int
    steps_done: int
    next_step: str | None  # the first step not yet done
    next_step_who: str | None
    next_step_on: date | None
    latest_progress: str | None  # latest line from another conversation
    latest_progress_on: date | None
    this_conversation_note: str  # the line written in the given conversation, or ""
    this_conversation_progress_id: int | None


@dataclass(frozen=True)
class SupportItem:
    kind: str  # one of models.SUPPORT_KINDS
    description: str = ""


@dataclass(frozen=True)
class PopDraft:
    """What the POP screen hands in. Texts are stored exactly as typed."""

    period_start: date
    period_end: date
    ambition: str = ""  # where the employee wants to be in about three years, own words
    lead_perspective: str = ""  # where the lead sees them going
    strengths: str = ""
    development_points: str = ""
    support: tuple[SupportItem, ...] = ()
    evaluation: str = ""
    # The plan's edit version when the page loaded it (services/common/edit_versions.py);
    # None: not checked.
    row_version: int | None = None


@dataclass(frozen=True)
class EvaluationMoment:
    """A conversation of kind ontwikkel linked to the plan."""

    conversation_id: int
    scheduled_at: datetime
    status: str  # planned / held / cancelled
    held_on: date | None


@dataclass(frozen=True)
class PopView:
    id: int
    employee_id: int
    employee: str
    personnel_number: str
    function: str
    team: str
    lead_name: str  # the team's lead, else the lead name from the settings
    period_start: date
    period_end: date
    status: str  # draft / agreed / evaluated
    ambition: str
    lead_perspective: str
    strengths: str
    development_points: str
    evaluation: str
    evaluated_on: date | None
    support: tuple[SupportItem, ...]
    goals: tuple[GoalView, ...]
    evaluation_moments: tuple[EvaluationMoment, ...]
    signoff: str | None  # gezien / akkoord
    signoff_date: date | None
    signoff_method: str | None  # paper / screen
    lead_signed_on: date | None
    employee_response: str
    previous_pop_id: int | None
    created_at: datetime
    # The lock step: version, reason, goals added after signing (signed_versions.py).
    version: VersionInfo = field(default_factory=VersionInfo)
    # The edit version (migration 0009), handed back in the draft: not the signed version.
    row_version: int = 1

    @property
    def read_only(self) -> bool:
        return self.status == PopStatus.EVALUATED

    @property
    def locked(self) -> bool:
        """Signed: the plan's texts change only as a new version (goals may still be added,
        and are marked as added after signing)."""
        return self.signoff is not None or self.status == PopStatus.EVALUATED

    @property
    def open_goals(self) -> tuple[GoalView, ...]:
        """The goals that may be carried over to the next period."""
        return tuple(goal for goal in self.goals if goal.status in ACTIVE_STATUSES)

    def draft(self) -> PopDraft:
        return PopDraft(
            period_start=self.period_start,
            period_end=self.period_end,
            ambition=self.ambition,
            lead_perspective=self.lead_perspective,
            strengths=self.strengths,
            development_points=self.development_points,
            support=self.support,
            evaluation=self.evaluation,
        )


@dataclass(frozen=True)
class PopFormData:
    """One plan for the POP form, with the plan before it for the look back (Terugblik)."""

    pop: PopView
    previous: PopView | None
    printed_on: date
    company_name: str = ""
    logo_path: str = ""


@dataclass(frozen=True)
class PopPrepData:
    """The preparation form. Without an employee every field is an empty line to write on."""

    printed_on: date
    employee_id: int | None = None
    employee: str = ""
    function: str = ""
    team: str = ""
    lead_name: str = ""
    conversation_on: date | None = None  # the next planned development conversation
    company_name: str = ""
    logo_path: str = ""
