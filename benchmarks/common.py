"""The large benchmark database: 34 teams of 30 (about 1,000 employees) from the demo
generator, cached in the temp folder so repeated runs do not rebuild it; or the same data on
a PostgreSQL server (`--db postgresql+psycopg://user@host/db`, a database set up with
`teamlead-app server init`; filled on the first run when it holds nobody)."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import Any


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


def open_bench_db(target: str | None, history: bool = True) -> tuple[Any, str]:
    """The benchmark database (file or server) opened, and what to call it in the output."""
    from teamlead_app.config import is_server_url
    from teamlead_app.services.storage.database import open_database

    if target and is_server_url(target):
        from teamlead_app.services.demo.company import generate_company
        from teamlead_app.services.people import employees as people
        from teamlead_app.services.storage.database import open_server

        db = open_server(target)
        if people.count_employees(db) == 0:
            generate_company(db, seed=7, teams=34, size=30)
            if history:
                from bigdata import build_history

                build_history(db, years=10)
        return db, db.describe()
    path = Path(target) if target else big_database(history=history)
    return open_database(path), str(path)
