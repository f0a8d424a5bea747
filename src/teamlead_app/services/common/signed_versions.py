"""The lock step of a signed record (domain.md §3.1, §5.7), one mechanism for conversations
and POPs alike.

- Once the employee has signed (gezien/akkoord), the signed content is locked: a save that
  would change it is refused with a ValidationError. What is not signed stays open: the
  employee's own response (added beside the report, §5.7), the lead's private working note and
  score, the status of an agreement (its follow-up), a POP's evaluation and its goals' progress.
- A change after signing is a new version: `change_after_signing` records the day and the
  reason, keeps the signed content of the current version as a snapshot, and opens the
  sign-off again. Earlier versions stay readable (`list_versions`).
- Every sign-off stores a snapshot of what was signed, so the summary and the POP form can say
  when the printed content differs from it, and a POP can mark goals added after agreement.

A record signed before this table existed has no row: it counts as version 1, signed, with an
unknown snapshot (the first change after signing stores its content as version 1 then)."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from datetime import date, datetime
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import (
    Agreement,
    AgreementFollowUp,
    Conversation,
    Goal,
    Pop,
    SignedVersion,
)
from teamlead_app.data.statuses import PopStatus
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.records.signed import CONVERSATION, POP, Content, VersionInfo, VersionView

log = logging.getLogger(__name__)

MAX_REASON = 500


# --- what is signed -----------------------------------------------------------------------


def _iso(day: date | None) -> str | None:
    return day.isoformat() if day else None


def conversation_content(session: Session, conversation: Conversation) -> Content:
    """What the employee signs of a conversation: what the summary PDF prints (the held day,
    the answers, the shared summary, the agreements made and the follow-ups recorded here)."""
    session.flush()
    agreements = session.scalars(
        select(Agreement).where(Agreement.conversation_id == conversation.id).order_by(Agreement.id)
    )
    follow_ups = session.scalars(
        select(AgreementFollowUp)
        .where(AgreementFollowUp.conversation_id == conversation.id)
        .order_by(AgreementFollowUp.agreement_id)
    )
    return {
        "held_on": _iso(conversation.held_on),
        "answers": {str(a.position): a.answer for a in conversation.answers if a.answer},
        "shared_summary": conversation.shared_summary,
        "agreements": [
            {"id": a.id, "text": a.text, "owner": a.owner, "due_date": _iso(a.due_date)}
            for a in agreements
        ],
        "follow_ups": [
            {"agreement_id": f.agreement_id, "status": f.status, "comment": f.comment}
            for f in follow_ups
        ],
    }


class _GoalLike(Protocol):
    @property
    def id(self) -> int: ...
    @property
    def what(self) -> str: ...
    @property
    def category(self) -> str: ...
    @property
    def target_date(self) -> date | None: ...


def pop_content(session: Session, pop: Pop, goals: Sequence[_GoalLike] | None = None) -> Content:
    """What the employee signs of a POP: the period, the texts, the support and the goals
    (their texts; their status and progress move on after signing). `goals`: the plan's goals
    when the caller has them already (in id order)."""
    if goals is None:
        session.flush()
        goals = list(session.scalars(select(Goal).where(Goal.pop_id == pop.id).order_by(Goal.id)))
    return {
        "period": [_iso(pop.period_start), _iso(pop.period_end)],
        "ambition": pop.ambition,
        "lead_perspective": pop.lead_perspective,
        "strengths": pop.strengths,
        "development_points": pop.development_points,
        "support": [[s.kind, s.description] for s in pop.support],
        "goals": [
            {"id": g.id, "what": g.what, "category": g.category, "target": _iso(g.target_date)}
            for g in sorted(goals, key=lambda g: g.id)
        ],
    }


def _rows(session: Session, kind: str, record_id: int) -> list[SignedVersion]:
    return list(
        session.scalars(
            select(SignedVersion)
            .where(SignedVersion.kind == kind, SignedVersion.record_id == record_id)
            .order_by(SignedVersion.version)
        )
    )


def _view(row: SignedVersion) -> VersionView:
    snapshot = json.loads(row.snapshot_json) if row.snapshot_json else None
    return VersionView(
        row.version, row.reason, row.changed_on, row.signoff, row.signed_on, snapshot
    )


def version_info(
    session: Session,
    kind: str,
    record_id: int,
    content: Content,
    *,
    signed: bool,
    signed_on: date | None,
    created: Mapping[int, date] | None = None,
) -> VersionInfo:
    """The version state of a record whose current content is `content`. `created`: a POP's
    goal id -> creation day, for a plan signed before snapshots were kept (a goal created
    after the signing day was added after signing)."""
    versions = tuple(_view(row) for row in _rows(session, kind, record_id))
    current = versions[-1] if versions else None
    last_signed = next((v for v in reversed(versions) if v.signed_on is not None), None)
    if last_signed is None and signed:  # signed before versions were kept
        last_signed = VersionView(1, "", None, None, signed_on, None)
    snapshot = last_signed.snapshot if last_signed else None
    differs = snapshot is not None and snapshot != content
    added: frozenset[int] = frozenset()
    if kind == POP and snapshot is not None:
        before = {g["id"] for g in snapshot.get("goals", [])}
        added = frozenset(g["id"] for g in content.get("goals", []) if g["id"] not in before)
    elif kind == POP and last_signed is not None and last_signed.signed_on and created:
        day = last_signed.signed_on
        added = frozenset(goal_id for goal_id, made in created.items() if made > day)
        differs = bool(added)
    return VersionInfo(
        current=current.version if current else 1,
        reason=current.reason if current else "",
        changed_on=current.changed_on if current else None,
        signed=signed,
        last_signed_version=last_signed.version if last_signed else None,
        last_signed_on=last_signed.signed_on if last_signed else None,
        differs=differs,
        versions=versions,
        added_after_signing=added,
    )


# --- the rules ------------------------------------------------------------------------------


def refuse_change(kind: str, before: Content, after: Content) -> None:
    """Raise when a signed record's content would change (the caller rolls back)."""
    if before == after:
        return
    if kind == CONVERSATION:
        raise ValidationError(
            t(
                "Dit gesprek is ondertekend en ligt vast. Wil je toch iets wijzigen, kies dan "
                "'Wijzigen na ondertekening' en geef de reden: er komt een nieuwe versie.",
                "This conversation is signed and locked. To change it anyway, choose "
                "'Change after signing' and give the reason: a new version is made.",
            ),
            field="signoff",
        )
    raise ValidationError(
        t(
            "Dit POP is ondertekend en ligt vast. Wil je toch iets wijzigen, kies dan "
            "'Wijzigen na ondertekening' en geef de reden: er komt een nieuwe versie.",
            "This POP is signed and locked. To change it anyway, choose 'Change after "
            "signing' and give the reason: a new version is made.",
        ),
        field="signoff",
    )


