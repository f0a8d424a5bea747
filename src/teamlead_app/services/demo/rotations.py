"""Demo step: stations and rotations for every team. Three stations from simple to complex
(the harder ones ask the simpler skill first), a history of evaluated rotations with every
outcome, "niet voor mij" included (a "doorgaan" one raised a level in the matrix, naming the
rotation), a rotation running this week that serves one of the person's POP goals (its
evaluation moves the matrix and writes the goal's progress line: the demo's own progress
lines all sit in a monthly talk), and a plan for the coming quarter with one conflict: a
person booked twice in the same weeks."""

from __future__ import annotations

import random
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from teamlead_app.data.models import (
    Goal,
    PersonSkill,
    Rotation,
    RotationForm,
    Skill,
    SkillLevel,
    Station,
    StationSkill,
)
from teamlead_app.data.statuses import RotationStatus
from teamlead_app.services.rotations.edits import goal_names_skill
from teamlead_app.services.skills.levels import LevelDraft, apply_level

if TYPE_CHECKING:
    from teamlead_app.services.demo.context import DemoContext, DemoPerson

# (outcome, what was learned, next step, new level or None)
_HISTORY = (
    (
        "doorgaan",
        "Zelfstandig omgesteld en de eerste serie goed gedraaid.",
        "Nu de complexe variant, met dezelfde begeleider.",
        "U",
    ),
    (
        "nog_niet",
        "Basis gezien; het tempo is nog te hoog.",
        "Over drie maanden nog een week.",
        None,
    ),
    (
        "niet_voor_mij",
        "Kantoorwerk geprobeerd; sliep er slecht van en koos voor het eigen vak. "
        "Een goede ervaring.",
        "Blijft in het eigen team; deelt wat hij zag.",
        None,
    ),
    (
        "afgebroken",
        "Na twee dagen gestopt: spoedorder in het eigen team.",
        "Opnieuw plannen als het rustiger is.",
        None,
    ),
)


def add_rotations(session: Session, ctx: DemoContext) -> None:
    rng = ctx.rng_for("rotations")
    forms = list(session.scalars(select(RotationForm).order_by(RotationForm.position)))
    now = datetime.combine(ctx.today, datetime.min.time())
    for team in ctx.teams:
        people = ctx.in_team(team.id)
        skills = list(
            session.scalars(select(Skill).where(Skill.team_id == team.id).order_by(Skill.position))
        )
        if len(people) < 6 or len(skills) < 3 or not forms:
            continue
        _stations(session, team.id, team.name, skills)
        levels = {
            (p.employee_id, p.skill_id): p.level
            for p in session.scalars(
                select(PersonSkill).where(PersonSkill.skill_id.in_([s.id for s in skills]))
            )
        }
        used = _history(session, rng, ctx, people, skills, levels, forms, now)
        _running(session, ctx.today, people, skills, levels, forms, now, used)
        _plan(session, rng, ctx.today, people, forms, now)


def _stations(session: Session, team_id: int, team: str, skills: list[Skill]) -> None:
    previous: Skill | None = None
    for complexity, skill in enumerate(skills[:3], start=1):
        station = Station(team_id=team_id, name=f"{skill.name} ({team})", complexity=complexity)
        session.add(station)
        session.flush()
        session.add(StationSkill(station_id=station.id, skill_id=(previous or skill).id))
        previous = skill


def _teacher(
    people: list[DemoPerson], skill: Skill, levels: dict[tuple[int, int], str], busy: set[int]
) -> DemoPerson | None:
    return next(
        (p for p in people if levels.get((p.id, skill.id)) == "O" and p.id not in busy), None
    )


