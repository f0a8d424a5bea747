"""Demo history, step 2: POPs, development goals, small steps and progress (issue 5).

Runs after history.py and builds on its rows: progress lines go into the held monthly
talks, and POP and evaluation talks take free slots in the leads' agendas.

For everyone in service (interns and agency workers get no POP, only a goal raised in a
monthly talk):
- last year's POP: mostly evaluated (mid-year and end evaluation held), some agreed but never
  evaluated (the end evaluation was cancelled: "POP evaluation due" shows), some none;
- this year's POP: mostly agreed in a POP talk between mid-January and March (signed gezien
  or akkoord), with its evaluation moments as ontwikkel conversations linked by pop_id (held
  once past, planned after today); some drafts (a newcomer's first-year plan), a few none;
- goals in every status with small steps (who: a named colleague), progress lines written in
  the monthly talks, and open goals of an evaluated plan now and then carried over.

Stories per team: the kennisdrager passes on his specialism, the monteur who wants to try work
preparation walks along, a BBL apprentice works towards the diploma, one senior has had
nothing new for 15 to 18 months (the "stopped learning" signal), one goal is past its target
date and one settled person has no POP this year (the "no POP" signal).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from teamlead_app.data.models import (
    Conversation,
    ConversationAnswer,
    Employee,
    Goal,
    GoalProgress,
    GoalStep,
    Pop,
    PopSupport,
)
from teamlead_app.services.demo.agenda import (
    Agenda,
    Rows,
    any_order,
    conversation_values,
    month_start,
    template,
    words_for,
    working_days,
)
from teamlead_app.services.demo.context import (
    TAG_KENNISDRAGER,
    TAG_TEMP,
    TAG_WANTS_PREP,
    TAG_WEEK_6,
    DemoContext,
    DemoPerson,
    DemoTeam,
)
from teamlead_app.services.demo.goal_texts import (
    AMBITIONS,
    COMMON_GOALS,
    DIPLOMA,
    ENERGY,
    GOALS,
    GUIDING,
    PERSPECTIVES,
    POINTS,
    POP_RESPONSES,
    STRENGTHS,
    SUPPORT,
    WORK_PREP,
    Idea,
)
from teamlead_app.services.demo.goals import ACTIVE, GoalWriter
from teamlead_app.services.demo.texts import group_of
from teamlead_app.services.development.pop_moments import default_evaluation_moments

STEP = "development"
POP_MINUTES = 60
STORIES = (GUIDING, WORK_PREP, DIPLOMA)


@dataclass
class _Goal:
    id: int
    status: str
    idea: Idea


@dataclass
class _Plan:
    id: int
    status: str
    goals: list[_Goal] = field(default_factory=list)


class _Development:
    def __init__(self, session: Session, ctx: DemoContext) -> None:
        self.ctx, self.today, self.rng = ctx, ctx.today, ctx.rng_for(STEP)
        self.year = ctx.today.year
        self.rows = Rows(
            session,
            (Pop, PopSupport, Conversation, ConversationAnswer, Goal, GoalStep, GoalProgress),
        )
        self.tpl = template(session, "ontwikkel")
        self.agenda = Agenda()
        talks: dict[int, list[tuple[int, date]]] = {}  # held monthly talks per person
        query = (
            select(
                Conversation.id,
                Conversation.employee_id,
                Conversation.kind,
                Conversation.status,
                Conversation.scheduled_at,
                Conversation.duration_minutes,
                Employee.team_id,
            )
            .join(Employee, Employee.id == Conversation.employee_id)
            .where(Conversation.scheduled_at >= datetime(self.year - 1, 1, 1))
            .order_by(Conversation.scheduled_at)
        )
        for cid, eid, kind, status, at, minutes, team_id in session.execute(query):
            if team_id is not None and status != "cancelled":
                self.agenda.mark(team_id, at, minutes)
            if kind == "maandgesprek" and status == "held":
                talks.setdefault(eid, []).append((cid, at.date()))
        # People with no monthly talk for two months (the overdue story of demo_history):
        # no POP talk is held for them after their last one either, or they would not be.
        quiet = self.today - timedelta(days=60)
        self.quiet = {e: t[-1][1] for e, t in talks.items() if t[-1][1] <= quiet}
        self.goals = GoalWriter(self.rows, self.rng, self.today, talks)

    # people

    def team(self, team: DemoTeam) -> None:
        rng = self.rng
        members = [p for p in self.ctx.people if p.team_id == team.id and p.active]
        settled = [
            p for p in members if p.stage != "starter" and not p.tags and p.kind == "medewerker"
        ]
        settled = rng.sample(settled, len(settled))
        long_ago = month_start(self.today, 27)
        stale = next(
            (p for p in settled if p.stage == "senior" and p.date_in_service <= long_ago), None
        )
        without = next((p for p in settled if p is not stale), None)
        self.goals.late_goal = True
        for person in members:
            words = words_for(person, team, members)
            if person is stale:
                self._stale(person, words)
            else:
                self._person(person, words, plan_this_year=person is not without)

    def _person(self, person: DemoPerson, words: dict[str, str], plan_this_year: bool) -> None:
        rng, year = self.rng, self.year
        pool = rng.sample([*GOALS[group_of(person.function)], *COMMON_GOALS[:2]], 5)
        if person.kind == "stagiair" or TAG_TEMP in person.tags:
            self.goals.raised(person, words, pool[0])
            return
        last = None
        if person.date_in_service <= date(year - 1, 3, 1) and rng.random() < 0.82:
            status = "evaluated" if rng.random() < 0.85 else "agreed"
            last = self._plan(person, words, year - 1, status, pool[: rng.randint(1, 2)])
        started = self.today - person.date_in_service
        newcomer = person.date_in_service.year == year or TAG_WEEK_6 in person.tags
        story = [
            idea
            for tag, idea in ((TAG_KENNISDRAGER, GUIDING), (TAG_WANTS_PREP, WORK_PREP))
            if tag in person.tags
        ]
        story += [DIPLOMA] if person.kind == "bbl" else []
        if not plan_this_year or (not newcomer and not story and rng.random() < 0.05):
            self.goals.raised(person, words, pool[4])
            return
        if started < timedelta(days=28):
            return  # the first-year plan comes after a few weeks (domain.md §3.11)
        status = "draft" if newcomer or rng.random() < 0.12 else "agreed"
        count = rng.randint(1, 2) if status == "draft" else rng.randint(2, 3)
        ideas = (story + pool[2:4])[: max(count, len(story))]
        evaluated = last is not None and last.status == "evaluated"
        carry = [g for g in last.goals if g.status in ACTIVE and rng.random() < 0.6] if last else []
        self._plan(
            person, words, year, status, ideas, previous=last, carry=carry if evaluated else []
        )
        if rng.random() < 0.15:
            self.goals.raised(person, words, pool[4])

    def _stale(self, person: DemoPerson, words: dict[str, str]) -> None:
        """The senior who stopped learning: his last goal was reached 15 to 18 months ago,
        last year's plan had no goals and this year's is still an empty draft."""
        today, rng = self.today, self.rng
        start = month_start(today, 27)
        closed = month_start(today, rng.randint(15, 18)) + timedelta(days=rng.randint(0, 27))
        idea = GOALS[group_of(person.function)][0]
        self.goals.goal(person, words, idea, start, "achieved", closed, closed)
        self._plan(person, words, self.year - 1, "evaluated", [])
        self._plan(person, words, self.year, "draft", [])

    # plans

    def _plan(
        self,
        person: DemoPerson,
        words: dict[str, str],
        year: int,
        status: str,
        ideas: list[Idea],
        *,
        previous: _Plan | None = None,
        carry: list[_Goal] | None = None,
    ) -> _Plan:
        rng, today = self.rng, self.today
        start, end = max(date(year, 1, 1), person.date_in_service), date(year, 12, 31)
        talk_at = None
        if status != "draft":
            lo = max(date(year, 1, 12), person.date_in_service + timedelta(days=28))
            hi = min(date(year, 3, 20), today, self.quiet.get(person.id, today))
            days = working_days(lo, hi - timedelta(days=1))
            talk_at = self.agenda.book(rng, person.team_id, any_order(rng, days), POP_MINUTES)
            status = status if talk_at else "draft"
        agreed_on = talk_at.date() if talk_at else None
        first_day = max(date(year, 1, 5), person.date_in_service + timedelta(days=28))
        created = agreed_on or min(today, first_day + timedelta(days=rng.randint(0, 30)))
        plan = _Plan(
            self.rows.add(Pop, **self._pop_values(person, words, start, end, status)), status
        )
        row = self.rows.tables[Pop][-1]
        row["created_at"] = datetime.combine(min(created, today), time(15, 0))
        row["previous_pop_id"] = (
            previous.id if previous and previous.status == "evaluated" else None
        )
        if agreed_on is not None:
            row.update(self._signoff(agreed_on))
        for idea in ideas:
            goal_status, closed, target = self.goals.draw(created, year, status)
            if idea in STORIES and goal_status not in ("open", "in_progress"):
                goal_status, closed = "in_progress", None  # the story is under way
                target = max(target, today + timedelta(days=30))
            goal_id = self.goals.goal(
                person, words, idea, created, goal_status, closed, target, plan.id
            )
            plan.goals.append(_Goal(goal_id, goal_status, idea))
        for old in carry or []:
            target = today + timedelta(days=rng.randint(30, 150))
            self.goals.goal(
                person, words, old.idea, created, "in_progress", None, target, plan.id, old.id
            )
        # Office staff get no walking along with work preparation or weeks on a machine.
        offered = SUPPORT[:4] if group_of(person.function) == "kantoor" else SUPPORT
        supports = rng.sample(offered, rng.randint(1, 3) if ideas else 0)
        for kind, description in supports:
            self.rows.add(
                PopSupport, pop_id=plan.id, kind=kind, description=description.format(**words)
            )
        if talk_at is not None:
            self._pop_talk(
                person, words, talk_at, plan, row, [d.format(**words) for _, d in supports]
            )
            self._moments(person, plan, start, end, year, row)
        return plan

    def _pop_values(
        self, person: DemoPerson, words: dict[str, str], start: date, end: date, status: str
    ) -> dict[str, Any]:
        rng = self.rng
        key = "starter" if person.stage == "starter" else group_of(person.function)
        key = "senior" if person.stage == "senior" and rng.random() < 0.3 else key
        return {
            "employee_id": person.id,
            "period_start": start,
            "period_end": end,
            "status": status,
            "ambition": AMBITIONS[key],
            "lead_perspective": PERSPECTIVES[key],
            "strengths": "; ".join(rng.sample(STRENGTHS, 2)),
            "development_points": rng.choice(POINTS),
            "evaluation": "",
            "signoff": None,
            "signoff_date": None,
            "signoff_method": None,
            "lead_signed_on": None,
            "employee_response": "",
            "previous_pop_id": None,
            "evaluated_on": None,
            "created_at": None,
        }

    def _signoff(self, day: date) -> dict[str, Any]:
        rng = self.rng
        return {
            "signoff": "akkoord" if rng.random() < 0.85 else "gezien",
            "signoff_date": min(self.today, day + timedelta(days=rng.randint(0, 5))),
            "signoff_method": "paper" if rng.random() < 0.8 else "screen",
            "lead_signed_on": day,
            "employee_response": rng.choice(POP_RESPONSES) if rng.random() < 0.1 else "",
        }

    def _pop_talk(
        self,
        person: DemoPerson,
        words: dict[str, str],
        at: datetime,
        plan: _Plan,
        pop: dict[str, Any],
        support: list[str],
    ) -> None:
        """The POP talk itself: an ontwikkelgesprek, held and signed on the day of the plan."""
        goals = [g.idea.what.format(**words) for g in plan.goals]
        answers = {
            "Waar sta je over drie jaar?": pop["ambition"],
            "Wat kun je goed? Wat wil je nog leren?": f"{pop['strengths']}. Wil leren: "
            f"{pop['development_points'].lower()}.",
            "Welke stappen zet je het komende jaar om daar te komen?": "; ".join(goals),
            "Welke hulp en ondersteuning heb je hierbij nodig?": "; ".join(support),
            "Bij welke collega wil je eens meelopen?": f"Bij {words['senior']}",
            "Waar krijg jij energie van?": self.rng.choice(ENERGY),
        }
        summary = f"POP {at.year} besproken: {len(goals)} ontwikkeldoelen afgesproken."
        sign = {k: pop[k] for k in ("signoff", "signoff_date", "signoff_method")}
        values = conversation_values(
            person.id, "ontwikkel", at, "held", self.tpl, shared_summary=summary, **sign
        )
        cid = self.rows.add(Conversation, **values)
        for position, question in enumerate(self.tpl.questions):
            if answers.get(question):
                self.rows.add(
                    ConversationAnswer,
                    conversation_id=cid,
                    position=position,
                    answer=answers[question],
                )

    def _moments(
        self,
        person: DemoPerson,
        plan: _Plan,
        start: date,
        end: date,
        year: int,
        pop: dict[str, Any],
    ) -> None:
        """Mid-year and end evaluation, linked to the plan: held when past (the end one
        evaluates the plan), planned after today. A plan only agreed last year had its end
        evaluation cancelled; someone without talks lately missed his too."""
        rng, today = self.rng, self.today
        reached = sum(g.status == "achieved" for g in plan.goals)
        going = sum(g.status in ACTIVE for g in plan.goals)
        for moment, name in zip(
            default_evaluation_moments(start, end), ("Tussen", "Eind"), strict=True
        ):
            days = working_days(moment.date(), moment.date() + timedelta(days=21))
            at = self.agenda.book(rng, person.team_id, days, POP_MINUTES)
            if at is None:
                continue
            held = at.date() < today
            quiet = at.date() > self.quiet.get(person.id, today)
            unevaluated = name == "Eind" and plan.status == "agreed" and year < self.year
            fields: dict[str, Any] = {"pop_id": plan.id}
            status = "held" if held else "planned"
            if held and (quiet or unevaluated):
                status, fields["cancelled_on"] = "cancelled", at.date() - timedelta(days=1)
                fields["cancel_reason"] = "afwezig" if quiet else "operationele_drukte"
            elif held:
                fields["shared_summary"] = (
                    f"{name}evaluatie POP {year}: {reached} van de {len(plan.goals)} doelen "
                    f"gehaald, {going} lopen nog."
                )
                if name == "Eind":  # this year's plan, evaluated in December
                    plan.status = pop["status"] = "evaluated"
            values = conversation_values(person.id, "ontwikkel", at, status, self.tpl, **fields)
            self.rows.add(Conversation, **values)
            end = at.date()
        if plan.status == "evaluated":
            pop["evaluated_on"] = min(today, end + timedelta(days=rng.randint(0, 20)))
            pop["evaluation"] = self._evaluation(plan, reached, going)

    def _evaluation(self, plan: _Plan, reached: int, going: int) -> str:
        if not plan.goals:
            return (
                "Geen nieuwe doelen gesteld; het werk gaat goed. Volgend jaar samen zoeken "
                "naar een nieuwe uitdaging."
            )
        text = f"{reached} van de {len(plan.goals)} doelen gehaald."
        return text + (f" {going} loopt door naar volgend jaar." if going else " Goed jaar.")

    # goals


def add_development(session: Session, ctx: DemoContext) -> None:
    """The demo development step (registered in demo_steps.STEPS, after add_history)."""
    development = _Development(session, ctx)
    for team in ctx.teams:
        development.team(team)
    development.rows.write(session)
