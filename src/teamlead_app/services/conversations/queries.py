"""Lists and counts of conversations and agreements, each in one statement."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy import Select, case, func, select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Agreement, Conversation, ConversationMove, Employee
from teamlead_app.data.statuses import AgreementStatus
from teamlead_app.records.conversation_reports import ScorePoint
from teamlead_app.records.conversation_state import conversation_state
from teamlead_app.records.conversations import MOVE_WARNING_AT, AgreementView
from teamlead_app.services.conversations.hold import agreement_view
from teamlead_app.services.conversations.status import counted_status
from teamlead_app.services.people.names import full_name, list_name


@dataclass(frozen=True)
class ConversationRow:
    """One line of a conversation list. Never carries note text."""

    id: int
    employee_id: int
    first_name: str
    tussenvoegsel: str
    last_name: str
    team_id: int | None
    kind: str
    status: str
    scheduled_at: datetime
    duration_minutes: int
    held_on: date | None
    score: int | None
    move_count: int
    cancel_reason: str
    signoff: str | None

    @property
    def employee(self) -> str:
        return full_name(self.first_name, self.tussenvoegsel, self.last_name)

    @property
    def employee_list_name(self) -> str:
        return list_name(self.first_name, self.tussenvoegsel, self.last_name)

    @property
    def many_moves(self) -> bool:
        """Only while still planned: a held talk needs no "moved twice" warning any more."""
        return self.status == "planned" and self.move_count >= MOVE_WARNING_AT

    def state(self, today: date | None = None) -> str:
        """planned / moved / held / signed / missed / cancelled (status.py)."""
        return conversation_state(
            self.status, self.scheduled_at, self.signoff, self.move_count, today or date.today()
        )


@dataclass(frozen=True)
class ConversationCounts:
    """`planned`, `held` and `cancelled` count conversations by their status, `missed` the
    planned ones whose month has ended (not in `planned`); `moved` counts conversations moved
    at least once (whatever their status now), `moves` all moves."""

    planned: int = 0
    held: int = 0
    cancelled: int = 0
    moved: int = 0
    moves: int = 0
    missed: int = 0

    @property
    def total(self) -> int:
        return self.planned + self.held + self.cancelled + self.missed


def _move_counts() -> Any:
    return (
        select(ConversationMove.conversation_id, func.count(ConversationMove.id).label("n"))
        .group_by(ConversationMove.conversation_id)
        .subquery()
    )


def list_conversations(
    ctx: ServiceContext,
    employee_id: int | None = None,
    date_from: date | None = None,
    date_to: date | None = None,
    *,
    team_id: int | None = None,
    status: str | None = None,
) -> list[ConversationRow]:
    """Conversations by planned moment (both dates inclusive), oldest first, in one query."""
    # Correlated per row (index on conversation_id): cheap for a filtered list, unlike
    # grouping every move in the database.
    moves = (
        select(func.count(ConversationMove.id))
        .where(ConversationMove.conversation_id == Conversation.id)
        .scalar_subquery()
    )
    query = (
        select(
            Conversation.id,
            Conversation.employee_id,
            Employee.first_name,
            Employee.tussenvoegsel,
            Employee.last_name,
            Employee.team_id,
            Conversation.kind,
            Conversation.status,
            Conversation.scheduled_at,
            Conversation.duration_minutes,
            Conversation.held_on,
            Conversation.score,
            moves,
            Conversation.cancel_reason,
            Conversation.signoff,
        )
        .join(Employee, Employee.id == Conversation.employee_id)
        .order_by(Conversation.scheduled_at, Conversation.id)
    )
    if employee_id is not None:
        query = query.where(Conversation.employee_id == employee_id)
    if team_id is not None:
        query = query.where(Employee.team_id == team_id)
    if status is not None:
        query = query.where(Conversation.status == status)
    if date_from is not None:
        query = query.where(
            Conversation.scheduled_at >= datetime.combine(date_from, datetime.min.time())
        )
    if date_to is not None:
        end = datetime.combine(date_to + timedelta(days=1), datetime.min.time())
        query = query.where(Conversation.scheduled_at < end)
    with ctx.sessions() as session:
        return [ConversationRow(*tuple(row)) for row in session.execute(query)]


def _counts_query(
    team_id: int | None, year: int | None, today: date | None, *, one_person: bool = False
) -> Select[*tuple[Any, ...]]:
    """`one_person`: the moves counted per conversation (an index seek each) instead of
    grouping every move of the company first, which grows with the whole history."""
    state = counted_status(today or date.today())
    counts = [
        func.count(case((state == "planned", 1))),
        func.count(case((state == "held", 1))),
        func.count(case((state == "cancelled", 1))),
    ]
    if one_person:
        moved = (
            select(func.count(ConversationMove.id))
            .where(ConversationMove.conversation_id == Conversation.id)
            .correlate(Conversation)
            .scalar_subquery()
        )
        query = select(
            *counts,
            func.count(case((moved > 0, 1))),
            func.coalesce(func.sum(moved), 0),
            func.count(case((state == "missed", 1))),
        )
    else:
        moves = _move_counts()
        query = select(
            *counts,
            func.count(moves.c.n),
            func.coalesce(func.sum(moves.c.n), 0),
            func.count(case((state == "missed", 1))),
        ).outerjoin(moves, moves.c.conversation_id == Conversation.id)
    if team_id is not None:
        query = query.join(Employee, Employee.id == Conversation.employee_id).where(
            Employee.team_id == team_id
        )
    if year is not None:
        query = query.where(
            Conversation.scheduled_at >= datetime(year, 1, 1),
            Conversation.scheduled_at < datetime(year + 1, 1, 1),
        )
    return query


def conversation_counts(
    ctx: ServiceContext,
    employee_id: int | None = None,
    team_id: int | None = None,
    year: int | None = None,
    *,
    today: date | None = None,
) -> ConversationCounts:
    """Planned / held / cancelled / missed / moved for one person, one team or everyone,
    optionally for one calendar year of planned moments, in one aggregate query."""
    query = _counts_query(team_id, year, today, one_person=employee_id is not None)
    if employee_id is not None:
        query = query.where(Conversation.employee_id == employee_id)
    with ctx.sessions() as session:
        row = session.execute(query).one()
    return ConversationCounts(*(int(value) for value in row))


def counts_by_employee(
    ctx: ServiceContext,
    team_id: int | None = None,
    year: int | None = None,
    *,
    today: date | None = None,
) -> dict[int, ConversationCounts]:
    """The same counts per employee id (people without conversations are absent)."""
    query = _counts_query(team_id, year, today)
    query = query.add_columns(Conversation.employee_id).group_by(Conversation.employee_id)
    with ctx.sessions() as session:
        rows = session.execute(query).all()
    return {row[-1]: ConversationCounts(*(int(v) for v in row[:-1])) for row in rows}


def open_agreements(ctx: ServiceContext, employee_id: int) -> list[AgreementView]:
    """A person's open agreements, the ones due soonest first (no due date last)."""
    query = (
        select(Agreement)
        .where(Agreement.employee_id == employee_id, Agreement.status == AgreementStatus.OPEN)
        .order_by(
            Agreement.due_date.is_(None), Agreement.due_date, Agreement.created_on, Agreement.id
        )
    )
    with ctx.sessions() as session:
        return [agreement_view(row) for row in session.scalars(query)]


