"""Buddy and mentor suggestions for one mentee, with the reasons that ranked them (domain
§3.10): level U or O in the mentee's gap skills (named), free capacity, same team, no recent
repeat. Transparent on purpose (domain §5.11: no algorithmic scoring of people): the order is
those four facts in that order, nothing weighed; the foreman picks, the app never pairs.

The mentee's own leaders (team_leader) are left out: pairing them is refused anyway. An empty
list says why: no function, no gap skills, or nobody qualified (a team of one named as such).
A handful of queries whatever the size of the company."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import ColumnElement, func, or_, select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import (
    PAIRING_KINDS,
    BuddyTraining,
    Employee,
    FunctionSkill,
    Pairing,
    PersonSkill,
    Skill,
    Team,
    TeamLeader,
)
from teamlead_app.data.statuses import PairingStatus
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.records.skills import LEVEL_RANK
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.pairings.rules import REPEAT_DAYS
from teamlead_app.services.people.names import collate, full_name
from teamlead_app.services.skills.levels import QUALIFIED_LEVELS, check_active
from teamlead_app.util.dates import format_date


@dataclass(frozen=True)
class Candidate:
    employee_id: int
    name: str
    team: str
    same_team: bool
    # (skill name, level) of each gap skill the candidate holds at U or O.
    skills: tuple[tuple[str, str], ...]
    active_mentees: int
    free_capacity: bool
    recent_repeat: bool
    buddy_training: str  # "12-03-2025 · vakschool" or ""
    reasons: tuple[str, ...]


@dataclass(frozen=True)
class Suggestions:
    mentee_id: int
    kind: str
    gap_skills: tuple[str, ...]
    candidates: tuple[Candidate, ...]
    empty_reason: str = ""
    # The gap skills' ids (same order as gap_skills): the focus of a new pairing.
    gap_skill_ids: tuple[int, ...] = ()


def _name(e: Employee) -> str:
    return full_name(e.first_name, e.tussenvoegsel, e.last_name)


def own_catalogue(employee: Employee) -> ColumnElement[bool]:
    """The skills that count for a person: the company-wide ones and those of their own
    team's catalogue (another team's skill of the same name is not their gap)."""
    if employee.team_id is None:
        return Skill.team_id.is_(None)
    return or_(Skill.team_id.is_(None), Skill.team_id == employee.team_id)


def gap_skill_ids(ctx: ServiceContext, employee_id: int) -> dict[int, str]:
    """The skills where the person is below the level the function needs: id -> name."""
    with ctx.sessions() as session:
        employee = session.get(Employee, employee_id)
        if employee is None:
            raise NotFoundError(t("Medewerker niet gevonden.", "Employee not found."))
        return _gaps(session, employee)


def _gaps(session: Session, employee: Employee) -> dict[int, str]:
    if employee.function_id is None:
        return {}
    current = dict(
        session.execute(
            select(PersonSkill.skill_id, PersonSkill.level).where(
                PersonSkill.employee_id == employee.id
            )
        ).all()
    )
    rows = session.execute(
        select(Skill.id, Skill.name, FunctionSkill.level)
        .join(FunctionSkill, FunctionSkill.skill_id == Skill.id)
        .where(FunctionSkill.function_id == employee.function_id, own_catalogue(employee))
        .order_by(Skill.position, Skill.name)
    ).all()
    return {
        sid: name
        for sid, name, needed in rows
        if LEVEL_RANK[current.get(sid, "-")] < LEVEL_RANK[needed]
    }


def _empty_reason(session: Session, mentee: Employee, gaps: dict[int, str]) -> str:
    name = _name(mentee)
    if mentee.function_id is None:
        return t(
            f"{name} heeft geen functie, dus geen vereiste niveaus en geen leerpunten om op te "
            "koppelen. Geef eerst de functie op.",
            f"{name} has no function, so no required levels and no gap skills to pair on. "
            "Set the function first.",
        )
    if not gaps:
        return t(
            f"{name} heeft geen leerpunten: op elke vaardigheid van de functie is het vereiste "
            "niveau al gehaald. Kies een mentor met de hand als er toch begeleiding nodig is.",
            f"{name} has no gap skills: every skill of the function is at the required level. "
            "Pick a mentor by hand if guidance is needed anyway.",
        )
    listed = ", ".join(gaps.values())
    team = session.get(Team, mentee.team_id) if mentee.team_id else None
    if team is not None:
        size = session.scalar(
            select(func.count(Employee.id)).where(
                Employee.team_id == team.id, Employee.date_out_of_service.is_(None)
            )
        )
        if size == 1:
            return t(
                f"{name} is de enige in team {team.name}, en in de andere teams heeft niemand "
                f"niveau U of O in: {listed}.",
                f"{name} is the only one in team {team.name}, and in the other teams nobody "
                f"has level U or O in: {listed}.",
            )
    return t(
        f"Niemand anders dan de eigen leidinggevenden heeft niveau U of O in: {listed}.",
        f"Nobody other than the own leaders has level U or O in: {listed}.",
    )


def suggest(
    ctx: ServiceContext, mentee_id: int, kind: str = "buddy", today: date | None = None
) -> Suggestions:
    if kind not in PAIRING_KINDS:
        raise ValidationError(
            t(
                f"Onbekende soort '{kind}': kies uit {', '.join(PAIRING_KINDS)}.",
                f"Unknown kind '{kind}': choose from {', '.join(PAIRING_KINDS)}.",
            ),
            field="kind",
        )
    today = today or date.today()
    limit = get_settings(ctx).max_active_mentees
    with ctx.sessions() as session:
        mentee = check_active(session.get(Employee, mentee_id), today)
        gaps = _gaps(session, mentee)
        if not gaps:
            return Suggestions(mentee_id, kind, (), (), _empty_reason(session, mentee, gaps))
        leaders = set(
            session.scalars(
                select(TeamLeader.employee_id).where(TeamLeader.team_id == mentee.team_id)
            )
        )
        held: dict[int, list[tuple[int, str]]] = defaultdict(list)
        people: dict[int, tuple[Employee, str]] = {}
        for person, skill_id, level, team in session.execute(
            select(Employee, PersonSkill.skill_id, PersonSkill.level, Team.name)
            .join(PersonSkill, PersonSkill.employee_id == Employee.id)
            .outerjoin(Team, Team.id == Employee.team_id)
            .where(PersonSkill.skill_id.in_(list(gaps)), PersonSkill.level.in_(QUALIFIED_LEVELS))
            .where(Employee.id != mentee_id)
            .where(Employee.date_out_of_service.is_(None) | (Employee.date_out_of_service >= today))
        ):
            if person.id in leaders:
                continue
            held[person.id].append((skill_id, level))
            people[person.id] = (person, team or "")
        if not people:
            return Suggestions(
                mentee_id,
                kind,
                tuple(gaps.values()),
                (),
                _empty_reason(session, mentee, gaps),
                tuple(gaps),
            )
        ids = list(people)
        active = dict(
            session.execute(
                select(Pairing.mentor_id, func.count(Pairing.id))
                .where(Pairing.mentor_id.in_(ids), Pairing.status == PairingStatus.ACTIVE)
                .group_by(Pairing.mentor_id)
            ).all()
        )
        since = today - timedelta(days=REPEAT_DAYS)
        recent = set(
            session.scalars(
                select(Pairing.mentor_id).where(
                    Pairing.mentee_id == mentee_id,
                    Pairing.mentor_id.in_(ids),
                    func.coalesce(Pairing.ended_on, Pairing.planned_end_on) >= since,
                )
            )
        )
        training: dict[int, str] = {}
        for row in session.scalars(
            select(BuddyTraining)
            .where(BuddyTraining.employee_id.in_(ids))
            .order_by(BuddyTraining.trained_on)
        ):
            training[row.employee_id] = f"{format_date(row.trained_on)} · {row.how}"
        mentee_name, mentee_team = _name(mentee), mentee.team_id
    candidates = [
        _candidate(
            person,
            team,
            [(gaps[s], lv) for s, lv in held[pid]],
            len(gaps),
            person.team_id is not None and person.team_id == mentee_team,
            int(active.get(pid, 0)),
            limit,
            pid in recent,
            training.get(pid, ""),
            mentee_name,
        )
        for pid, (person, team) in people.items()
    ]
    candidates.sort(
        key=lambda c: (
            -len(c.skills),
            not c.free_capacity,
            not c.same_team,
            c.recent_repeat,
            collate(c.name),
        )
    )
    return Suggestions(
        mentee_id, kind, tuple(gaps.values()), tuple(candidates), gap_skill_ids=tuple(gaps)
    )


def _candidate(
    person: Employee,
    team: str,
    skills: list[tuple[str, str]],
    gap_count: int,
    same_team: bool,
    active: int,
    limit: int,
    repeat: bool,
    training: str,
    mentee: str,
) -> Candidate:
    skills.sort(key=lambda s: (-LEVEL_RANK[s[1]], collate(s[0])))
    named = ", ".join(f"{skill} ({level})" for skill, level in skills)
    reasons = [
        t(
            f"Niveau U of O in {len(skills)} van {gap_count} "
            f"{'leerpunt' if gap_count == 1 else 'leerpunten'}: {named}",
            f"Level U or O in {len(skills)} of {gap_count} "
            f"{'gap skill' if gap_count == 1 else 'gap skills'}: {named}",
        ),
        t(
            f"Ruimte: begeleidt nu {active} van {limit}",
            f"Free capacity: now guides {active} of {limit}",
        )
        if active < limit
        else t(
            f"Vol: begeleidt al {active} van {limit}", f"Full: already guides {active} of {limit}"
        ),
        t(f"Zelfde team ({team})", f"Same team ({team})")
        if same_team
        else t(f"Ander team ({team or 'geen team'})", f"Other team ({team or 'no team'})"),
        t(
            f"Was het afgelopen jaar al mentor van {mentee}",
            f"Already mentored {mentee} in the past year",
        )
        if repeat
        else t(
            "Geen koppel met deze mentee in het afgelopen jaar",
            "No pair with this mentee in the past year",
        ),
        t(f"Buddytraining: {training}", f"Buddy training: {training}")
        if training
        else t("Geen buddytraining geregistreerd", "No buddy training on record"),
    ]
    return Candidate(
        person.id,
        _name(person),
        team,
        same_team,
        tuple(skills),
        active,
        active < limit,
        repeat,
        training,
        tuple(reasons),
    )
