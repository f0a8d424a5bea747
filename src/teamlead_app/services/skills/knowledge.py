"""Knowledge holders ("petjes": a flag per person and skill, and "wie weet hiervan?" per
skill), the level each function needs on a skill, and per person the gap view: every skill
with its current level, the required one and the history."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import (
    ILUO_LEVELS,
    Employee,
    FunctionSkill,
    JobFunction,
    PersonSkill,
    Skill,
    SkillLevel,
    Team,
)
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.records.skills import LEVEL_RANK
from teamlead_app.services.people.names import list_name
from teamlead_app.services.people.teams import DEFAULT_FUNCTIONS
from teamlead_app.services.skills.levels import (
    QUALIFIED_LEVELS,
    LevelHistoryRow,
    SkillDraft,
    check_active,
    group_order,
    history_rows,
    save_skill_in,
)


@dataclass(frozen=True)
class PersonLevelRow:
    """One skill of one person: the current level, the required one and the history."""

    skill_id: int
    skill: str
    group: str
    team: str
    level: str
    knowledge_holder: bool
    required: str | None
    history: tuple[LevelHistoryRow, ...]

    @property
    def gap(self) -> bool:
        return self.required is not None and LEVEL_RANK[self.level] < LEVEL_RANK[self.required]


@dataclass(frozen=True)
class HolderRow:
    employee_id: int
    name: str
    team: str
    level: str
    knowledge_holder: bool


# --- knowledge holders ("petjes") --------------------------------------------------------


def set_knowledge_holder(
    ctx: ServiceContext, employee_id: int, skill_id: int, holder: bool
) -> None:
    with ctx.sessions.begin() as session:
        check_active(session.get(Employee, employee_id), date.today())
        row = session.get(PersonSkill, (employee_id, skill_id))
        if row is None:
            if session.get(Skill, skill_id) is None:
                raise NotFoundError(t("Vaardigheid niet gevonden.", "Skill not found."))
            session.add(
                PersonSkill(
                    employee_id=employee_id, skill_id=skill_id, level="-", knowledge_holder=holder
                )
            )
        else:
            row.knowledge_holder = holder


def who_knows(ctx: ServiceContext, skill_id: int, today: date | None = None) -> list[HolderRow]:
    """ "Wie weet hiervan?": knowledge holders first, then O, then U; people still in service."""
    today = today or date.today()
    query = (
        select(Employee, PersonSkill.level, PersonSkill.knowledge_holder, Team.name)
        .join(PersonSkill, PersonSkill.employee_id == Employee.id)
        .outerjoin(Team, Team.id == Employee.team_id)
        .where(PersonSkill.skill_id == skill_id)
        .where(PersonSkill.level.in_(QUALIFIED_LEVELS) | PersonSkill.knowledge_holder)
        .where(Employee.date_out_of_service.is_(None) | (Employee.date_out_of_service >= today))
    )
    with ctx.sessions() as session:
        rows = [
            HolderRow(
                e.id, list_name(e.first_name, e.tussenvoegsel, e.last_name), team or "", lv, h
            )
            for e, lv, h, team in session.execute(query)
        ]
    return sorted(rows, key=lambda r: (not r.knowledge_holder, -LEVEL_RANK[r.level], r.name))


# --- required level per function ---------------------------------------------------------


def set_required_level(
    ctx: ServiceContext, function: str, skill_id: int, level: str | None
) -> None:
    """The level every holder of `function` needs on the skill; None or "-" removes it."""
    _check_level(level)
    with ctx.sessions.begin() as session:
        _set_required_in(session, function, skill_id, level)


def save_skill_with_levels(
    ctx: ServiceContext,
    draft: SkillDraft,
    skill_id: int | None,
    required: Sequence[tuple[str, str | None]],
) -> int:
    """The skill dialog's OK in one transaction: the skill (new when `skill_id` is None) and
    the level each function needs on it, (function name, level or None) each. All or nothing."""
    for _function, level in required:
        _check_level(level)
    with ctx.sessions.begin() as session:
        saved_id = save_skill_in(session, draft, skill_id)
        for function, level in required:
            _set_required_in(session, function, saved_id, level)
        return saved_id


def _check_level(level: str | None) -> None:
    if level is not None and level not in ILUO_LEVELS:
        raise ValidationError(t(f"'{level}' is geen niveau.", f"'{level}' is not a level."))


def _set_required_in(session: Session, function: str, skill_id: int, level: str | None) -> None:
    """A function the skill dialog lists but nobody holds yet (one of the default functions)
    is stored when a level is first required of it; "not required" of it changes nothing."""
    function_id = session.scalar(
        select(JobFunction.id).where(func.lower(JobFunction.name) == function.strip().lower())
    )
    if function_id is None and level in (None, "-"):
        return
    if function_id is None:
        default = {name.lower(): name for name in DEFAULT_FUNCTIONS}.get(function.strip().lower())
        if default is None:
            raise NotFoundError(
                t(f"Onbekende functie: {function}", f"Unknown function: {function}")
            )
        stored = JobFunction(name=default)
        session.add(stored)
        session.flush()
        function_id = stored.id
    row = session.get(FunctionSkill, (function_id, skill_id))
    if level in (None, "-"):
        if row is not None:
            session.delete(row)
    elif row is None:
        session.add(FunctionSkill(function_id=function_id, skill_id=skill_id, level=level))
    else:
        row.level = level


def required_levels(ctx: ServiceContext) -> dict[tuple[str, int], str]:
    """(function name, skill id) -> level."""
    query = select(JobFunction.name, FunctionSkill.skill_id, FunctionSkill.level).join(
        JobFunction, JobFunction.id == FunctionSkill.function_id
    )
    with ctx.sessions() as session:
        return {(name, skill_id): level for name, skill_id, level in session.execute(query)}


def person_levels(ctx: ServiceContext, employee_id: int) -> list[PersonLevelRow]:
    """Each skill the person has a level, a flag or a requirement on, with its history."""
    with ctx.sessions() as session:
        employee = session.get(Employee, employee_id)
        if employee is None:
            raise NotFoundError(t("Medewerker niet gevonden.", "Employee not found."))
        current = {
            p.skill_id: p
            for p in session.scalars(
                select(PersonSkill).where(PersonSkill.employee_id == employee_id)
            )
        }
        required: dict[int, str] = {}
        if employee.function_id is not None:
            required = {
                skill_id: level
                for skill_id, level in session.execute(
                    select(FunctionSkill.skill_id, FunctionSkill.level).where(
                        FunctionSkill.function_id == employee.function_id
                    )
                )
            }
        history: dict[int, list[LevelHistoryRow]] = {}
        for row in history_rows(session, [SkillLevel.employee_id == employee_id]):
            history.setdefault(row.skill_id, []).append(row)
        ids = set(current) | set(required) | set(history)
        skills = session.execute(
            select(Skill, Team.name).outerjoin(Team).where(Skill.id.in_(ids))
        ).all()
    rows = [
        PersonLevelRow(
            skill.id,
            skill.name,
            skill.skill_group,
            team or "",
            current[skill.id].level if skill.id in current else "-",
            current[skill.id].knowledge_holder if skill.id in current else False,
            required.get(skill.id),
            tuple(history.get(skill.id, ())),
        )
        for skill, team in skills
    ]
    return sorted(rows, key=lambda r: (group_order(r.group), r.skill.lower()))
