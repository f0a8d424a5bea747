"""Development moments for the profile timeline: goals started, achieved and stopped, steps
done, POP sign-offs and evaluations. The function has the timeline's source signature
(session, employee_id) -> list of events."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from teamlead_app.data.models import Goal, GoalStep, Pop
from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.services.people.timeline import TimelineEvent, register_timeline_source
from teamlead_app.util.dates import format_date


@dataclass(frozen=True)
class DevelopmentEvent:
    """One development moment on the profile timeline. `kind` is one of goal_started,
    goal_achieved, goal_stopped, step_done, pop_agreed, pop_evaluated; `ref_id` is the goal id
    (goal and step events) or the POP id (POP events)."""

    on: date
    kind: str
    title: str
    ref_id: int


def _headline(text: str, limit: int = 120) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


_EVENT_ORDER = (
    "pop_agreed",
    "goal_started",
    "step_done",
    "goal_achieved",
    "goal_stopped",
    "pop_evaluated",
)


def goal_timeline_events(session: Session, employee_id: int) -> list[DevelopmentEvent]:
    """Goals started, achieved and stopped, steps done, POP sign-offs and evaluations of one
    person, oldest first, in three statements. Titles carry no notes, only the first line of a
    goal or step; a carried copy is no new goal, only what becomes of it shows."""
    events = [
        *_goal_events(session, employee_id),
        *_step_events(session, employee_id),
        *_pop_events(session, employee_id),
    ]
    return sorted(events, key=lambda e: (e.on, _EVENT_ORDER.index(e.kind), e.ref_id))


def _goal_events(session: Session, employee_id: int) -> list[DevelopmentEvent]:
    rows = session.execute(
        select(
            Goal.id,
            Goal.what,
            Goal.start_date,
            Goal.achieved_on,
            Goal.stopped_on,
            Goal.carried_from_id,
        ).where(Goal.employee_id == employee_id)
    )
    events: list[DevelopmentEvent] = []
    for gid, what, start, achieved, stopped, carried in rows:
        head = _headline(what)
        if carried is None:
            events.append(
                DevelopmentEvent(
                    start, "goal_started", t(f"Nieuw doel: {head}", f"New goal: {head}"), gid
                )
            )
        if achieved is not None:
            title = t(f"Doel bereikt: {head}", f"Goal achieved: {head}")
            events.append(DevelopmentEvent(achieved, "goal_achieved", title, gid))
        if stopped is not None:
            title = t(f"Doel gestopt: {head}", f"Goal stopped: {head}")
            events.append(DevelopmentEvent(stopped, "goal_stopped", title, gid))
    return events


def _step_events(session: Session, employee_id: int) -> list[DevelopmentEvent]:
    rows = session.execute(
        select(GoalStep.goal_id, GoalStep.what, GoalStep.done_on)
        .join(Goal, Goal.id == GoalStep.goal_id)
        .where(Goal.employee_id == employee_id, GoalStep.done_on.is_not(None))
    )
    events: list[DevelopmentEvent] = []
    for gid, what, done in rows:
        if done is not None:
            head = _headline(what)
            title = t(f"Stap gedaan: {head}", f"Step done: {head}")
            events.append(DevelopmentEvent(done, "step_done", title, gid))
    return events


def _pop_events(session: Session, employee_id: int) -> list[DevelopmentEvent]:
    rows = session.execute(
        select(
            Pop.id,
            Pop.period_start,
            Pop.period_end,
            Pop.signoff,
            Pop.signoff_date,
            Pop.evaluated_on,
        ).where(Pop.employee_id == employee_id)
    )
    events: list[DevelopmentEvent] = []
    for pid, start, end, signoff, signed, evaluated in rows:
        period = f"{format_date(start)} – {format_date(end)}"
        if signed is not None:
            how = label("signoff", signoff)
            title = t(f"POP {period} ondertekend ({how})", f"POP {period} signed ({how})")
            events.append(DevelopmentEvent(signed, "pop_agreed", title, pid))
        if evaluated is not None:
            title = t(f"POP {period} geëvalueerd", f"POP {period} evaluated")
            events.append(DevelopmentEvent(evaluated, "pop_evaluated", title, pid))
    return events


def _as_timeline_events(session: Session, employee_id: int) -> list[TimelineEvent]:
    return [
        TimelineEvent(event.on, event.kind, event.title, ref_id=event.ref_id)
        for event in goal_timeline_events(session, employee_id)
    ]


register_timeline_source(_as_timeline_events)
