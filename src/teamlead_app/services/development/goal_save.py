"""Saving a goal in one go: its texts, dates and status, its steps (new, changed, removed,
ticked off) and new progress lines, validated first and written in one transaction. The goal
dialog's OK is this one call: it never leaves a goal half saved.

The order inside the transaction follows the status rules of goals.py: texts first, then a
deliberate reopening, the steps and the progress, and closing the goal last (a closed goal
takes no new steps, but steps added in the same save as the closing are fine).

The progress line helpers are shared with saving a conversation (conversations/save.py),
which writes one line per goal per conversation in the conversation's own transaction."""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Conversation, Goal, GoalProgress, GoalStep
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.records.development import FINAL_STATUSES, GoalView
from teamlead_app.services.common import edit_versions
from teamlead_app.services.common.conflict_fields import goal_fields
from teamlead_app.services.common.signed_versions import signed_pop_guard
from teamlead_app.services.development.goal_queries import goal_views
from teamlead_app.services.development.goal_rules import (
    MAX_TEXT,
    GoalDraft,
    StepEdit,
    apply_status,
    check_conversation,
    check_pop,
    now,
    raise_first,
    require_employee,
    target_before_start,
    too_long,
    validate_goal,
    validate_step,
    writable_goal,
)
from teamlead_app.util.dates import format_date

log = logging.getLogger(__name__)

# --- progress lines ------------------------------------------------------------------------


def progress_problem(note: str) -> str:
    """Why a progress line cannot be written; "" when it can."""
    if not note.strip():
        return t("Schrijf een regel over de voortgang.", "Write a line about the progress.")
    if too_long(note):
        return t(
            f"De voortgang is te lang (max. {MAX_TEXT} tekens).",
            f"The progress note is too long (max {MAX_TEXT} characters).",
        )
    return ""


def write_progress(
    session: Session,
    goal: Goal,
    note: str,
    conversation: Conversation | None = None,
    written_on: date | None = None,
) -> GoalProgress:
    """One line of progress inside the caller's transaction. With a conversation there is one
    line per goal per conversation: writing again replaces that line (so a retried save never
    writes it twice). The date defaults to the conversation's day, or today."""
    line: GoalProgress | None = None
    day = written_on
    if conversation is not None:
        day = day or conversation.held_on or conversation.scheduled_at.date()
        line = session.scalar(
            select(GoalProgress).where(
                GoalProgress.goal_id == goal.id,
                GoalProgress.conversation_id == conversation.id,
            )
        )
    if line is None:
        conversation_id = conversation.id if conversation is not None else None
        line = GoalProgress(goal_id=goal.id, conversation_id=conversation_id)
        session.add(line)
    line.note = note
    line.written_on = day or date.today()
    return line


def conversation_progress(
    session: Session, conversation: Conversation, lines: Sequence[tuple[int, str]]
) -> None:
    """The progress lines written in a conversation, (goal id, note) each, all or none: every
    goal must be this person's and still writable."""
    for goal_id, note in lines:
        problem = progress_problem(note)
        if problem:
            raise ValidationError(problem, field="goal_progress")
        goal = writable_goal(session, goal_id)
        check_conversation(session, conversation.id, goal.employee_id)
        write_progress(session, goal, note, conversation)


# --- validation ----------------------------------------------------------------------------


def _step_label(number: int) -> str:
    return t(f"Stap {number}: ", f"Step {number}: ")


def validate_goal_save(draft: GoalDraft) -> dict[str, str]:
    """Everything that can be checked without the database: the goal, each step, each new
    progress line. Field name -> message, the step named by its number."""
    problems = validate_goal(draft)
    for number, edit in enumerate(draft.steps or (), start=1):
        step_problems = validate_step(edit.draft)
        if step_problems and "steps" not in problems:
            problems["steps"] = _step_label(number) + next(iter(step_problems.values()))
    for note in draft.progress:
        problem = progress_problem(note)
        if problem and "progress" not in problems:
            problems["progress"] = problem
    return problems


# --- writing -------------------------------------------------------------------------------


def _apply_texts(goal: Goal, draft: GoalDraft) -> None:
    goal.what = draft.what
    goal.why = draft.why
    goal.category = draft.category
    goal.success_criterion = draft.success_criterion
    goal.support_needed = draft.support_needed
    goal.target_date = draft.target_date


def step_date_problem(
    steps: Sequence[StepEdit], stored: Mapping[int, date | None], start: date
) -> str:
    """The first new or changed step date before the goal's start, named by step number;
    "" when there is none. `stored`: step id -> its stored date (unchanged dates pass)."""
    for number, edit in enumerate(steps, start=1):
        planned = edit.draft.planned_on
        if planned is None or planned >= start:
            continue
        if edit.step_id is not None and stored.get(edit.step_id) == planned:
            continue
        return _step_label(number) + t(
            f"de datum {format_date(planned)} ligt vóór de startdatum van het doel "
            f"({format_date(start)}).",
            f"the date {format_date(planned)} is before the goal's start date "
            f"({format_date(start)}).",
        )
    return ""


