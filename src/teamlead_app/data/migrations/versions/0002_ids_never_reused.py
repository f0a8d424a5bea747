"""ids never reused; drafts belong to a person

Revision ID: 0002
Revises: 0001
Create Date: 2026-12-07 01:40:00

Every table with an integer id is rebuilt with SQLite's AUTOINCREMENT, keeping every row and
foreign key (migrate.upgrade runs this with foreign keys OFF and checks them afterwards): a
deleted person's id, or their POP's or conversation's, is never handed out again, so nothing
left anywhere under that id (an autosaved draft, an export-log line) can surface with someone
else. The counter of `employee` starts above every id the export log says was deleted, so ids
deleted before this upgrade are not reused either.

`draft.employee_id` (NOT NULL, ON DELETE CASCADE) names the person each draft is about:
deleting the person deletes every kind of draft. Drafts whose conversation, POP or goal no
longer exists were left behind by an earlier deletion and are removed.
"""

from __future__ import annotations

import re

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None

# Parents before children; setting has a text key and keeps its plain table.
TABLES = (
    "team",
    "job_function",
    "employee",
    "template_version",
    "pop",
    "conversation",
    "conversation_answer",
    "conversation_move",
    "agreement",
    "agreement_followup",
    "pop_support",
    "goal",
    "goal_step",
    "goal_progress",
    "export_log",
)
# The draft kinds of schema 0001 and the table each refers to.
DRAFT_OWNERS = {"conversation": "conversation", "pop": "pop", "goal": "goal"}


def _deleted_employee_ids(bind: sa.Connection) -> list[int]:
    rows = bind.exec_driver_sql("SELECT scope FROM export_log WHERE action = 'delete'")
    found = []
    for (scope,) in rows:
        found += [int(n) for n in re.findall(r"\bemployee=(\d+)\b", scope or "")]
    return found


def _raise_counter(bind: sa.Connection, table: str, at_least: int) -> None:
    if bind.dialect.name != "sqlite":  # PostgreSQL: the column's own sequence
        bind.execute(
            sa.text(
                f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                f"GREATEST(:n, (SELECT COALESCE(MAX(id), 1) FROM {table})))"
            ),
            {"n": at_least},
        )
        return
    current = bind.exec_driver_sql(
        "SELECT seq FROM sqlite_sequence WHERE name = ?", (table,)
    ).fetchone()
    if current is None:
        bind.exec_driver_sql(
            "INSERT INTO sqlite_sequence (name, seq) VALUES (?, ?)", (table, at_least)
        )
    elif current[0] < at_least:
        bind.exec_driver_sql("UPDATE sqlite_sequence SET seq = ? WHERE name = ?", (at_least, table))


def upgrade() -> None:
    bind = op.get_bind()
    sqlite = bind.dialect.name == "sqlite"
    deleted = _deleted_employee_ids(bind)
    # PostgreSQL's sequences never hand out an id twice: only SQLite needs the rebuild.
    for table in TABLES if sqlite else ():
        with op.batch_alter_table(
            table, recreate="always", table_kwargs={"sqlite_autoincrement": True}
        ):
            pass
    if deleted:
        _raise_counter(bind, "employee", max(deleted))

    with op.batch_alter_table("draft") as batch_op:
        batch_op.add_column(sa.Column("employee_id", sa.Integer(), nullable=True))
    for kind, owner in DRAFT_OWNERS.items():
        bind.execute(
            sa.text(
                f"UPDATE draft SET employee_id = (SELECT employee_id FROM {owner} "
                f"WHERE {owner}.id = draft.ref_id) WHERE kind = :kind"
            ),
            {"kind": kind},
        )
    bind.exec_driver_sql("DELETE FROM draft WHERE employee_id IS NULL")
    with op.batch_alter_table(
        "draft",
        recreate="always" if sqlite else "auto",
        table_kwargs={"sqlite_autoincrement": True},
    ) as batch_op:
        batch_op.alter_column("employee_id", existing_type=sa.Integer(), nullable=False)
        batch_op.create_index(batch_op.f("ix_draft_employee_id"), ["employee_id"], unique=False)
        batch_op.create_foreign_key(
            batch_op.f("fk_draft_employee_id_employee"),
            "employee",
            ["employee_id"],
            ["id"],
            ondelete="CASCADE",
        )


def downgrade() -> None:
    with op.batch_alter_table("draft") as batch_op:
        batch_op.drop_constraint(batch_op.f("fk_draft_employee_id_employee"), type_="foreignkey")
        batch_op.drop_index(batch_op.f("ix_draft_employee_id"))
        batch_op.drop_column("employee_id")
