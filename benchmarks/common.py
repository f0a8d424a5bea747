"""The large benchmark database: 34 teams of 30 (about 1,000 employees) from the demo
generator, cached in the temp folder so repeated runs do not rebuild it."""

from __future__ import annotations

import tempfile
from pathlib import Path


def big_database(teams: int = 34, size: int = 30, history: bool = False) -> Path:
    from teamlead_app.services.demo.company import generate_company
    from teamlead_app.services.storage.database import open_database

    name = f"teamlead-bench-{teams}x{size}{'-history' if history else ''}.sqlite"
    path = Path(tempfile.gettempdir()) / name
    if path.exists():
        return path
    partial = path.with_suffix(".partial")
    partial.unlink(missing_ok=True)
    db = open_database(partial)
    generate_company(db, seed=7, teams=teams, size=size)
    if history:
        from bigdata import build_history

        build_history(db, years=10)
    db.close()
    partial.rename(path)
    return path
