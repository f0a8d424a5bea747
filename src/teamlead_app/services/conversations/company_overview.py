"""HR's company page: per team the coverage of the monthly talks, the POPs and the goals of a
year, and the company's totals (records/company.py), for the page and `company-overview`.

Three statements, whatever the number of people or teams: (1) the two settings it needs with
the teams and, on a server, their leads; (2) the people in service in the year with their
last held talk, the POPs overlapping the year and those POPs' and loose goals counted;
(3) the year's conversations counted per person, state and month. The rules are the yearly
overview's (records/year_overview.py: which months count, which POP is the year's) and the
cadence's (who is overdue): none is written twice. Only shared columns are read: HR has no
grant for a private note or a score on the server, and needs none here."""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    case,
    column,
    exists,
    extract,
    func,
    literal,
    or_,
    select,
    table,
    true,
)
from sqlalchemy.orm import Session

from teamlead_app.data.context import Role, ServiceContext
from teamlead_app.data.models import (
    Conversation,
    ConversationMove,
    Employee,
    Goal,
    Pop,
    Setting,
    Team,
)
from teamlead_app.data.server_roles import ACCESS
from teamlead_app.data.statuses import GoalStatus, PopStatus
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import t
from teamlead_app.records.company import CompanyOverview, TeamCoverage, total_of
from teamlead_app.records.development import ACTIVE_STATUSES
from teamlead_app.records.year_overview import (
    ConversationYear,
    best_overlap,
    counted_months,
    months_held,
    open_month,
    service_months,
)
from teamlead_app.services.common.settings import AppSettings
from teamlead_app.services.conversations.cadence import CadenceFacts, is_overdue, last_held
from teamlead_app.services.conversations.status import counted_status
from teamlead_app.services.people.names import collate

# On a server: which login leads which team (data/server_roles.py; not one of the app's
# tables, a file has none).
_LEAD_TEAM = table("lead_team", column("role_name"), column("team_id"), schema=ACCESS)


@dataclass
class _Team:
    name: str
    typed: str = ""  # the lead's name typed at the team
    logins: list[str] = field(default_factory=list)  # on a server: the logins mapped to it

    @property
    def leads(self) -> list[str]:
        """The logins that lead the team; the typed name for a team nobody was given."""
        return self.logins or ([self.typed] if self.typed else [])


@dataclass(frozen=True)
class _Settings:
    overdue_grace_days: int
    lead_name: str


def _setting(key: str) -> Any:
    return select(Setting.value).where(Setting.key == key).scalar_subquery()


def _decoded(raw: str | None, default: Any) -> Any:
    try:
        return default if raw is None else type(default)(json.loads(raw))
    except (ValueError, TypeError):
        return default


def _teams(session: Session, server: bool) -> tuple[_Settings, dict[int, _Team]]:
    """Statement 1: the settings row always comes back, the teams (if any) joined on it, so
    a company without teams still gets its settings in the same statement."""
    defaults = AppSettings()
    settings = select(
        _setting("overdue_grace_days").label("grace"), _setting("lead_name").label("lead")
    ).subquery()
    lead = _LEAD_TEAM.c.role_name if server else literal(None)
    source = settings.outerjoin(Team, true())
    if server:
        source = source.outerjoin(_LEAD_TEAM, _LEAD_TEAM.c.team_id == Team.id)
    query = select(settings.c.grace, settings.c.lead, Team.id, Team.name, Team.lead_name, lead)
    found = _Settings(defaults.overdue_grace_days, defaults.lead_name)
    teams: dict[int, _Team] = {}
    for grace, lead_setting, team_id, name, lead_name, role in session.execute(
        query.select_from(source)
    ):
        found = _Settings(_decoded(grace, defaults.overdue_grace_days), _decoded(lead_setting, ""))
        if team_id is None:
            continue
        entry = teams.setdefault(team_id, _Team(name, lead_name or ""))
        if role is not None:
            entry.logins.append(role)
    return found, teams


