"""Coverage per skill and the matrix view. (The overview's skills card keeps this rule's
results for the day, services/skills/card_state.py: changing the rule means raising its
RULE_VERSION.)

Coverage (domain §3.7): the number of qualified people (level U or O, still in service, and
with a valid certificate when the skill requires one). **Red** below 2; **amber** at exactly 2
when one of them is leaving (an out-of-service date is set), away (`away_ids`: by default the
people on a planned or running rotation today; the rotation planner passes the people away in
the period it plans) or holds the required certificate only until within
the warning window; green otherwise. Computed in one aggregate statement over the current
state table, never a query per cell."""

from __future__ import annotations

from collections.abc import Collection
from datetime import date, timedelta
from typing import Any

from sqlalchemy import ColumnElement, case, func, literal, select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import (
    Certificate,
    CertificateType,
    Employee,
    FunctionSkill,
    JobFunction,
    PersonSkill,
    Rotation,
    Skill,
    Team,
)
from teamlead_app.data.statuses import RotationStatus
from teamlead_app.records.skills import (
    MIN_QUALIFIED,
    CoverageRow,
    MatrixCell,
    MatrixPerson,
    MatrixView,
)
from teamlead_app.services.people.names import list_name, sort_key
from teamlead_app.services.skills.levels import QUALIFIED_LEVELS, group_order

COVERAGE_STATUSES = ("red", "amber", "green")
FAR_FUTURE = date(9999, 12, 31)


def _valid_certificates(today: date, people: Any = None):  # type: ignore[no-untyped-def]
    """Per person and type, the day until which a certificate issued by today runs.
    `people`: only these (a statement of employee ids), instead of everyone's certificates."""
    query = select(
        Certificate.employee_id,
        Certificate.type_id,
        func.max(func.coalesce(Certificate.expires_on, FAR_FUTURE)).label("valid_until"),
    ).where(Certificate.issued_on <= today)
    if people is not None:
        query = query.where(Certificate.employee_id.in_(people))
    return query.group_by(Certificate.employee_id, Certificate.type_id).subquery()


def _in_service(today: date):  # type: ignore[no-untyped-def]
    return Employee.date_out_of_service.is_(None) | (Employee.date_out_of_service >= today)


def compute_coverage(
    ctx: ServiceContext,
    *,
    team_id: int | None = None,
    today: date | None = None,
    warning_days: int = 90,
    away_ids: Collection[int] | None = None,
    flagged_only: bool = False,
) -> list[CoverageRow]:
    """Every skill (of `team_id` and the company-wide ones, or all) with its coverage.
    `flagged_only`: only the skills the overview's card names (red, amber, or a single
    knowledge holder), chosen by the database: a large company's thousands of green skills
    are then never read or sorted."""
    query = coverage_query(
        today=today or date.today(),
        warning_days=warning_days,
        team_id=team_id,
        away_ids=away_ids,
        flagged_only=flagged_only,
    )
    with ctx.sessions() as session:
        # Plain columns, no ORM entities: a thousand skills build in a few milliseconds.
        rows = [CoverageRow(*values) for values in session.execute(query)]
    return sorted(rows, key=coverage_order)


def coverage_order(row: CoverageRow) -> tuple[str, int, int, str, int]:
    """The order of the matrix and the card: team, group, position, name (the id only
    settles two skills that are otherwise alike, so the order never depends on a plan)."""
    return (row.team, group_order(row.group), row.position, row.skill.lower(), row.skill_id)


