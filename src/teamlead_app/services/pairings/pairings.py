"""Buddy and mentor pairings (domain §3.10): who guides whom, on what, how often and until
when; the check-in log; the end evaluation; the statuses voorgesteld, actief, afgerond and
gestopt (with a reason). Also the leaders a team names from its own people and the buddy
training per person, which the pairing rules read (services/pairings/rules.py)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, datetime
from functools import partial

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import (
    PAIRING_KINDS,
    PAIRING_STATUSES,
    Employee,
    Goal,
    Pairing,
    PairingCheckin,
    Skill,
)
from teamlead_app.data.statuses import PairingStatus
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.records.pairings import CheckinView, PairingView
from teamlead_app.services.common import edit_versions
from teamlead_app.services.common.conflict_fields import pairing_fields
from teamlead_app.services.common.settings import get_settings

# Team leaders and buddy training live in leaders.py; re-exported for one entry point.
from teamlead_app.services.pairings.leaders import LeaderView as LeaderView
from teamlead_app.services.pairings.leaders import TrainingView as TrainingView
from teamlead_app.services.pairings.leaders import add_buddy_training as add_buddy_training
from teamlead_app.services.pairings.leaders import buddy_trainings as buddy_trainings
from teamlead_app.services.pairings.leaders import list_team_leaders as list_team_leaders
from teamlead_app.services.pairings.leaders import set_team_leaders as set_team_leaders
from teamlead_app.services.pairings.rules import PairingCheck, PairingDraft, check_pairing
from teamlead_app.services.people.names import full_name

# For the screens (ui never imports the data layer).
KINDS: tuple[str, ...] = PAIRING_KINDS
STATUSES: tuple[str, ...] = PAIRING_STATUSES
MAX_NOTE = 500
MAX_TEXT = 4000
MAX_HOW = 200


@dataclass(frozen=True)
class SavedPairing:
    id: int
    check: PairingCheck


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _focus(draft: PairingDraft) -> str:
    return json.dumps(
        {"skills": sorted(set(draft.focus_skill_ids)), "goals": sorted(set(draft.focus_goal_ids))}
    )


def _read_focus(text: str) -> tuple[tuple[int, ...], tuple[int, ...]]:
    try:
        value = json.loads(text or "{}")
        return tuple(int(x) for x in value.get("skills", ())), tuple(
            int(x) for x in value.get("goals", ())
        )
    except (ValueError, TypeError, AttributeError):
        return (), ()


def _refuse(check: PairingCheck) -> None:
    if check.refused:
        raise ValidationError(
            " ".join(f.message for f in check.refusals), field=check.refusals[0].code
        )


def check_draft(
    ctx: ServiceContext,
    draft: PairingDraft,
    pairing_id: int | None = None,
    today: date | None = None,
) -> PairingCheck:
    """The rules on a draft, for the form's live messages (nothing is saved)."""
    limit = get_settings(ctx).max_active_mentees
    with ctx.sessions() as session:
        return check_pairing(
            session, draft, today=today or date.today(), max_active=limit, pairing_id=pairing_id
        )


@edit_versions.retry_when_stale
def save_pairing(
    ctx: ServiceContext,
    draft: PairingDraft,
    pairing_id: int | None = None,
    today: date | None = None,
) -> SavedPairing:
    """Add or change a pairing. ValidationError (nothing saved) on a refusal; the warnings and
    hints come back with the id, for the foreman to see."""
    if draft.status not in (PairingStatus.PROPOSED, PairingStatus.ACTIVE):
        raise ValidationError(
            t(
                "Een nieuw of gewijzigd koppel is voorgesteld of actief; rond af of stop het "
                "apart, met een evaluatie of reden.",
                "A new or changed pairing is proposed or active; complete or stop it "
                "separately, with an evaluation or reason.",
            ),
            field="status",
        )
    limit = get_settings(ctx).max_active_mentees
    with ctx.sessions.begin() as session:
        check = check_pairing(
            session, draft, today=today or date.today(), max_active=limit, pairing_id=pairing_id
        )
        _refuse(check)
        _check_focus(session, draft)
        if pairing_id is None:
            row = Pairing(created_at=_now())
            session.add(row)
        else:
            row = _get(session, pairing_id)
            fields = partial(pairing_fields, row, draft)
            edit_versions.check_version(edit_versions.PAIRING, row, draft.row_version, fields)
        row.kind, row.status = draft.kind, draft.status
        row.mentor_id, row.mentee_id = draft.mentor_id, draft.mentee_id
        row.start_on, row.planned_end_on = draft.start_on, draft.end_on
        row.checkin_weeks, row.focus_json = draft.checkin_weeks, _focus(draft)
        row.rotation_id = draft.rotation_id
        session.flush()
        return SavedPairing(row.id, check)


