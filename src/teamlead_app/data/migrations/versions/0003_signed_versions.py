"""signed versions: the lock step of a signed conversation or POP

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-07 01:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "signed_version",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("version", sa.Integer(), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("changed_on", sa.Date(), nullable=True),
        sa.Column("signoff", sa.String(length=10), nullable=True),
        sa.Column("signed_on", sa.Date(), nullable=True),
        sa.Column("snapshot_json", sa.Text(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint("kind IN ('conversation', 'pop')", name=op.f("ck_signed_version_kind")),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employee.id"],
            name=op.f("fk_signed_version_employee_id_employee"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_signed_version")),
        sa.UniqueConstraint("kind", "record_id", "version", name="kind_record_version"),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("signed_version", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_signed_version_employee_id"), ["employee_id"], unique=False
        )


def downgrade() -> None:
    with op.batch_alter_table("signed_version", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_signed_version_employee_id"))
    op.drop_table("signed_version")
