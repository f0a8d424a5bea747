"""Small builders for the cadence, planning, overview and calendar tests: people through the
people service, conversations, moves and agreements straight into the tables (the tests are
about reading them, not about the conversation service)."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from itertools import pairwise

from sqlalchemy import update

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Agreement, Conversation, ConversationMove, Employee
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft


def person(
    ctx: ServiceContext,
    first: str,
    last: str,
    *,
    tussenvoegsel: str = "",
    team_id: int | None = None,
    start: date | None = date(2020, 1, 6),
    cadence: str = "monthly",
    weeks: int | None = None,
    out: date | None = None,
    added: datetime = datetime(2019, 1, 1, 9, 0),
) -> int:
    """Someone added to the app on `added` (before the tests' dates, unless a test says)."""
    employee_id = people.save_employee(
        ctx,
        EmployeeDraft(
            first_name=first,
            last_name=last,
            tussenvoegsel=tussenvoegsel,
            team_id=team_id,
            date_in_service=start,
            date_out_of_service=out,
            cadence=cadence,
            cadence_weeks=weeks,
        ),
    )
    with ctx.sessions.begin() as session:
        session.execute(update(Employee).where(Employee.id == employee_id).values(created_at=added))
    return employee_id


def talk(
    ctx: ServiceContext,
    employee_id: int,
    when: datetime,
    status: str = "held",
    *,
    minutes: int = 30,
    kind: str = "maandgesprek",
    moved_from: tuple[datetime, ...] = (),
    notes: str = "",
) -> int:
    """A conversation; `moved_from` are earlier moments it was moved away from, in order."""
    with ctx.sessions.begin() as session:
        conversation = Conversation(
            employee_id=employee_id,
            kind=kind,
            status=status,
            scheduled_at=when,
            duration_minutes=minutes,
            held_on=when.date() if status == "held" else None,
            shared_summary=notes,
            private_notes=notes,
            cancel_reason="afwezig" if status == "cancelled" else "",
            cancel_note=notes if status == "cancelled" else "",
            created_at=when - timedelta(days=30),
            updated_at=when - timedelta(days=30),
        )
        moments = [*moved_from, when]
        for before, after in pairwise(moments):
            conversation.moves.append(
                ConversationMove(
                    from_at=before,
                    to_at=after,
                    reason="anders",
                    note=notes,
                    moved_on=before.date(),
                )
            )
        session.add(conversation)
        session.flush()
        return conversation.id


def agreement(
    ctx: ServiceContext,
    employee_id: int,
    text: str,
    due: date | None,
    *,
    status: str = "open",
    owner: str = "medewerker",
    conversation_id: int | None = None,
) -> int:
    with ctx.sessions.begin() as session:
        row = Agreement(
            employee_id=employee_id,
            conversation_id=conversation_id,
            text=text,
            owner=owner,
            due_date=due,
            status=status,
            closed_on=due if status != "open" else None,
            created_on=(due or date(2026, 1, 1)) - timedelta(days=30),
        )
        session.add(row)
        session.flush()
        return row.id


def move(ctx: ServiceContext, conversation_id: int, to: datetime, note: str = "") -> None:
    """Move a planned conversation the way the conversation service does: keep the history."""
    with ctx.sessions.begin() as session:
        conversation = session.get(Conversation, conversation_id)
        assert conversation is not None and conversation.status == "planned"
        conversation.moves.append(
            ConversationMove(
                from_at=conversation.scheduled_at,
                to_at=to,
                reason="anders" if note else "",
                note=note,
                moved_on=to.date(),
            )
        )
        conversation.scheduled_at = to


def cancel(ctx: ServiceContext, conversation_id: int, note: str = "") -> None:
    with ctx.sessions.begin() as session:
        conversation = session.get(Conversation, conversation_id)
        assert conversation is not None and conversation.status == "planned"
        conversation.status = "cancelled"
        conversation.cancel_reason = "anders" if note else "afwezig"
        conversation.cancel_note = note
        conversation.cancelled_on = conversation.scheduled_at.date()
