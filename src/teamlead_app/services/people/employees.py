"""People: the list, the profile, add/edit/archive, and finding a person by reference.

What the form hands in and its checks live in employee_form.py, teams and functions in
teams.py; both are re-exported here, so `people.save_team(...)` keeps working."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from functools import cached_property
from typing import Any

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import (
    Employee,
    JobFunction,
    Team,
)
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.services.people.employee_form import MAX_FUNCTION as MAX_FUNCTION
from teamlead_app.services.people.employee_form import MAX_NAME as MAX_NAME
from teamlead_app.services.people.employee_form import EmployeeDraft as EmployeeDraft
from teamlead_app.services.people.employee_form import check_unique_number, function_id
from teamlead_app.services.people.employee_form import validate_employee as validate_employee
from teamlead_app.services.people.employee_versions import check_employee_version, retry_when_stale
from teamlead_app.services.people.employment import (
    in_service,
    is_out_of_service,
    leaving_on,
    out_of_service,
)
from teamlead_app.services.people.names import collate, full_name, list_name, sort_key, word_matcher
from teamlead_app.services.people.teams import DEFAULT_FUNCTIONS as DEFAULT_FUNCTIONS
from teamlead_app.services.people.teams import TeamDraft as TeamDraft
from teamlead_app.services.people.teams import TeamView as TeamView
from teamlead_app.services.people.teams import find_or_create_team as find_or_create_team
from teamlead_app.services.people.teams import list_functions as list_functions
from teamlead_app.services.people.teams import list_teams as list_teams
from teamlead_app.services.people.teams import resolve_team as resolve_team
from teamlead_app.services.people.teams import save_team as save_team
from teamlead_app.services.people.teams import validate_team as validate_team


@dataclass(frozen=True)
class EmployeeRow:
    """One line of the people list."""

    id: int
    first_name: str
    tussenvoegsel: str
    last_name: str
    personnel_number: str
    function: str
    team: str
    team_id: int | None
    kind: str
    stage: str
    date_in_service: date | None
    date_out_of_service: date | None
    # The day the row was read: an end date still to come is notice, not archive.
    as_of: date = field(default_factory=date.today, compare=False)

    @property
    def list_name(self) -> str:
        return list_name(self.first_name, self.tussenvoegsel, self.last_name)

    @cached_property
    def name_key(self) -> tuple[str, str, str]:
        """The Dutch sort key of the name, worked out once per row (when the list is sorted
        after reading): sorting the rows a search leaves is then only looking it up."""
        return sort_key(self.first_name, self.tussenvoegsel, self.last_name)

    @property
    def full_name(self) -> str:
        return full_name(self.first_name, self.tussenvoegsel, self.last_name)

    @property
    def archived(self) -> bool:
        """Out of service: the last day of employment has passed."""
        return is_out_of_service(self.date_out_of_service, self.as_of)

    @property
    def leaving_on(self) -> date | None:
        """The announced last day of someone still in service ("uit dienst per ...")."""
        return leaving_on(self.date_out_of_service, self.as_of)


@dataclass(frozen=True)
class EmployeeDetail:
    row: EmployeeRow
    cadence: str
    cadence_weeks: int | None
    draft: EmployeeDraft = field(repr=False)


def _now() -> datetime:
    return datetime.now().replace(microsecond=0)


def _clean(text: str) -> str:
    """Trim and fold inner runs of white space; keep every other character as typed."""
    return " ".join(text.split())


def _raise_first(problems: dict[str, str]) -> None:
    if problems:
        name, message = next(iter(problems.items()))
        raise ValidationError(message, field=name)


# --- queries -----------------------------------------------------------------------------


def _row_query() -> Select[*tuple[Any, ...]]:
    return (
        select(
            Employee.id,
            Employee.first_name,
            Employee.tussenvoegsel,
            Employee.last_name,
            Employee.personnel_number,
            JobFunction.name,
            Team.name,
            Employee.team_id,
            Employee.kind,
            Employee.stage,
            Employee.date_in_service,
            Employee.date_out_of_service,
        )
        .outerjoin(JobFunction, Employee.function_id == JobFunction.id)
        .outerjoin(Team, Employee.team_id == Team.id)
    )


def _to_row(values: tuple[Any, ...], today: date | None = None) -> EmployeeRow:
    (eid, first, tv, last, number, function, team, team_id, kind, stage, d_in, d_out) = values
    return EmployeeRow(
        id=eid,
        first_name=first,
        tussenvoegsel=tv,
        last_name=last,
        personnel_number=number or "",
        function=function or "",
        team=team or "",
        team_id=team_id,
        kind=kind,
        stage=stage,
        date_in_service=d_in,
        date_out_of_service=d_out,
        as_of=today or date.today(),
    )


def list_employees(
    ctx: ServiceContext,
    *,
    search: str = "",
    team_id: int | None = None,
    archived: bool | None = False,
    today: date | None = None,
) -> list[EmployeeRow]:
    """The people list in one query, sorted the Dutch way (surname without tussenvoegsel).
    `archived`: False = in service (including those with an end date still to come),
    True = out of service (the end date has passed), None = everyone."""
    day = today or date.today()
    query = _row_query()
    if archived is False:
        query = query.where(in_service(day))
    elif archived is True:
        query = query.where(out_of_service(day))
    if team_id is not None:
        query = query.where(Employee.team_id == team_id)
    with ctx.sessions() as session:
        rows = [_to_row(tuple(r), day) for r in session.execute(query.order_by(Employee.id))]
    # Searched and sorted here, not in SQL: SQLite folds case for ASCII only, so "łukasz"
    # would miss "Łukasz", and its lower() leaves "Çelik" after Z.
    rows.sort(key=lambda r: r.name_key)
    return employee_matcher(rows)(search) if search.strip() else rows


def employee_matcher(rows: list[EmployeeRow]) -> Callable[[str], list[EmployeeRow]]:
    """What the people list filters with as the lead types: name, personnel number, function
    and team, each row's text folded once (list_employees' search rule)."""
    return word_matcher(rows, _searched_text)


def _searched_text(row: EmployeeRow) -> str:
    fields = (row.first_name, row.tussenvoegsel, row.last_name, row.personnel_number)
    return " ".join((*fields, row.function, row.team))


def count_employees(ctx: ServiceContext) -> int:
    with ctx.sessions() as session:
        return int(session.scalar(select(func.count(Employee.id))) or 0)


def get_employee(ctx: ServiceContext, employee_id: int) -> EmployeeDetail:
    with ctx.sessions() as session:
        values = session.execute(_row_query().where(Employee.id == employee_id)).first()
        if values is None:
            raise NotFoundError(t("Medewerker niet gevonden.", "Employee not found."))
        employee = session.get(Employee, employee_id)
        assert employee is not None
        row = _to_row(tuple(values))
        draft = EmployeeDraft(
            first_name=row.first_name,
            last_name=row.last_name,
            tussenvoegsel=row.tussenvoegsel,
            personnel_number=row.personnel_number,
            function=row.function,
            team_id=row.team_id,
            date_in_service=row.date_in_service,
            date_out_of_service=row.date_out_of_service,
            kind=row.kind,
            stage=row.stage,
            cadence=employee.cadence,
            cadence_weeks=employee.cadence_weeks,
            row_version=employee.version,
        )
        return EmployeeDetail(
            row=row, cadence=employee.cadence, cadence_weeks=employee.cadence_weeks, draft=draft
        )


ID_PREFIX = "id:"


def _candidate(row: EmployeeRow) -> str:
    """One line of an ambiguous reference: name, personnel number, team, id:N."""
    parts = [row.full_name]
    parts.append(
        t(f"personeelsnummer {row.personnel_number}", f"personnel number {row.personnel_number}")
        if row.personnel_number
        else t("geen personeelsnummer", "no personnel number")
    )
    if row.team:
        parts.append(t(f"team {row.team}", f"team {row.team}"))
    if row.archived:
        parts.append(t("uit dienst", "out of service"))
    parts.append(f"{ID_PREFIX}{row.id}")
    return "  - " + ", ".join(parts)


def resolve_employee(ctx: ServiceContext, ref: str, today: date | None = None) -> int:
    """The one person a reference means, or a refusal; never a guess.

    `id:22` is the internal id; anything else is first a personnel number, then a name
    (full or "Achternaam, Voornaam"; case and accents do not count). A bare number that is
    no personnel number is refused even when an id 22 exists: an access export must never
    go to the wrong person, so the id form has to be asked for explicitly. A name that fits
    more than one person (archived people included) is refused with the candidates."""
    text = _clean(ref)
    if not text:
        raise NotFoundError(t("Geen medewerker opgegeven.", "No employee given."))
    day = today or date.today()
    with ctx.sessions() as session:
        rows = [_to_row(tuple(r), day) for r in session.execute(_row_query().order_by(Employee.id))]
    if text.casefold().startswith(ID_PREFIX):
        wanted_id = text[len(ID_PREFIX) :].strip()
        found = [r.id for r in rows if wanted_id.isdigit() and r.id == int(wanted_id)]
        if not found:
            raise NotFoundError(t(f"Geen medewerker met {text}.", f"No employee with {text}."))
        return found[0]
    by_number = [r for r in rows if r.personnel_number.casefold() == text.casefold()]
    if len(by_number) == 1:
        return by_number[0].id
    wanted = collate(text)
    matches = [r for r in rows if wanted in (collate(r.full_name), collate(r.list_name))]
    if len(matches) == 1:
        return matches[0].id
    if len(matches) > 1:
        lines = "\n".join(_candidate(r) for r in sorted(matches, key=lambda r: r.id))
        raise NotFoundError(
            t(
                f"'{ref}' past bij {len(matches)} medewerkers; kies met personeelsnummer "
                f"of id:\n{lines}",
                f"'{ref}' matches {len(matches)} employees; choose by personnel number or id:"
                f"\n{lines}",
            )
        )
    if text.isdigit() and any(r.id == int(text) for r in rows):
        raise NotFoundError(
            t(
                f"Geen medewerker met personeelsnummer {text}. Bedoel je het interne id? "
                f"Schrijf dan {ID_PREFIX}{text}.",
                f"No employee with personnel number {text}. Do you mean the internal id? "
                f"Then write {ID_PREFIX}{text}.",
            )
        )
    near = [r for r in rows if len(wanted) >= 3 and wanted in collate(r.full_name)][:5]
    if near:  # "wiśniewski" or "Łukasz": offered, never chosen
        lines = "\n".join(_candidate(r) for r in near)
        raise NotFoundError(
            t(
                f"Niemand heet precies '{ref}'. Bedoel je (schrijf de hele naam, het "
                f"personeelsnummer of id:N):\n{lines}",
                f"Nobody is called exactly '{ref}'. Do you mean (write the whole name, the "
                f"personnel number or id:N):\n{lines}",
            )
        )
    raise NotFoundError(
        t(f"Geen medewerker gevonden voor '{ref}'.", f"No employee found for '{ref}'.")
    )


# --- changes -----------------------------------------------------------------------------


def apply_draft(
    session: Session, draft: EmployeeDraft, employee: Employee | None = None
) -> Employee:
    """Write a validated draft into a (new) Employee inside the caller's transaction; all set
    before any flush, so the lead-rule check sees the whole change before a write is sent."""
    _raise_first(validate_employee(draft))
    number = _clean(draft.personnel_number)
    with session.no_autoflush:
        check_unique_number(session, number, employee.id if employee else None)
        if draft.team_id is not None and session.get(Team, draft.team_id) is None:
            raise ValidationError(t("Onbekend team.", "Unknown team."), field="team_id")
        if employee is None:
            employee = Employee(created_at=_now())
            session.add(employee)
        employee.first_name = _clean(draft.first_name)
        employee.tussenvoegsel = _clean(draft.tussenvoegsel)
        employee.last_name = _clean(draft.last_name)
        employee.personnel_number = number or None
        employee.team_id = draft.team_id
        employee.date_in_service = draft.date_in_service
        employee.date_out_of_service = draft.date_out_of_service
        employee.kind = draft.kind
        employee.stage = draft.stage
        employee.cadence = draft.cadence
        employee.cadence_weeks = draft.cadence_weeks if draft.cadence == "weeks" else None
        employee.function_id = function_id(session, draft.function)
    session.flush()
    return employee


@retry_when_stale
def save_employee(ctx: ServiceContext, draft: EmployeeDraft, employee_id: int | None = None) -> int:
    with ctx.sessions.begin() as session:
        employee = None
        if employee_id is not None:
            employee = session.get(Employee, employee_id)
            if employee is None:
                raise NotFoundError(t("Medewerker niet gevonden.", "Employee not found."))
            check_employee_version(employee, draft)
        return apply_draft(session, draft, employee).id


def archive_employee(ctx: ServiceContext, employee_id: int, out_of_service: date) -> None:
    """Out of service: the person is archived, never deleted (deletion is the privacy action)."""
    with ctx.sessions.begin() as session:
        archive_in(session, employee_id, out_of_service)


def archive_in(session: Session, employee_id: int, out_of_service: date) -> None:
    """Archiving inside a transaction another service owns (a mentor's pairings settled
    with it: services/pairing_handover.py)."""
    employee = session.get(Employee, employee_id)
    if employee is None:
        raise NotFoundError(t("Medewerker niet gevonden.", "Employee not found."))
    if employee.date_in_service and out_of_service < employee.date_in_service:
        raise ValidationError(
            t(
                "Datum uit dienst ligt vóór de datum in dienst.",
                "Date out of service is before the date in service.",
            ),
            field="date_out_of_service",
        )
    employee.date_out_of_service = out_of_service


def reactivate_employee(ctx: ServiceContext, employee_id: int) -> None:
    with ctx.sessions.begin() as session:
        employee = session.get(Employee, employee_id)
        if employee is None:
            raise NotFoundError(t("Medewerker niet gevonden.", "Employee not found."))
        employee.date_out_of_service = None
