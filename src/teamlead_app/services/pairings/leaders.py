"""The leaders a team names from its own people (leider, ploegleider, meewerkend voorman),
so that "never the mentee's own leader" can be checked, and the buddy training per person
(date and how), shown beside a name wherever a mentor is picked."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime

from sqlalchemy import select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import LEADER_ROLES, BuddyTraining, Employee, TeamLeader
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.services.people.names import full_name

MAX_HOW = 200


@dataclass(frozen=True)
class LeaderView:
    team_id: int
    employee_id: int
    name: str
    role: str


@dataclass(frozen=True)
class TrainingView:
    id: int
    employee_id: int
    trained_on: date
    how: str


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _person_name(person: Employee) -> str:
    return full_name(person.first_name, person.tussenvoegsel, person.last_name)


# --- team leaders ---------------------------------------------------------------------------


def set_team_leaders(ctx: ServiceContext, team_id: int, leaders: Sequence[tuple[int, str]]) -> None:
    """Name a team's leaders from its own people: (employee id, role) pairs replace the list."""
    with ctx.sessions.begin() as session:
        for employee_id, role in leaders:
            if role not in LEADER_ROLES:
                raise ValidationError(
                    t(f"Onbekende rol: '{role}'.", f"Unknown role: '{role}'."), field="role"
                )
            person = session.get(Employee, employee_id)
            if person is None:
                raise NotFoundError(t("Medewerker niet gevonden.", "Employee not found."))
            if person.team_id != team_id:
                raise ValidationError(
                    t(
                        f"{_person_name(person)} hoort niet bij dit team; een team kiest zijn "
                        "leider uit de eigen mensen.",
                        f"{_person_name(person)} is not in this team; a team picks its leader "
                        "from its own people.",
                    ),
                    field="employee_id",
                )
        for old in session.scalars(select(TeamLeader).where(TeamLeader.team_id == team_id)):
            session.delete(old)
        session.flush()
        for employee_id, role in dict(leaders).items():
            session.add(TeamLeader(team_id=team_id, employee_id=employee_id, role=role))


def list_team_leaders(ctx: ServiceContext, team_id: int | None = None) -> list[LeaderView]:
    query = select(TeamLeader, Employee).join(Employee, Employee.id == TeamLeader.employee_id)
    if team_id is not None:
        query = query.where(TeamLeader.team_id == team_id)
    with ctx.sessions() as session:
        return [
            LeaderView(row.team_id, row.employee_id, _person_name(person), row.role)
            for row, person in session.execute(query)
        ]


# --- buddy training -----------------------------------------------------------------------


def add_buddy_training(ctx: ServiceContext, employee_id: int, trained_on: date, how: str) -> int:
    how = how.strip()
    if not how:
        raise ValidationError(
            t(
                "Vul in hoe de training ging (bijvoorbeeld: drie dagen op de vakschool).",
                "Fill in how the training went (for example: three days at the school).",
            ),
            field="how",
        )
    if len(how) > MAX_HOW:
        raise ValidationError(t("De omschrijving is te lang.", "The description is too long."))
    if trained_on > date.today():
        raise ValidationError(
            t("De trainingsdatum ligt in de toekomst.", "The training date is in the future."),
            field="trained_on",
        )
    with ctx.sessions.begin() as session:
        if session.get(Employee, employee_id) is None:
            raise NotFoundError(t("Medewerker niet gevonden.", "Employee not found."))
        row = BuddyTraining(
            employee_id=employee_id, trained_on=trained_on, how=how, created_at=_now()
        )
        session.add(row)
        session.flush()
        return row.id


def buddy_trainings(
    ctx: ServiceContext, employee_ids: Sequence[int] | None = None
) -> list[TrainingView]:
    """Buddy training on record (of the given people), newest first: shown beside a name
    wherever a mentor is picked."""
    query = select(BuddyTraining).order_by(BuddyTraining.trained_on.desc(), BuddyTraining.id)
    if employee_ids is not None:
        query = query.where(BuddyTraining.employee_id.in_(employee_ids))
    with ctx.sessions() as session:
        return [
            TrainingView(r.id, r.employee_id, r.trained_on, r.how) for r in session.scalars(query)
        ]