def _write_steps(session: Session, goal: Goal, steps: Sequence[StepEdit], today: date) -> None:
    """The complete list of steps: new ones appended, changed ones updated, stored ones left
    out removed. A new or changed date may not lie before the goal's start."""
    stored = {step.id: step for step in goal.steps}
    wanted = {edit.step_id for edit in steps if edit.step_id is not None}
    if wanted - stored.keys():
        raise ValidationError(
            t("Deze stap hoort niet bij dit doel.", "This step is not part of this goal."),
            field="steps",
        )
    if any(edit.step_id is None for edit in steps) and goal.status in FINAL_STATUSES:
        raise ValidationError(
            t(
                "Dit doel is afgesloten; heropen het om er een stap aan toe te voegen.",
                "This goal is closed; reopen it to add a step.",
            ),
            field="status",
        )
    problem = step_date_problem(
        steps, {step.id: step.planned_on for step in stored.values()}, goal.start_date
    )
    if problem:
        raise ValidationError(problem, field="steps")
    for step_id in stored.keys() - wanted:
        goal.steps.remove(stored[step_id])
    position = max((step.position for step in stored.values()), default=0)
    for edit in steps:
        row = stored.get(edit.step_id) if edit.step_id is not None else None
        if row is None:
            position += 1
            row = GoalStep(position=position, created_on=today)
            goal.steps.append(row)
        row.what = edit.draft.what
        row.who = edit.draft.who.strip()
        row.planned_on = edit.draft.planned_on
        row.done_on = (row.done_on or today) if edit.done else None


def write_goal(session: Session, goal: Goal, draft: GoalDraft, today: date) -> None:
    """Texts, reopening, steps, progress and the status, in that order, into `goal` (new or
    stored) inside the caller's transaction."""
    start = draft.start_date or goal.start_date
    if draft.target_date and draft.target_date < start:
        raise ValidationError(target_before_start(draft.target_date, start), field="target_date")
    goal.start_date = start
    _apply_texts(goal, draft)
    if draft.reopen and goal.status in FINAL_STATUSES and draft.status != goal.status:
        apply_status(goal, draft.status, on=None, new_target=None, reopen=True)
    if draft.steps is not None:
        _write_steps(session, goal, draft.steps, today)
    session.flush()
    for note in draft.progress:
        write_progress(session, goal, note, written_on=today)
    if draft.status != goal.status:
        apply_status(goal, draft.status, on=today, new_target=None, reopen=False)


def new_goal(
    session: Session,
    employee_id: int,
    draft: GoalDraft,
    *,
    pop_id: int | None = None,
    conversation_id: int | None = None,
    today: date,
) -> Goal:
    """A new goal in a working state (its status applied by write_goal afterwards)."""
    require_employee(session, employee_id)
    if pop_id is not None:
        check_pop(session, pop_id, employee_id)
    if conversation_id is not None:
        check_conversation(session, conversation_id, employee_id)
    goal = Goal(
        employee_id=employee_id,
        pop_id=pop_id,
        conversation_id=conversation_id,
        start_date=draft.start_date or today,
        status="open",
        created_at=now(),
    )
    session.add(goal)
    return goal


@edit_versions.retry_when_stale
def save_goal(
    ctx: ServiceContext,
    goal_id: int | None,
    draft: GoalDraft,
    *,
    employee_id: int | None = None,
    pop_id: int | None = None,
    today: date | None = None,
) -> GoalView:
    """Save a goal with its steps and new progress lines in one transaction: all or nothing.
    `goal_id` None makes a new goal for `employee_id` (in `pop_id` when given); it may be
    saved achieved or stopped straight away. Returns the goal as stored."""
    raise_first(validate_goal_save(draft))
    today = today or date.today()
    with ctx.sessions.begin() as session:
        if goal_id is None:
            if employee_id is None:
                raise NotFoundError(t("Medewerker niet gevonden.", "Employee not found."))
            goal = new_goal(session, employee_id, draft, pop_id=pop_id, today=today)
            write_goal(session, goal, draft, today)
        else:
            goal = writable_goal(session, goal_id)
            edit_versions.check_version(
                edit_versions.GOAL, goal, draft.row_version, lambda: goal_fields(goal, draft)
            )
            # A signed plan's goal texts are locked (a goal may still be added: it is marked).
            with signed_pop_guard(session, goal.pop_id):
                write_goal(session, goal, draft, today)
        session.flush()
        log.info("goal %s saved", goal.id)
        return goal_views(session, [Goal.id == goal.id])[0]