def score_history(ctx: ServiceContext, employee_id: int, limit: int = 12) -> list[ScorePoint]:
    """The scores of the last `limit` held conversations with a score, oldest first: the
    trend on the preparation sheet and the profile."""
    query = (
        select(Conversation.id, Conversation.held_on, Conversation.scheduled_at, Conversation.score)
        .where(
            Conversation.employee_id == employee_id,
            Conversation.status == "held",
            Conversation.score.is_not(None),
        )
        .order_by(
            Conversation.held_on.desc(), Conversation.scheduled_at.desc(), Conversation.id.desc()
        )
        .limit(limit)
    )
    with ctx.sessions() as session:
        rows = session.execute(query).all()
    return [
        ScorePoint(cid, held or at.date(), score)
        for cid, held, at, score in reversed(rows)
        if score is not None
    ]


def last_held_conversation(ctx: ServiceContext, employee_id: int) -> int | None:
    """The id of the person's most recent held conversation (for the preparation sheet)."""
    query = (
        select(Conversation.id)
        .where(Conversation.employee_id == employee_id, Conversation.status == "held")
        .order_by(
            Conversation.held_on.desc(), Conversation.scheduled_at.desc(), Conversation.id.desc()
        )
        .limit(1)
    )
    with ctx.sessions() as session:
        return session.scalar(query)
