"""the craftsmanship card's state of one day: skill_day, skill_day_state, skill_dirty,
certificate_day, certificate_dirty

Revision ID: 0011
Revises: 0010
Create Date: 2026-12-07 17:00:00

The overview's "Vakmanschap" card names the red, amber and single-holder skills of today;
computing them reads every person's skills (57,000 rows at 4,000 people, 32-35 ms).
services/skills/card_state.py keeps the answer of one day in `skill_day` (one row per card
line) and `skill_day_state` (the day, the warning window and the rule's version it was computed
for) and recomputes, with the same coverage SQL, only the skills listed in `skill_dirty`. The
card's certificate alerts, counted even when not shown, are kept alike per (person, type) in
`certificate_day`, recomputed for the people listed in `certificate_dirty`.

On SQLite the triggers below fill `skill_dirty` on every write that feeds the rule (services,
demo, import, raw SQL alike): a person's level or knowledge-holder flag, a certificate, a
rotation, a person leaving (the out-of-service date), a skill added, changed or removed, a team
renamed or removed, a certificate type removed; and a person's certificates, team or leaving
date for the certificate alerts. They only mark ids; the rules themselves stay in
services/skills/coverage.py and certificates.py. PostgreSQL gets the tables (one schema on
both) but no triggers: a server computes the card live and never reads them
(data/server_rules.py denies them to the lead and HR).

A later migration that rebuilds one of these tables on SQLite (batch mode copies the table)
drops its triggers: it must run TRIGGERS_SQLITE again (tests/data/test_upgrade_0011.py checks
that a new file has them all).
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0011"
down_revision = "0010"
branch_labels = None
depends_on = None


def _mark(select: str, table: str = "skill_dirty", column: str = "skill_id") -> str:
    """Add the ids `select` gives (as column `id`) to a dirty list, each once. Not INSERT OR
    IGNORE: inside a trigger SQLite replaces that policy by the outer statement's (a foreign
    key's SET NULL aborts on the duplicate), so the ids already listed are left out instead."""
    return (
        f"INSERT INTO {table} ({column}) SELECT DISTINCT m.id FROM ({select}) AS m "
        f"WHERE m.id NOT IN (SELECT {column} FROM {table});"
    )


def _person(row: str) -> str:
    """Every skill of one person (a leaving date or a rotation changes all their counts)."""
    return _mark(f"SELECT skill_id AS id FROM person_skill WHERE employee_id = {row}.employee_id")


def _certified(row: str) -> str:
    """The skills of one person that require this certificate's type."""
    return _mark(
        "SELECT ps.skill_id AS id FROM person_skill ps JOIN skill s ON s.id = ps.skill_id "
        f"WHERE ps.employee_id = {row}.employee_id AND s.certificate_type_id = {row}.type_id"
    )


def _one(row: str, column: str) -> str:
    return _mark(f"SELECT {row}.{column} AS id")


def _holder(row: str, column: str) -> str:
    """The person whose certificate alerts may change."""
    return _mark(f"SELECT {row}.{column} AS id", "certificate_dirty", "employee_id")


