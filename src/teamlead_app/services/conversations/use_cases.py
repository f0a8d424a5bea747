"""Conversations: plan (or log one after the fact), move with history, cancel with a reason,
hold and save, list and count.

A planned conversation is held, moved or cancelled; moving is the default when it does not
take place (domain.md §3.1). Times outside the working hours or on top of another
conversation give warnings, never a block.

Deleting is not offered: a conversation that does not happen is cancelled with a reason, so
the planned/held/moved/cancelled counts that give conversations weight stay true, and the
agreements and follow-ups made in it keep their history. Removing personal data for good is
the explicit privacy action (retention purge), not an everyday button.

This module plans and logs; moving, suggesting and cancelling live in moves.py,
opening in hold.py, saving in save.py, the screen's checks in
checks.py, lists and counts in queries.py, the plain data in
records/conversations.py and the planning rules in rules.py. Callers import
everything from here.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import (
    CONVERSATION_KINDS,
    Conversation,
    Employee,
    Pop,
    TemplateVersion,
)
from teamlead_app.data.statuses import ConversationStatus
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.records.conversation_reports import ScorePoint
from teamlead_app.records.conversation_state import ConversationState
from teamlead_app.records.conversations import (
    MOVE_WARNING_AT,
    AgreementDraft,
    AgreementView,
    AnswerView,
    CarriedAgreement,
    ConversationDraft,
    ConversationView,
    FollowUpDraft,
    FollowUpView,
    GoalProgressDraft,
    MoveView,
)
from teamlead_app.services.common.drafts import CONVERSATION_DRAFT
from teamlead_app.services.common.settings import AppSettings, get_settings
from teamlead_app.services.conversations.checks import validate_conversation
from teamlead_app.services.conversations.days_off import day_off_warning_in
from teamlead_app.services.conversations.hold import carried_agreements, get_conversation
from teamlead_app.services.conversations.moves import (
    MoveResult,
    cancel_conversation,
    move_conversation,
    suggest_new_time,
    validate_cancel,
)
from teamlead_app.services.conversations.queries import (
    ConversationCounts,
    ConversationRow,
    conversation_counts,
    counts_by_employee,
    last_held_conversation,
    list_conversations,
    open_agreements,
    score_history,
)
from teamlead_app.services.conversations.rules import (
    CANCEL_REASONS,
    FOLLOWUP_STATUSES,
    MOVE_REASONS,
    duration_problem,
    health_warning,
    health_warnings,
    overlap_warnings,
    past_warning,
    wall_time,
    working_hours_warnings,
)
from teamlead_app.services.conversations.save import payload_draft, save_conversation
from teamlead_app.services.conversations.templates import current_version

__all__ = [
    "CANCEL_REASONS",
    "CONVERSATION_DRAFT",
    "FOLLOWUP_STATUSES",
    "MOVE_REASONS",
    "MOVE_WARNING_AT",
    "AgreementDraft",
    "AgreementView",
    "AnswerView",
    "CarriedAgreement",
    "ConversationCounts",
    "ConversationDraft",
    "ConversationPlanDraft",
    "ConversationRow",
    "ConversationState",
    "ConversationStatus",
    "ConversationView",
    "FollowUpDraft",
    "FollowUpView",
    "GoalProgressDraft",
    "MoveResult",
    "MoveView",
    "PlanResult",
    "ScorePoint",
    "cancel_conversation",
    "carried_agreements",
    "conversation_counts",
    "counts_by_employee",
    "get_conversation",
    "health_warning",
    "health_warnings",
    "last_held_conversation",
    "list_conversations",
    "log_conversation",
    "move_conversation",
    "open_agreements",
    "payload_draft",
    "plan_conversation",
    "plan_conversations",
    "save_conversation",
    "score_history",
    "suggest_new_time",
    "validate_cancel",
    "validate_conversation",
    "validate_plan",
    "working_hours_warnings",
]


@dataclass(frozen=True)
class ConversationPlanDraft:
    """A conversation to plan or to log. `when` is local wall time (an aware datetime is
    converted to Europe/Amsterdam). None for the duration or template: the current template
    of the kind and its default duration."""

    employee_id: int
    when: datetime
    kind: str = "maandgesprek"
    duration_minutes: int | None = None
    template_version_id: int | None = None
    pop_id: int | None = None


@dataclass(frozen=True)
class PlanResult:
    conversation_id: int
    warnings: tuple[str, ...] = ()


def _now() -> datetime:
    return datetime.now().replace(second=0, microsecond=0)


def _raise_first(problems: dict[str, str]) -> None:
    if problems:
        name, message = next(iter(problems.items()))
        raise ValidationError(message, field=name)


def validate_plan(draft: ConversationPlanDraft) -> dict[str, str]:
    """Field name -> message for the plan dialog's live checks."""
    problems: dict[str, str] = {}
    if draft.kind not in CONVERSATION_KINDS:
        problems["kind"] = t("Onbekend soort gesprek.", "Unknown kind of conversation.")
    if draft.duration_minutes is not None:
        problem = duration_problem(draft.duration_minutes)
        if problem:
            problems["duration_minutes"] = problem
    return problems


