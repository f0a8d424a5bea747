"""What a newcomer's onboarding plan looks like on screen and on paper: the talks with their
(possibly moved) dates and state, the checklist, the buddy or leermeester, the first-year goals
of the draft POP linked to the week-6 talk. Read in four queries. Also the one line the
mentee's conversation screen shows: the buddy and the last check-in."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import aliased

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import (
    Conversation,
    Employee,
    Goal,
    OnboardingItem,
    Pairing,
    PairingCheckin,
    Team,
)
from teamlead_app.data.statuses import PairingStatus
from teamlead_app.errors import NotFoundError
from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.records.onboarding import (
    BuddyLine,
    OnboardingPdfData,
    OnboardingPlanView,
    TalkView,
    TaskView,
)
from teamlead_app.records.pairings import OPEN_STATUSES
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.pairings.onboarding import MOMENTS
from teamlead_app.services.people.names import full_name
from teamlead_app.util.dates import format_date

_ORDER = {code: i for i, (code, *_) in enumerate(MOMENTS)}


def _talk_label(code: str) -> str:
    kind, _, number = code.partition("_")
    return (
        t(f"Week {number}", f"Week {number}")
        if kind == "week"
        else t(f"Maand {number}", f"Month {number}")
    )


def buddy_of(ctx: ServiceContext, employee_id: int) -> BuddyLine | None:
    """The mentee's current buddy (an open pairing, active before proposed) with the day of
    the last check-in, in one query; None without one."""
    mentor = aliased(Employee)
    last = (
        select(PairingCheckin.held_on)
        .where(PairingCheckin.pairing_id == Pairing.id)
        .order_by(PairingCheckin.held_on.desc())
        .limit(1)
        .scalar_subquery()
    )
    query = (
        select(Pairing, mentor, last)
        .outerjoin(mentor, mentor.id == Pairing.mentor_id)
        .where(Pairing.mentee_id == employee_id, Pairing.status.in_(OPEN_STATUSES))
        .order_by(
            (Pairing.status == PairingStatus.ACTIVE).desc(),
            Pairing.start_on.desc(),
            Pairing.id.desc(),
        )
        .limit(1)
    )
    with ctx.sessions() as session:
        row = session.execute(query).first()
    if row is None:
        return None
    p, m, last_on = row
    name = full_name(m.first_name, m.tussenvoegsel, m.last_name) if m else ""
    return BuddyLine(p.id, p.kind, p.status, name, p.start_on, p.planned_end_on, last_on)


def onboarding_plan(ctx: ServiceContext, employee_id: int) -> OnboardingPlanView | None:
    """The person's onboarding plan, or None when none was made."""
    with ctx.sessions() as session:
        row = session.execute(
            select(Employee, Team.name)
            .outerjoin(Team, Team.id == Employee.team_id)
            .where(Employee.id == employee_id)
        ).first()
        if row is None:
            raise NotFoundError(t("Medewerker niet gevonden.", "Employee not found."))
        e, team = row
        items = session.execute(
            select(OnboardingItem, Conversation)
            .outerjoin(Conversation, Conversation.id == OnboardingItem.conversation_id)
            .where(OnboardingItem.employee_id == employee_id)
            .order_by(OnboardingItem.kind, OnboardingItem.position, OnboardingItem.id)
        ).all()
        if not items:
            return None
        talks, tasks, pop_id = [], [], None
        for item, talk in items:
            if item.kind == "task":
                tasks.append(TaskView(item.id, item.text, item.done_on))
                continue
            if talk is not None and talk.pop_id is not None:
                pop_id = talk.pop_id
            talks.append(
                TalkView(
                    item.code,
                    _talk_label(item.code),
                    talk.scheduled_at.date() if talk else None,
                    str(talk.status) if talk else "",
                    talk.id if talk else None,
                    item.text,
                )
            )
        goals = (
            tuple(
                session.scalars(
                    select(Goal.what)
                    .where(Goal.pop_id == pop_id, Goal.status != "stopped")
                    .order_by(Goal.id)
                )
            )
            if pop_id is not None
            else ()
        )
        function = e.function.name if e.function else ""
    talks.sort(key=lambda v: _ORDER.get(v.code, 99))
    return OnboardingPlanView(
        e.id,
        full_name(e.first_name, e.tussenvoegsel, e.last_name),
        e.kind,
        function,
        team or "",
        e.date_in_service,
        tuple(talks),
        tuple(tasks),
        buddy_of(ctx, employee_id),
        goals,
        pop_id,
    )


def onboarding_pdf_data(
    ctx: ServiceContext, employee_id: int, today: date | None = None
) -> OnboardingPdfData:
    plan = onboarding_plan(ctx, employee_id)
    if plan is None:
        raise NotFoundError(
            t(
                "Deze medewerker heeft geen inwerkplan. Maak het bij 'Inwerken plannen'.",
                "This employee has no onboarding plan. Make one with 'Plan onboarding'.",
            )
        )
    config = get_settings(ctx)
    return OnboardingPdfData(plan, today or date.today(), config.company_name, config.logo_path)


def buddy_summary(line: BuddyLine | None) -> str:
    """ "Buddy: Jan de Vries (actief) · laatste check-in 03-11-2026", for one line on screen."""
    if line is None:
        return ""
    who = line.mentor or t("(verwijderd)", "(deleted)")
    text = f"{label('pairing_kind', line.kind)}: {who}"
    if line.status != PairingStatus.ACTIVE:
        text += f" ({label('pairing_status', line.status)})"
    if line.last_checkin is not None:
        text += t(
            f" · laatste check-in {format_date(line.last_checkin)}",
            f" · last check-in {format_date(line.last_checkin)}",
        )
    else:
        text += t(" · nog geen check-in", " · no check-in yet")
    return text


def talk_moment(ctx: ServiceContext, conversation_id: int) -> TalkView | None:
    """The onboarding moment a conversation is (week 1 ... month 12) with its note, or None."""
    with ctx.sessions() as session:
        item = session.scalar(
            select(OnboardingItem).where(
                OnboardingItem.conversation_id == conversation_id, OnboardingItem.kind == "talk"
            )
        )
        if item is None:
            return None
        return TalkView(item.code, _talk_label(item.code), None, "", conversation_id, item.text)


def first_with_plan(ctx: ServiceContext) -> int | None:
    """The first person with an onboarding plan (the self-test prints theirs)."""
    with ctx.sessions() as session:
        return session.scalar(
            select(OnboardingItem.employee_id).order_by(OnboardingItem.id).limit(1)
        )