# (name, event, table, body). BEFORE DELETE on a parent marks its children while they still
# exist, whatever SQLite does with the cascade's own triggers.
_TRIGGERS: tuple[tuple[str, str, str, str], ...] = (
    ("skill_dirty_ps_insert", "AFTER INSERT", "person_skill", _one("NEW", "skill_id")),
    (
        "skill_dirty_ps_update",
        "AFTER UPDATE",
        "person_skill",
        _one("OLD", "skill_id") + " " + _one("NEW", "skill_id"),
    ),
    ("skill_dirty_ps_delete", "AFTER DELETE", "person_skill", _one("OLD", "skill_id")),
    (
        "skill_dirty_cert_insert",
        "AFTER INSERT",
        "certificate",
        _certified("NEW") + " " + _holder("NEW", "employee_id"),
    ),
    (
        "skill_dirty_cert_update",
        "AFTER UPDATE",
        "certificate",
        " ".join(
            (
                _certified("OLD"),
                _certified("NEW"),
                _holder("OLD", "employee_id"),
                _holder("NEW", "employee_id"),
            )
        ),
    ),
    (
        "skill_dirty_cert_delete",
        "AFTER DELETE",
        "certificate",
        _certified("OLD") + " " + _holder("OLD", "employee_id"),
    ),
    ("skill_dirty_rot_insert", "AFTER INSERT", "rotation", _person("NEW")),
    (
        "skill_dirty_rot_update",
        "AFTER UPDATE OF employee_id, status, date_from, date_to",
        "rotation",
        _person("OLD") + " " + _person("NEW"),
    ),
    ("skill_dirty_rot_delete", "AFTER DELETE", "rotation", _person("OLD")),
    (
        "skill_dirty_employee_out",
        "AFTER UPDATE OF date_out_of_service",
        "employee",
        _mark("SELECT skill_id AS id FROM person_skill WHERE employee_id = NEW.id"),
    ),
    (
        "certificate_dirty_employee",
        "AFTER UPDATE OF date_out_of_service, team_id",
        "employee",
        _holder("NEW", "id"),
    ),
    (
        "skill_dirty_employee_delete",
        "BEFORE DELETE",
        "employee",
        # A person removed (the privacy action) leaves no row of theirs in the state.
        _mark("SELECT skill_id AS id FROM person_skill WHERE employee_id = OLD.id")
        + " DELETE FROM certificate_day WHERE employee_id = OLD.id;",
    ),
    ("skill_dirty_skill_insert", "AFTER INSERT", "skill", _one("NEW", "id")),
    ("skill_dirty_skill_update", "AFTER UPDATE", "skill", _one("NEW", "id")),
    ("skill_dirty_skill_delete", "AFTER DELETE", "skill", _one("OLD", "id")),
    (
        "skill_dirty_team_name",
        "AFTER UPDATE OF name",
        "team",
        _mark("SELECT id AS id FROM skill WHERE team_id = NEW.id"),
    ),
    (
        "skill_dirty_team_delete",
        "BEFORE DELETE",
        "team",
        _mark("SELECT id AS id FROM skill WHERE team_id = OLD.id"),
    ),
    (
        "skill_dirty_type_delete",
        "BEFORE DELETE",
        "certificate_type",
        _mark("SELECT id AS id FROM skill WHERE certificate_type_id = OLD.id"),
    ),
)
TRIGGER_NAMES = tuple(name for name, _event, _table, _body in _TRIGGERS)
TRIGGERS_SQLITE = tuple(
    f"CREATE TRIGGER {name} {event} ON {table} FOR EACH ROW BEGIN {body} END"
    for name, event, table, body in _TRIGGERS
)


def upgrade() -> None:
    op.create_table(
        "skill_day",
        sa.Column("skill_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("kind", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=True),
        sa.Column("team_name", sa.String(length=120), nullable=False),
        sa.Column("group_rank", sa.Integer(), nullable=False),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("name_key", sa.String(length=200), nullable=False),
        sa.Column("qualified", sa.Integer(), nullable=False),
        sa.Column("leaving", sa.Integer(), nullable=False),
        sa.Column("away", sa.Integer(), nullable=False),
        sa.Column("expiring", sa.Integer(), nullable=False),
        sa.Column("holders", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("skill_id", "kind", name=op.f("pk_skill_day")),
    )
    op.create_index(
        "ix_skill_day_order",
        "skill_day",
        ["kind", "team_name", "group_rank", "position", "name_key", "skill_id"],
        unique=False,
    )
    op.create_index("ix_skill_day_team", "skill_day", ["team_id"], unique=False)
    op.create_table(
        "skill_day_state",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("day", sa.Date(), nullable=False),
        sa.Column("warning_days", sa.Integer(), nullable=False),
        sa.Column("rule_version", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_skill_day_state")),
        sqlite_autoincrement=True,
    )
    op.create_table(
        "skill_dirty",
        sa.Column("skill_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("skill_id", name=op.f("pk_skill_dirty")),
    )
    op.create_table(
        "certificate_day",
        sa.Column("employee_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("type_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.Column("team_id", sa.Integer(), nullable=False),
        sa.PrimaryKeyConstraint("employee_id", "type_id", name=op.f("pk_certificate_day")),
    )
    op.create_index("ix_certificate_day_team", "certificate_day", ["team_id"], unique=False)
    op.create_table(
        "certificate_dirty",
        sa.Column("employee_id", sa.Integer(), autoincrement=False, nullable=False),
        sa.PrimaryKeyConstraint("employee_id", name=op.f("pk_certificate_dirty")),
    )
    if op.get_bind().dialect.name == "sqlite":
        for statement in TRIGGERS_SQLITE:
            op.execute(statement)


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for name in reversed(TRIGGER_NAMES):
            op.execute(f"DROP TRIGGER IF EXISTS {name}")
    op.drop_table("certificate_dirty")
    op.drop_index("ix_certificate_day_team", table_name="certificate_day")
    op.drop_table("certificate_day")
    op.drop_table("skill_dirty")
    op.drop_table("skill_day_state")
    op.drop_index("ix_skill_day_team", table_name="skill_day")
    op.drop_index("ix_skill_day_order", table_name="skill_day")
    op.drop_table("skill_day")
