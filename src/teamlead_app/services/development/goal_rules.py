"""The rules for development goals and POPs, shared by goals.py and the pop modules:
validation, the guards that load records inside a transaction (archived employee, read-only
evaluated POP, someone else's POP or conversation) and the goal status transitions described
in goals.py."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from teamlead_app.data.models import (
    GOAL_CATEGORIES,
    GOAL_STATUSES,
    Conversation,
    Employee,
    Goal,
    Pop,
)
from teamlead_app.data.statuses import GoalStatus, PopStatus
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.records.development import FINAL_STATUSES
from teamlead_app.services.people.employment import is_out_of_service
from teamlead_app.util.dates import format_date

MAX_TEXT = 50_000
MAX_WHO = 200


@dataclass(frozen=True)
class StepDraft:
    what: str
    who: str = ""
    planned_on: date | None = None


@dataclass(frozen=True)
class StepEdit:
    """One step as the goal dialog hands it back: `step_id` None for a new step."""

    step_id: int | None
    draft: StepDraft
    done: bool = False


@dataclass(frozen=True)
class GoalDraft:
    """What the goal dialog hands in. Texts are stored exactly as typed. `steps` is the
    complete list of steps in order (a stored step left out is removed; None leaves the steps
    as they are), `progress` new progress lines (oldest first) and `reopen` the deliberate
    reopening of an achieved or stopped goal; goal_save.save_goal writes all of it at once."""

    what: str
    why: str = ""
    category: str = "employability"
    success_criterion: str = ""
    support_needed: str = ""
    start_date: date | None = None  # None: today (new goal) or unchanged (edit)
    target_date: date | None = None
    status: str = "open"
    steps: tuple[StepEdit, ...] | None = None
    progress: tuple[str, ...] = ()
    reopen: bool = False
    # The goal's edit version when the dialog loaded it (services/common/edit_versions.py);
    # None: a new goal, or not checked.
    row_version: int | None = None


def now() -> datetime:
    return datetime.now().replace(microsecond=0)


# --- validation --------------------------------------------------------------------------


def too_long(value: str, limit: int = MAX_TEXT) -> bool:
    return len(value) > limit


def validate_goal(draft: GoalDraft) -> dict[str, str]:
    """Field name -> Dutch/English message."""
    problems: dict[str, str] = {}
    if not draft.what.strip():
        problems["what"] = t(
            "Vul bij 'Wat' in wat het doel is.", "Fill in what the goal is under 'What'."
        )
    texts = {
        "what": (draft.what, t("Wat", "What")),
        "why": (draft.why, t("Waarom", "Why")),
        "success_criterion": (draft.success_criterion, t("Succescriterium", "Success criterion")),
        "support_needed": (draft.support_needed, t("Benodigde steun", "Support needed")),
    }
    for name, (value, caption) in texts.items():
        if name not in problems and too_long(value):
            problems[name] = t(
                f"'{caption}' is te lang (max. {MAX_TEXT} tekens).",
                f"'{caption}' is too long (max {MAX_TEXT} characters).",
            )
    if draft.category not in GOAL_CATEGORIES:
        problems["category"] = t("Kies een categorie voor het doel.", "Choose a goal category.")
    if draft.status not in GOAL_STATUSES:
        problems["status"] = t("Onbekende status van het doel.", "Unknown goal status.")
    if draft.start_date and draft.target_date and draft.target_date < draft.start_date:
        problems["target_date"] = target_before_start(draft.target_date, draft.start_date)
    return problems


def target_before_start(target: date, start: date) -> str:
    return t(
        f"Streefdatum {format_date(target)} ligt vóór de startdatum {format_date(start)}.",
        f"Target date {format_date(target)} is before the start date {format_date(start)}.",
    )


def validate_step(draft: StepDraft) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not draft.what.strip():
        problems["what"] = t("Vul bij 'Wat' de stap in.", "Fill in the step under 'What'.")
    elif too_long(draft.what):
        problems["what"] = t(
            f"De stap is te lang (max. {MAX_TEXT} tekens).",
            f"The step is too long (max {MAX_TEXT} characters).",
        )
    if too_long(draft.who, MAX_WHO):
        problems["who"] = t(
            f"'Wie' is te lang (max. {MAX_WHO} tekens).",
            f"'Who' is too long (max {MAX_WHO} characters).",
        )
    return problems


def raise_first(problems: dict[str, str]) -> None:
    if problems:
        name, message = next(iter(problems.items()))
        raise ValidationError(message, field=name)


# --- loading and guards (inside the caller's transaction) ------------------------------------


def require_employee(session: Session, employee_id: int, *, active: bool = True) -> Employee:
    """The employee; with `active`, refuse someone who is out of service (archived)."""
    employee = session.get(Employee, employee_id)
    if employee is None:
        raise NotFoundError(t("Medewerker niet gevonden.", "Employee not found."))
    if active and is_out_of_service(employee.date_out_of_service, date.today()):
        when = format_date(employee.date_out_of_service)
        raise ValidationError(
            t(
                f"Deze medewerker is uit dienst sinds {when} (gearchiveerd): "
                "er kan geen nieuw doel of POP meer bij.",
                f"This employee left on {when} (archived): no new goal or POP can be added.",
            ),
            field="employee_id",
        )
    return employee


def load_goal(session: Session, goal_id: int) -> Goal:
    goal = session.get(Goal, goal_id)
    if goal is None:
        raise NotFoundError(t("Doel niet gevonden.", "Goal not found."))
    return goal


def writable_goal(session: Session, goal_id: int) -> Goal:
    """The goal, unless it belongs to an evaluated (read-only) POP."""
    goal = load_goal(session, goal_id)
    if goal.pop_id is not None and pop_status_of(session, goal.pop_id) == PopStatus.EVALUATED:
        raise ValidationError(
            t(
                "Dit doel hoort bij een geëvalueerd POP en kan niet meer worden gewijzigd.",
                "This goal belongs to an evaluated POP and can no longer be changed.",
            ),
            field="pop_id",
        )
    return goal


def pop_status_of(session: Session, pop_id: int) -> str | None:
    return session.scalar(select(Pop.status).where(Pop.id == pop_id))


def check_pop(session: Session, pop_id: int, employee_id: int) -> None:
    pop = session.get(Pop, pop_id)
    if pop is None:
        raise NotFoundError(t("POP niet gevonden.", "POP not found."))
    if pop.employee_id != employee_id:
        raise ValidationError(
            t("Dit POP is van een andere medewerker.", "This POP belongs to another employee."),
            field="pop_id",
        )
    if pop.status == PopStatus.EVALUATED:
        raise ValidationError(
            t(
                "Dit POP is geëvalueerd en alleen nog te lezen; "
                "kies het POP van de nieuwe periode.",
                "This POP is evaluated and read-only; choose the POP of the new period.",
            ),
            field="pop_id",
        )


def check_conversation(session: Session, conversation_id: int, employee_id: int) -> Conversation:
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        raise NotFoundError(t("Gesprek niet gevonden.", "Conversation not found."))
    if conversation.employee_id != employee_id:
        raise ValidationError(
            t(
                "Dit gesprek is met een andere medewerker.",
                "This conversation is with another employee.",
            ),
            field="conversation_id",
        )
    return conversation


def apply_status(
    goal: Goal, status: str, *, on: date | None, new_target: date | None, reopen: bool
) -> None:
    if status not in GOAL_STATUSES:
        raise ValidationError(t("Onbekende status van het doel.", "Unknown goal status."), "status")
    if status == goal.status and status != GoalStatus.POSTPONED:
        return
    if goal.status in FINAL_STATUSES and status != goal.status and not reopen:
        current = label("goal_status", goal.status)
        raise ValidationError(
            t(
                f"Dit doel staat op '{current}'. Heropen het eerst om de status te wijzigen.",
                f"This goal is '{current}'. Reopen it first to change the status.",
            ),
            field="status",
        )
    day = on or date.today()
    if status in FINAL_STATUSES and day < goal.start_date:
        raise ValidationError(
            t(
                f"De datum {format_date(day)} ligt vóór de start van het doel "
                f"({format_date(goal.start_date)}).",
                f"The date {format_date(day)} is before the goal's start "
                f"({format_date(goal.start_date)}).",
            ),
            field="on",
        )
    if status == GoalStatus.POSTPONED and new_target is not None:
        if new_target < goal.start_date:
            raise ValidationError(
                target_before_start(new_target, goal.start_date), field="new_target_date"
            )
        goal.target_date = new_target
    goal.achieved_on = day if status == GoalStatus.ACHIEVED else None
    goal.stopped_on = day if status == GoalStatus.STOPPED else None
    goal.status = status


# --- plans ----------------------------------------------------------------------------------


def load_pop(session: Session, pop_id: int) -> Pop:
    pop = session.get(Pop, pop_id)
    if pop is None:
        raise NotFoundError(t("POP niet gevonden.", "POP not found."))
    return pop


def check_not_evaluated(pop: Pop) -> None:
    if pop.status == PopStatus.EVALUATED:
        raise ValidationError(
            t(
                "Dit POP is geëvalueerd en kan niet meer worden gewijzigd. "
                "Start het POP voor de volgende periode.",
                "This POP is evaluated and can no longer be changed. "
                "Start the POP for the next period.",
            ),
            field="status",
        )
