"""Saving a conversation: everything typed (answers, score, notes, agreements, follow-ups of
earlier agreements, progress lines on goals, sign-off, the employee's response) in one
transaction, which also discards the autosaved draft: all of it is written, or nothing and the
draft stays.

A follow-up only changes an agreement that is open, or that this same conversation closed:
re-saving an old conversation never reopens what a later one settled."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from functools import partial
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Agreement, AgreementFollowUp, Conversation, ConversationAnswer
from teamlead_app.data.statuses import AgreementStatus, ConversationStatus
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import t
from teamlead_app.records.conversations import AgreementDraft, ConversationDraft, FollowUpDraft
from teamlead_app.records.signed import CONVERSATION
from teamlead_app.services.common import edit_versions
from teamlead_app.services.common.conflict_fields import agreement_fields, conversation_fields
from teamlead_app.services.common.drafts import CONVERSATION_DRAFT, discard_in
from teamlead_app.services.common.signed_versions import (
    conversation_content,
    record_signed,
    refuse_change,
)
from teamlead_app.services.conversations.checks import conversation_day, validate_conversation
from teamlead_app.services.conversations.hold import (
    carried_agreements,
    conversation_questions,
    load_conversation,
)
from teamlead_app.services.conversations.rules import health_warnings
from teamlead_app.services.conversations.status import held_on_save
from teamlead_app.services.development.goal_save import conversation_progress, progress_problem


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _raise_first(problems: dict[str, str]) -> None:
    if problems:
        name, message = next(iter(problems.items()))
        raise ValidationError(message, field=name)


def _save_answers(session: Session, conversation: Conversation, answers: Sequence[str]) -> None:
    """Answers are kept exactly as typed; an empty answer keeps no row."""
    stored = {a.position: a for a in conversation.answers}
    for position, text in enumerate(answers):
        row = stored.pop(position, None)
        if text and row is None:
            conversation.answers.append(ConversationAnswer(position=position, answer=text))
        elif text and row is not None:
            row.answer = text
        elif row is not None:
            conversation.answers.remove(row)
    for row in stored.values():
        conversation.answers.remove(row)
    # Removed rows must be gone before a new row takes their (conversation, position).
    session.flush()


def _save_agreements(
    session: Session,
    conversation: Conversation,
    drafts: Sequence[AgreementDraft],
    day: date,
    today: date,
    whole_loaded: int | None,
) -> None:
    existing = {
        a.id: a
        for a in session.scalars(
            select(Agreement).where(Agreement.conversation_id == conversation.id)
        )
    }
    kept: set[int] = set()
    for draft in drafts:
        if draft.id is None:
            session.add(
                Agreement(
                    employee_id=conversation.employee_id,
                    conversation_id=conversation.id,
                    text=draft.text.strip(),
                    owner=draft.owner,
                    due_date=draft.due_date,
                    status=draft.status,
                    closed_on=day if draft.status != AgreementStatus.OPEN else None,
                    created_on=day,
                )
            )
            continue
        row = existing.get(draft.id)
        if row is None:
            raise ValidationError(
                t("Deze afspraak hoort niet bij dit gesprek.", "This agreement is not from here."),
                field="agreements",
            )
        kept.add(row.id)
        edit_versions.check_part(
            row,
            draft.row_version,
            partial(agreement_fields, row, draft),
            whole_loaded=whole_loaded,
        )
        if row.status != draft.status:
            row.closed_on = max(day, today) if draft.status != AgreementStatus.OPEN else None
        row.text, row.owner, row.due_date = draft.text.strip(), draft.owner, draft.due_date
        row.status, row.created_on = draft.status, day
    _remove_agreements(session, [existing[i] for i in existing if i not in kept])


def _remove_agreements(session: Session, rows: Sequence[Agreement]) -> None:
    """An agreement taken out of the list it was made in goes, unless a later conversation
    already followed it up: then it must be dropped instead, so its history stays."""
    if not rows:
        return
    followed = session.scalar(
        select(AgreementFollowUp.agreement_id)
        .where(AgreementFollowUp.agreement_id.in_([row.id for row in rows]))
        .limit(1)
    )
    if followed is not None:
        raise ValidationError(
            t(
                "Een afspraak die in een later gesprek is opgevolgd kun je niet weghalen; "
                "zet haar op 'vervallen'.",
                "An agreement followed up in a later conversation cannot be removed; "
                "set it to 'dropped'.",
            ),
            field="agreements",
        )
    for row in rows:
        session.delete(row)


def _save_follow_ups(
    session: Session, conversation: Conversation, drafts: Sequence[FollowUpDraft], day: date
) -> None:
    carried = {row.id: row for row in carried_agreements(session, conversation)}
    existing = {
        f.agreement_id: f
        for f in session.scalars(
            select(AgreementFollowUp).where(AgreementFollowUp.conversation_id == conversation.id)
        )
    }
    seen: set[int] = set()
    for draft in drafts:
        agreement = carried.get(draft.agreement_id)
        if agreement is None or draft.agreement_id in seen:
            raise ValidationError(
                t(
                    "Opvolging van een afspraak die hier niet openstaat.",
                    "Follow-up of an agreement that is not open here.",
                ),
                field="follow_ups",
            )
        seen.add(draft.agreement_id)
        old = existing.pop(draft.agreement_id, None)
        _apply_follow_up(session, conversation, agreement, old, draft, day)
    for old in existing.values():
        if old.agreement_id in carried:
            _apply_follow_up(session, conversation, carried[old.agreement_id], old, None, day)
        else:
            session.delete(old)


def _apply_follow_up(
    session: Session,
    conversation: Conversation,
    agreement: Agreement,
    old: AgreementFollowUp | None,
    draft: FollowUpDraft | None,
    day: date,
) -> None:
    """Record (or remove) the follow-up and set the agreement's status, unless another
    conversation closed it: a conversation only changes what is open or what it closed."""
    closed_here = (
        old is not None and old.status != AgreementStatus.OPEN and agreement.status == old.status
    )
    status = draft.status if draft is not None else AgreementStatus.OPEN
    comment = draft.comment if draft is not None else ""
    if status != AgreementStatus.OPEN or comment.strip():
        if old is None:
            old = AgreementFollowUp(agreement_id=agreement.id, conversation_id=conversation.id)
            session.add(old)
        old.status, old.comment = status, comment
    elif old is not None:
        session.delete(old)
    if agreement.status == AgreementStatus.OPEN or closed_here:
        agreement.status = status
        agreement.closed_on = day if status != AgreementStatus.OPEN else None


def _apply_fields(conversation: Conversation, draft: ConversationDraft, day: date) -> None:
    if draft.mark_held or conversation.status == ConversationStatus.HELD:
        conversation.status = ConversationStatus.HELD
        conversation.held_on = day
    conversation.score = draft.score
    conversation.shared_summary = draft.shared_summary
    conversation.private_notes = draft.private_notes
    conversation.employee_response = draft.employee_response
    signed = draft.signoff is not None
    conversation.signoff = draft.signoff
    conversation.signoff_date = draft.signoff_date if signed else None
    conversation.signoff_method = draft.signoff_method if signed else None
    conversation.updated_at = _now()


def _warnings(draft: ConversationDraft) -> tuple[str, ...]:
    texts: list[tuple[str, str]] = [
        (t("De gedeelde samenvatting", "The shared summary"), draft.shared_summary),
        (t("De werkaantekening", "The working note"), draft.private_notes),
        (t("De reactie van de medewerker", "The employee's response"), draft.employee_response),
    ]
    texts += [(t(f"Antwoord {i + 1}", f"Answer {i + 1}"), a) for i, a in enumerate(draft.answers)]
    texts += [(t("Een afspraak", "An agreement"), a.text) for a in draft.agreements]
    texts += [(t("Een opvolging", "A follow-up"), f.comment) for f in draft.follow_ups]
    texts += [(t("Een voortgangsregel", "A progress line"), g.note) for g in draft.goal_progress]
    return tuple(health_warnings(texts))


def _locked_content(session: Session, conversation: Conversation) -> dict[str, Any]:
    """The signed content plus the sign-off itself: neither changes once signed."""
    content = conversation_content(session, conversation)
    content["signoff"] = [
        conversation.signoff,
        conversation.signoff_date.isoformat() if conversation.signoff_date else None,
        conversation.signoff_method,
    ]
    return content


@edit_versions.retry_when_stale
def save_conversation(
    ctx: ServiceContext,
    conversation_id: int,
    draft: ConversationDraft,
    *,
    today: date | None = None,
) -> tuple[str, ...]:
    """Save everything typed, the goals' progress lines included, in one transaction and
    discard the autosaved draft; on any refusal nothing is written and the draft stays. Returns
    warnings that do not block (words about health). A held conversation stays held; a
    filled-in one saved on or after its day becomes held (conversation_status.held_on_save).
    A signed conversation is locked (signed_versions.py): only the private note, the score,
    the employee's response and the agreements' status may still change. Saved over by
    someone else since the screen loaded it (draft.row_version): ConflictError, nothing
    written (common/edit_versions.py)."""
    today = today or date.today()
    problem = next(filter(None, (progress_problem(g.note) for g in draft.goal_progress)), "")
    if problem:
        raise ValidationError(problem, field="goal_progress")
    with ctx.sessions.begin() as session:
        conversation = load_conversation(session, conversation_id)
        edit_versions.check_version(
            edit_versions.CONVERSATION,
            conversation,
            draft.row_version,
            lambda: conversation_fields(conversation, draft),
            conversation.updated_at,
        )
        questions = conversation_questions(session, conversation)
        scheduled_day = conversation.scheduled_at.date()
        if held_on_save(draft, conversation.status, scheduled_day, today):
            draft = replace(draft, mark_held=True)
        _raise_first(
            validate_conversation(
                draft,
                status=conversation.status,
                scheduled_day=scheduled_day,
                question_count=len(questions),
                held_on=conversation.held_on,
                today=today,
            )
        )
        signed = conversation.signoff is not None
        before = _locked_content(session, conversation) if signed else None
        day = conversation_day(
            draft, conversation.status, scheduled_day, conversation.held_on, today
        )
        # Follow-ups first: they read which agreements were open on the stored day.
        _save_follow_ups(session, conversation, draft.follow_ups, day)
        _apply_fields(conversation, draft, day)
        _save_answers(session, conversation, draft.answers)
        _save_agreements(session, conversation, draft.agreements, day, today, draft.row_version)
        session.flush()  # a held day set above is the progress lines' date
        conversation_progress(
            session, conversation, [(g.goal_id, g.note) for g in draft.goal_progress]
        )
        if before is not None:
            refuse_change(CONVERSATION, before, _locked_content(session, conversation))
        elif conversation.signoff is not None and conversation.signoff_date is not None:
            content = conversation_content(session, conversation)
            record_signed(
                session,
                CONVERSATION,
                conversation.id,
                conversation.employee_id,
                content,
                conversation.signoff,
                conversation.signoff_date,
            )
        discard_in(session, CONVERSATION_DRAFT, conversation.id)
    return _warnings(draft)


def payload_draft(payload: dict[str, Any]) -> ConversationDraft | None:
    """The autosaved payload as a draft; None when it cannot be read back."""
    try:
        return ConversationDraft.from_payload(payload)
    except ValueError:
        return None