def coverage_query(  # type: ignore[no-untyped-def]
    *,
    today: date,
    warning_days: int,
    team_id: int | None = None,
    away_ids: Collection[int] | None = None,
    flagged_only: bool = False,
    skill_ids: Collection[int] | None = None,
):
    """The one statement of the coverage rule; its rows are CoverageRow's fields in order.
    `skill_ids`: only these skills (the card's state recomputes the ones that changed)."""
    soon = today + timedelta(days=warning_days)
    # The people of the chosen skills: only their certificates and rotations are read, so a
    # few skills cost the same in a company of 4,000 as in one of 1,000.
    holders = (
        None
        if skill_ids is None
        else select(PersonSkill.employee_id).where(PersonSkill.skill_id.in_(list(skill_ids)))
    )
    cert = _valid_certificates(today, holders)
    away: ColumnElement[bool]
    if away_ids is None:
        on_rotation = select(Rotation.employee_id).where(
            Rotation.status.in_((RotationStatus.PLANNED, RotationStatus.RUNNING)),
            Rotation.date_from <= today,
            Rotation.date_to >= today,
        )
        if holders is not None:
            on_rotation = on_rotation.where(Rotation.employee_id.in_(holders))
        away = PersonSkill.employee_id.in_(on_rotation)
    else:
        away = PersonSkill.employee_id.in_(list(away_ids)) if away_ids else literal(False)
    needs_cert = Skill.certificate_type_id.is_not(None)
    ok = PersonSkill.level.in_(QUALIFIED_LEVELS) & (~needs_cert | (cert.c.valid_until >= today))
    # One pass over the current state: qualified people and knowledge holders together.
    people: Any = (
        select(
            PersonSkill.skill_id.label("skill_id"),
            case((ok, 1), else_=0).label("ok"),
            case((ok & Employee.date_out_of_service.is_not(None), 1), else_=0).label("leaving"),
            case((ok & away, 1), else_=0).label("away"),
            case((ok & needs_cert & (cert.c.valid_until <= soon), 1), else_=0).label("expiring"),
            case((PersonSkill.knowledge_holder, 1), else_=0).label("holder"),
        )
        .join(Employee, Employee.id == PersonSkill.employee_id)
        .join(Skill, Skill.id == PersonSkill.skill_id)
        .outerjoin(
            cert,
            (cert.c.employee_id == PersonSkill.employee_id)
            & (cert.c.type_id == Skill.certificate_type_id),
        )
        .where(PersonSkill.level.in_(QUALIFIED_LEVELS) | PersonSkill.knowledge_holder)
        .where(_in_service(today))
    )
    if skill_ids is not None:
        # Said inside the aggregate too: the outer join does not carry it into the subquery.
        people = people.where(PersonSkill.skill_id.in_(list(skill_ids)))
    people = people.subquery()
    stats = (
        select(
            people.c.skill_id,
            func.sum(people.c.ok).label("n"),
            func.sum(people.c.leaving).label("leaving"),
            func.sum(people.c.away).label("away"),
            func.sum(people.c.expiring).label("expiring"),
            func.sum(people.c.holder).label("holders"),
        )
        .group_by(people.c.skill_id)
        .subquery()
    )
    query = (
        select(
            Skill.id,
            Skill.name,
            Skill.skill_group,
            Skill.team_id,
            func.coalesce(Team.name, ""),
            func.coalesce(CertificateType.name, ""),
            func.coalesce(stats.c.n, 0),
            func.coalesce(stats.c.leaving, 0),
            func.coalesce(stats.c.away, 0),
            func.coalesce(stats.c.expiring, 0),
            func.coalesce(stats.c.holders, 0),
        )
        .outerjoin(Team, Team.id == Skill.team_id)
        .outerjoin(CertificateType, CertificateType.id == Skill.certificate_type_id)
        .outerjoin(stats, stats.c.skill_id == Skill.id)
    )
    if team_id is not None:
        query = query.where((Skill.team_id == team_id) | Skill.team_id.is_(None))
    if skill_ids is not None:
        query = query.where(Skill.id.in_(list(skill_ids)))
    if flagged_only:
        n = func.coalesce(stats.c.n, 0)
        at_risk = (stats.c.leaving > 0) | (stats.c.away > 0) | (stats.c.expiring > 0)
        # CoverageRow.status written out: red below the minimum, amber at it with one at risk
        query = query.where(
            (n < MIN_QUALIFIED)
            | ((n == MIN_QUALIFIED) & at_risk)
            | (func.coalesce(stats.c.holders, 0) == 1)
        )
    return query.add_columns(Skill.position)


