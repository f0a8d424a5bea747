"""When a mentor leaves: the open pairings (voorgesteld or actief) are ended, or handed over
to a new mentor, never left orphaned. A hand-over stops the old pairing with the reason and
starts a new one for the same mentee (kind, focus, how often, planned end) under the rules of
pairing_rules (a refusal stops the whole hand-over, nothing saved). The archive dialog asks
which; these are the two answers, and archive_mentor gives either together with the
archiving, in one transaction."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Pairing
from teamlead_app.data.statuses import PairingStatus
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import t
from teamlead_app.records.pairings import OPEN_STATUSES, PairingView
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.pairings.pairings import list_pairings
from teamlead_app.services.pairings.rules import Finding, PairingDraft, check_pairing
from teamlead_app.services.people.employees import archive_in


@dataclass(frozen=True)
class HandOver:
    new_ids: tuple[int, ...]
    warnings: tuple[Finding, ...]


def open_pairings_of_mentor(ctx: ServiceContext, employee_id: int) -> list[PairingView]:
    """What the archive dialog must settle before a mentor leaves."""
    return [
        p
        for p in list_pairings(ctx, employee_id)
        if p.mentor_id == employee_id and p.status in OPEN_STATUSES
    ]


def _open_rows(session: Session, mentor_id: int, ids: Sequence[int]) -> list[Pairing]:
    rows = list(
        session.scalars(
            select(Pairing).where(
                Pairing.id.in_(ids),
                Pairing.mentor_id == mentor_id,
                Pairing.status.in_(OPEN_STATUSES),
            )
        )
    )
    if len(rows) != len(set(ids)):
        raise ValidationError(
            t(
                "Niet elk gekozen koppel is een open koppel van deze mentor.",
                "Not every chosen pairing is an open pairing of this mentor.",
            )
        )
    return rows


def end_open_pairings(
    ctx: ServiceContext, mentor_id: int, pairing_ids: Sequence[int], on: date, reason: str
) -> None:
    """Stop the given open pairings of a leaving mentor (reason required)."""
    with ctx.sessions.begin() as session:
        _end_in(session, mentor_id, pairing_ids, on, reason)


def _end_in(
    session: Session, mentor_id: int, pairing_ids: Sequence[int], on: date, reason: str
) -> None:
    reason = reason.strip()
    if not reason:
        raise ValidationError(
            t("Geef een reden waarom de koppels stoppen.", "Give a reason why the pairings stop."),
            field="stop_reason",
        )
    for row in _open_rows(session, mentor_id, pairing_ids):
        row.status, row.stop_reason = PairingStatus.STOPPED, reason
        row.ended_on = max(on, row.start_on)


def hand_over(
    ctx: ServiceContext,
    mentor_id: int,
    pairing_ids: Sequence[int],
    new_mentor_id: int,
    on: date,
    reason: str,
) -> HandOver:
    """Stop the given open pairings and start each again under `new_mentor_id` from `on`."""
    limit = get_settings(ctx).max_active_mentees
    with ctx.sessions.begin() as session:
        return _hand_over_in(session, mentor_id, pairing_ids, new_mentor_id, on, reason, limit)


def archive_mentor(
    ctx: ServiceContext,
    mentor_id: int,
    out_of_service: date,
    *,
    new_mentor_id: int | None = None,
    reason: str = "",
) -> HandOver:
    """Archive a person and settle every open pairing they guide, in one transaction: handed
    over to `new_mentor_id`, or stopped with `reason` (required then). Someone who guides
    nobody is simply archived."""
    limit = get_settings(ctx).max_active_mentees
    with ctx.sessions.begin() as session:
        ids = list(
            session.scalars(
                select(Pairing.id).where(
                    Pairing.mentor_id == mentor_id, Pairing.status.in_(OPEN_STATUSES)
                )
            )
        )
        result = HandOver((), ())
        if ids and new_mentor_id is not None:
            result = _hand_over_in(
                session, mentor_id, ids, new_mentor_id, out_of_service, reason, limit
            )
        elif ids:
            _end_in(session, mentor_id, ids, out_of_service, reason)
        archive_in(session, mentor_id, out_of_service)
        return result


def _hand_over_in(
    session: Session,
    mentor_id: int,
    pairing_ids: Sequence[int],
    new_mentor_id: int,
    on: date,
    reason: str,
    limit: int,
) -> HandOver:
    reason = reason.strip() or t("Mentor gaat uit dienst.", "Mentor leaves.")
    new: list[Pairing] = []
    warnings: list[Finding] = []
    for row in _open_rows(session, mentor_id, pairing_ids):
        if row.mentee_id is None:
            continue
        start = max(on, row.start_on)
        draft = PairingDraft(
            mentor_id=new_mentor_id,
            mentee_id=row.mentee_id,
            start_on=start,
            kind=row.kind,
            planned_end_on=max(row.planned_end_on, start),
            checkin_weeks=row.checkin_weeks,
            status=row.status,
            rotation_id=row.rotation_id,
        )
        check = check_pairing(session, draft, today=on, max_active=limit)
        if check.refused:
            raise ValidationError(
                " ".join(f.message for f in check.refusals), field=check.refusals[0].code
            )
        warnings += check.warnings
        row.status, row.stop_reason, row.ended_on = PairingStatus.STOPPED, reason, start
        copy = Pairing(
            kind=row.kind,
            status=draft.status,
            mentor_id=new_mentor_id,
            mentee_id=row.mentee_id,
            focus_json=row.focus_json,
            start_on=start,
            planned_end_on=draft.end_on,
            checkin_weeks=row.checkin_weeks,
            rotation_id=row.rotation_id,
            created_at=datetime.now().replace(microsecond=0),
        )
        session.add(copy)
        session.flush()  # the next pairing's capacity check counts this one
        new.append(copy)
    return HandOver(tuple(p.id for p in new), tuple(warnings))