@contextmanager
def signed_pop_guard(session: Session, pop_id: int | None) -> Iterator[None]:
    """Around a change to a goal of plan `pop_id`: when the plan is signed, refuse on leaving
    if its signed content (pop_content: a goal's text, category and target date, and which
    goals it holds) changed. The goal path thus uses the same comparison as update_pop;
    progress, steps, status and the why stay open."""
    pop = session.get(Pop, pop_id) if pop_id is not None else None
    before = pop_content(session, pop) if pop is not None and pop.signoff is not None else None
    yield
    if pop is not None and before is not None:
        refuse_change(POP, before, pop_content(session, pop))


def record_signed(
    session: Session,
    kind: str,
    record_id: int,
    employee_id: int,
    content: Content,
    signoff: str,
    signed_on: date,
) -> None:
    """Keep the snapshot of what was signed in the current version (version 1 on first
    signing)."""
    rows = _rows(session, kind, record_id)
    row = rows[-1] if rows else None
    if row is None or row.snapshot_json is not None:
        row = SignedVersion(
            kind=kind,
            record_id=record_id,
            employee_id=employee_id,
            version=(row.version + 1) if row else 1,
            reason="",
            created_at=datetime.now().replace(microsecond=0),
        )
        session.add(row)
    row.snapshot_json = json.dumps(content, ensure_ascii=False, sort_keys=True)
    row.signoff, row.signed_on = signoff, signed_on
    session.flush()


