"""The skills matrix: a catalogue of skills per team, levels on the ILUO scale with a history
that is never overwritten, knowledge holders ("petjes") and the level each function needs.

Every level change adds a `SkillLevel` row and updates the `PersonSkill` current state in the
same transaction, so the matrix and the coverage read one row per person and skill."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import (
    ILUO_LEVELS,
    LEVEL_SOURCES,
    SKILL_GROUPS,
    CertificateType,
    Employee,
    PersonSkill,
    Skill,
    SkillLevel,
    Team,
)
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.services.people.names import full_name

QUALIFIED_LEVELS = ("U", "O")
MAX_SKILL_NAME = 200
MAX_EVIDENCE = 300
# Spreadsheets often hold 0-4 instead of the letters.
NUMBER_LEVELS = {"0": "-", "1": "I", "2": "L", "3": "U", "4": "O"}


def parse_level(text: str) -> str | None:
    """ "U", "u", "3", "-", "" -> the ILUO letter; None when it is not a level."""
    value = text.strip().upper().rstrip("*★").strip()
    if value in ("", "-", "–", "—"):
        return "-"
    if value in ILUO_LEVELS:
        return value
    if value.endswith(".0"):
        value = value[:-2]
    return NUMBER_LEVELS.get(value)


@dataclass(frozen=True)
class SkillView:
    id: int
    team_id: int | None
    team: str
    name: str
    group: str
    position: int
    certificate_type_id: int | None
    certificate_type: str


@dataclass(frozen=True)
class SkillDraft:
    name: str
    group: str = "machine"
    team_id: int | None = None
    certificate_type_id: int | None = None


@dataclass(frozen=True)
class LevelDraft:
    employee_id: int
    skill_id: int
    level: str
    assessed_on: date
    assessor: str = ""
    evidence: str = ""
    source: str = "matrix"


@dataclass(frozen=True)
class LevelHistoryRow:
    id: int
    skill_id: int
    skill: str
    level: str
    assessed_on: date
    assessor: str
    evidence: str
    source: str


def _clean(text: str) -> str:
    return " ".join(text.split())


# --- catalogue ---------------------------------------------------------------------------


def group_order(group: str) -> int:
    return SKILL_GROUPS.index(group) if group in SKILL_GROUPS else len(SKILL_GROUPS)


def list_skills(ctx: ServiceContext, team_id: int | None = None) -> list[SkillView]:
    """The catalogue in matrix order (group, position, name). With `team_id`: that team's
    skills and the company-wide ones."""
    query = (
        select(Skill, Team.name, CertificateType.name)
        .outerjoin(Team, Team.id == Skill.team_id)
        .outerjoin(CertificateType, CertificateType.id == Skill.certificate_type_id)
    )
    if team_id is not None:
        query = query.where((Skill.team_id == team_id) | Skill.team_id.is_(None))
    with ctx.sessions() as session:
        rows = [
            SkillView(
                s.id,
                s.team_id,
                team or "",
                s.name,
                s.skill_group,
                s.position,
                s.certificate_type_id,
                cert or "",
            )
            for s, team, cert in session.execute(query)
        ]
    return sorted(rows, key=lambda r: (r.team, group_order(r.group), r.position, r.name.lower()))


def validate_skill(draft: SkillDraft) -> dict[str, str]:
    problems: dict[str, str] = {}
    name = _clean(draft.name)
    if not name:
        problems["name"] = t("Naam van de vaardigheid is verplicht.", "Skill name is required.")
    elif len(name) > MAX_SKILL_NAME:
        problems["name"] = t(
            f"Naam is te lang (max. {MAX_SKILL_NAME} tekens).",
            f"Name is too long (max {MAX_SKILL_NAME} characters).",
        )
    if draft.group not in SKILL_GROUPS:
        problems["group"] = t("Onbekende groep.", "Unknown group.")
    return problems


def _raise_first(problems: dict[str, str]) -> None:
    if problems:
        field, message = next(iter(problems.items()))
        raise ValidationError(message, field=field)


def _check_unique(session: Session, draft: SkillDraft, skill_id: int | None) -> None:
    name = _clean(draft.name)
    query = select(Skill.id).where(func.lower(Skill.name) == name.lower())
    query = query.where(
        Skill.team_id.is_(None) if draft.team_id is None else Skill.team_id == draft.team_id
    )
    other = session.scalar(query)
    if other is not None and other != skill_id:
        raise ValidationError(
            t(
                f"Er is al een vaardigheid '{name}' in dit team.",
                f"There already is a skill '{name}' in this team.",
            ),
            field="name",
        )


def add_skill(session: Session, draft: SkillDraft) -> Skill:
    """Inside a caller's transaction (the importer, the demo): a new skill at the end."""
    _raise_first(validate_skill(draft))
    _check_unique(session, draft, None)
    last = session.scalar(
        select(func.max(Skill.position)).where(
            Skill.team_id.is_(None) if draft.team_id is None else Skill.team_id == draft.team_id
        )
    )
    skill = Skill(
        team_id=draft.team_id,
        name=_clean(draft.name),
        skill_group=draft.group,
        position=(last or 0) + 1,
        certificate_type_id=draft.certificate_type_id,
    )
    session.add(skill)
    session.flush()
    return skill


