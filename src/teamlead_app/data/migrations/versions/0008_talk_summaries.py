"""talk summaries kept by the database: employee_talks and talk_month

Revision ID: 0008
Revises: 0007
Create Date: 2026-12-07 13:00:00

The overview (overdue, longest without, the month's and year's counts) read every talk of ten
years; three small tables (per person, per person-month, per team-month) hold what it needs per person and per person-month. Triggers
written here for SQLite and for PostgreSQL keep them right on every write of conversation and
conversation_move (services, demo, import-sqlite, raw SQL alike). Each trigger recounts the
touched person (and month) from the conversations themselves, with an index seek, instead of
adding and subtracting: a recount cannot drift. The migration fills both from existing rows.
No score and no note are copied: the summaries hold dates and counts only.

A later migration that rebuilds `conversation` or `conversation_move` on SQLite (batch mode
copies the table) drops their triggers: it must run TRIGGERS_SQLITE again (the test
tests/data/test_talk_summaries.py checks that the triggers exist at head).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0008"
down_revision = "0007"
branch_labels = None
depends_on = None

_MEASURES = (
    "c.status = 'planned'",
    "c.status = 'held'",
    "EXISTS (SELECT 1 FROM conversation_move m WHERE m.conversation_id = c.id)",
    "c.status = 'cancelled'",
)
_COUNTS = ", ".join(f"count(CASE WHEN {m} THEN 1 END)" for m in _MEASURES)
_COUNTS_AS = ", ".join(
    f"count(CASE WHEN {m} THEN 1 END) AS {name}" for m, name in zip(_MEASURES, "phmx", strict=True)
)
_COLUMNS = "employee_id, month, team_id, planned, held, moved, cancelled"
_ADD = ", ".join(
    f"{c} = team_month.{c} + excluded.{c}" for c in ("planned", "held", "moved", "cancelled")
)
_SUB = ", ".join(f"{c} = {c} - OLD.{c}" for c in ("planned", "held", "moved", "cancelled"))


def _team_of(person: str) -> str:
    return f"coalesce((SELECT team_id FROM employee WHERE id = {person}), 0)"


def _team_add(row: str) -> str:
    return (
        "INSERT INTO team_month (team_id, month, planned, held, moved, cancelled) "
        f"VALUES ({row}.team_id, {row}.month, {row}.planned, {row}.held, {row}.moved, "
        f"{row}.cancelled) ON CONFLICT (team_id, month) DO UPDATE SET {_ADD};"
    )


_TEAM_SUB = f"UPDATE team_month SET {_SUB} WHERE team_id = OLD.team_id AND month = OLD.month;"


# --- SQLite ----------------------------------------------------------------------------------


def _sqlite_month(at: str) -> str:
    return f"CAST(strftime('%Y%m', {at}) AS INTEGER)"


def _sqlite_refresh(person: str, at: str) -> str:
    """Recount one person's month (`at` a moment in it) and the person's dates."""
    return f"""
    DELETE FROM talk_month WHERE employee_id = {person} AND month = {_sqlite_month(at)};
    INSERT INTO talk_month ({_COLUMNS})
        SELECT e, mo, {_team_of("e")}, p, h, m, x FROM (
            SELECT {person} AS e, {_sqlite_month(at)} AS mo, {_COUNTS_AS}, count(*) AS n
            FROM conversation c WHERE c.employee_id = {person}
            AND c.scheduled_at >= date({at}, 'start of month')
            AND c.scheduled_at < date({at}, 'start of month', '+1 month'))
        WHERE n > 0 AND e IS NOT NULL
        AND EXISTS (SELECT 1 FROM employee WHERE id = e);
    DELETE FROM employee_talks WHERE employee_id = {person};
    INSERT INTO employee_talks (employee_id, last_held, last_planned)
        SELECT {person},
            (SELECT max(held_on) FROM conversation
             WHERE employee_id = {person} AND status = 'held'),
            (SELECT max(scheduled_at) FROM conversation
             WHERE employee_id = {person} AND status = 'planned')
        WHERE EXISTS (SELECT 1 FROM employee WHERE id = {person});"""


def _sqlite_of_move(ref: str) -> str:
    person = f"(SELECT employee_id FROM conversation WHERE id = {ref})"
    at = f"(SELECT scheduled_at FROM conversation WHERE id = {ref})"
    return _sqlite_refresh(person, at)


TRIGGERS_SQLITE = (
    "CREATE TRIGGER talks_conversation_insert AFTER INSERT ON conversation BEGIN"
    f"{_sqlite_refresh('NEW.employee_id', 'NEW.scheduled_at')} END",
    "CREATE TRIGGER talks_conversation_update AFTER UPDATE OF "
    "employee_id, status, scheduled_at, held_on ON conversation BEGIN"
    f"{_sqlite_refresh('OLD.employee_id', 'OLD.scheduled_at')}"
    f"{_sqlite_refresh('NEW.employee_id', 'NEW.scheduled_at')} END",
    "CREATE TRIGGER talks_conversation_delete AFTER DELETE ON conversation BEGIN"
    f"{_sqlite_refresh('OLD.employee_id', 'OLD.scheduled_at')} END",
    "CREATE TRIGGER talks_move_insert AFTER INSERT ON conversation_move BEGIN"
    f"{_sqlite_of_move('NEW.conversation_id')} END",
    "CREATE TRIGGER talks_move_update AFTER UPDATE OF conversation_id ON conversation_move BEGIN"
    f"{_sqlite_of_move('OLD.conversation_id')}{_sqlite_of_move('NEW.conversation_id')} END",
    "CREATE TRIGGER talks_move_delete AFTER DELETE ON conversation_move BEGIN"
    f"{_sqlite_of_move('OLD.conversation_id')} END",
    "CREATE TRIGGER talks_employee_delete AFTER DELETE ON employee BEGIN"
    " DELETE FROM employee_talks WHERE employee_id = OLD.id;"
    " DELETE FROM talk_month WHERE employee_id = OLD.id; END",
    "CREATE TRIGGER talks_employee_team AFTER UPDATE OF team_id ON employee BEGIN"
    " UPDATE talk_month SET team_id = coalesce(NEW.team_id, 0) WHERE employee_id = NEW.id; END",
    # team_month follows talk_month by differences (talk_month itself is recounted).
    f"CREATE TRIGGER talks_month_insert AFTER INSERT ON talk_month BEGIN {_team_add('NEW')} END",
    f"CREATE TRIGGER talks_month_delete AFTER DELETE ON talk_month BEGIN {_TEAM_SUB} END",
    "CREATE TRIGGER talks_month_update AFTER UPDATE ON talk_month BEGIN "
    f"{_TEAM_SUB} {_team_add('NEW')} END",
)


# --- PostgreSQL ------------------------------------------------------------------------------

_PG_DEFINER = "SECURITY DEFINER SET search_path = public, pg_temp"


def _pg_month(at: str) -> str:
    return f"(EXTRACT(YEAR FROM {at}) * 100 + EXTRACT(MONTH FROM {at}))::integer"


_PG_MONTH = _pg_month("at")

FUNCTIONS_PG = (
    # Runs as the tables' owner: a lead's write recounts the person's talks written by another
    # lead too (row-level security hides those from the lead, not from the count).
    f"""CREATE OR REPLACE FUNCTION talks_refresh(person integer, at timestamp)
    RETURNS void LANGUAGE plpgsql {_PG_DEFINER} AS $$
    BEGIN
        IF person IS NULL OR at IS NULL THEN RETURN; END IF;
        DELETE FROM talk_month WHERE employee_id = person AND month = {_PG_MONTH};
        INSERT INTO talk_month ({_COLUMNS})
            SELECT person, {_PG_MONTH}, {_team_of("person")}, {_COUNTS}
            FROM conversation c WHERE c.employee_id = person
            AND c.scheduled_at >= date_trunc('month', at)
            AND c.scheduled_at < date_trunc('month', at) + interval '1 month'
            HAVING count(*) > 0 AND EXISTS (SELECT 1 FROM employee WHERE id = person);
        DELETE FROM employee_talks WHERE employee_id = person;
        INSERT INTO employee_talks (employee_id, last_held, last_planned)
            SELECT person,
                (SELECT max(held_on) FROM conversation
                 WHERE employee_id = person AND status = 'held'),
                (SELECT max(scheduled_at) FROM conversation
                 WHERE employee_id = person AND status = 'planned')
            WHERE EXISTS (SELECT 1 FROM employee WHERE id = person);
    END $$""",
    f"""CREATE OR REPLACE FUNCTION talks_conversation_changed() RETURNS trigger
    LANGUAGE plpgsql {_PG_DEFINER} AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            PERFORM talks_refresh(OLD.employee_id, OLD.scheduled_at);
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
            PERFORM talks_refresh(NEW.employee_id, NEW.scheduled_at);
        END IF;
        RETURN NULL;
    END $$""",
    f"""CREATE OR REPLACE FUNCTION talks_move_changed() RETURNS trigger
    LANGUAGE plpgsql {_PG_DEFINER} AS $$
    DECLARE person integer; at timestamp;
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            SELECT employee_id, scheduled_at INTO person, at
                FROM conversation WHERE id = OLD.conversation_id;
            PERFORM talks_refresh(person, at);
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
            SELECT employee_id, scheduled_at INTO person, at
                FROM conversation WHERE id = NEW.conversation_id;
            PERFORM talks_refresh(person, at);
        END IF;
        RETURN NULL;
    END $$""",
    f"""CREATE OR REPLACE FUNCTION talks_employee_changed() RETURNS trigger
    LANGUAGE plpgsql {_PG_DEFINER} AS $$
    BEGIN
        IF TG_OP = 'DELETE' THEN
            DELETE FROM employee_talks WHERE employee_id = OLD.id;
            DELETE FROM talk_month WHERE employee_id = OLD.id;
        ELSIF NEW.team_id IS DISTINCT FROM OLD.team_id THEN
            UPDATE talk_month SET team_id = coalesce(NEW.team_id, 0) WHERE employee_id = NEW.id;
        END IF;
        RETURN NULL;
    END $$""",
    f"""CREATE OR REPLACE FUNCTION talks_month_changed() RETURNS trigger
    LANGUAGE plpgsql {_PG_DEFINER} AS $$
    BEGIN
        IF TG_OP IN ('UPDATE', 'DELETE') THEN
            {_TEAM_SUB}
        END IF;
        IF TG_OP IN ('UPDATE', 'INSERT') THEN
            {_team_add("NEW")}
        END IF;
        RETURN NULL;
    END $$""",
)
TRIGGERS_PG = (
    "CREATE TRIGGER talks_conversation AFTER INSERT OR DELETE OR UPDATE OF "
    "employee_id, status, scheduled_at, held_on ON conversation "
    "FOR EACH ROW EXECUTE FUNCTION talks_conversation_changed()",
    "CREATE TRIGGER talks_move AFTER INSERT OR DELETE OR UPDATE OF conversation_id "
    "ON conversation_move FOR EACH ROW EXECUTE FUNCTION talks_move_changed()",
    "CREATE TRIGGER talks_employee AFTER DELETE OR UPDATE OF team_id ON employee "
    "FOR EACH ROW EXECUTE FUNCTION talks_employee_changed()",
    "CREATE TRIGGER talks_month AFTER INSERT OR DELETE OR UPDATE ON talk_month "
    "FOR EACH ROW EXECUTE FUNCTION talks_month_changed()",
)


# --- filling from the existing rows ----------------------------------------------------------


def _fill(month: str) -> tuple[str, ...]:
    sums = ", ".join(f"sum({c})" for c in ("planned", "held", "moved", "cancelled"))
    return (
        f"INSERT INTO talk_month ({_COLUMNS}) "
        f"SELECT c.employee_id, {month}, coalesce(e.team_id, 0), {_COUNTS} FROM conversation c "
        "JOIN employee e ON e.id = c.employee_id "
        f"GROUP BY c.employee_id, {month}, coalesce(e.team_id, 0)",
        "INSERT INTO team_month (team_id, month, planned, held, moved, cancelled) "
        f"SELECT team_id, month, {sums} FROM talk_month GROUP BY team_id, month",
        "INSERT INTO employee_talks (employee_id, last_held, last_planned) "
        "SELECT e.id, "
        "(SELECT max(held_on) FROM conversation WHERE employee_id = e.id AND status = 'held'), "
        "(SELECT max(scheduled_at) FROM conversation "
        "WHERE employee_id = e.id AND status = 'planned') "
        "FROM employee e",
    )


def upgrade() -> None:
    op.create_table(
        "employee_talks",
        sa.Column("employee_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("last_held", sa.Date(), nullable=True),
        sa.Column("last_planned", sa.DateTime(), nullable=True),
        sa.PrimaryKeyConstraint("employee_id", name=op.f("pk_employee_talks")),
    )
    op.create_table(
        "talk_month",
        sa.Column("employee_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("month", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("planned", sa.Integer(), nullable=False),
        sa.Column("held", sa.Integer(), nullable=False),
        sa.Column("moved", sa.Integer(), nullable=False),
        sa.Column("cancelled", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("employee_id", "month", name=op.f("pk_talk_month")),
    )
    op.create_table(
        "team_month",
        sa.Column("team_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("month", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("planned", sa.Integer(), nullable=False),
        sa.Column("held", sa.Integer(), nullable=False),
        sa.Column("moved", sa.Integer(), nullable=False),
        sa.Column("cancelled", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("team_id", "month", name=op.f("pk_team_month")),
    )
    op.create_index("ix_talk_month_month", "talk_month", ["month"], unique=False)
    op.create_index(
        "ix_conversation_planned",
        "conversation",
        ["employee_id", "scheduled_at"],
        unique=False,
        sqlite_where=sa.text("status = 'planned'"),
        postgresql_where=sa.text("status = 'planned'"),
    )
    # The overview's late agreements as a card shows them: the open ones by due date, not a
    # scan of every agreement of ten years.
    op.create_index(
        "ix_agreement_open_due",
        "agreement",
        ["due_date"],
        unique=False,
        sqlite_where=sa.text("status = 'open'"),
        postgresql_where=sa.text("status = 'open'"),
    )
    if op.get_bind().dialect.name == "postgresql":
        statements = (*_fill(_pg_month("c.scheduled_at")), *FUNCTIONS_PG)
        statements += TRIGGERS_PG
    else:
        statements = (*_fill(_sqlite_month("c.scheduled_at")), *TRIGGERS_SQLITE)
    for statement in statements:
        op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "postgresql":
        op.execute("DROP TRIGGER IF EXISTS talks_conversation ON conversation")
        op.execute("DROP TRIGGER IF EXISTS talks_move ON conversation_move")
        op.execute("DROP TRIGGER IF EXISTS talks_employee ON employee")
        op.execute("DROP TRIGGER IF EXISTS talks_month ON talk_month")
        for name in ("conversation", "move", "employee", "month"):
            op.execute(f"DROP FUNCTION IF EXISTS talks_{name}_changed()")
        op.execute("DROP FUNCTION IF EXISTS talks_refresh(integer, timestamp)")
    else:
        for trigger in (
            "conversation_insert",
            "conversation_update",
            "conversation_delete",
            "move_insert",
            "move_update",
            "move_delete",
            "employee_delete",
            "employee_team",
            "month_insert",
            "month_delete",
            "month_update",
        ):
            op.execute(f"DROP TRIGGER IF EXISTS talks_{trigger}")
    op.drop_index("ix_agreement_open_due", table_name="agreement")
    op.drop_index("ix_conversation_planned", table_name="conversation")
    op.drop_table("team_month")
    op.drop_table("talk_month")
    op.drop_table("employee_talks")
