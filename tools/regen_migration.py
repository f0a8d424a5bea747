#!/usr/bin/env python3
"""Development aid while the app is unreleased: rebuild migration 0001 from the models.
Once a release has shipped, add new revisions instead (alembic revision --autogenerate)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import create_engine

from teamlead_app.data.migrate import MIGRATIONS_DIR

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    target = MIGRATIONS_DIR / "versions" / "0001_initial.py"
    target.unlink(missing_ok=True)
    with tempfile.TemporaryDirectory() as tmp:
        engine = create_engine(f"sqlite:///{tmp}/empty.sqlite")
        with engine.connect() as connection:
            config = Config()
            config.set_main_option("script_location", str(MIGRATIONS_DIR))
            config.attributes["connection"] = connection
            command.revision(config, message="initial", autogenerate=True, rev_id="0001")
        engine.dispose()
    subprocess.run([sys.executable, "-m", "ruff", "format", "-q", str(target)], check=True)
    subprocess.run([sys.executable, "-m", "ruff", "check", "-q", "--fix", str(target)], check=False)


if __name__ == "__main__":
    main()