def _check_focus(session: Session, draft: PairingDraft) -> None:
    if draft.focus_skill_ids:
        found = set(session.scalars(select(Skill.id).where(Skill.id.in_(draft.focus_skill_ids))))
        if found != set(draft.focus_skill_ids):
            raise NotFoundError(t("Vaardigheid niet gevonden.", "Skill not found."))
    if draft.focus_goal_ids:
        found = set(
            session.scalars(
                select(Goal.id).where(
                    Goal.id.in_(draft.focus_goal_ids), Goal.employee_id == draft.mentee_id
                )
            )
        )
        if found != set(draft.focus_goal_ids):
            raise NotFoundError(
                t(
                    "Ontwikkeldoel niet gevonden bij deze mentee.",
                    "Development goal not found for this mentee.",
                )
            )


def _get(session: Session, pairing_id: int) -> Pairing:
    row = session.get(Pairing, pairing_id)
    if row is None:
        raise NotFoundError(
            t(f"Koppel {pairing_id} niet gevonden.", f"Pairing {pairing_id} not found.")
        )
    return row


def set_status(
    ctx: ServiceContext,
    pairing_id: int,
    status: str,
    *,
    on: date | None = None,
    reason: str = "",
    evaluation: str = "",
) -> None:
    """Activate, complete (afgerond, with the end evaluation; not a proposal) or stop
    (gestopt, reason required; a proposal also before its start) a pairing."""
    if status not in PAIRING_STATUSES:
        raise ValidationError(
            t(f"Onbekende status: '{status}'.", f"Unknown status: '{status}'."), field="status"
        )
    reason, evaluation = reason.strip(), evaluation.strip()
    if status == PairingStatus.STOPPED and not reason:
        raise ValidationError(
            t("Geef een reden waarom het koppel stopt.", "Give a reason why the pairing stops."),
            field="stop_reason",
        )
    if len(reason) > MAX_TEXT or len(evaluation) > MAX_TEXT:
        raise ValidationError(t("De tekst is te lang.", "The text is too long."))
    limit = get_settings(ctx).max_active_mentees
    with ctx.sessions.begin() as session:
        row = _get(session, pairing_id)
        if status in (PairingStatus.PROPOSED, PairingStatus.ACTIVE) and row.status != status:
            _reopen_check(session, row, status, on or date.today(), limit)
        if row.status == PairingStatus.PROPOSED and status == PairingStatus.COMPLETED:
            raise ValidationError(
                t(
                    "Een voorgesteld koppel is nooit begonnen: stop het (met een reden) in "
                    "plaats van het af te ronden.",
                    "A proposed pairing never began: stop it (with a reason) instead of "
                    "completing it.",
                ),
                field="status",
            )
        early_stop = row.status == PairingStatus.PROPOSED and status == PairingStatus.STOPPED
        row.status = status
        if status in (PairingStatus.COMPLETED, PairingStatus.STOPPED):
            row.ended_on = on or date.today()
            if row.ended_on < row.start_on and not early_stop:
                raise ValidationError(
                    t("De einddatum ligt vóór de start.", "The end date is before the start."),
                    field="ended_on",
                )
        else:
            row.ended_on = None
        row.stop_reason = reason if status == PairingStatus.STOPPED else ""
        if evaluation:
            row.evaluation = evaluation


def _reopen_check(session: Session, row: Pairing, status: str, today: date, limit: int) -> None:
    """Activating (or reopening) a pairing: the hard rules again, as on the day it happens
    (an archived person, a mentor who now leads the mentee's team)."""
    if row.mentor_id is None or row.mentee_id is None:
        raise ValidationError(
            t(
                "Dit koppel mist een van beide personen en kan niet meer actief worden.",
                "This pairing lacks one of its people and cannot become active again.",
            ),
            field="status",
        )
    draft = PairingDraft(
        row.mentor_id,
        row.mentee_id,
        row.start_on,
        row.kind,
        row.planned_end_on,
        row.checkin_weeks,
        status=status,
    )
    _refuse(check_pairing(session, draft, today=today, max_active=limit, pairing_id=row.id))


