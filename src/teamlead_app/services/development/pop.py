"""The POP (persoonlijk ontwikkelingsplan): one plan per employee per period.

Life cycle: draft -> agreed (sign-off by both) -> evaluated. An evaluated plan is read-only;
the next period starts from it with start_next_pop, which copies the longer view and carries
the chosen open goals over.

Carry-over decision: the old goal keeps the status it had when the plan was evaluated, because
that is what the evaluated (and possibly signed and filed) plan said; rewriting it to
"postponed" would change a closed document. The copy in the new plan (carried_from_id -> old
goal) continues the thread. Goals of an evaluated plan are history: they are no longer active
goals and never signalled, so nothing shows twice.

The read side (PopView, get_pop, pop_for_year, list_pops) lives in pop_queries.py, the
evaluation moments in pop_moments.py; both are re-exported here.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import SIGNOFF_METHODS, SIGNOFFS, Goal, GoalStep, Pop
from teamlead_app.data.statuses import PopStatus
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import t
from teamlead_app.records.development import (
    ACTIVE_STATUSES,
    EvaluationMoment,
    PopDraft,
    PopView,
    SupportItem,
)
from teamlead_app.records.signed import POP
from teamlead_app.services.common.edit_versions import retry_when_stale
from teamlead_app.services.common.signed_versions import pop_content, record_signed, refuse_change
from teamlead_app.services.development.goal_rules import (
    MAX_TEXT,
    check_not_evaluated,
    load_pop,
    now,
    raise_first,
    require_employee,
)
from teamlead_app.services.development.pop_moments import (
    default_evaluation_moments,
    plan_evaluations,
)
from teamlead_app.services.development.pop_queries import PopRow, get_pop, list_pops, pop_for_year
from teamlead_app.services.development.pop_texts import (
    apply_draft,
    check_overlap,
    save_typed,
    update_pop,
    validate_pop,
)

__all__ = [
    "EvaluationMoment",
    "PopDraft",
    "PopRow",
    "PopView",
    "SupportItem",
    "agree_pop",
    "create_pop",
    "default_evaluation_moments",
    "evaluate_pop",
    "get_pop",
    "list_pops",
    "plan_evaluations",
    "pop_for_year",
    "start_next_pop",
    "update_pop",
    "validate_pop",
]

log = logging.getLogger(__name__)

# --- plan -------------------------------------------------------------------------------


def create_pop(
    ctx: ServiceContext,
    employee_id: int,
    year: int | None = None,
    *,
    period: tuple[date, date] | None = None,
    draft: PopDraft | None = None,
) -> int:
    """A new draft plan: for a calendar `year` (default this year), an explicit `period`, or
    the period and texts of `draft`. Refuses a period overlapping another plan of the person
    and people out of service."""
    if draft is None:
        if period is None:
            chosen = year or date.today().year
            period = (date(chosen, 1, 1), date(chosen, 12, 31))
        draft = PopDraft(period_start=period[0], period_end=period[1])
    elif year is not None or period is not None:
        raise ValueError("give either year/period or a draft, not both")
    raise_first(validate_pop(draft))
    with ctx.sessions.begin() as session:
        require_employee(session, employee_id)
        check_overlap(session, employee_id, draft.period_start, draft.period_end)
        pop = Pop(employee_id=employee_id, status=PopStatus.DRAFT, created_at=now())
        apply_draft(pop, draft)
        session.add(pop)
        session.flush()
        log.info("pop %s created for employee %s", pop.id, employee_id)
        return pop.id


@retry_when_stale
def agree_pop(
    ctx: ServiceContext,
    pop_id: int,
    signoff: str,
    signoff_date: date,
    method: str,
    lead_signed_on: date | None = None,
    employee_response: str = "",
    typed: PopDraft | None = None,
) -> None:
    """Sign-off by both: the employee's gezien/akkoord with date and method (paper/screen),
    the lead's date (default the same day) and the employee's response. Status -> agreed.
    `typed`: what is typed on the POP page and not saved yet, signed along in one go."""
    if signoff not in SIGNOFFS:
        raise ValidationError(
            t("Kies 'gezien' of 'akkoord'.", "Choose 'seen' or 'agreed'."), field="signoff"
        )
    if method not in SIGNOFF_METHODS:
        raise ValidationError(
            t("Kies 'op papier' of 'op het scherm'.", "Choose 'on paper' or 'on screen'."),
            field="signoff_method",
        )
    if len(employee_response) > MAX_TEXT:
        raise ValidationError(
            t("De reactie is te lang.", "The response is too long."), field="employee_response"
        )
    with ctx.sessions.begin() as session:
        pop = load_pop(session, pop_id)
        check_not_evaluated(pop)
        save_typed(session, pop, typed)
        if pop.signoff is not None:
            refuse_change(POP, {"signoff": pop.signoff}, {"signoff": signoff})
            # The same sign-off again: only the employee's response may be added.
            pop.employee_response = employee_response
            return
        pop.signoff = signoff
        pop.signoff_date = signoff_date
        pop.signoff_method = method
        pop.lead_signed_on = lead_signed_on or signoff_date
        pop.employee_response = employee_response
        pop.status = PopStatus.AGREED
        record_signed(
            session, POP, pop.id, pop.employee_id, pop_content(session, pop), signoff, signoff_date
        )
        log.info("pop %s agreed", pop_id)


@retry_when_stale
def evaluate_pop(
    ctx: ServiceContext,
    pop_id: int,
    evaluation: str,
    evaluated_on: date | None = None,
    typed: PopDraft | None = None,
) -> None:
    """Record the end-of-period evaluation of an agreed plan; from then on it is read-only.
    `typed`: what is typed on the POP page and not saved yet, saved in the same transaction."""
    if not evaluation.strip():
        raise ValidationError(
            t("Schrijf de evaluatie van het POP.", "Write the evaluation of the POP."),
            field="evaluation",
        )
    if len(evaluation) > MAX_TEXT:
        raise ValidationError(
            t("De evaluatie is te lang.", "The evaluation is too long."), field="evaluation"
        )
    with ctx.sessions.begin() as session:
        pop = load_pop(session, pop_id)
        check_not_evaluated(pop)
        save_typed(session, pop, typed)
        if pop.status != PopStatus.AGREED:
            raise ValidationError(
                t(
                    "Een POP wordt eerst afgesproken (ondertekend) en daarna geëvalueerd.",
                    "A POP is agreed (signed) first and evaluated after that.",
                ),
                field="status",
            )
        pop.evaluation = evaluation
        pop.evaluated_on = evaluated_on or date.today()
        pop.status = PopStatus.EVALUATED
        log.info("pop %s evaluated", pop_id)


# --- next period --------------------------------------------------------------------------


def _one_year_on(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year + 1, day=28)


def start_next_pop(ctx: ServiceContext, pop_id: int, carry_goal_ids: list[int]) -> int:
    """A new draft plan for the following period, starting from an evaluated one: the longer
    view, strengths and development points are copied as a starting point, and the chosen open
    goals continue as new goals (carried_from_id, status open, with their open steps)."""
    with ctx.sessions.begin() as session:
        old = load_pop(session, pop_id)
        if old.status != PopStatus.EVALUATED:
            raise ValidationError(
                t(
                    "Evalueer dit POP eerst; daarna start het POP voor de volgende periode.",
                    "Evaluate this POP first; then the POP for the next period starts.",
                ),
                field="status",
            )
        require_employee(session, old.employee_id)
        start = old.period_end + timedelta(days=1)
        end = _one_year_on(start) - timedelta(days=1)
        check_overlap(session, old.employee_id, start, end)
        new = Pop(
            employee_id=old.employee_id,
            period_start=start,
            period_end=end,
            status=PopStatus.DRAFT,
            ambition=old.ambition,
            lead_perspective=old.lead_perspective,
            strengths=old.strengths,
            development_points=old.development_points,
            previous_pop_id=old.id,
            created_at=now(),
        )
        session.add(new)
        session.flush()
        for goal in _goals_to_carry(session, old, carry_goal_ids):
            session.add(_carried(goal, new))
        session.flush()
        log.info("pop %s started from pop %s", new.id, old.id)
        return new.id


def _goals_to_carry(session: Session, old: Pop, goal_ids: list[int]) -> list[Goal]:
    wanted = list(dict.fromkeys(goal_ids))
    goals = list(session.scalars(select(Goal).where(Goal.id.in_(wanted)).order_by(Goal.id)))
    fitting = [g for g in goals if g.pop_id == old.id and g.status in ACTIVE_STATUSES]
    if len(fitting) != len(wanted):
        raise ValidationError(
            t(
                "Alleen open doelen uit dit POP kunnen mee naar de volgende periode.",
                "Only open goals of this POP can be carried over to the next period.",
            ),
            field="carry_goal_ids",
        )
    return fitting


def _carried(goal: Goal, new: Pop) -> Goal:
    """A copy that continues the goal; a target date that has passed is left for the new plan
    to agree, and the open steps come along with their original dates."""
    target = goal.target_date if goal.target_date and goal.target_date >= new.period_start else None
    return Goal(
        employee_id=goal.employee_id,
        pop_id=new.id,
        what=goal.what,
        why=goal.why,
        category=goal.category,
        success_criterion=goal.success_criterion,
        support_needed=goal.support_needed,
        start_date=new.period_start,
        target_date=target,
        status="open",
        carried_from_id=goal.id,
        created_at=now(),
        steps=[
            GoalStep(
                position=step.position,
                what=step.what,
                who=step.who,
                planned_on=step.planned_on,
                created_on=step.created_on,
            )
            for step in goal.steps
            if step.done_on is None
        ],
    )
