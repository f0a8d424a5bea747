"""Alembic environment: always run programmatically with a connection from migrate.py."""

from __future__ import annotations

from alembic import context

from teamlead_app.data.models import Base

connection = context.config.attributes["connection"]
sqlite = connection.dialect.name == "sqlite"
if sqlite:
    # Batch mode rebuilds a table as _alembic_tmp_X and renames it back. Since schema 0008
    # triggers name `employee` and `conversation`; modern SQLite checks every trigger when a
    # table is renamed and refuses while the table they name is being rebuilt. The legacy
    # rename leaves the triggers alone (they name the table, which exists again afterwards).
    # A rebuilt table loses its own triggers: a migration rebuilding conversation,
    # conversation_move, talk_month or employee must create 0008's triggers again
    # (tests/data/test_upgrade_0008.py checks a new file has them all).
    connection.exec_driver_sql("PRAGMA legacy_alter_table = ON")
context.configure(
    connection=connection,
    target_metadata=Base.metadata,
    render_as_batch=True,
    compare_type=True,
)
try:
    with context.begin_transaction():
        context.run_migrations()
finally:
    if sqlite:
        connection.exec_driver_sql("PRAGMA legacy_alter_table = OFF")
