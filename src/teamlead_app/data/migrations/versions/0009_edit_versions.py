"""an edit version on every record a user edits in a form: two leads saving the same record
get a conflict instead of a silent overwrite (services/common/edit_versions.py)

Revision ID: 0009
Revises: 0007
Create Date: 2026-12-07 13:00:00

Self-contained on purpose: at merge time only `down_revision` changes (it is re-chained after
another branch's 0008).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

# The records edited in a form (models.py, `version_id_col`). Not here: team (a lead may not
# change it on a server), person_skill (levels are history rows, never overwritten).
VERSIONED_TABLES = ("employee", "conversation", "agreement", "pop", "goal", "rotation", "pairing")


def upgrade() -> None:
    for table in VERSIONED_TABLES:
        # A plain ADD COLUMN with a constant default, not a batch: SQLite and PostgreSQL add
        # it in place and every existing row starts at version 1. A batch would copy the
        # table and lose SQLite's AUTOINCREMENT (ids never handed out again, migration 0002).
        op.add_column(
            table,
            sa.Column("version", sa.Integer(), server_default=sa.text("1"), nullable=False),
        )


def downgrade() -> None:
    for table in VERSIONED_TABLES:
        with op.batch_alter_table(table, schema=None) as batch_op:
            batch_op.drop_column("version")