def _check_reason(reason: str) -> str:
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            t(
                "Geef de reden van de wijziging na ondertekening.",
                "Give the reason for the change after signing.",
            ),
            field="reason",
        )
    if len(reason) > MAX_REASON:
        raise ValidationError(
            t(
                f"De reden is te lang (max. {MAX_REASON} tekens).",
                f"The reason is too long (max {MAX_REASON} characters).",
            ),
            field="reason",
        )
    return reason


def _open_version(
    session: Session,
    kind: str,
    record: Conversation | Pop,
    content: Content,
    reason: str,
    today: date,
) -> int:
    signoff = record.signoff
    signed_on = record.signoff_date
    assert signoff is not None
    rows = _rows(session, kind, record.id)
    if not rows or rows[-1].snapshot_json is None:
        # Signed before versions were kept: what is locked now is what was signed.
        record_signed(
            session, kind, record.id, record.employee_id, content, signoff, signed_on or today
        )
        rows = _rows(session, kind, record.id)
    number = rows[-1].version + 1
    session.add(
        SignedVersion(
            kind=kind,
            record_id=record.id,
            employee_id=record.employee_id,
            version=number,
            reason=reason,
            changed_on=today,
            created_at=datetime.now().replace(microsecond=0),
        )
    )
    return number


def _not_signed(kind: str) -> ValidationError:
    return ValidationError(
        t(
            "Dit is nog niet ondertekend: je kunt het gewoon wijzigen.",
            "This is not signed yet: you can simply change it.",
        )
        if kind == CONVERSATION
        else t(
            "Dit POP is nog niet ondertekend: je kunt het gewoon wijzigen.",
            "This POP is not signed yet: you can simply change it.",
        ),
        field="signoff",
    )


def _reopen_conversation(session: Session, record_id: int, reason: str, today: date) -> int:
    conversation = session.get(Conversation, record_id)
    if conversation is None:
        raise NotFoundError(t("Gesprek niet gevonden.", "Conversation not found."))
    if conversation.signoff is None:
        raise _not_signed(CONVERSATION)
    content = conversation_content(session, conversation)
    number = _open_version(session, CONVERSATION, conversation, content, reason, today)
    conversation.signoff = conversation.signoff_date = conversation.signoff_method = None
    conversation.updated_at = datetime.now().replace(microsecond=0)
    return number


def _reopen_pop(session: Session, record_id: int, reason: str, today: date) -> int:
    pop = session.get(Pop, record_id)
    if pop is None:
        raise NotFoundError(t("POP niet gevonden.", "POP not found."))
    if pop.status == PopStatus.EVALUATED:
        raise ValidationError(
            t(
                "Dit POP is geëvalueerd en kan niet meer worden gewijzigd.",
                "This POP is evaluated and can no longer be changed.",
            ),
            field="status",
        )
    if pop.signoff is None:
        raise _not_signed(POP)
    content = pop_content(session, pop)
    number = _open_version(session, POP, pop, content, reason, today)
    pop.signoff = pop.signoff_date = pop.signoff_method = pop.lead_signed_on = None
    pop.status = PopStatus.DRAFT
    return number


_REOPEN: dict[str, Callable[[Session, int, str, date], int]] = {
    CONVERSATION: _reopen_conversation,
    POP: _reopen_pop,
}


def change_after_signing(
    ctx: ServiceContext, kind: str, record_id: int, reason: str, *, today: date | None = None
) -> int:
    """ "Gewijzigd na ondertekening": open a new version of a signed conversation or POP with
    today's date and the reason. The signed content stays readable as the earlier version;
    the record becomes editable and its sign-off is open again. Returns the new number."""
    reason = _check_reason(reason)
    if kind not in _REOPEN:
        raise ValueError(f"unknown kind {kind!r}")
    with ctx.sessions.begin() as session:
        number = _REOPEN[kind](session, record_id, reason, today or date.today())
    log.info("%s %s: version %s opened after signing", kind, record_id, number)
    return number


def list_versions(ctx: ServiceContext, kind: str, record_id: int) -> tuple[VersionView, ...]:
    """Every version of a record, oldest first, with the signed snapshots."""
    with ctx.sessions() as session:
        return tuple(_view(row) for row in _rows(session, kind, record_id))
