"""Opening a conversation: its own template version with the answers, the agreements made in
it, and the earlier agreements for follow-up (saving is in save.py).

Carry-over (domain.md §3.1): an agreement from an earlier conversation of the same person is
listed in every later conversation for as long as it is open. Closing it (done or dropped)
in a follow-up records the closing day; from then on it is listed only in conversations up
to that day, so old conversations still show what was followed up in them."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date

from sqlalchemy import and_, exists, or_, select
from sqlalchemy.orm import Session, aliased

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import (
    Agreement,
    AgreementFollowUp,
    Conversation,
    Employee,
    JobFunction,
    Team,
    TemplateVersion,
)
from teamlead_app.data.statuses import AgreementStatus, ConversationStatus
from teamlead_app.errors import NotFoundError
from teamlead_app.i18n import t
from teamlead_app.records.conversations import (
    AgreementView,
    AnswerView,
    CarriedAgreement,
    ConversationView,
    FollowUpView,
    MoveView,
)
from teamlead_app.records.signed import CONVERSATION
from teamlead_app.services.common.signed_versions import conversation_content, version_info
from teamlead_app.services.conversations.templates import (
    QuestionDraft,
    current_version,
    version_questions,
)
from teamlead_app.services.people.names import full_name


def load_conversation(session: Session, conversation_id: int) -> Conversation:
    conversation = session.get(Conversation, conversation_id)
    if conversation is None:
        raise NotFoundError(t("Gesprek niet gevonden.", "Conversation not found."))
    return conversation


def _stored_day(conversation: Conversation) -> date:
    return conversation.held_on or conversation.scheduled_at.date()


def _template(session: Session, conversation: Conversation) -> TemplateVersion | None:
    """The conversation's own template version. One planned without a template (e.g. before
    the defaults existed) is pinned to the current one the first time it is opened."""
    if conversation.template_version_id is not None:
        return session.get(TemplateVersion, conversation.template_version_id)
    if conversation.status == ConversationStatus.CANCELLED:
        return None
    version = current_version(session, conversation.kind)
    conversation.template_version_id = version.id
    return version


def _questions(template: TemplateVersion | None) -> tuple[QuestionDraft, ...]:
    return version_questions(template) if template is not None else ()


def conversation_questions(
    session: Session, conversation: Conversation
) -> tuple[QuestionDraft, ...]:
    """The questions of the conversation's own template version (pinned when missing)."""
    return _questions(_template(session, conversation))


def carried_agreements(session: Session, conversation: Conversation) -> list[Agreement]:
    """Agreements from earlier conversations (or from outside one, up to this day) of the
    same person that were open at this conversation, oldest first, in one query."""
    source = aliased(Conversation)
    day = _stored_day(conversation)
    followed_here = exists().where(
        AgreementFollowUp.agreement_id == Agreement.id,
        AgreementFollowUp.conversation_id == conversation.id,
    )
    query = (
        select(Agreement)
        .outerjoin(source, source.id == Agreement.conversation_id)
        .where(
            Agreement.employee_id == conversation.employee_id,
            or_(
                and_(Agreement.conversation_id.is_(None), Agreement.created_on <= day),
                and_(
                    source.id != conversation.id,
                    source.scheduled_at < conversation.scheduled_at,
                ),
            ),
            or_(
                Agreement.status == AgreementStatus.OPEN, Agreement.closed_on >= day, followed_here
            ),
        )
        .order_by(Agreement.created_on, Agreement.id)
    )
    return list(session.scalars(query))


def agreement_view(row: Agreement) -> AgreementView:
    return AgreementView(
        id=row.id,
        employee_id=row.employee_id,
        conversation_id=row.conversation_id,
        text=row.text,
        owner=row.owner,
        due_date=row.due_date,
        status=row.status,
        closed_on=row.closed_on,
        created_on=row.created_on,
        row_version=row.version,
    )


