"""Demo history step: a believable skills matrix and certificates per team (domain.md §3.6-3.8,
§7). Every team gets 25-40 skills in the five groups, levels with a history of sign-offs
(I → L → U → O over the years), the required level per function, and the stories:

- the team's kennisdrager is the only one at O on the team's specialism (red: one qualified);
- a new machine nobody runs alone yet (red: none qualified);
- TIG-lassen needs the welding certificate: two qualified, one whose certificate runs out
  within 90 days (amber); a third welder whose certificate has expired does not count;
- certificates: VCA for nearly everyone, BHV for two, heftruck, hoogwerker, welding, NEN 3140;
  one expired, some expiring within 90 days.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from teamlead_app.data.models import (
    Certificate,
    CertificateType,
    FunctionSkill,
    JobFunction,
    PersonSkill,
    Skill,
    SkillLevel,
)
from teamlead_app.services.demo.context import TAG_KENNISDRAGER, DemoContext, DemoPerson, DemoTeam

LEVELS = ("I", "L", "U", "O")
_METAL = {
    "machine": (
        "CNC-draaibank",
        "CNC-freesbank",
        "Kantbank",
        "Lasersnijder",
        "Speedline",
        "3D-meetmachine",
        "Heftruck rijden",
    ),
    "process": (
        "CAM-programmeren",
        "Omstellen",
        "MIG/MAG-lassen",
        "TIG-lassen",
        "Zetten",
        "Montage",
        "Meten",
        "Tekening lezen",
    ),
    "topic": ("RVS", "Aluminium", "Hydrauliek", "Pneumatiek", "PLC", "Elektrisch werk (NEN 3140)"),
    "sector": ("Voedingsindustrie", "Offshore"),
    "soft": ("Klantcontact", "Collega inwerken", "Plannen", "Werkbon invullen", "Nederlandse taal"),
}
_INSTALLATION = {
    "machine": ("Warmtepomp", "Cv-ketel", "Luchtbehandeling", "WTW", "Zonnepanelen", "Laadpaal"),
    "process": (
        "Storingzoeken",
        "Inbedrijfstellen",
        "Onderhoud",
        "Persen/solderen",
        "Schakelkast bouwen",
        "TIG-lassen",
    ),
    "topic": (
        "Flowmeters",
        "Verlichting",
        "Motoren",
        "Kabelberekeningen",
        "NEN 1010",
        "Elektrisch werk (NEN 3140)",
    ),
    "sector": ("Zuivel", "Veehouderij"),
    "soft": ("Klantcontact", "Collega inwerken", "Plannen", "Werkbon invullen", "Nee zeggen"),
}
NEW_MACHINE = {"metal": "Lasrobot (nieuw)", "installation": "Hybride warmtepomp (nieuw)"}
# Skill -> certificate type that it requires.
REQUIRES = {
    "TIG-lassen": "Lascertificaat",
    "Heftruck rijden": "Heftruck",
    "Elektrisch werk (NEN 3140)": "NEN 3140 VOP",
}
# Function -> (skill, required level): the gap view.
REQUIRED = {
    "CNC-operator": (("CNC-draaibank", "U"), ("Tekening lezen", "U"), ("Omstellen", "L")),
    "Verspaner": (("CNC-freesbank", "U"), ("Tekening lezen", "U")),
    "Lasser": (("MIG/MAG-lassen", "U"), ("TIG-lassen", "L")),
    "Kantbankoperator": (("Kantbank", "U"), ("Zetten", "U")),
    "Laseroperator": (("Lasersnijder", "U"),),
    "Monteur": (("Montage", "U"), ("Storingzoeken", "L")),
    "Servicetechnicus": (("Storingzoeken", "U"), ("Klantcontact", "U")),
}
# Which skills a function works with every day (the rest they only see now and then).
CORE = {
    "CNC-operator": ("CNC-draaibank", "CNC-freesbank", "Programmeren", "Omstellen", "Meten"),
    "Verspaner": ("CNC-freesbank", "CNC-draaibank", "Omstellen", "Meten"),
    "Lasser": ("lassen", "RVS", "Aluminium", "Tekening lezen"),
    "Kantbankoperator": ("Kantbank", "Zetten", "Lasersnijder", "Speedline"),
    "Laseroperator": ("Lasersnijder", "Speedline", "Kantbank"),
    "Monteur": ("Montage", "Hydrauliek", "Pneumatiek", "Storingzoeken", "Onderhoud", "Warmtepomp"),
    "Basismonteur": ("Montage", "Onderhoud", "Cv-ketel"),
    "Servicetechnicus": ("Storingzoeken", "Inbedrijfstellen", "Warmtepomp", "Klantcontact", "PLC"),
    "Werkvoorbereider": ("Tekening lezen", "Plannen", "Programmeren", "Kabelberekeningen"),
    "Kwaliteitscontroleur": ("Meten", "3D-meetmachine", "Tekening lezen"),
}
EVIDENCE = {
    "I": ("Uitleg gehad en voorgedaan", "Meegelopen en uitleg gekregen", ""),
    "L": ("Onder toezicht een serie gedraaid", "Werkt mee met een ervaren collega", ""),
    "U": (
        "Een week zelfstandig gedraaid zonder afkeur",
        "Serie van 50 stuks goedgekeurd door kwaliteit",
        "",
    ),
    "O": ("Heeft een nieuwe collega ingewerkt", "Kan het een nieuwe collega uitleggen", ""),
}


@dataclass
class _Team:
    team: DemoTeam
    people: list[DemoPerson]
    skills: dict[str, Skill]


def _catalogue(team: DemoTeam) -> tuple[str, dict[str, tuple[str, ...]]]:
    kind = "installation" if any(w in team.name for w in ("Service", "Onderhoud")) else "metal"
    return kind, (_INSTALLATION if kind == "installation" else _METAL)


def _is_core(person: DemoPerson, skill: str) -> bool:
    return any(word.lower() in skill.lower() for word in CORE.get(person.function, ()))


def _base_level(rng: random.Random, person: DemoPerson, skill: str, group: str) -> str | None:
    core = _is_core(person, skill)
    if group == "soft":
        core = rng.random() < 0.5
    top = {"starter": 1, "medior": 2, "senior": 3}[person.stage]
    if person.kind in ("bbl", "stagiair", "zij_instromer"):
        top = min(top, 1)
    if core:
        return LEVELS[max(0, top - rng.choice((0, 0, 1)))]
    if rng.random() < 0.35:
        return LEVELS[max(0, min(top, 1) - rng.choice((0, 1)))]
    return None


def _history(
    rng: random.Random, person: DemoPerson, final: str, today: date
) -> list[tuple[str, date]]:
    """Steps up to the final level, spread between the date in service and today."""
    steps = LEVELS[: LEVELS.index(final) + 1]
    start = max(person.date_in_service, today - timedelta(days=3650))
    span = max((today - start).days, len(steps) * 5)
    days = sorted(rng.sample(range(1, span), len(steps))) if span > len(steps) else [1] * len(steps)
    first = rng.choice((0, 0, 1)) if len(steps) > 1 else 0  # now and then start at L
    return [
        (level, start + timedelta(days=d))
        for level, d in zip(steps[first:], days[first:], strict=True)
    ]


def add_skills(session: Session, ctx: DemoContext) -> None:
    rng = ctx.rng_for("skills")
    types = {ct.name: ct.id for ct in session.scalars(select(CertificateType))}
    functions = {f.name: f.id for f in session.scalars(select(JobFunction))}
    now = datetime.combine(ctx.today, datetime.min.time())
    for team in ctx.teams:
        people = ctx.in_team(team.id)
        if not people:
            continue
        made = _Team(team, people, _make_skills(session, team, types))
        levels = _levels(rng, made, ctx)
        _write_levels(session, rng, made, levels, ctx.today, now)
        _write_certificates(session, rng, made, levels, types, ctx.today, now)
        _write_required(session, made, functions)


def _make_skills(session: Session, team: DemoTeam, types: dict[str, int]) -> dict[str, Skill]:
    kind, catalogue = _catalogue(team)
    names: list[tuple[str, str]] = [(g, n) for g, items in catalogue.items() for n in items]
    names.append(("machine", NEW_MACHINE[kind]))
    if not any(team.specialism.lower() == n.lower() for _, n in names):
        names.append(("topic", team.specialism[:1].upper() + team.specialism[1:]))
    skills: dict[str, Skill] = {}
    for position, (group, name) in enumerate(names, start=1):
        skill = Skill(
            team_id=team.id,
            name=name,
            skill_group=group,
            position=position,
            certificate_type_id=types.get(REQUIRES.get(name, "")),
        )
        session.add(skill)
        skills[name] = skill
    session.flush()
    return skills


def _specialism(made: _Team) -> str:
    wanted = made.team.specialism.lower()
    return next(n for n in made.skills if n.lower() == wanted)


def _levels(rng: random.Random, made: _Team, ctx: DemoContext) -> dict[tuple[int, str], str]:
    levels: dict[tuple[int, str], str] = {}
    for person in made.people:
        for name, skill in made.skills.items():
            level = _base_level(rng, person, name, skill.skill_group)
            if level is not None:
                levels[(person.id, name)] = level
    holder = next((p for p in made.people if TAG_KENNISDRAGER in p.tags), made.people[0])
    special = _specialism(made)
    kind, _ = _catalogue(made.team)
    for person in made.people:  # the stories: the specialism and the new machine
        for name in (special, NEW_MACHINE[kind]):
            if levels.get((person.id, name)) in ("U", "O"):
                levels[(person.id, name)] = "L"
    levels[(holder.id, special)] = "O"
    seniors = [p for p in made.people if p.stage != "starter" and p.id != holder.id]
    for name in made.skills:  # every other skill at least three qualified
        if name in (special, NEW_MACHINE[kind]) or (name == "TIG-lassen" != special):
            continue
        qualified = [p for p in made.people if levels.get((p.id, name)) in ("U", "O")]
        for person in rng.sample(seniors, min(len(seniors), max(0, 3 - len(qualified)))):
            if levels.get((person.id, name)) not in ("U", "O"):
                levels[(person.id, name)] = rng.choice(("U", "U", "O"))
    if special == "TIG-lassen" or "TIG-lassen" not in made.skills:
        return levels
    welders = [p for p in made.people if p.function == "Lasser"] + seniors
    for person in made.people:
        if levels.get((person.id, "TIG-lassen")) in ("U", "O"):
            levels[(person.id, "TIG-lassen")] = "L"
    for person in welders[:3]:  # three at U; the third one's certificate has expired
        levels[(person.id, "TIG-lassen")] = "U"
    return levels


def _write_levels(
    session: Session,
    rng: random.Random,
    made: _Team,
    levels: dict[tuple[int, str], str],
    today: date,
    now: datetime,
) -> None:
    holder = next((p for p in made.people if TAG_KENNISDRAGER in p.tags), made.people[0])
    special = _specialism(made)
    by_id = {p.id: p for p in made.people}
    history: list[dict[str, Any]] = []
    current: list[dict[str, Any]] = []
    for (person_id, name), final in sorted(levels.items()):
        skill = made.skills[name]
        for level, day in _history(rng, by_id[person_id], final, today):
            history.append(
                {
                    "employee_id": person_id,
                    "skill_id": skill.id,
                    "level": level,
                    "assessed_on": day,
                    "assessor": made.team.lead_name,
                    "evidence": rng.choice(EVIDENCE[level]),
                    "source": "demo",
                    "created_at": now,
                }
            )
        is_holder = person_id == holder.id and name == special
        current.append(
            {
                "employee_id": person_id,
                "skill_id": skill.id,
                "level": final,
                "knowledge_holder": is_holder,
            }
        )
    _bulk(session, SkillLevel, history)
    _bulk(session, PersonSkill, current)


def _write_certificates(
    session: Session,
    rng: random.Random,
    made: _Team,
    levels: dict[tuple[int, str], str],
    types: dict[str, int],
    today: date,
    now: datetime,
) -> None:
    rows: list[dict[str, Any]] = []

    def add(person: DemoPerson, kind: str, expires_in_days: int, years: int) -> None:
        expires = today + timedelta(days=expires_in_days)
        issued = max(person.date_in_service, expires - timedelta(days=365 * years))
        issued = min(issued, today)
        rows.append(
            {
                "employee_id": person.id,
                "type_id": types[kind],
                "issued_on": issued,
                "expires_on": max(expires, issued),
                "note": "",
                "created_at": now,
            }
        )

    for i, person in enumerate(made.people):
        if person.kind != "stagiair":
            # One expired VCA (the foreman must ask for the refresher), the rest valid.
            add(person, "VCA basis", -45 if i == 3 else rng.randrange(200, 3000), 10)
    for i, person in enumerate(made.people[:2]):
        add(person, "BHV", 35 if i == 0 else rng.randrange(120, 330), 1)
    # TIG: the first valid, the second expiring within 90 days, the third expired (a
    # knowledge holder at O, when TIG is the team's specialism, holds a valid one).
    tig = [p for p in made.people if levels.get((p.id, "TIG-lassen")) == "O"]
    tig += [p for p in made.people if levels.get((p.id, "TIG-lassen")) == "U"]
    for i, person in enumerate(tig):
        add(person, "Lascertificaat", (rng.randrange(300, 700), 60, -20)[min(i, 2)], 3)
    for person in made.people:
        if levels.get((person.id, "Heftruck rijden")) in ("U", "O"):
            add(person, "Heftruck", rng.randrange(150, 1500), 5)
        if levels.get((person.id, "Elektrisch werk (NEN 3140)")) in ("U", "O"):
            add(person, "NEN 3140 VOP", rng.randrange(120, 900), 3)
    for person in made.people[4:6]:
        add(person, "Hoogwerker", rng.randrange(400, 1500), 5)
    _bulk(session, Certificate, rows)


def _write_required(session: Session, made: _Team, functions: dict[str, int]) -> None:
    rows: list[dict[str, Any]] = []
    for function, needs in REQUIRED.items():
        if function not in functions:
            continue
        for name, level in needs:
            if name in made.skills:
                rows.append(
                    {
                        "function_id": functions[function],
                        "skill_id": made.skills[name].id,
                        "level": level,
                    }
                )
    _bulk(session, FunctionSkill, rows)


def _bulk(session: Session, model: Any, rows: list[dict[str, Any]]) -> None:
    """One Core INSERT for many rows: no ORM bookkeeping (a thousand people stay fast)."""
    if rows:
        session.execute(insert(model.__table__), rows)
