"""Development goals for the demo company (development.py plans them): what and why,
status and dates, small steps (who: a named colleague), and progress lines written in the
held monthly talks of history.py.

Statuses are drawn per kind of plan: this year's goals are mostly in progress, some open,
achieved, postponed or stopped; last year's goals of an evaluated plan mostly achieved; a plan
that was only agreed last year left goals in progress past their target date. Per team one of
this year's goals is past its target date (the "goals past target" signal).
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from teamlead_app.data.models import Goal, GoalProgress, GoalStep
from teamlead_app.services.demo.agenda import Rows
from teamlead_app.services.demo.context import DemoPerson
from teamlead_app.services.demo.goal_texts import PROGRESS, Idea

ACTIVE = ("open", "in_progress", "postponed")
# Goal statuses drawn for this year's plans and for last year's (evaluated / only agreed).
THIS_YEAR = {"in_progress": 50, "open": 22, "achieved": 15, "postponed": 8, "stopped": 5}
EVALUATED = {"achieved": 60, "stopped": 10, "in_progress": 20, "postponed": 10}
UNEVALUATED = {"achieved": 60, "in_progress": 40}


class GoalWriter:
    """Writes goals with their steps and progress into `rows`; `talks` are the held monthly
    talks per person (conversation id, day), oldest first."""

    def __init__(
        self,
        rows: Rows,
        rng: random.Random,
        today: date,
        talks: dict[int, list[tuple[int, date]]],
    ) -> None:
        self.rows, self.rng, self.today, self.talks = rows, rng, today, talks
        self.year = today.year
        self.late_goal = False  # set per team: the next goal in progress may be past target

    def raised(self, person: DemoPerson, words: dict[str, str], idea: Idea) -> None:
        """A goal that came up in a monthly talk, outside any POP."""
        rng, today = self.rng, self.today
        talks = [
            (cid, day)
            for cid, day in self.talks.get(person.id, [])
            if today - timedelta(days=270) <= day <= today - timedelta(days=30)
        ]
        cid, start = rng.choice(talks) if talks else (None, today - timedelta(days=20))
        start = max(start, person.date_in_service)
        status, closed = rng.choice(("in_progress", "in_progress", "open", "achieved")), None
        if status == "achieved" and start + timedelta(days=45) < today:
            closed = start + timedelta(days=rng.randint(45, (today - start).days))
        elif status == "achieved":
            status = "in_progress"
        target = max(start + timedelta(days=120), today + timedelta(days=30))
        self.goal(person, words, idea, start, status, closed, target, conversation_id=cid)

    def draw(self, start: date, year: int, plan_status: str) -> tuple[str, date | None, date]:
        """Status, closing day (achieved or stopped) and target date of a plan's goal."""
        rng, today = self.rng, self.today
        target = min(start + timedelta(days=rng.randint(120, 300)), date(year, 12, 31))
        if plan_status == "draft":
            return "open", None, max(target, today + timedelta(days=60))
        weights = THIS_YEAR if year == self.year else EVALUATED
        weights = UNEVALUATED if plan_status == "agreed" and year < self.year else weights
        status = rng.choices(list(weights), list(weights.values()))[0]
        if status in ("achieved", "stopped"):
            lo, hi = start + timedelta(days=45), min(today, date(year, 12, 20)) - timedelta(days=1)
            if lo <= hi:
                return status, lo + timedelta(days=rng.randint(0, (hi - lo).days)), target
            status = "in_progress"
        if year < self.year:
            return status, None, target
        late = today - timedelta(days=rng.randint(10, 40))
        if self.late_goal and status == "in_progress" and late > start + timedelta(days=30):
            self.late_goal = False  # one goal per team past its target date
            return status, None, late
        if status == "postponed":
            return status, None, today + timedelta(days=rng.randint(40, 150))
        return status, None, max(target, today + timedelta(days=rng.randint(14, 90)))

    def goal(
        self,
        person: DemoPerson,
        words: dict[str, str],
        idea: Idea,
        start: date,
        status: str,
        closed: date | None,
        target: date,
        pop_id: int | None = None,
        carried_from: int | None = None,
        *,
        conversation_id: int | None = None,
    ) -> int:
        goal_id = self.rows.add(
            Goal,
            employee_id=person.id,
            pop_id=pop_id,
            what=idea.what.format(**words),
            why=idea.why.format(**words),
            category=idea.category,
            success_criterion=idea.criterion.format(**words),
            support_needed=idea.support,
            start_date=start,
            target_date=target,
            status=status,
            achieved_on=closed if status == "achieved" else None,
            stopped_on=closed if status == "stopped" else None,
            carried_from_id=carried_from,
            conversation_id=conversation_id,
            created_at=datetime.combine(start, time(10, 0)),
        )
        done = self._steps(goal_id, idea, words, start, target, status, closed)
        if status != "open":
            self._progress(person, goal_id, start, status, closed, done, words)
        return goal_id

    def _steps(
        self,
        goal_id: int,
        idea: Idea,
        words: dict[str, str],
        start: date,
        target: date,
        status: str,
        closed: date | None,
    ) -> list[tuple[date, str]]:
        """The small steps spread from start to target; done as far as the goal got (never
        the last one of a goal still under way)."""
        done_steps: list[tuple[date, str]] = []
        count = len(idea.steps)
        span = max((target - start).days, 14 * count)
        last_day = closed or self.today - timedelta(days=7)
        for i, (what, who) in enumerate(idea.steps):
            planned = start + timedelta(days=span * (i + 1) // (count + 1))
            done = None
            if status == "achieved" and closed is not None:
                done = min(planned, closed)
            elif (
                status != "open" and planned <= last_day and (status == "stopped" or i < count - 1)
            ):
                done = planned
            text = what.format(**words)
            self.rows.add(
                GoalStep,
                goal_id=goal_id,
                position=i + 1,
                what=text,
                who=who.format(**words),
                planned_on=planned,
                done_on=done,
                created_on=start,
            )
            if done is not None:
                done_steps.append((done, text))
        return done_steps

    def _progress(
        self,
        person: DemoPerson,
        goal_id: int,
        start: date,
        status: str,
        closed: date | None,
        done_steps: list[tuple[date, str]],
        words: dict[str, str],
    ) -> None:
        """One line now and then in the monthly talks: a step done, how it goes, the goal
        reached (in the first talk after)."""
        until = self.today if closed is None else closed + timedelta(days=45)
        pending, lines = sorted(done_steps), 0
        for cid, day in self.talks.get(person.id, []):
            if day <= start or day > until or lines >= 6:
                continue
            steps = [text for on, text in pending if on <= day]
            pending = [(on, text) for on, text in pending if on > day]
            if closed is not None and day >= closed:
                note = "Doel bereikt." if status == "achieved" else "Gestopt met dit doel."
                lines = 6
            elif steps:
                note = f"Stap gedaan: {steps[-1]}."
            elif self.rng.random() < 0.45:
                note = self.rng.choice(PROGRESS).format(**words)
            else:
                continue
            lines += 1
            self.rows.add(
                GoalProgress, goal_id=goal_id, conversation_id=cid, written_on=day, note=note
            )
