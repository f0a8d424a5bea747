"""the overview's cards as the company grows: an index holding only the unsigned talks, and
the cards' state for one day (person_day) with the SQLite triggers that mark the people whose
rows changed, and its totals per team (issue 10, benchmarks/bench_growth.py)

The cards count and order everyone in service (who needs planning, without a POP, goals late
...); person_day holds per person what they count and order by, computed for one day by the
same statements that make the full lists (services/cards/person_day.py). A write to a person's
rows marks the person in person_day_dirty (triggers below, on every write path: services,
demo, import, raw SQL); the cards recompute only those people, and everyone on a new day.
SQLite only: a company server computes the cards directly (PostgreSQL gets the tables, empty).

A later migration that rebuilds employee, conversation, pop, goal or goal_step on SQLite
(batch mode copies the table) drops these triggers: it must run TRIGGERS_SQLITE again
(tests/services/test_person_day.py checks that they exist at head).

Revision ID: 0010
Revises: 0009
Create Date: 2026-12-07 16:00:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None

# (name, table, columns, partial condition or None) — the same in models.py.
INDEXES: tuple[tuple[str, str, list[str], str | None], ...] = (
    # "Nog te tekenen": held talks not signed yet, newest first; only those rows.
    (
        "ix_conversation_unsigned",
        "conversation",
        ["scheduled_at", "employee_id"],
        "status = 'held' AND signoff IS NULL",
    ),
)

TEAM_TOTALS = ("to_plan", "planned_late", "unsigned", "no_pop", "goals", "evaluations", "stopped")
PERSON_DAY_INDEXES: tuple[tuple[str, list[str]], ...] = (
    ("ix_person_day_team", ["team_id"]),
    ("ix_person_day_to_plan", ["to_plan_due"]),
    ("ix_person_day_without", ["without_key"]),
    ("ix_person_day_no_pop", ["no_pop", "last_key", "first_key", "employee_id"]),
    ("ix_person_day_stopped", ["stopped", "last_key", "first_key", "employee_id"]),
    ("ix_person_day_goals", ["goals_first", "last_key", "first_key", "employee_id"]),
    ("ix_person_day_evaluations", ["evaluations_first", "employee_id"]),
)


def _mark(person: str) -> str:
    """Mark the people a value or a SELECT of employee_id gives as out of date. Not INSERT OR
    IGNORE: inside a trigger a cascading foreign-key action's policy overrides it."""
    source = person if person.startswith("SELECT") else f"SELECT {person} AS employee_id"
    # (Only people still there: a person's rows deleted with them mark nobody.)
    return (
        "INSERT INTO person_day_dirty (employee_id) SELECT DISTINCT employee_id "
        f"FROM ({source}) WHERE employee_id IS NOT NULL "
        "AND employee_id NOT IN (SELECT employee_id FROM person_day_dirty) "
        "AND employee_id IN (SELECT id FROM employee);"
    )


def _marks(table: str, row: str) -> list[str]:
    """What a changed row of `table` (NEW or OLD) puts out of date."""
    if table == "employee":
        return [_mark(f"{row}.id")]
    if table == "goal_step":  # (a step of a goal deleted with it: the goal marks the person)
        return [_mark(f"SELECT employee_id FROM goal WHERE id = {row}.goal_id")]
    marks = [_mark(f"{row}.employee_id")]
    if table == "conversation":  # an evaluation moment counts for the POP's person
        marks.append(_mark(f"SELECT employee_id FROM pop WHERE id = {row}.pop_id"))
    if table == "pop":  # its status decides for the goals and moments linked to it
        marks.append(_mark(f"SELECT employee_id FROM goal WHERE pop_id = {row}.id"))
        marks.append(_mark(f"SELECT employee_id FROM conversation WHERE pop_id = {row}.id"))
    return marks


MARKED_TABLES = ("employee", "conversation", "pop", "goal", "goal_step")


def _triggers() -> list[str]:
    triggers = []
    for table in MARKED_TABLES:
        for event, rows in (("INSERT", ("NEW",)), ("UPDATE", ("OLD", "NEW")), ("DELETE", ("OLD",))):
            if table == "employee" and event == "DELETE":
                # Nothing of the person stays; the teams' totals are summed again (a
                # deletion is rare: the privacy action).
                body = " ".join(
                    f"DELETE FROM {state} WHERE employee_id = OLD.id;"
                    for state in ("person_day", "person_day_dirty")
                )
                body += " UPDATE person_day_stamp SET settings = '';"
            else:
                body = " ".join(mark for row in rows for mark in _marks(table, row))
            triggers.append(
                f"CREATE TRIGGER person_day_{table}_{event.lower()} AFTER {event} ON {table} "
                f"BEGIN {body} END"
            )
    return triggers


TRIGGERS_SQLITE = _triggers()


def upgrade() -> None:
    op.create_table(
        "person_day",
        sa.Column("employee_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("last_key", sa.String(length=200), nullable=False),
        sa.Column("first_key", sa.String(length=200), nullable=False),
        sa.Column("to_plan_due", sa.Date(), nullable=True),
        sa.Column("planned_late", sa.Integer(), nullable=False),
        sa.Column("without_key", sa.String(length=11), nullable=True),
        sa.Column("unsigned", sa.Integer(), nullable=False),
        sa.Column("no_pop", sa.Integer(), nullable=False),
        sa.Column("stopped", sa.Integer(), nullable=False),
        sa.Column("goals", sa.Integer(), nullable=False),
        sa.Column("goals_first", sa.Date(), nullable=True),
        sa.Column("evaluations", sa.Integer(), nullable=False),
        sa.Column("evaluations_first", sa.Date(), nullable=True),
        sa.PrimaryKeyConstraint("employee_id", name=op.f("pk_person_day")),
    )
    for name, columns in PERSON_DAY_INDEXES:
        op.create_index(name, "person_day", columns, unique=False)
    op.create_table(
        "person_day_team",
        sa.Column("team_key", sa.Integer(), autoincrement=False, nullable=False),
        *(sa.Column(name, sa.Integer(), nullable=False) for name in TEAM_TOTALS),
        sa.PrimaryKeyConstraint("team_key", name=op.f("pk_person_day_team")),
    )
    op.create_table(
        "person_day_dirty",
        sa.Column("employee_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("employee_id", name=op.f("pk_person_day_dirty")),
    )
    op.create_table(
        "person_day_stamp",
        sa.Column("slot", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("settings", sa.String(length=100), nullable=False),
        sa.PrimaryKeyConstraint("slot", name=op.f("pk_person_day_stamp")),
    )
    for name, table, columns, where in INDEXES:
        condition = sa.text(where) if where else None
        op.create_index(
            name,
            table,
            columns,
            unique=False,
            sqlite_where=condition,
            postgresql_where=condition,
        )
    if op.get_bind().dialect.name == "sqlite":
        for trigger in TRIGGERS_SQLITE:
            op.execute(trigger)
        # The planner's statistics (PostgreSQL keeps its own): without them SQLite guesses
        # and walks every person for a card instead of the few rows in the index. Kept fresh
        # by `PRAGMA optimize` when the app closes the file (data/db.py).
        op.execute("ANALYZE")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for trigger in TRIGGERS_SQLITE:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger.split()[2]}")
    op.drop_table("person_day_stamp")
    op.drop_table("person_day_dirty")
    op.drop_table("person_day_team")
    for name, _columns in PERSON_DAY_INDEXES:
        op.drop_index(name, table_name="person_day")
    op.drop_table("person_day")
    for name, table, _columns, _where in reversed(INDEXES):
        op.drop_index(name, table_name=table)