def _goal_counts(group: Any, where: ColumnElement[bool]) -> Any:
    active = [status.value for status in ACTIVE_STATUSES]
    return (
        select(
            group.label("key"),
            func.sum(case((Goal.status.in_(active), 1), else_=0)).label("open"),
            func.sum(case((Goal.status == GoalStatus.ACHIEVED, 1), else_=0)).label("achieved"),
        )
        .where(where)
        .group_by(group)
        .subquery()
    )


@dataclass(frozen=True)
class _Person:
    id: int
    team_id: int | None
    date_in: date | None
    date_out: date | None
    facts: CadenceFacts
    loose_goals: tuple[int, int]


def _people(
    session: Session, year: int
) -> tuple[dict[int, _Person], dict[int, tuple[str, int, int]]]:
    """Statement 2: the people in service during the year (as the yearly overview counts
    them), each with every POP overlapping the year and its goals counted (open, achieved),
    and the goals outside a POP started that year. Returns the people and, per person, the
    year's POP (best_overlap: the yearly overview's rule) as (status, open, achieved)."""
    start, end = date(year, 1, 1), date(year, 12, 31)
    pop_goals = _goal_counts(Goal.pop_id, Goal.pop_id.is_not(None))
    loose = _goal_counts(
        Goal.employee_id,
        and_(Goal.pop_id.is_(None), Goal.start_date >= start, Goal.start_date <= end),
    )
    query = (
        select(
            Employee.id,
            Employee.team_id,
            Employee.cadence,
            Employee.cadence_weeks,
            Employee.date_in_service,
            Employee.date_out_of_service,
            Employee.created_at,
            last_held(),
            func.coalesce(loose.c.open, 0),
            func.coalesce(loose.c.achieved, 0),
            Pop.period_start,
            Pop.period_end,
            Pop.status,
            func.coalesce(pop_goals.c.open, 0),
            func.coalesce(pop_goals.c.achieved, 0),
        )
        .outerjoin(
            Pop,
            and_(Pop.employee_id == Employee.id, Pop.period_start <= end, Pop.period_end >= start),
        )
        .outerjoin(pop_goals, pop_goals.c.key == Pop.id)
        .outerjoin(loose, loose.c.key == Employee.id)
        .where(or_(Employee.date_in_service.is_(None), Employee.date_in_service <= end))
        .where(or_(Employee.date_out_of_service.is_(None), Employee.date_out_of_service >= start))
    )
    people: dict[int, _Person] = {}
    pops: list[tuple[int, date, date, tuple[str, int, int]]] = []
    for row in session.execute(query):
        eid, team_id, cadence, weeks, d_in, d_out, created, held = row[:8]
        if eid not in people:
            added = created.date() if created else None
            facts = CadenceFacts(eid, "", "", "", team_id, cadence, weeks, d_in, d_out, held, added)
            people[eid] = _Person(eid, team_id, d_in, d_out, facts, (int(row[8]), int(row[9])))
        first, last, status, goals_open, goals_achieved = row[10:]
        if first is not None:
            pops.append((eid, first, last, (status, int(goals_open), int(goals_achieved))))
    return people, best_overlap(year, pops)


def _conversations(session: Session, year: int, today: date) -> dict[int, ConversationYear]:
    """Statement 3: the year's conversations per person, counted state (planned, held,
    cancelled, missed: services/conversations/status.py) and month, with how many of them
    were moved; a range on scheduled_at, as the yearly overview counts them."""
    moved = exists().where(ConversationMove.conversation_id == Conversation.id)
    state = counted_status(today)
    month = extract("month", Conversation.scheduled_at)
    rows = session.execute(
        select(
            Conversation.employee_id,
            state,
            month,
            func.count(Conversation.id),
            func.sum(case((moved, 1), else_=0)),
        )
        .where(
            Conversation.scheduled_at >= datetime(year, 1, 1),
            Conversation.scheduled_at < datetime(year + 1, 1, 1),
        )
        .group_by(Conversation.employee_id, state, month)
    )
    tally: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    held_months: dict[int, dict[int, int]] = defaultdict(dict)
    for eid, status, month_number, count, moved_count in rows:
        tally[eid][status] += int(count)
        tally[eid]["moved"] += int(moved_count or 0)
        if status == "held":
            held_months[eid][int(month_number)] = int(count)
    return {
        eid: ConversationYear(
            planned=counts["planned"],
            held=counts["held"],
            moved=counts["moved"],
            cancelled=counts["cancelled"],
            missed=counts["missed"],
            held_by_month=held_months[eid],
        )
        for eid, counts in tally.items()
    }


