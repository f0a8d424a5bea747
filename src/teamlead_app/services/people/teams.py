"""Teams and job functions: the team list with the number of people in service, adding and
renaming a team, finding one by name, and the functions to pick from."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Employee, JobFunction, Team
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.records.overview import TeamLine
from teamlead_app.services.people.employee_form import MAX_NAME
from teamlead_app.services.people.employment import in_service


def _clean(text: str) -> str:
    return " ".join(text.split())


def _raise_first(problems: dict[str, str]) -> None:
    if problems:
        name, message = next(iter(problems.items()))
        raise ValidationError(message, field=name)


DEFAULT_FUNCTIONS = (
    "CNC-operator",
    "Verspaner",
    "Lasser",
    "Kantbankoperator",
    "Laseroperator",
    "Monteur",
    "Basismonteur",
    "Servicetechnicus",
    "Werkvoorbereider",
    "Kwaliteitscontroleur",
)


# The overview's fast first screen reads the same lines without SQLAlchemy (records/overview.py).
TeamView = TeamLine


@dataclass(frozen=True)
class TeamDraft:
    name: str
    lead_name: str = ""
    location: str = ""


def list_teams(ctx: ServiceContext, today: date | None = None) -> list[TeamView]:
    active = (
        select(Employee.team_id, func.count(Employee.id).label("n"))
        .where(in_service(today or date.today()))
        .group_by(Employee.team_id)
        .subquery()
    )
    query = (
        select(Team.id, Team.name, Team.lead_name, Team.location, func.coalesce(active.c.n, 0))
        .outerjoin(active, active.c.team_id == Team.id)
        .order_by(func.lower(Team.name))
    )
    with ctx.sessions() as session:
        return [TeamView(*row) for row in session.execute(query)]


def validate_team(draft: TeamDraft) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not _clean(draft.name):
        problems["name"] = t("Teamnaam is verplicht.", "Team name is required.")
    elif len(draft.name) > 120:
        problems["name"] = t("Teamnaam is te lang (max. 120 tekens).", "Team name is too long.")
    if len(draft.lead_name) > MAX_NAME or len(draft.location) > MAX_NAME:
        problems["lead_name"] = t("Tekst is te lang.", "Text is too long.")
    return problems


def find_or_create_team(session: Session, name: str) -> Team:
    name = _clean(name)
    team = session.scalar(select(Team).where(func.lower(Team.name) == name.lower()))
    if team is None:
        _raise_first(validate_team(TeamDraft(name=name)))
        team = Team(name=name, lead_name="", location="")
        session.add(team)
        session.flush()
    return team


def save_team(ctx: ServiceContext, draft: TeamDraft, team_id: int | None = None) -> int:
    _raise_first(validate_team(draft))
    name = _clean(draft.name)
    with ctx.sessions.begin() as session:
        clash = session.scalar(select(Team.id).where(func.lower(Team.name) == name.lower()))
        if clash is not None and clash != team_id:
            raise ValidationError(
                t(f"Er is al een team '{name}'.", f"There is already a team '{name}'."),
                field="name",
            )
        team = session.get(Team, team_id) if team_id is not None else None
        if team_id is not None and team is None:
            raise NotFoundError(t("Team niet gevonden.", "Team not found."))
        if team is None:
            team = Team()
            session.add(team)
        team.name = name
        team.lead_name = _clean(draft.lead_name)
        team.location = _clean(draft.location)
        session.flush()
        return team.id


def resolve_team(ctx: ServiceContext, name: str) -> int:
    with ctx.sessions() as session:
        team_id = session.scalar(
            select(Team.id).where(func.lower(Team.name) == _clean(name).lower())
        )
    if team_id is None:
        raise NotFoundError(t(f"Team '{name}' bestaat niet.", f"Team '{name}' does not exist."))
    return team_id


def list_functions(ctx: ServiceContext) -> list[str]:
    with ctx.sessions() as session:
        stored = list(
            session.scalars(select(JobFunction.name).order_by(func.lower(JobFunction.name)))
        )
    known = {name.lower() for name in stored}
    extra = [name for name in DEFAULT_FUNCTIONS if name.lower() not in known]
    return sorted([*stored, *extra], key=str.lower)