def _history(
    session: Session,
    rng: random.Random,
    ctx: DemoContext,
    people: list[DemoPerson],
    skills: list[Skill],
    levels: dict[tuple[int, int], str],
    forms: list[RotationForm],
    now: datetime,
) -> set[int]:
    """The evaluated rotations; returns who went on one."""
    used: set[int] = set()
    for i, (outcome, learned, next_step, new_level) in enumerate(_HISTORY):
        start = ctx.today - timedelta(weeks=4 + 6 * i, days=ctx.today.weekday())
        end = start + timedelta(days=4 if i != 2 else 11)
        pick = _learner(session, people, skills, levels, used, start, rng)
        if pick is None:
            continue
        person, skill = pick
        used.add(person.id)
        host = _teacher(people, skill, levels, {person.id})
        rotation = Rotation(
            employee_id=person.id,
            form_id=forms[(i * 3 + 1) % len(forms)].id,
            host_id=host.id if host else None,
            date_from=start,
            date_to=end,
            department="Werkvoorbereiding" if outcome == "niet_voor_mij" else "",
            skill_id=skill.id,
            target_level="U",
            status=(
                RotationStatus.BROKEN_OFF if outcome == "afgebroken" else RotationStatus.FINISHED
            ),
            learned=learned,
            new_level=new_level,
            next_step=next_step,
            shared_with_team=outcome in ("doorgaan", "niet_voor_mij"),
            outcome=outcome,
            evaluated_on=end + timedelta(days=3),
            created_at=now,
        )
        session.add(rotation)
        session.flush()
        if new_level is not None:
            assessor = host.first_name if host else ""
            row = apply_level(
                session,
                LevelDraft(
                    person.id,
                    skill.id,
                    new_level,
                    end + timedelta(days=3),
                    assessor,
                    "Roulatie afgetekend door de begeleider",
                    "rotation",
                ),
                now,
            )
            if row is not None:
                row.rotation_id = rotation.id
    return used


def _running(
    session: Session,
    today: date,
    people: list[DemoPerson],
    skills: list[Skill],
    levels: dict[tuple[int, int], str],
    forms: list[RotationForm],
    now: datetime,
    used: set[int],
) -> None:
    """Since last Monday until this Friday: someone learns the skill one of his open POP
    goals names ("De lasersnijder leren bedienen"), with a colleague at O as host."""
    ids = [p.id for p in people if p.id not in used and p.id != people[0].id]
    goals = session.scalars(
        select(Goal)
        .where(Goal.employee_id.in_(ids), Goal.status.in_(("open", "in_progress")))
        .order_by(Goal.id)
    )
    for goal in goals:
        for skill in skills:
            if not goal_names_skill(goal.what, skill.name):
                continue
            if levels.get((goal.employee_id, skill.id)) in ("U", "O"):
                continue
            host = _teacher(people, skill, levels, {goal.employee_id})
            if host is None:
                continue
            monday = today - timedelta(days=today.weekday())
            session.add(
                Rotation(
                    employee_id=goal.employee_id,
                    form_id=forms[1 % len(forms)].id,
                    host_id=host.id,
                    date_from=monday - timedelta(weeks=1),
                    date_to=monday + timedelta(days=4),
                    department="",
                    skill_id=skill.id,
                    target_level="U",
                    goal_id=goal.id,
                    status=RotationStatus.RUNNING,
                    learned="",
                    next_step="",
                    shared_with_team=False,
                    created_at=now,
                )
            )
            return


def _learner(
    session: Session,
    people: list[DemoPerson],
    skills: list[Skill],
    levels: dict[tuple[int, int], str],
    used: set[int],
    start: date,
    rng: random.Random,
) -> tuple[DemoPerson, Skill] | None:
    """Someone at I or L on a skill whose history ends before the rotation starts."""
    options = [
        (p, s)
        for p in people
        for s in skills
        if p.id not in used and levels.get((p.id, s.id)) in ("I", "L")
    ]
    rng.shuffle(options)
    for person, skill in options[:20]:
        last = session.scalar(
            select(func.max(SkillLevel.assessed_on)).where(
                SkillLevel.employee_id == person.id, SkillLevel.skill_id == skill.id
            )
        )
        if last is None or last < start:
            return person, skill
    return None


def _plan(
    session: Session,
    rng: random.Random,
    today: date,
    people: list[DemoPerson],
    forms: list[RotationForm],
    now: datetime,
) -> None:
    """The coming quarter: three rotations; the last one books the first person twice."""
    monday = today + timedelta(days=7 - today.weekday())
    chosen = rng.sample(people[1:], 2)
    plan = [
        (chosen[0], monday + timedelta(weeks=2), 11, forms[4 % len(forms)]),
        (chosen[1], monday + timedelta(weeks=5), 4, forms[2 % len(forms)]),
        (chosen[0], monday + timedelta(weeks=3), 1, forms[0]),  # the conflict
    ]
    for person, start, days, form in plan:
        session.add(
            Rotation(
                employee_id=person.id,
                form_id=form.id,
                host_id=people[0].id,
                date_from=start,
                date_to=start + timedelta(days=days),
                department="",
                status=RotationStatus.PLANNED,
                learned="",
                next_step="",
                shared_with_team=False,
                created_at=now,
            )
        )
