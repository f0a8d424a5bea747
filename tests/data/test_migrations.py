"""The migrations produce exactly the models, and the app's known head is Alembic's head."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.config import Config
from alembic.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import create_engine, inspect

from teamlead_app.data import migrate
from teamlead_app.data.models import Base


def test_migrated_schema_matches_models(db_path: Path) -> None:
    engine = create_engine(f"sqlite:///{db_path}")
    with engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"compare_type": True})
        assert compare_metadata(context, Base.metadata) == []
    engine.dispose()


def test_schema_head_constant_is_alembic_head() -> None:
    config = Config()
    config.set_main_option("script_location", str(migrate.MIGRATIONS_DIR))
    script = ScriptDirectory.from_config(config)
    assert script.get_current_head() == migrate.SCHEMA_HEAD
    assert migrate.SCHEMA_HEAD in migrate.KNOWN_REVISIONS
    revisions = {r.revision for r in script.walk_revisions()}
    assert revisions == set(migrate.KNOWN_REVISIONS)


def test_every_table_exists_with_foreign_keys_on(db_path: Path) -> None:
    engine = create_engine(f"sqlite:///{db_path}")
    tables = set(inspect(engine).get_table_names())
    engine.dispose()
    assert set(Base.metadata.tables) <= tables