def save_skill(ctx: ServiceContext, draft: SkillDraft, skill_id: int | None = None) -> int:
    with ctx.sessions.begin() as session:
        return save_skill_in(session, draft, skill_id)


def save_skill_in(session: Session, draft: SkillDraft, skill_id: int | None) -> int:
    """A new (`skill_id` None) or edited skill inside the caller's transaction."""
    if skill_id is None:
        return add_skill(session, draft).id
    _raise_first(validate_skill(draft))
    skill = session.get(Skill, skill_id)
    if skill is None:
        raise NotFoundError(t("Vaardigheid niet gevonden.", "Skill not found."))
    _check_unique(session, draft, skill_id)
    skill.name = _clean(draft.name)
    skill.skill_group = draft.group
    skill.team_id = draft.team_id
    skill.certificate_type_id = draft.certificate_type_id
    return skill.id


def delete_skill(ctx: ServiceContext, skill_id: int) -> None:
    """Only a skill nobody has a level on yet: history is never thrown away by accident."""
    with ctx.sessions.begin() as session:
        used = session.scalar(
            select(func.count()).select_from(SkillLevel).where(SkillLevel.skill_id == skill_id)
        )
        if used:
            raise ValidationError(
                t(
                    "Deze vaardigheid heeft al niveaus met geschiedenis; wijzig de naam of groep "
                    "in plaats van haar te verwijderen.",
                    "This skill already has levels with history; rename or regroup it instead "
                    "of deleting it.",
                )
            )
        session.execute(delete(Skill).where(Skill.id == skill_id))


# --- levels ------------------------------------------------------------------------------


def validate_level(draft: LevelDraft, today: date | None = None) -> dict[str, str]:
    problems: dict[str, str] = {}
    if draft.level not in ILUO_LEVELS:
        problems["level"] = t(
            f"'{draft.level}' is geen niveau (kies –, I, L, U of O).",
            f"'{draft.level}' is not a level (choose –, I, L, U or O).",
        )
    if draft.assessed_on > (today or date.today()):
        problems["assessed_on"] = t(
            "De datum van de beoordeling ligt in de toekomst.",
            "The assessment date is in the future.",
        )
    if len(draft.evidence) > MAX_EVIDENCE:
        problems["evidence"] = t(
            f"Onderbouwing is te lang (max. {MAX_EVIDENCE} tekens).",
            f"Evidence is too long (max {MAX_EVIDENCE} characters).",
        )
    if len(draft.assessor) > 200:
        problems["assessor"] = t("Naam beoordelaar is te lang.", "Assessor name is too long.")
    if draft.source not in LEVEL_SOURCES:
        problems["source"] = t("Onbekende bron.", "Unknown source.")
    return problems