def single_points_of_failure(
    ctx: ServiceContext,
    *,
    team_id: int | None = None,
    today: date | None = None,
    warning_days: int = 90,
) -> list[CoverageRow]:
    """The red skills: fewer than two qualified people."""
    rows = compute_coverage(ctx, team_id=team_id, today=today, warning_days=warning_days)
    return [r for r in rows if r.status == "red"]


def matrix_view(
    ctx: ServiceContext,
    *,
    team_id: int | None = None,
    function: str | None = None,
    group: str | None = None,
    today: date | None = None,
    warning_days: int = 90,
) -> MatrixView:
    """People (in service, of the team / function) × skills (of the team / group), with the
    current levels, knowledge holders, required levels and certificate validity."""
    today = today or date.today()
    skills = [
        r
        for r in compute_coverage(ctx, team_id=team_id, today=today, warning_days=warning_days)
        if group is None or r.group == group
    ]
    people_query = (
        select(Employee, JobFunction.name, Team.name)
        .outerjoin(JobFunction, JobFunction.id == Employee.function_id)
        .outerjoin(Team, Team.id == Employee.team_id)
        .where(_in_service(today))
    )
    if team_id is not None:
        people_query = people_query.where(Employee.team_id == team_id)
    if function:
        people_query = people_query.where(JobFunction.name == function)
    with ctx.sessions() as session:
        found = sorted(
            session.execute(people_query).all(),
            key=lambda r: sort_key(r[0].first_name, r[0].tussenvoegsel, r[0].last_name),
        )
        people = tuple(
            MatrixPerson(
                e.id,
                list_name(e.first_name, e.tussenvoegsel, e.last_name),
                fn or "",
                team or "",
                e.date_out_of_service,
            )
            for e, fn, team in found
        )
        cells = _cells(session, people, skills, today)
    return MatrixView(people, tuple(skills), cells)


def _cells(
    session: Session, people: tuple[MatrixPerson, ...], skills: list[CoverageRow], today: date
) -> dict[tuple[int, int], MatrixCell]:
    person_ids = [p.id for p in people]
    skill_ids = [s.skill_id for s in skills]
    if not person_ids or not skill_ids:
        return {}
    cert = _valid_certificates(today)
    current = session.execute(
        select(
            PersonSkill.employee_id,
            PersonSkill.skill_id,
            PersonSkill.level,
            PersonSkill.knowledge_holder,
            Skill.certificate_type_id.is_(None) | (cert.c.valid_until >= today),
        )
        .join(Skill, Skill.id == PersonSkill.skill_id)
        .outerjoin(
            cert,
            (cert.c.employee_id == PersonSkill.employee_id)
            & (cert.c.type_id == Skill.certificate_type_id),
        )
        .where(PersonSkill.employee_id.in_(person_ids), PersonSkill.skill_id.in_(skill_ids))
    ).all()
    required_query = (
        select(Employee.id, FunctionSkill.skill_id, FunctionSkill.level)
        .join(FunctionSkill, FunctionSkill.function_id == Employee.function_id)
        .where(Employee.id.in_(person_ids), FunctionSkill.skill_id.in_(skill_ids))
    )
    required = {(e, s): lv for e, s, lv in session.execute(required_query)}
    cells: dict[tuple[int, int], MatrixCell] = {}
    for employee_id, skill_id, level, holder, cert_ok in current:
        key = (employee_id, skill_id)
        cells[key] = MatrixCell(level, bool(holder), required.pop(key, None), bool(cert_ok))
    for key, level in required.items():
        cells[key] = MatrixCell("-", False, level, True)
    return cells
