"""The demo company: a believable Dutch technical firm to look around in (domain.md §7).

`generate_company()` fills an EMPTY database in one transaction: teams with a lead and a town,
people with Dutch names (tussenvoegsel stored apart), functions after the team table of §7,
kinds (BBL-leerling, stagiair, zij-instromer, junior), experience stages that fit the date in
service (about 20% starter, 50% medior, 30% senior), unique personnel numbers and one or two
people out of service. The same seed (and `today`) always gives the same company.

Extension point: history steps
------------------------------
Later features add their own demo history (conversations, agreements, POPs, goals) without
touching this module. Write `def add_history(session: Session, ctx: DemoContext) -> None` in
your own module and add `"teamlead_app.services.your_module:add_history"` to `STEPS` in
`teamlead_app.services.demo.steps`. `generate_company()` runs the steps in that order, inside
the same transaction, once the teams and people exist. What a step gets is context.py
(re-exported here). A step:

- adds rows with `session.add_all` / `session.flush`; it never commits or begins a transaction;
- draws randomness from `ctx.rng_for("its name")`, so adding a step never changes what the
  other steps make for the same seed;
- takes `ctx.today` as "now", never `date.today()`, so tests can pin the date;
- finds its people in `ctx.people` and `ctx.teams` (ids, team, function, kind, stage, dates and
  story tags such as TAG_KENNISDRAGER) instead of querying.

An exception in a step rolls the whole demo back. `generate_company(..., history=False)` skips
the steps (fast bare rosters, e.g. for benchmarks).
"""

from __future__ import annotations

import logging
import random
import time
from dataclasses import dataclass, replace
from datetime import date, datetime, timedelta
from typing import NamedTuple

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Employee, JobFunction, Team
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import t
from teamlead_app.services.demo import names as data
from teamlead_app.services.demo.context import TAG_FORMER_BAKER as TAG_FORMER_BAKER
from teamlead_app.services.demo.context import TAG_KENNISDRAGER as TAG_KENNISDRAGER
from teamlead_app.services.demo.context import TAG_TEMP as TAG_TEMP
from teamlead_app.services.demo.context import TAG_WANTS_PREP as TAG_WANTS_PREP
from teamlead_app.services.demo.context import TAG_WEEK_6 as TAG_WEEK_6
from teamlead_app.services.demo.context import DemoContext as DemoContext
from teamlead_app.services.demo.context import DemoPerson as DemoPerson
from teamlead_app.services.demo.context import DemoTeam as DemoTeam
from teamlead_app.services.demo.context import HistoryStep as HistoryStep
from teamlead_app.services.people.names import full_name

log = logging.getLogger(__name__)

MAX_TEAMS = 100
MAX_SIZE = 200


FIRST_NUMBER = 1001
# Months in service per stage (inclusive range), so the stage fits the date in service.
_STAGE_MONTHS = {"starter": (1, 22), "medior": (24, 108), "senior": (110, 400)}
_STARTER_KINDS = ("bbl", "stagiair", "zij_instromer", "junior")


@dataclass(frozen=True)
class DemoResult:
    teams: int
    employees: int  # in service
    archived: int  # out of service, on top of `employees`
    seconds: float


class _Planned(NamedTuple):
    team_index: int
    employee: Employee  # transient: _write adds it with its team and function ids
    function: str
    tags: frozenset[str]


@dataclass(frozen=True)
class _TeamPlan:
    name: str
    lead_name: str
    location: str
    kind: data.TeamKind


# --- dates -------------------------------------------------------------------------------


