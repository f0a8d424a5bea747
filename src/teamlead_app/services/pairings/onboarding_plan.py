"""A newcomer's onboarding plan (domain §3.11): offered when a starter, junior, intern, BBL
apprentice or zij-instromer is added. One call plans it all or nothing: the inwerkgesprekken
(services/onboarding.py proposes the days; the foreman may move or leave out any), the
checklist (a default per kind, edited in the form), and the first-year plan as a draft POP from
week 6 with a goal per gap skill of the function; the week-6 talk is linked to that POP. The
buddy is a pairing (services/pairings.py), chosen from the suggestions afterwards.

The plan view (profile, Begeleiding, the PDF) is read in a few queries."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import (
    Employee,
    FunctionSkill,
    Goal,
    OnboardingItem,
    PersonSkill,
    Pop,
    Skill,
)
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.records.skills import LEVEL_RANK
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft, add_planned
from teamlead_app.services.pairings.onboarding import MOMENTS, TALK_TIME, onboarding_schedule
from teamlead_app.services.pairings.onboarding import OnboardingMoment as OnboardingMoment
from teamlead_app.services.pairings.suggestions import own_catalogue
from teamlead_app.services.people.names import full_name
from teamlead_app.services.skills.certificates import add_months

# Who gets an onboarding plan: these kinds, and anyone in the starter stage.
NEWCOMER_KINDS = ("junior", "stagiair", "bbl", "zij_instromer")
MAX_TASK = 300
MAX_TASKS = 40

_COMMON = (
    ("Veiligheidsinstructie en VCA-afspraken", "Safety instruction and VCA rules"),
    ("Persoonlijke beschermingsmiddelen en gereedschap uitgereikt", "Protective gear and tools"),
    ("Rondleiding door het hele proces", "Tour of the whole process"),
    ("Meelopen bij elk deelproces", "Walk along each sub-process"),
    ("Voorgesteld aan het team en de buddy", "Introduced to the team and the buddy"),
    ("Weet bij wie hij of zij terecht kan", "Knows who to go to"),
)
_EXTRA = {
    "bbl": (
        ("Praktijkopleider (leermeester) aangewezen", "Workplace trainer named"),
        ("Praktijkovereenkomst met de school getekend", "Placement agreement with the school"),
        ("Schooldagen in het rooster gezet", "School days in the roster"),
    ),
    "stagiair": (
        ("Stageovereenkomst en leerdoelen van school", "Placement agreement and school goals"),
        ("Begeleider vanuit school bekend", "Supervisor from school known"),
    ),
    "zij_instromer": (
        ("Wat neemt hij of zij mee uit het vorige vak?", "What does he bring from the old trade?"),
        ("Verwachtingen besproken", "Expectations discussed"),
    ),
}


def is_newcomer(kind: str, stage: str = "") -> bool:
    return kind in NEWCOMER_KINDS or stage == "starter"


def default_checklist(kind: str) -> list[str]:
    return [t(nl, en) for nl, en in (*_COMMON, *_EXTRA.get(kind, ()))]


def pairing_kind_for(kind: str) -> str:
    """A BBL apprentice gets a leermeester (praktijkopleider); everyone else a buddy."""
    return "leermeester" if kind == "bbl" else "buddy"


@dataclass(frozen=True)
class GoalProposal:
    skill_id: int
    skill: str
    level: str  # the level the function needs

    @property
    def text(self) -> str:
        return goal_text(self.skill, self.level)


def goal_text(skill: str, level: str) -> str:
    name = label("iluo_level", level).lower()
    return t(f"{skill}: niveau {level} ({name})", f"{skill}: level {level} ({name})")


@dataclass(frozen=True)
class OnboardingProposal:
    employee_id: int
    name: str
    kind: str
    start_on: date
    moments: tuple[OnboardingMoment, ...]
    checklist: tuple[str, ...]
    goals: tuple[GoalProposal, ...]
    pairing_kind: str
    has_plan: bool


@dataclass(frozen=True)
class TalkDraft:
    code: str
    day: date


@dataclass(frozen=True)
class OnboardingDraft:
    employee_id: int
    start_on: date
    talks: tuple[TalkDraft, ...]
    checklist: tuple[str, ...]
    goal_skill_ids: tuple[int, ...] = ()
    at: time = TALK_TIME


@dataclass(frozen=True)
class OnboardingResult:
    conversation_ids: tuple[int, ...]
    pop_id: int | None
    warnings: tuple[str, ...]


def _employee(session: Session, employee_id: int) -> Employee:
    employee = session.get(Employee, employee_id)
    if employee is None:
        raise NotFoundError(t("Medewerker niet gevonden.", "Employee not found."))
    return employee


def _goal_proposals(session: Session, employee: Employee) -> tuple[GoalProposal, ...]:
    if employee.function_id is None:
        return ()
    current = dict(
        session.execute(
            select(PersonSkill.skill_id, PersonSkill.level).where(
                PersonSkill.employee_id == employee.id
            )
        ).all()
    )
    rows = session.execute(
        select(Skill.id, Skill.name, FunctionSkill.level)
        .join(FunctionSkill, FunctionSkill.skill_id == Skill.id)
        .where(FunctionSkill.function_id == employee.function_id, own_catalogue(employee))
        .order_by(Skill.position, Skill.name)
    ).all()
    return tuple(
        GoalProposal(sid, name, needed)
        for sid, name, needed in rows
        if LEVEL_RANK[current.get(sid, "-")] < LEVEL_RANK[needed]
    )


def _has_plan(session: Session, employee_id: int) -> bool:
    found = session.scalar(
        select(OnboardingItem.id).where(OnboardingItem.employee_id == employee_id).limit(1)
    )
    return found is not None


def propose_onboarding(
    ctx: ServiceContext, employee_id: int, today: date | None = None
) -> OnboardingProposal:
    """What the onboarding form starts with: the talks from the start date (in service, or
    today), the checklist of the kind, a goal per gap skill, the kind of pairing to offer."""
    with ctx.sessions() as session:
        e = _employee(session, employee_id)
        start = e.date_in_service or today or date.today()
        return OnboardingProposal(
            e.id,
            full_name(e.first_name, e.tussenvoegsel, e.last_name),
            e.kind,
            start,
            tuple(onboarding_schedule(start, zij_instromer=e.kind == "zij_instromer")),
            tuple(default_checklist(e.kind)),
            _goal_proposals(session, e),
            pairing_kind_for(e.kind),
            _has_plan(session, e.id),
        )


def _clean_tasks(tasks: Sequence[str]) -> list[str]:
    cleaned = [" ".join(task.split()) for task in tasks]
    cleaned = [task for task in cleaned if task]
    if len(cleaned) > MAX_TASKS:
        raise ValidationError(
            t(
                f"Hoogstens {MAX_TASKS} punten op de checklist.",
                f"At most {MAX_TASKS} items on the checklist.",
            ),
            field="checklist",
        )
    for number, task in enumerate(cleaned, 1):
        if len(task) > MAX_TASK:
            raise ValidationError(
                t(
                    f"Punt {number} van de checklist is te lang (hoogstens {MAX_TASK} tekens).",
                    f"Checklist item {number} is too long (at most {MAX_TASK} characters).",
                ),
                field="checklist",
            )
    return cleaned


def _check_talks(draft: OnboardingDraft) -> None:
    codes = {code for code, *_ in MOMENTS}
    if not draft.talks:
        raise ValidationError(
            t("Kies minstens één inwerkgesprek.", "Choose at least one onboarding talk."),
            field="talks",
        )
    for talk in draft.talks:
        if talk.code not in codes:
            raise ValidationError(
                t(f"Onbekend moment '{talk.code}'.", f"Unknown moment '{talk.code}'."),
                field="talks",
            )
        if talk.day < draft.start_on:
            raise ValidationError(
                t(
                    "Een inwerkgesprek ligt vóór de eerste werkdag.",
                    "An onboarding talk is before the first working day.",
                ),
                field="talks",
            )
    days = [talk.day for talk in draft.talks]
    if len(set(days)) != len(days) or len({talk.code for talk in draft.talks}) != len(days):
        raise ValidationError(
            t("Twee inwerkgesprekken op dezelfde dag.", "Two onboarding talks on the same day."),
            field="talks",
        )


def _first_year_pop(
    session: Session, employee: Employee, draft: OnboardingDraft, begins: date, now: datetime
) -> Pop | None:
    """The draft POP from week 6 to the end of the first year, with a goal per chosen gap
    skill; None when another plan already covers that time (its goals stay as they are)."""
    ends = add_months(draft.start_on, 12) - timedelta(days=1)
    if ends < begins:
        ends = begins
    clash = session.scalar(
        select(Pop.id)
        .where(Pop.employee_id == employee.id, Pop.period_start <= ends, Pop.period_end >= begins)
        .limit(1)
    )
    if clash is not None:
        return None
    pop = Pop(
        employee_id=employee.id,
        period_start=begins,
        period_end=ends,
        status="draft",
        ambition=t("Eerstejaarsplan na het inwerken.", "First-year plan after onboarding."),
        created_at=now,
    )
    session.add(pop)
    session.flush()
    wanted = set(draft.goal_skill_ids)
    for goal in _goal_proposals(session, employee):
        if goal.skill_id not in wanted:
            continue
        session.add(
            Goal(
                employee_id=employee.id,
                pop_id=pop.id,
                what=goal.text,
                why=t("Leerpunt van de functie.", "Gap skill of the function."),
                category="independence",
                success_criterion=t(
                    "Afgetekend in de vakmanschapsmatrix.", "Signed off in the skills matrix."
                ),
                start_date=begins,
                target_date=ends,
                status="open",
                created_at=now,
            )
        )
    return pop


def start_onboarding(
    ctx: ServiceContext, draft: OnboardingDraft, *, now: datetime | None = None
) -> OnboardingResult:
    """Plan the talks, store the checklist and make the first-year draft POP, all or none.
    Refused when the person already has an onboarding plan."""
    _check_talks(draft)
    tasks = _clean_tasks(draft.checklist)
    settings = get_settings(ctx)
    moment = now or datetime.now().replace(second=0, microsecond=0)
    talks = sorted(draft.talks, key=lambda talk: talk.day)
    with ctx.sessions.begin() as session:
        employee = _employee(session, draft.employee_id)
        if _has_plan(session, employee.id):
            raise ValidationError(
                t(
                    "Deze medewerker heeft al een inwerkplan; pas de gesprekken aan in de "
                    "planning.",
                    "This employee already has an onboarding plan; change the talks in the "
                    "planning.",
                ),
                field="talks",
            )
        if employee.date_in_service is None:
            employee.date_in_service = draft.start_on
        week_6 = next((talk.day for talk in talks if talk.code == "week_6"), None)
        pop = _first_year_pop(
            session, employee, draft, week_6 or add_months(draft.start_on, 1), moment
        )
        zij = employee.kind == "zij_instromer"
        notes = {m.code: m.note for m in onboarding_schedule(draft.start_on, zij_instromer=zij)}
        ids: list[int] = []
        warnings: list[str] = []
        for position, talk in enumerate(talks):
            plan = ConversationPlanDraft(
                employee.id,
                datetime.combine(talk.day, draft.at),
                kind="inwerk",
                pop_id=pop.id if pop is not None and talk.code == "week_6" else None,
            )
            result = add_planned(session, plan, settings, moment)
            ids.append(result.conversation_id)
            warnings += result.warnings
            session.add(
                OnboardingItem(
                    employee_id=employee.id,
                    kind="talk",
                    code=talk.code,
                    position=position,
                    text=notes.get(talk.code, ""),
                    conversation_id=result.conversation_id,
                    created_at=moment,
                )
            )
        for position, task in enumerate(tasks):
            session.add(
                OnboardingItem(
                    employee_id=employee.id,
                    kind="task",
                    position=position,
                    text=task,
                    created_at=moment,
                )
            )
        return OnboardingResult(tuple(ids), pop.id if pop else None, tuple(dict.fromkeys(warnings)))


def set_task_done(ctx: ServiceContext, item_id: int, done: bool, on: date | None = None) -> None:
    """Tick a checklist item off (with the day), or back on."""
    with ctx.sessions.begin() as session:
        item = session.get(OnboardingItem, item_id)
        if item is None or item.kind != "task":
            raise NotFoundError(
                t("Punt van de checklist niet gevonden.", "Checklist item not found.")
            )
        item.done_on = (on or date.today()) if done else None