_POP_FIELD = {
    PopStatus.DRAFT: "pop_draft",
    PopStatus.AGREED: "pop_agreed",
    PopStatus.EVALUATED: "pop_evaluated",
}


def _team_line(
    team_id: int | None,
    team: _Team,
    members: Iterable[_Person],
    facts: tuple[int, date, _Settings, dict[int, ConversationYear], dict[int, Any]],
) -> TeamCoverage:
    year, today, settings, talks, pops = facts
    counts: dict[str, int] = defaultdict(int)
    overdue = 0
    for person in members:
        counts["people"] += 1
        talk = talks.get(person.id, ConversationYear())
        months = counted_months(
            service_months(year, person.date_in, person.date_out, today),
            open_month(year, today, person.date_out),
            talk,
        )
        counts["months_due"] += len(months)
        counts["months_held"] += months_held(months, talk)
        for name in ("held", "moved", "cancelled", "missed"):
            counts[name] += getattr(talk, name)
        status, goals_open, goals_achieved = pops.get(person.id, ("none", 0, 0))
        counts[_POP_FIELD.get(status, "pop_none")] += 1
        counts["goals_open"] += goals_open + person.loose_goals[0]
        counts["goals_achieved"] += goals_achieved + person.loose_goals[1]
        due = person.facts.next_due(today)
        overdue += is_overdue(due, today, settings.overdue_grace_days)
    return TeamCoverage(
        team_id,
        team.name,
        tuple(sorted(team.leads, key=collate)),
        overdue=overdue if year == today.year else None,
        **counts,
    )


def company_overview(
    ctx: ServiceContext, year: int | None = None, *, today: date | None = None
) -> CompanyOverview:
    """The company page for `year` (default this year): every team, also one with nobody in
    service (its line is zeros), the people without a team last when there are any; for a
    lead on the server only their own team(s)."""
    today = today or date.today()
    year = today.year if year is None else year
    if not 1900 <= year <= 2200:
        raise ValidationError(t(f"Geen geldig jaar: {year}.", f"Not a valid year: {year}."))
    with ctx.sessions() as session:
        settings, teams = _teams(session, ctx.is_server)
        people, pops = _people(session, year)
        talks = _conversations(session, year, today) if people else {}
    user = ctx.user
    if user is not None and user.role == Role.LEAD and user.team_ids is not None:
        # A lead on the company server: their own team(s) only (the server hides the other
        # teams' people, so those lines would only be zeros).
        teams = {team_id: team for team_id, team in teams.items() if team_id in user.team_ids}
        people = {pid: person for pid, person in people.items() if person.team_id in teams}
    if not ctx.is_server:  # a file has one lead: the name in the settings, unless typed
        for team in teams.values():
            team.typed = team.typed or settings.lead_name
    by_team: dict[int | None, list[_Person]] = defaultdict(list)
    for person in people.values():
        by_team[person.team_id if person.team_id in teams else None].append(person)
    facts = (year, today, settings, talks, pops)
    lines = [
        _team_line(team_id, team, by_team.get(team_id, ()), facts)
        for team_id, team in sorted(teams.items(), key=lambda item: collate(item[1].name))
    ]
    if by_team.get(None):
        lines.append(_team_line(None, _Team(""), by_team[None], facts))
    return CompanyOverview(
        year, today, tuple(lines), total_of(tuple(lines), overdue_known=year == today.year)
    )