def _month_start(today: date, months_back: int) -> date:
    index = today.year * 12 + today.month - 1 - months_back
    return date(index // 12, index % 12 + 1, 1)


def _months_before(today: date, months: int) -> date:
    return _month_start(today, months).replace(day=min(today.day, 28))


def _date_in_service(rng: random.Random, today: date, kind: str, stage: str, tag: str) -> date:
    if kind == "bbl":  # the school year starts in September; niveau 2/3 in year one or two
        september = date(today.year if today.month >= 9 else today.year - 1, 9, 1)
        return september.replace(year=september.year - rng.randint(0, 1))
    if kind == "stagiair":  # a BOL placement of about 20 weeks
        return _month_start(today, rng.randint(1, 4))
    if tag == TAG_FORMER_BAKER:
        return _months_before(today, 8)
    if tag == TAG_WEEK_6:
        return today - timedelta(days=rng.randint(35, 41))
    low, high = _STAGE_MONTHS[stage]
    return _month_start(today, rng.randint(low, high))


# --- planning (pure: no database) ----------------------------------------------------------


def _stages(rng: random.Random, slots: list[data.Slot]) -> list[str]:
    """Fixed stages first (newcomers are starters), then draw the rest to fit 20/50/30."""
    stages = [s.stage or ("starter" if s.kind in _STARTER_KINDS else "") for s in slots]
    free = [i for i, stage in enumerate(stages) if not stage]
    rng.shuffle(free)
    seniors = max(0, round(0.3 * len(slots)) - stages.count("senior"))
    starters = max(0, round(0.2 * len(slots)) - stages.count("starter"))
    for n, i in enumerate(free):
        stages[i] = "senior" if n < seniors else "starter" if n < seniors + starters else "medior"
    return stages


def _plan_teams(
    rng: random.Random, count: int, taken: set[str], namer: data.NameDrawer
) -> list[_TeamPlan]:
    offset = rng.randrange(len(data.TOWNS))
    plans = []
    for i in range(count):
        kind = data.TEAM_KINDS[i % len(data.TEAM_KINDS)]
        town = data.TOWNS[(offset + i) % len(data.TOWNS)]
        # Beyond the list of kinds a second "Assemblage" gets its town, then a number.
        name, n = kind.name, 1
        while name.casefold() in taken:
            n += 1
            name = f"{kind.name} {town}" if n == 2 else f"{kind.name} {town} {n - 1}"
        taken.add(name.casefold())
        stage = rng.choice(("medior", "senior", "senior"))
        lead = full_name(*namer.draw(stage, female=rng.random() < 0.1))
        plans.append(_TeamPlan(name=name, lead_name=lead, location=town, kind=kind))
    return plans


def _story_tag(slot: data.Slot, team_index: int) -> str:
    if slot.kind == "zij_instromer" and team_index < 2:
        return TAG_FORMER_BAKER if team_index == 0 else TAG_WEEK_6
    return slot.tag


def _plan_people(
    rng: random.Random, today: date, team: _TeamPlan, index: int, size: int, namer: data.NameDrawer
) -> list[_Planned]:
    slots = data.team_slots(size)
    stages = _stages(rng, slots)
    roles = {**data.FIXED_ROLES, **team.kind._asdict()}
    named = len(data.PORTRAIT_FIRST_NAMES) + len(data.ROOTS_NAMES) if index == 0 else 0
    ordinary = list(range(min(named, size), size))
    women = set(rng.sample(ordinary, min(len(ordinary), round(0.1 * size))))
    plans = []
    for i, (slot, stage) in enumerate(zip(slots, stages, strict=True)):
        tag = _story_tag(slot, index)
        if i < named and i < len(data.PORTRAIT_FIRST_NAMES):
            first, tussenvoegsel, last = namer.draw(stage, first=data.PORTRAIT_FIRST_NAMES[i])
        elif i < named:
            first, last = data.ROOTS_NAMES[i - len(data.PORTRAIT_FIRST_NAMES)]
            tussenvoegsel = ""
            namer.used.add((first, tussenvoegsel, last))
        else:
            first, tussenvoegsel, last = namer.draw(stage, female=i in women)
        employee = Employee(
            first_name=first,
            tussenvoegsel=tussenvoegsel,
            last_name=last,
            kind=slot.kind,
            stage=stage,
            date_in_service=_date_in_service(rng, today, slot.kind, stage, tag),
        )
        plans.append(_Planned(index, employee, roles[slot.role], frozenset({tag} - {""})))
    return plans


def _plan_leavers(
    rng: random.Random, today: date, teams: list[_TeamPlan], namer: data.NameDrawer
) -> list[_Planned]:
    """One or two people out of service a few months ago (still within the retention period)."""
    plans = []
    for index, team in enumerate(teams[:2]):
        left = _month_start(today, rng.randint(2, 10)) - timedelta(days=1)
        joined = _month_start(left, rng.randint(30, 140))
        stage = "senior" if (left - joined).days >= 9 * 365 else "medior"
        first, tussenvoegsel, last = namer.draw(stage)
        employee = Employee(
            first_name=first,
            tussenvoegsel=tussenvoegsel,
            last_name=last,
            kind="medewerker",
            stage=stage,
            date_in_service=joined,
            date_out_of_service=left,
        )
        function = rng.choice((team.kind.main, team.kind.second))
        plans.append(_Planned(index, employee, function, frozenset()))
    return plans


def _number(plans: list[_Planned]) -> None:
    """Personnel numbers in order of entry, as a real payroll would have handed them out."""
    order = sorted(range(len(plans)), key=lambda i: (plans[i].employee.date_in_service, i))
    for n, i in enumerate(order):
        plans[i].employee.personnel_number = str(FIRST_NUMBER + n)


# --- writing -----------------------------------------------------------------------------


def validate_demo_request(teams: int, size: int) -> dict[str, str]:
    problems: dict[str, str] = {}
    if not 1 <= teams <= MAX_TEAMS:
        problems["teams"] = t(f"Kies 1 tot {MAX_TEAMS} teams.", f"Choose 1 to {MAX_TEAMS} teams.")
    if not 1 <= size <= MAX_SIZE:
        problems["size"] = t(
            f"Kies een teamgrootte van 1 tot {MAX_SIZE}.", f"Choose a team size of 1 to {MAX_SIZE}."
        )
    return problems


def _refuse_filled(session: Session) -> None:
    if session.scalar(select(Employee.id).limit(1)) is not None:
        raise ValidationError(
            t(
                "Deze database bevat al medewerkers. Het demobedrijf kan alleen in een lege "
                "database worden gemaakt; kies een nieuw bestand.",
                "This database already holds employees. The demo company can only be made in "
                "an empty database; choose a new file.",
            )
        )


def _function_ids(session: Session, names: set[str]) -> dict[str, int]:
    """Reuse functions the user already has (case-insensitive), add the missing ones."""
    existing = {
        n.casefold(): i for i, n in session.execute(select(JobFunction.id, JobFunction.name))
    }
    new = {n: JobFunction(name=n) for n in sorted(names) if n.casefold() not in existing}
    session.add_all(new.values())
    session.flush()
    return {n: new[n].id if n in new else existing[n.casefold()] for n in names}


def _person(plan: _Planned) -> DemoPerson:
    e = plan.employee
    assert e.team_id is not None and e.date_in_service is not None
    return DemoPerson(
        id=e.id,
        team_id=e.team_id,
        first_name=e.first_name,
        function=plan.function,
        kind=e.kind,
        stage=e.stage,
        date_in_service=e.date_in_service,
        date_out_of_service=e.date_out_of_service,
        tags=plan.tags,
    )


def _write(
    session: Session, teams: list[_TeamPlan], plans: list[_Planned]
) -> tuple[list[DemoTeam], list[DemoPerson]]:
    rows = [Team(name=p.name, lead_name=p.lead_name, location=p.location) for p in teams]
    session.add_all(rows)
    functions = _function_ids(session, {p.function for p in plans})
    now = datetime.now().replace(microsecond=0)
    for plan in plans:
        plan.employee.team_id = rows[plan.team_index].id
        plan.employee.function_id = functions[plan.function]
        plan.employee.cadence = "monthly"
        plan.employee.created_at = now
    session.add_all([plan.employee for plan in plans])
    session.flush()
    demo_teams = [
        DemoTeam(r.id, r.name, r.lead_name, r.location, p.kind.specialism)
        for r, p in zip(rows, teams, strict=True)
    ]
    return demo_teams, [_person(plan) for plan in plans]


def _fill_settings(ctx: ServiceContext, company: str, lead: str) -> None:
    """Company and lead name for the PDFs, but never over what the user typed himself."""
    from teamlead_app.services.common.settings import get_settings, save_settings

    current = get_settings(ctx)
    wanted = replace(
        current,
        company_name=current.company_name or company,
        lead_name=current.lead_name or lead,
    )
    if wanted != current:
        save_settings(ctx, wanted)


def generate_company(
    ctx: ServiceContext,
    *,
    seed: int = 1,
    teams: int = 2,
    size: int = 22,
    today: date | None = None,
    history: bool = True,
) -> DemoResult:
    """Make the demo company in an empty database; ValidationError when it holds people."""
    problems = validate_demo_request(teams, size)
    if problems:
        name, message = next(iter(problems.items()))
        raise ValidationError(message, field=name)
    started = time.perf_counter()
    today = today or date.today()
    rng = random.Random(seed)
    namer = data.NameDrawer(rng)
    company = rng.choice(data.COMPANY_NAMES)
    with ctx.sessions.begin() as session:
        _refuse_filled(session)
        taken = {n.casefold() for n in session.scalars(select(func.lower(Team.name)))}
        team_plans = _plan_teams(rng, teams, taken, namer)
        plans = [
            person
            for index, team in enumerate(team_plans)
            for person in _plan_people(rng, today, team, index, size, namer)
        ]
        plans += _plan_leavers(rng, today, team_plans, namer)
        _number(plans)
        demo_teams, people = _write(session, team_plans, plans)
        if history:
            from teamlead_app.services.demo.steps import load_steps

            context = DemoContext(seed, rng, today, tuple(demo_teams), tuple(people))
            for step in load_steps():
                step(session, context)
    _fill_settings(ctx, company, team_plans[0].lead_name)
    archived = sum(1 for p in people if not p.active)
    seconds = time.perf_counter() - started
    log.info("demo company made: %d teams, %d people, seed %d", teams, len(people), seed)
    return DemoResult(
        teams=teams, employees=len(people) - archived, archived=archived, seconds=seconds
    )
