"""skills matrix (ILUO levels with history, knowledge holders, required levels per function)
and certificates (types, per person, scans)

Revision ID: 0004
Revises: 0003
Create Date: 2026-12-07 01:40:00
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None

_LEVELS = "level IN ('-', 'I', 'L', 'U', 'O')"
# The editable list of certificate types starts with these (name, validity in months).
DEFAULT_CERTIFICATE_TYPES = (
    ("VCA basis", 120),
    ("VCA VOL", 120),
    ("NEN 3140 VOP", 36),
    ("NEN 3140 VP", 36),
    ("BHV", 12),
    ("Heftruck", 60),
    ("Hoogwerker", 60),
    ("Lascertificaat", 36),
)


def upgrade() -> None:
    op.create_table(
        "certificate_type",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("validity_months", sa.Integer(), nullable=True),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate_type")),
        sa.UniqueConstraint("name", name=op.f("uq_certificate_type_name")),
        sqlite_autoincrement=True,
    )
    types = sa.table(
        "certificate_type", sa.column("name", sa.String), sa.column("validity_months", sa.Integer)
    )
    op.bulk_insert(types, [{"name": n, "validity_months": m} for n, m in DEFAULT_CERTIFICATE_TYPES])
    op.create_table(
        "skill",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("name", sa.String(length=200), nullable=False),
        sa.Column("skill_group", sa.String(length=10), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("certificate_type_id", sa.Integer(), nullable=True),
        sa.CheckConstraint(
            "skill_group IN ('machine', 'process', 'topic', 'sector', 'soft')",
            name=op.f("ck_skill_skill_group"),
        ),
        sa.ForeignKeyConstraint(
            ["certificate_type_id"],
            ["certificate_type.id"],
            name=op.f("fk_skill_certificate_type_id_certificate_type"),
            ondelete="SET NULL",
        ),
        sa.ForeignKeyConstraint(
            ["team_id"], ["team.id"], name=op.f("fk_skill_team_id_team"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill")),
        sa.UniqueConstraint("team_id", "name", name="team_name"),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("skill", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_skill_team_id"), ["team_id"], unique=False)

    op.create_table(
        "skill_level",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=1), nullable=False),
        sa.Column("assessed_on", sa.Date(), nullable=False),
        sa.Column("assessor", sa.String(length=200), nullable=False),
        sa.Column("evidence", sa.String(length=300), nullable=False),
        sa.Column("source", sa.String(length=10), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(_LEVELS, name=op.f("ck_skill_level_level")),
        sa.CheckConstraint(
            "source IN ('matrix', 'import', 'demo', 'rotation')",
            name=op.f("ck_skill_level_source"),
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employee.id"],
            name=op.f("fk_skill_level_employee_id_employee"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["skill_id"],
            ["skill.id"],
            name=op.f("fk_skill_level_skill_id_skill"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill_level")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("skill_level", schema=None) as batch_op:
        batch_op.create_index(
            "ix_skill_level_person_skill", ["employee_id", "skill_id", "assessed_on"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_skill_level_skill_id"), ["skill_id"], unique=False)

    op.create_table(
        "person_skill",
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=1), nullable=False),
        sa.Column("knowledge_holder", sa.Boolean(), nullable=False),
        sa.CheckConstraint(_LEVELS, name=op.f("ck_person_skill_level")),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employee.id"],
            name=op.f("fk_person_skill_employee_id_employee"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["skill_id"],
            ["skill.id"],
            name=op.f("fk_person_skill_skill_id_skill"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("employee_id", "skill_id", name=op.f("pk_person_skill")),
    )
    with op.batch_alter_table("person_skill", schema=None) as batch_op:
        batch_op.create_index("ix_person_skill_skill_level", ["skill_id", "level"], unique=False)

    op.create_table(
        "function_skill",
        sa.Column("function_id", sa.Integer(), nullable=False),
        sa.Column("skill_id", sa.Integer(), nullable=False),
        sa.Column("level", sa.String(length=1), nullable=False),
        sa.CheckConstraint(_LEVELS, name=op.f("ck_function_skill_level")),
        sa.ForeignKeyConstraint(
            ["function_id"],
            ["job_function.id"],
            name=op.f("fk_function_skill_function_id_job_function"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["skill_id"],
            ["skill.id"],
            name=op.f("fk_function_skill_skill_id_skill"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("function_id", "skill_id", name=op.f("pk_function_skill")),
    )
    op.create_table(
        "certificate",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("employee_id", sa.Integer(), nullable=False),
        sa.Column("type_id", sa.Integer(), nullable=False),
        sa.Column("issued_on", sa.Date(), nullable=False),
        sa.Column("expires_on", sa.Date(), nullable=True),
        sa.Column("note", sa.String(length=200), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.CheckConstraint(
            "expires_on IS NULL OR expires_on >= issued_on", name=op.f("ck_certificate_dates")
        ),
        sa.ForeignKeyConstraint(
            ["employee_id"],
            ["employee.id"],
            name=op.f("fk_certificate_employee_id_employee"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["type_id"],
            ["certificate_type.id"],
            name=op.f("fk_certificate_type_id_certificate_type"),
            ondelete="RESTRICT",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_certificate")),
        sqlite_autoincrement=True,
    )
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.create_index(
            "ix_certificate_employee_type", ["employee_id", "type_id"], unique=False
        )
        batch_op.create_index(batch_op.f("ix_certificate_expires_on"), ["expires_on"], unique=False)

    op.create_table(
        "certificate_scan",
        sa.Column("certificate_id", sa.Integer(), nullable=False),
        sa.Column("file_name", sa.String(length=200), nullable=False),
        sa.Column("mime", sa.String(length=60), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(
            ["certificate_id"],
            ["certificate.id"],
            name=op.f("fk_certificate_scan_certificate_id_certificate"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("certificate_id", name=op.f("pk_certificate_scan")),
    )


def downgrade() -> None:
    op.drop_table("certificate_scan")
    with op.batch_alter_table("certificate", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_certificate_expires_on"))
        batch_op.drop_index("ix_certificate_employee_type")
    op.drop_table("certificate")
    op.drop_table("function_skill")
    with op.batch_alter_table("person_skill", schema=None) as batch_op:
        batch_op.drop_index("ix_person_skill_skill_level")
    op.drop_table("person_skill")
    with op.batch_alter_table("skill_level", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_skill_level_skill_id"))
        batch_op.drop_index("ix_skill_level_person_skill")
    op.drop_table("skill_level")
    with op.batch_alter_table("skill", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_skill_team_id"))
    op.drop_table("skill")
    op.drop_table("certificate_type")
