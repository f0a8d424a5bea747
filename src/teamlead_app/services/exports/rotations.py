"""The rotation schedule (weeks × people, for the canteen wall) and the Bewijs van
bekwaamheid (proof of competence) on paper: gathering the data, plain, no session, and
building the bytes. ReportLab is imported only when an export runs."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import (
    Employee,
    JobFunction,
    PersonSkill,
    Rotation,
    RotationForm,
    Skill,
    SkillLevel,
    Team,
)
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.records.rotations import (
    AcquiredSkill,
    CompetenceData,
    RotationView,
    ScheduleData,
    ScheduleRow,
)
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.people.names import full_name, list_name, sort_key
from teamlead_app.services.people.teams import list_teams
from teamlead_app.services.rotations.schedule import list_rotations
from teamlead_app.services.skills.levels import QUALIFIED_LEVELS
from teamlead_app.util.dates import format_date

DEFAULT_WEEKS = 13  # a quarter
MAX_WEEKS = 106  # two years


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def schedule_data(
    ctx: ServiceContext,
    team_id: int | None,
    date_from: date | None = None,
    date_to: date | None = None,
    today: date | None = None,
) -> ScheduleData:
    today = today or date.today()
    start = _monday(date_from or today)
    end = date_to or start + timedelta(weeks=DEFAULT_WEEKS, days=-1)
    if end < start:
        raise ValidationError(
            t("De einddatum ligt vóór de begindatum.", "The end date is before the start date.")
        )
    weeks = tuple(start + timedelta(weeks=i) for i in range((end - start).days // 7 + 1))
    if len(weeks) > MAX_WEEKS:
        raise ValidationError(
            t(
                f"Kies een periode van hoogstens {MAX_WEEKS} weken.",
                f"Choose a period of at most {MAX_WEEKS} weeks.",
            )
        )
    team = ""
    if team_id is not None:
        found = [x for x in list_teams(ctx) if x.id == team_id]
        if not found:
            raise NotFoundError(t("Team niet gevonden.", "Team not found."))
        team = found[0].name
    found_rotations = list_rotations(ctx, date_from=start, date_to=end)
    with ctx.sessions() as session:
        staff: dict[int, Employee] = {}
        if team_id is not None:
            # A team's schedule: its people, and the guests and hosts of their rotations.
            staff = {
                e.id: e
                for e in session.scalars(select(Employee).where(Employee.team_id == team_id))
                if e.date_out_of_service is None or e.date_out_of_service >= start
            }
            found_rotations = [
                r for r in found_rotations if r.employee_id in staff or r.host_id in staff
            ]
        ids = {x for r in found_rotations for x in (r.employee_id, r.host_id) if x is not None}
        extra = ids - set(staff)
        if extra:
            staff.update(
                {e.id: e for e in session.scalars(select(Employee).where(Employee.id.in_(extra)))}
            )
    people = sorted(
        staff.values(), key=lambda e: sort_key(e.first_name, e.tussenvoegsel, e.last_name)
    )
    rows = tuple(_row(e, weeks, found_rotations) for e in people)
    config = get_settings(ctx)
    return ScheduleData(
        team, weeks, rows, tuple(found_rotations), today, config.company_name, config.logo_path
    )


def _row(e: Employee, weeks: tuple[date, ...], found: list[RotationView]) -> ScheduleRow:
    cells = []
    for monday in weeks:
        sunday = monday + timedelta(days=6)
        marks = []
        for number, r in enumerate(found, start=1):
            if r.date_from <= sunday and r.date_to >= monday:
                if r.employee_id == e.id:
                    marks.append(str(number))
                elif r.host_id == e.id:
                    marks.append(f"B{number}")
        cells.append(" ".join(marks))
    return ScheduleRow(e.id, list_name(e.first_name, e.tussenvoegsel, e.last_name), tuple(cells))


def export_schedule(
    ctx: ServiceContext, team_id: int | None, date_from: date | None, date_to: date | None
) -> bytes:
    from teamlead_app.reports.rotation_pdf import render_pdf

    return render_pdf(schedule_data(ctx, team_id, date_from, date_to))


def competence_data(
    ctx: ServiceContext, employee_id: int, today: date | None = None
) -> CompetenceData:
    """The skills the person holds at U or O, each with the day and assessor of the change
    that brought it there and the rotation it came from."""
    today = today or date.today()
    with ctx.sessions() as session:
        found = session.execute(
            select(Employee, JobFunction.name, Team.name)
            .outerjoin(JobFunction, JobFunction.id == Employee.function_id)
            .outerjoin(Team, Team.id == Employee.team_id)
            .where(Employee.id == employee_id)
        ).first()
        if found is None:
            raise NotFoundError(t("Medewerker niet gevonden.", "Employee not found."))
        employee, function, team = found
        current = {
            p.skill_id: p.level
            for p in session.scalars(
                select(PersonSkill).where(
                    PersonSkill.employee_id == employee_id, PersonSkill.level.in_(QUALIFIED_LEVELS)
                )
            )
        }
        rows = session.execute(
            select(SkillLevel, Skill.name, Rotation, RotationForm.name)
            .join(Skill, Skill.id == SkillLevel.skill_id)
            .outerjoin(Rotation, Rotation.id == SkillLevel.rotation_id)
            .outerjoin(RotationForm, RotationForm.id == Rotation.form_id)
            .where(SkillLevel.employee_id == employee_id, SkillLevel.skill_id.in_(current))
            .order_by(SkillLevel.assessed_on, SkillLevel.id)
        ).all()
    latest: dict[int, AcquiredSkill] = {}
    for level, skill, rotation, form in rows:  # oldest first: the last row is the current
        via = ""
        if rotation is not None:
            period = f"{format_date(rotation.date_from)} – {format_date(rotation.date_to)}"
            via = t(f"Roulatie {form or ''} {period}", f"Rotation {form or ''} {period}")
            via = " ".join(via.split())
        latest[level.skill_id] = AcquiredSkill(
            skill, level.level, level.assessed_on, level.assessor, via
        )
    acquired = tuple(sorted(latest.values(), key=lambda a: (a.since, a.skill.lower())))
    hosts = tuple(dict.fromkeys(a.assessor for a in acquired if a.via and a.assessor))
    config = get_settings(ctx)
    return CompetenceData(
        full_name(employee.first_name, employee.tussenvoegsel, employee.last_name),
        function or "",
        team or "",
        acquired,
        hosts,
        config.lead_name,
        today,
        config.company_name,
        config.logo_path,
    )


def export_competence(ctx: ServiceContext, employee_id: int) -> bytes:
    from teamlead_app.reports.competence_pdf import render_pdf

    return render_pdf(competence_data(ctx, employee_id))
