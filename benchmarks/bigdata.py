"""Years of monthly conversation history for everyone in a database, fast (bulk inserts), for
the performance benchmarks: mostly held, about 10% moved first, 5% cancelled, the rest of the
current month planned, and agreements in about a third of the held talks (old ones closed,
recent ones open, some of those past their due date).

It fills the full span for everyone in service, also before their date in service: the point
is the volume a lead reaches after ten years, not a believable career. People stop getting
talks after their out-of-service date, and a month that already has a conversation for a
person (e.g. from the demo generator) is left alone.
"""

from __future__ import annotations

import random
import time as clock
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import func, insert, select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.db import catch_up_ids
from teamlead_app.data.models import (
    Agreement,
    Conversation,
    ConversationMove,
    Employee,
    TemplateVersion,
)

AGREEMENTS = (
    "Loopt 2 dagen mee met werkvoorbereiding",
    "Leert de kantbank omstellen onder begeleiding van Henk",
    "VCA-herhaling aanvragen vóór 1 maart",
    "Tekening lezen oefenen met de werkvoorbereider",
    "Veiligheidsschoenen bestellen",
)
SUMMARIES = (
    "Gaat goed, druk met de nieuwe serie.",
    "Wil meer variatie in het werk.",
    "Loopt tegen planning aan; samen bekeken.",
)
MOVE_REASONS = ("operationele_drukte", "afwezig", "verlof", "")
CANCEL_REASONS = ("afwezig", "operationele_drukte")


@dataclass(frozen=True)
class HistoryStats:
    conversations: int
    moves: int
    agreements: int
    seconds: float


@dataclass
class _Rows:
    conversations: list[dict[str, Any]]
    moves: list[dict[str, Any]]
    agreements: list[dict[str, Any]]
    next_id: int


def _months(today: date, years: int) -> list[tuple[int, int]]:
    """(year, month) of the last `years` x 12 months, today's month included."""
    index = today.year * 12 + today.month - 1
    return [(i // 12, i % 12 + 1) for i in range(index - years * 12 + 1, index + 1)]


def _weekdays(year: int, month: int) -> list[date]:
    day = date(year, month, 1)
    days = []
    while day.month == month:
        if day.weekday() < 5:
            days.append(day)
        day += timedelta(days=1)
    return days


def _conversation(
    rng: random.Random, cid: int, eid: int, at: datetime, status: str, template: int | None
) -> dict[str, Any]:
    held = status == "held"
    return {
        "id": cid,
        "employee_id": eid,
        "kind": "maandgesprek",
        "status": status,
        "scheduled_at": at,
        "duration_minutes": 30,
        "template_version_id": template,
        "pop_id": None,
        "held_on": at.date() if held else None,
        "score": rng.choice((2, 3, 3, 4, 4, 4, 5)) if held and rng.random() < 0.7 else None,
        "shared_summary": rng.choice(SUMMARIES) if held else "",
        "private_notes": "",
        "signoff": "gezien" if held and rng.random() < 0.5 else None,
        "signoff_date": at.date() if held else None,
        "signoff_method": "screen" if held else None,
        "employee_response": "",
        "cancel_reason": rng.choice(CANCEL_REASONS) if status == "cancelled" else "",
        "cancel_note": "",
        "cancelled_on": at.date() if status == "cancelled" else None,
        "created_at": at - timedelta(days=20),
        "updated_at": at,
    }


def _agreement(rng: random.Random, eid: int, cid: int, day: date, today: date) -> dict[str, Any]:
    due = day + timedelta(days=rng.randint(14, 42))
    closed = due < today - timedelta(days=30)
    status = ("done" if rng.random() < 0.85 else "dropped") if closed else "open"
    return {
        "employee_id": eid,
        "conversation_id": cid,
        "text": rng.choice(AGREEMENTS),
        "owner": rng.choice(("medewerker", "leidinggevende", "beiden")),
        "due_date": due,
        "status": status,
        "closed_on": min(due, today) if closed else None,
        "created_on": day,
    }


def _add_month(
    rows: _Rows, rng: random.Random, eid: int, day: date, now: datetime, template: int | None
) -> None:
    at = datetime.combine(day, time(7, 30)) + timedelta(minutes=15 * rng.randrange(0, 33))
    roll = rng.random()
    status = "planned" if at >= now else ("cancelled" if roll < 0.05 else "held")
    cid = rows.next_id
    rows.next_id += 1
    rows.conversations.append(_conversation(rng, cid, eid, at, status, template))
    if 0.05 <= roll < 0.15:
        before = at - timedelta(days=rng.randint(1, 6), hours=rng.choice((0, 1, 2)))
        reason = rng.choice(MOVE_REASONS)
        rows.moves.append(
            {
                "conversation_id": cid,
                "from_at": before,
                "to_at": at,
                "reason": reason,
                "note": "",
                "moved_on": before.date() - timedelta(days=1),
            }
        )
    if status == "held" and rng.random() < 0.3:
        rows.agreements.append(_agreement(rng, eid, cid, day, now.date()))


def build_history(
    ctx: ServiceContext, years: int = 10, today: date | None = None, seed: int = 1
) -> HistoryStats:
    """Add `years` of monthly conversations (up to and including today's month) for everyone
    in the database, in one transaction with bulk inserts."""
    started = clock.perf_counter()
    today = today or date.today()
    now = datetime.combine(today, time())
    rng = random.Random(seed)
    months = [(year, month, _weekdays(year, month)) for year, month in _months(today, years)]
    with ctx.sessions.begin() as session:
        people = session.execute(select(Employee.id, Employee.date_out_of_service)).all()
        taken = {
            (eid, at.year, at.month)
            for eid, at in session.execute(
                select(Conversation.employee_id, Conversation.scheduled_at)
            )
        }
        template = session.scalar(
            select(TemplateVersion.id)
            .where(TemplateVersion.template_key == "maandgesprek")
            .order_by(TemplateVersion.version.desc())
            .limit(1)
        )
        first_id = (session.scalar(select(func.max(Conversation.id))) or 0) + 1
        rows = _Rows([], [], [], first_id)
        for eid, out in people:
            for year, month, weekdays in months:
                day = rng.choice(weekdays)
                if (out is None or day <= out) and (eid, year, month) not in taken:
                    _add_month(rows, rng, eid, day, now, template)
        for model, batch in (
            (Conversation, rows.conversations),
            (ConversationMove, rows.moves),
            (Agreement, rows.agreements),
        ):
            if batch:
                session.execute(insert(model), batch)
        catch_up_ids(session, ["conversation", "conversation_move", "agreement"])
    return HistoryStats(
        conversations=len(rows.conversations),
        moves=len(rows.moves),
        agreements=len(rows.agreements),
        seconds=clock.perf_counter() - started,
    )