# --- planning ------------------------------------------------------------------------------


def _template_for(session: Session, draft: ConversationPlanDraft) -> TemplateVersion:
    if draft.template_version_id is None:
        return current_version(session, draft.kind)
    template = session.get(TemplateVersion, draft.template_version_id)
    if template is None or template.kind != draft.kind:
        raise ValidationError(
            t(
                "Dit sjabloon hoort niet bij dit soort gesprek.",
                "This template is for another kind.",
            ),
            field="template_version_id",
        )
    return template


def _check_person(session: Session, draft: ConversationPlanDraft, when: datetime) -> None:
    employee = session.get(Employee, draft.employee_id)
    if employee is None:
        raise NotFoundError(t("Medewerker niet gevonden.", "Employee not found."))
    out = employee.date_out_of_service
    if out is not None and when.date() > out:
        raise ValidationError(
            t(
                "Deze medewerker is dan al uit dienst.",
                "This employee is out of service by then.",
            ),
            field="when",
        )
    if draft.pop_id is not None:
        pop = session.get(Pop, draft.pop_id)
        if pop is None or pop.employee_id != draft.employee_id:
            raise ValidationError(t("Onbekend POP.", "Unknown POP."), field="pop_id")


def _add(
    session: Session,
    draft: ConversationPlanDraft,
    settings: AppSettings,
    now: datetime,
    *,
    held: bool,
) -> PlanResult:
    _raise_first(validate_plan(draft))
    when = wall_time(draft.when)
    _check_person(session, draft, when)
    if held and when > now:
        raise ValidationError(
            t(
                "Dit moment ligt in de toekomst: plan het gesprek in plaats van het "
                "vast te leggen.",
                "This moment is in the future: plan the conversation instead of logging it.",
            ),
            field="when",
        )
    template = _template_for(session, draft)
    minutes = draft.duration_minutes or template.default_minutes
    warnings = [] if held else [w for w in (past_warning(when, now),) if w]
    warnings += working_hours_warnings(settings, when, minutes)
    if not held:
        warnings += [w for w in (day_off_warning_in(session, when.date()),) if w]
    warnings += overlap_warnings(session, when, minutes)
    conversation = Conversation(
        employee_id=draft.employee_id,
        kind=draft.kind,
        status=ConversationStatus.HELD if held else ConversationStatus.PLANNED,
        scheduled_at=when,
        duration_minutes=minutes,
        template_version_id=template.id,
        pop_id=draft.pop_id,
        held_on=when.date() if held else None,
        created_at=now,
        updated_at=now,
    )
    session.add(conversation)
    session.flush()
    return PlanResult(conversation.id, tuple(warnings))


def add_planned(
    session: Session, draft: ConversationPlanDraft, settings: AppSettings, now: datetime
) -> PlanResult:
    """Plan one conversation inside a transaction another service owns (the onboarding plan
    plans its talks with the checklist and the draft POP, all or none)."""
    return _add(session, draft, settings, now, held=False)


def plan_conversations(
    ctx: ServiceContext, drafts: Sequence[ConversationPlanDraft], *, now: datetime | None = None
) -> list[PlanResult]:
    """Plan several conversations in one transaction (e.g. "Plan de maand"): all or none.
    Overlap warnings also see the conversations planned earlier in the same batch."""
    settings = get_settings(ctx)
    moment = now or _now()
    with ctx.sessions.begin() as session:
        return [_add(session, draft, settings, moment, held=False) for draft in drafts]


def plan_conversation(
    ctx: ServiceContext, draft: ConversationPlanDraft, *, now: datetime | None = None
) -> PlanResult:
    return plan_conversations(ctx, [draft], now=now)[0]


def log_conversation(
    ctx: ServiceContext, draft: ConversationPlanDraft, *, now: datetime | None = None
) -> PlanResult:
    """Record a conversation that already took place (held on the day of `when`); fill it in
    afterwards with save_conversation."""
    settings = get_settings(ctx)
    with ctx.sessions.begin() as session:
        return _add(session, draft, settings, now or _now(), held=True)
