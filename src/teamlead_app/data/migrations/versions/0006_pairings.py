"""buddy and mentor pairings (with check-ins), team leaders named from the team's own people,
and buddy training per person

Revision ID: 0006
Revises: 0005
Create Date: 2026-12-07 02:45:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None


def _employee_fk(table: str, column: str, ondelete: str) -> sa.ForeignKeyConstraint:
    return sa.ForeignKeyConstraint(
        [column], ["employee.id"], name=op.f(f"fk_{table}_{column}_employee"), ondelete=ondelete
    )


def upgrade() -> None:
    op.create_table(
        "team_leader",
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("role", sa.String(length=20), nullable=False),
        sa.CheckConstraint(
            "role IN ('leider', 'ploegleider', 'meewerkend_voorman')",
            name=op.f("ck_team_leader_role"),
        ),
        _employee_fk("team_leader", "employee_id", "CASCADE"),
        sa.ForeignKeyConstraint(
            ["team_id"], ["team.id"], name=op.f("fk_team_leader_team_id_team"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("team_id", "employee_id", name=op.f("pk_team_leader")),
    )
    op.create_table(
        "buddy_training",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("trained_on", sa.Date(), nullable=False),
        sa.Column("how", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        _employee_fk("buddy_training", "employee_id", "CASCADE"),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_buddy_training")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("buddy_training", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_buddy_training_employee_id"), ["employee_id"], unique=False
        )
    op.create_table(
        "pairing",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("mentor_id", sa.Integer(), nullable=True),
        sa.Column("mentee_id", sa.Integer(), nullable=True),
        sa.Column("focus_json", sa.Text(), nullable=False),
        sa.Column("start_on", sa.Date(), nullable=False),
        sa.Column("planned_end_on", sa.Date(), nullable=False),
        sa.Column("ended_on", sa.Date(), nullable=True),
        sa.Column("checkin_weeks", sa.Integer(), nullable=False),
        sa.Column("stop_reason", sa.Text(), nullable=False),
        sa.Column("evaluation", sa.Text(), nullable=False),
        sa.Column("rotation_id", sa.Integer(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "kind IN ('buddy', 'mentor', 'leermeester', 'trainingsmaatje', 'reverse', "
            "'rotation_host')",
            name=op.f("ck_pairing_kind"),
        ),
        sa.CheckConstraint(
            "status IN ('voorgesteld', 'actief', 'afgerond', 'gestopt')",
            name=op.f("ck_pairing_status"),
        ),
        sa.CheckConstraint("planned_end_on >= start_on", name=op.f("ck_pairing_dates")),
        sa.CheckConstraint("checkin_weeks BETWEEN 1 AND 52", name=op.f("ck_pairing_checkin_weeks")),
        _employee_fk("pairing", "mentor_id", "SET NULL"),
        _employee_fk("pairing", "mentee_id", "SET NULL"),
        sa.ForeignKeyConstraint(
            ["rotation_id"],
            ["rotation.id"],
            name=op.f("fk_pairing_rotation_id_rotation"),
            ondelete="SET NULL",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pairing")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("pairing", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_pairing_mentor_id"), ["mentor_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_pairing_mentee_id"), ["mentee_id"], unique=False)
        batch_op.create_index(
            batch_op.f("ix_pairing_planned_end_on"), ["planned_end_on"], unique=False
        )
    op.create_table(
        "pairing_checkin",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("pairing_id", sa.Integer(), nullable=False),
        sa.Column("held_on", sa.Date(), nullable=False),
        sa.Column("note", sa.String(length=500), nullable=False),
        sa.Column("shared", sa.Boolean(), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["pairing_id"],
            ["pairing.id"],
            name=op.f("fk_pairing_checkin_pairing_id_pairing"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_pairing_checkin")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("pairing_checkin", schema=None) as batch_op:
        batch_op.create_index(
            "ix_pairing_checkin_pairing_held", ["pairing_id", "held_on"], unique=False
        )


def downgrade() -> None:
    op.drop_table("pairing_checkin")
    op.drop_table("pairing")
    op.drop_table("buddy_training")
    op.drop_table("team_leader")