def add_checkin(
    ctx: ServiceContext, pairing_id: int, held_on: date, note: str, *, shared: bool = True
) -> int:
    note = note.strip()
    if len(note) > MAX_NOTE:
        raise ValidationError(
            t(
                f"Houd de check-in kort: hoogstens {MAX_NOTE} tekens.",
                f"Keep the check-in short: at most {MAX_NOTE} characters.",
            ),
            field="note",
        )
    with ctx.sessions.begin() as session:
        row = _get(session, pairing_id)
        if held_on < row.start_on:
            raise ValidationError(
                t(
                    "De check-in ligt vóór de start van het koppel.",
                    "The check-in is before the pairing started.",
                ),
                field="held_on",
            )
        checkin = PairingCheckin(
            pairing_id=pairing_id, held_on=held_on, note=note, shared=shared, created_at=_now()
        )
        session.add(checkin)
        session.flush()
        return checkin.id


def list_pairings(
    ctx: ServiceContext,
    employee_id: int | None = None,
    status: str | None = None,
    *,
    with_checkins: bool = False,
    pairing_id: int | None = None,
) -> list[PairingView]:
    """Pairings (of one person, on either side; of one status), newest start first. Two
    queries, three with the check-ins, whatever the number of rows."""
    if status is not None and status not in PAIRING_STATUSES:
        raise ValidationError(
            t(
                f"Onbekende status '{status}': kies uit {', '.join(PAIRING_STATUSES)}.",
                f"Unknown status '{status}': choose from {', '.join(PAIRING_STATUSES)}.",
            ),
            field="status",
        )
    mentor, mentee = aliased(Employee), aliased(Employee)
    query = (
        select(Pairing, mentor, mentee)
        .outerjoin(mentor, mentor.id == Pairing.mentor_id)
        .outerjoin(mentee, mentee.id == Pairing.mentee_id)
        .order_by(Pairing.start_on.desc(), Pairing.id.desc())
    )
    if employee_id is not None:
        query = query.where((Pairing.mentor_id == employee_id) | (Pairing.mentee_id == employee_id))
    if status is not None:
        query = query.where(Pairing.status == status)
    if pairing_id is not None:
        query = query.where(Pairing.id == pairing_id)
    with ctx.sessions() as session:
        rows = session.execute(query).all()
        skill_ids = {s for p, *_ in rows for s in _read_focus(p.focus_json)[0]}
        names = dict(
            session.execute(select(Skill.id, Skill.name).where(Skill.id.in_(skill_ids))).all()
        )
        checkins: dict[int, list[CheckinView]] = {}
        if with_checkins and rows:
            for c in session.scalars(
                select(PairingCheckin)
                .where(PairingCheckin.pairing_id.in_([p.id for p, *_ in rows]))
                .order_by(PairingCheckin.held_on, PairingCheckin.id)
            ):
                checkins.setdefault(c.pairing_id, []).append(
                    CheckinView(c.id, c.held_on, c.note, c.shared)
                )
    return [_view(p, a, b, names, tuple(checkins.get(p.id, ()))) for p, a, b in rows]


def _person_name(person: Employee | None) -> str:
    return full_name(person.first_name, person.tussenvoegsel, person.last_name) if person else ""


def _view(
    p: Pairing,
    mentor: Employee | None,
    mentee: Employee | None,
    skill_names: dict[int, str],
    checkins: tuple[CheckinView, ...],
) -> PairingView:
    skills, goals = _read_focus(p.focus_json)
    return PairingView(
        p.id,
        p.kind,
        p.status,
        p.mentor_id,
        _person_name(mentor),
        p.mentee_id,
        _person_name(mentee),
        p.start_on,
        p.planned_end_on,
        p.ended_on,
        p.checkin_weeks,
        skills,
        tuple(skill_names[s] for s in skills if s in skill_names),
        goals,
        p.stop_reason,
        p.evaluation,
        p.rotation_id,
        checkins,
        p.version,
    )


def get_pairing(ctx: ServiceContext, pairing_id: int) -> PairingView:
    for view in list_pairings(ctx, with_checkins=True, pairing_id=pairing_id):
        return view
    raise NotFoundError(
        t(f"Koppel {pairing_id} niet gevonden.", f"Pairing {pairing_id} not found.")
    )