def _carried_views(
    session: Session, conversation: Conversation, rows: Sequence[Agreement]
) -> tuple[CarriedAgreement, ...]:
    if not rows:
        return ()
    followed = session.execute(
        select(
            AgreementFollowUp.agreement_id,
            AgreementFollowUp.conversation_id,
            Conversation.held_on,
            Conversation.scheduled_at,
            AgreementFollowUp.status,
            AgreementFollowUp.comment,
        )
        .join(Conversation, Conversation.id == AgreementFollowUp.conversation_id)
        .where(AgreementFollowUp.agreement_id.in_([row.id for row in rows]))
        .order_by(Conversation.scheduled_at, AgreementFollowUp.id)
    )
    here: dict[int, FollowUpView] = {}
    earlier: dict[int, list[FollowUpView]] = {}
    for agreement_id, cid, held_on, at, status, comment in followed:
        view = FollowUpView(cid, held_on or at.date(), status, comment)
        if cid == conversation.id:
            here[agreement_id] = view
        elif at < conversation.scheduled_at:
            earlier.setdefault(agreement_id, []).append(view)
    return tuple(
        CarriedAgreement(agreement_view(row), here.get(row.id), tuple(earlier.get(row.id, ())))
        for row in rows
    )


def _person(session: Session, employee_id: int) -> tuple[str, str, str, str]:
    row = session.execute(
        select(
            Employee.first_name,
            Employee.tussenvoegsel,
            Employee.last_name,
            JobFunction.name,
            Team.name,
            Team.lead_name,
        )
        .outerjoin(JobFunction, JobFunction.id == Employee.function_id)
        .outerjoin(Team, Team.id == Employee.team_id)
        .where(Employee.id == employee_id)
    ).one()
    first, tv, last, function, team, lead = row
    return full_name(first, tv, last), function or "", team or "", lead or ""


def get_conversation(ctx: ServiceContext, conversation_id: int) -> ConversationView:
    with ctx.sessions.begin() as session:
        conversation = load_conversation(session, conversation_id)
        template = _template(session, conversation)
        questions = _questions(template)
        stored = {a.position: a.answer for a in conversation.answers}
        answers = tuple(
            AnswerView(i, q.section, q.text, stored.get(i, "")) for i, q in enumerate(questions)
        )
        made = session.scalars(
            select(Agreement)
            .where(Agreement.conversation_id == conversation.id)
            .order_by(Agreement.id)
        )
        employee, function, team, lead = _person(session, conversation.employee_id)
        return ConversationView(
            id=conversation.id,
            employee_id=conversation.employee_id,
            employee=employee,
            function=function,
            team=team,
            lead_name=lead,
            kind=conversation.kind,
            status=conversation.status,
            scheduled_at=conversation.scheduled_at,
            duration_minutes=conversation.duration_minutes,
            held_on=conversation.held_on,
            template_version_id=template.id if template else None,
            template_name=template.name if template else "",
            template_version=template.version if template else None,
            answers=answers,
            score=conversation.score,
            shared_summary=conversation.shared_summary,
            private_notes=conversation.private_notes,
            private_hidden=ctx.private_hidden(session, conversation.id),
            agreements=tuple(agreement_view(row) for row in made),
            carried=_carried_views(
                session, conversation, carried_agreements(session, conversation)
            ),
            signoff=conversation.signoff,
            signoff_date=conversation.signoff_date,
            signoff_method=conversation.signoff_method,
            employee_response=conversation.employee_response,
            cancel_reason=conversation.cancel_reason,
            cancel_note=conversation.cancel_note,
            cancelled_on=conversation.cancelled_on,
            moves=tuple(
                MoveView(m.from_at, m.to_at, m.reason, m.note, m.moved_on)
                for m in conversation.moves
            ),
            pop_id=conversation.pop_id,
            updated_at=conversation.updated_at,
            row_version=conversation.version,
            version=version_info(
                session,
                CONVERSATION,
                conversation.id,
                conversation_content(session, conversation),
                signed=conversation.signoff is not None,
                signed_on=conversation.signoff_date,
            ),
        )
