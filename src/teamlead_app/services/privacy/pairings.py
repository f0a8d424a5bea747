"""The pairings part of the access export (AVG inzage) and of the retention deletion.

Access: the pairings where the person is the mentee, with every check-in (private ones too:
the access right covers working notes) and the end evaluation; the pairings where the person
is the mentor, without the check-ins (they are about the mentee); buddy training; the teams
the person leads.

Deletion: a mentor's own record of having mentored survives the mentee's deletion, but
without the mentee: the link, the focus (the mentee's gap skills and goals), the check-ins,
the stop reason and the evaluation go. A pairing left with neither side goes entirely."""

from __future__ import annotations

import json
from typing import Any

from sqlalchemy import delete, inspect, select, update
from sqlalchemy.orm import Session, aliased

from teamlead_app.data.models import (
    Base,
    BuddyTraining,
    Employee,
    OnboardingItem,
    Pairing,
    PairingCheckin,
    Skill,
    Team,
    TeamLeader,
)
from teamlead_app.services.people.names import full_name


def _columns(row: Base) -> dict[str, Any]:
    return {attr.key: getattr(row, attr.key) for attr in inspect(row).mapper.column_attrs}


def _name(person: Employee | None) -> str:
    return full_name(person.first_name, person.tussenvoegsel, person.last_name) if person else ""


def _skills(session: Session, pairings: list[Pairing]) -> dict[int, str]:
    ids: set[int] = set()
    for p in pairings:
        try:
            ids.update(int(x) for x in json.loads(p.focus_json or "{}").get("skills", ()))
        except (ValueError, TypeError, AttributeError):
            continue
    if not ids:
        return {}
    rows = session.execute(select(Skill.id, Skill.name).where(Skill.id.in_(ids))).all()
    return {skill_id: name for skill_id, name in rows}


def pairing_record(session: Session, employee_id: int) -> dict[str, list[dict[str, Any]]]:
    """{"pairings": [...], "buddy_training": [...], "team_leader": [...]}; three to five
    queries, whatever the number of rows."""
    mentor, mentee = aliased(Employee), aliased(Employee)
    rows = session.execute(
        select(Pairing, mentor, mentee)
        .outerjoin(mentor, mentor.id == Pairing.mentor_id)
        .outerjoin(mentee, mentee.id == Pairing.mentee_id)
        .where((Pairing.mentor_id == employee_id) | (Pairing.mentee_id == employee_id))
        .order_by(Pairing.start_on, Pairing.id)
    ).all()
    own = [p.id for p, _a, _b in rows if p.mentee_id == employee_id]
    checkins: dict[int, list[dict[str, Any]]] = {}
    query = (
        select(PairingCheckin)
        .where(PairingCheckin.pairing_id.in_(own))
        .order_by(PairingCheckin.held_on, PairingCheckin.id)
    )
    for c in session.scalars(query) if own else ():
        checkins.setdefault(c.pairing_id, []).append(_columns(c))
    names = _skills(session, [p for p, _a, _b in rows])
    pairings = []
    for p, a, b in rows:
        item = _columns(p)
        as_mentee = p.mentee_id == employee_id
        item["role"] = "mentee" if as_mentee else "mentor"
        item["mentor"], item["mentee"] = _name(a), _name(b)
        try:
            focus = json.loads(p.focus_json or "{}").get("skills", ())
        except (ValueError, AttributeError):
            focus = ()
        item["focus_skills"] = [names[s] for s in focus if s in names]
        item["checkins"] = checkins.get(p.id, []) if as_mentee else []
        pairings.append(item)
    training = [
        _columns(r)
        for r in session.scalars(
            select(BuddyTraining)
            .where(BuddyTraining.employee_id == employee_id)
            .order_by(BuddyTraining.trained_on, BuddyTraining.id)
        )
    ]
    leads = [
        {**_columns(row), "team": team}
        for row, team in session.execute(
            select(TeamLeader, Team.name)
            .join(Team, Team.id == TeamLeader.team_id)
            .where(TeamLeader.employee_id == employee_id)
        )
    ]
    onboarding = [
        _columns(r)
        for r in session.scalars(
            select(OnboardingItem)
            .where(OnboardingItem.employee_id == employee_id)
            .order_by(OnboardingItem.kind, OnboardingItem.position, OnboardingItem.id)
        )
    ]
    return {
        "pairings": pairings,
        "buddy_training": training,
        "team_leader": leads,
        "onboarding": onboarding,
    }


def forget_pairings(session: Session, employee_id: int) -> int:
    """Before a person is deleted: the pairings they were mentee in keep only the mentor's
    side; those left with nobody go. Returns how many pairings were removed entirely."""
    # The onboarding plan is the person's own (the cascade would remove it too).
    session.execute(delete(OnboardingItem).where(OnboardingItem.employee_id == employee_id))
    as_mentee = select(Pairing.id).where(Pairing.mentee_id == employee_id)
    session.execute(delete(PairingCheckin).where(PairingCheckin.pairing_id.in_(as_mentee)))
    gone = select(Pairing.id).where(
        ((Pairing.mentee_id == employee_id) & Pairing.mentor_id.is_(None))
        | ((Pairing.mentor_id == employee_id) & Pairing.mentee_id.is_(None))
    )
    removed = len(session.scalars(gone).all())
    session.execute(delete(PairingCheckin).where(PairingCheckin.pairing_id.in_(gone)))
    session.execute(delete(Pairing).where(Pairing.id.in_(gone)))
    session.execute(
        update(Pairing)
        .where(Pairing.mentee_id == employee_id)
        .values(mentee_id=None, focus_json="{}", stop_reason="", evaluation="")
    )
    # The mentee's record keeps that there was a mentor, not who.
    session.execute(update(Pairing).where(Pairing.mentor_id == employee_id).values(mentor_id=None))
    return removed