def check_active(employee: Employee | None, on: date) -> Employee:
    """The person exists and is not out of service on `on` (archived people are read-only)."""
    if employee is None:
        raise NotFoundError(t("Medewerker niet gevonden.", "Employee not found."))
    if employee.date_out_of_service is not None and employee.date_out_of_service < on:
        raise ValidationError(
            t(
                f"{full_name(employee.first_name, employee.tussenvoegsel, employee.last_name)} "
                "is uit dienst (gearchiveerd); daar kan niets meer bij.",
                f"{full_name(employee.first_name, employee.tussenvoegsel, employee.last_name)} "
                "is out of service (archived); nothing can be added.",
            ),
            field="employee_id",
        )
    return employee


def apply_level(session: Session, draft: LevelDraft, now: datetime) -> SkillLevel | None:
    """Inside a caller's transaction: a new history row and the current state. Returns None
    (and writes nothing) when the level is what it already was."""
    current = session.get(PersonSkill, (draft.employee_id, draft.skill_id))
    if current is not None and current.level == draft.level:
        return None
    if current is None and draft.level == "-":
        return None
    row = SkillLevel(
        employee_id=draft.employee_id,
        skill_id=draft.skill_id,
        level=draft.level,
        assessed_on=draft.assessed_on,
        assessor=_clean(draft.assessor),
        evidence=_clean(draft.evidence),
        source=draft.source,
        created_at=now,
    )
    session.add(row)
    if current is None:
        session.add(
            PersonSkill(
                employee_id=draft.employee_id,
                skill_id=draft.skill_id,
                level=draft.level,
                knowledge_holder=False,
            )
        )
    else:
        current.level = draft.level
    return row


def set_levels(ctx: ServiceContext, drafts: Sequence[LevelDraft], today: date | None = None) -> int:
    """Record level changes in one transaction; returns how many changed."""
    today = today or date.today()
    now = datetime.now().replace(microsecond=0)
    for draft in drafts:
        _raise_first(validate_level(draft, today))
    changed = 0
    with ctx.sessions.begin() as session:
        people = {
            e.id: e
            for e in session.scalars(
                select(Employee).where(Employee.id.in_({d.employee_id for d in drafts}))
            )
        }
        skills = set(
            session.scalars(select(Skill.id).where(Skill.id.in_({d.skill_id for d in drafts})))
        )
        for draft in drafts:
            check_active(people.get(draft.employee_id), draft.assessed_on)
            if draft.skill_id not in skills:
                raise NotFoundError(t("Vaardigheid niet gevonden.", "Skill not found."))
            if apply_level(session, draft, now) is not None:
                changed += 1
                session.flush()
    return changed


def set_level(ctx: ServiceContext, draft: LevelDraft, today: date | None = None) -> bool:
    """One change from the matrix; True when the level changed."""
    return set_levels(ctx, [draft], today) == 1


def history_rows(session: Session, where: Iterable[object]) -> list[LevelHistoryRow]:
    query = (
        select(SkillLevel, Skill.name)
        .join(Skill, Skill.id == SkillLevel.skill_id)
        .where(*where)  # type: ignore[arg-type]
        .order_by(SkillLevel.assessed_on.desc(), SkillLevel.id.desc())
    )
    return [
        LevelHistoryRow(
            r.id, r.skill_id, name, r.level, r.assessed_on, r.assessor, r.evidence, r.source
        )
        for r, name in session.execute(query)
    ]


def level_history(ctx: ServiceContext, employee_id: int, skill_id: int) -> list[LevelHistoryRow]:
    """Newest first; every change ever made."""
    with ctx.sessions() as session:
        return history_rows(
            session, [SkillLevel.employee_id == employee_id, SkillLevel.skill_id == skill_id]
        )
