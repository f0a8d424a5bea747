"""stations (complexity, prerequisite skills), rotation forms (domain §3.9, editable), rotations
with their evaluation, and the rotation that set a skill level

Revision ID: 0005
Revises: 0004
Create Date: 2026-12-07 02:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0005"
down_revision = "0004"
branch_labels = None
depends_on = None

# Domain §3.9: (name, purpose, duration). An editable list; none of these is a norm.
DEFAULT_ROTATION_FORMS = (
    (
        "Paar uur in ander team of aan andere machine",
        "Eerste stap bij angst voor verandering",
        "Uren",
    ),
    (
        "Meelopen / functieruil buiten ↔ binnen",
        "Meelopen, of ruil buiten–kantoor",
        "1 dag, af en toe",
    ),
    ("Mini-stage, andere vestiging", "Vrijblijvend proberen", "Een paar dagen"),
    ("Interne stage naar kantoorrol", "Een monteur probeert werkvoorbereiding", "Ongeveer 2 weken"),
    ("Meelopen met afdeling", "Ontbrekende kennis leren", "Ongeveer 3 weken"),
    ("Meestertoets in ander team", "Inwerkblok afsluiten, beoordeeld", "7 dagen"),
    (
        "Werkplekroulatie eenvoudig → complex",
        "Werkplekladder; nieuwe machine tot iedereen haar kan bedienen",
        "Tot afgetekend",
    ),
    ("Bij rust / per opdracht", "Rustige periodes; als een opdracht erom vraagt", "Wanneer nodig"),
)


def upgrade() -> None:
    op.create_table(
        "rotation_form",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("purpose", sa.String(length=300), nullable=False),
        sa.Column("duration", sa.String(length=100), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rotation_form")),
        sa.UniqueConstraint("name", name=op.f("uq_rotation_form_name")),
        sqlite_autoincrement=True,
    )
    forms = sa.table(
        "rotation_form",
        sa.column("name", sa.String),
        sa.column("purpose", sa.String),
        sa.column("duration", sa.String),
        sa.column("position", sa.Integer),
    )
    op.bulk_insert(
        forms,
        [
            {"name": n, "purpose": p, "duration": d, "position": i}
            for i, (n, p, d) in enumerate(DEFAULT_ROTATION_FORMS, start=1)
        ],
    )
    op.create_table(
        "station",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("complexity", sa.Integer(), nullable=False),
        sa.CheckConstraint("complexity BETWEEN 1 AND 3", name=op.f("ck_station_complexity")),
        sa.ForeignKeyConstraint(
            ["team_id"], ["team.id"], name=op.f("fk_station_team_id_team"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_station")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("station", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_station_team_id"), ["team_id"], unique=False)
    op.create_table(
        "station_skill",
        sa.Column("station_id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(
            ["skill_id"],
            ["skill.id"],
            name=op.f("fk_station_skill_skill_id_skill"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["station_id"],
            ["station.id"],
            name=op.f("fk_station_skill_station_id_station"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("station_id", "skill_id", name=op.f("pk_station_skill")),
    )
    op.create_table(
        "rotation",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("form_id", sa.Integer(), nullable=True),
        sa.Column("station_id", sa.Integer(), nullable=True),
        sa.Column("target_team_id", sa.Integer(), nullable=True),
        sa.Column("department", sa.String(length=200), nullable=False),
        sa.Column("host_id", sa.Integer(), nullable=True),
        sa.Column("date_from", sa.Date(), nullable=False),
        sa.Column("date_to", sa.Date(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=True),
        sa.Column("target_level", sa.String(length=1), nullable=True),
        sa.Column("goal_id", sa.Integer(), nullable=True),
        sa.Column("status", sa.String(length=12), nullable=False),
        sa.Column("learned", sa.Text(), nullable=False),
        sa.Column("new_level", sa.String(length=1), nullable=True),
        sa.Column("next_step", sa.Text(), nullable=False),
        sa.Column("shared_with_team", sa.Boolean(), nullable=False),
        sa.Column("outcome", sa.String(length=14), nullable=True),
        sa.Column("evaluated_on", sa.Date(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "status IN ('gepland', 'bezig', 'afgerond', 'afgebroken')",
            name=op.f("ck_rotation_status"),
        ),
        sa.CheckConstraint(
            "outcome IS NULL OR outcome IN ('doorgaan', 'nog_niet', 'niet_voor_mij', 'afgebroken')",
            name=op.f("ck_rotation_outcome"),
        ),
        sa.CheckConstraint("date_to >= date_from", name=op.f("ck_rotation_dates")),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employee.id"],
            name=op.f("fk_rotation_employee_id_employee"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["form_id"],
            ["rotation_form.id"],
            name=op.f("fk_rotation_form_id_rotation_form"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["station_id"],
            ["station.id"],
            name=op.f("fk_rotation_station_id_station"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["target_team_id"],
            ["team.id"],
            name=op.f("fk_rotation_target_team_id_team"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["host_id"],
            ["employee.id"],
            name=op.f("fk_rotation_host_id_employee"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["skill_id"],
            ["skill.id"],
            name=op.f("fk_rotation_skill_id_skill"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["goal_id"], ["goal.id"], name=op.f("fk_rotation_goal_id_goal"), ondelete="SET NULL"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_rotation")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("rotation", schema=None) as batch_op:
        batch_op.create_index("ix_rotation_dates", ["date_from", "date_to"], unique=False)
        batch_op.create_index(batch_op.f("ix_rotation_employee_id"), ["employee_id"], unique=False)
        batch_op.create_index(batch_op.f("ix_rotation_host_id"), ["host_id"], unique=False)
    with op.batch_alter_table("skill_level", schema=None) as batch_op:
        batch_op.add_column(sa.Column("rotation_id", sa.Integer(), nullable=True))
        batch_op.create_index(
            batch_op.f("ix_skill_level_rotation_id"), ["rotation_id"], unique=False
        )
        batch_op.create_foreign_key(
            batch_op.f("fk_skill_level_rotation_id_rotation"),
            "rotation",
            ["rotation_id"],
            ["id"],
            ondelete="SET NULL",
        )


def downgrade() -> None:
    with op.batch_alter_table("skill_level", schema=None) as batch_op:
        batch_op.drop_constraint(
            batch_op.f("fk_skill_level_rotation_id_rotation"), type_="foreignkey"
        )
        batch_op.drop_index(batch_op.f("ix_skill_level_rotation_id"))
        batch_op.drop_column("rotation_id")
    op.drop_table("rotation")
    op.drop_table("station_skill")
    op.drop_table("station")
    op.drop_table("rotation_form")
