"""indexes for the overview's cards: each card reads its first lines and counts the rest from
an index that holds only the rows it lists, so the cards stay fast as the company grows
(issue 10, benchmarks/bench_growth.py)

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


def upgrade() -> None:
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
        # The planner's statistics (PostgreSQL keeps its own): without them SQLite guesses
        # and walks every person for a card instead of the few rows in the index. Kept fresh
        # by `PRAGMA optimize` when the app closes the file (data/db.py).
        op.execute("PRAGMA analysis_limit=400")
        op.execute("ANALYZE")


def downgrade() -> None:
    for name, table, _columns, _where in reversed(INDEXES):
        op.drop_index(name, table_name=table)
