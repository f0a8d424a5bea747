"""The overview page's data on the large database: about 1,000 employees (34 teams of 30 from
the demo generator) with ten years of monthly conversations. Prints JSON: the database's size,
the first (cold) call, and the median of several warm runs, for everyone, for one team and
per block.

    .venv/bin/python benchmarks/bench_overview.py [--runs 9] [--db PATH] [--bare]

The database is cached in the temp folder (benchmarks/common.py); a cached file made before
an index was added to the models is rebuilt. --bare also starts a bare PySide6 window for
the ratio the issue asks for.
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from datetime import date
from functools import partial
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import big_database
from sqlalchemy import func, select, text

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.db import Database
from teamlead_app.data.models import Agreement, Base, Conversation, Employee, Team
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.conversations import overview as ov


def _missing_indexes(path: Path) -> set[str]:
    wanted = {index.name for table in Base.metadata.tables.values() for index in table.indexes}
    db = Database(path)
    try:
        with db.engine.connect() as connection:
            rows = connection.execute(text("SELECT name FROM sqlite_master WHERE type='index'"))
            present = {row[0] for row in rows}
    finally:
        db.close()
    return {str(name) for name in wanted if name} - present


def _database(given: Path | None) -> tuple[Path, float | None]:
    if given is not None:
        return given, None
    started = time.perf_counter()
    path = big_database(history=True)
    if _missing_indexes(path):
        path.unlink()
        path = big_database(history=True)
    built = time.perf_counter() - started
    return path, built if built > 1 else None


def _ms(action: Callable[[], Any], runs: int) -> dict[str, float]:
    first_start = time.perf_counter()
    action()
    first = (time.perf_counter() - first_start) * 1000
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return {
        "first_ms": round(first, 1),
        "median_ms": round(statistics.median(times), 1),
        "max_ms": round(max(times), 1),
    }


def _size(ctx: ServiceContext) -> dict[str, int]:
    with ctx.sessions() as session:
        return {
            "employees": session.scalar(
                select(func.count()).where(Employee.date_out_of_service.is_(None))
            )
            or 0,
            "conversations": session.scalar(select(func.count(Conversation.id))) or 0,
            "agreements": session.scalar(select(func.count(Agreement.id))) or 0,
        }


def _blocks(ctx: ServiceContext, today: date, runs: int) -> dict[str, dict[str, float]]:
    grace = get_settings(ctx).overdue_grace_days
    blocks: dict[str, Callable[[Any], Any]] = {
        "agenda": lambda s: ov.agenda(s, today),
        "overdue": lambda s: ov.overdue_people(s, today, grace),
        "late_agreements": lambda s: ov.late_agreements(s, today),
        "longest_without": lambda s: ov.longest_without(s, today),
        "counts": lambda s: ov.period_counts(s, today),
    }
    figures = {}
    for name, block in blocks.items():
        with ctx.sessions() as session:
            figures[name] = _ms(partial(block, session), runs)
    return figures


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--bare", action="store_true", help="also time a bare PySide6 window")
    args = parser.parse_args()
    path, built = _database(args.db)
    db = Database(path)
    today = date.today()
    with db.sessions() as session:
        team_id = session.scalar(select(Team.id).order_by(Team.id).limit(1))
    everyone = _ms(lambda: ov.overview(db, today), args.runs)
    figures: dict[str, Any] = {
        "database": str(path),
        "built_seconds": round(built, 1) if built else None,
        **_size(db),
        "overview_all_teams": everyone,
        "overview_one_team": _ms(lambda: ov.overview(db, today, team_id), args.runs),
        "blocks_all_teams": _blocks(db, today, args.runs),
    }
    view = ov.overview(db, today)
    figures["rows"] = {
        "week": len(view.week),
        "overdue": len(view.overdue),
        "late_agreements": len(view.late_agreements),
        "longest_without": len(view.longest_without),
    }
    if args.bare:
        from bench_startup import bare_window

        bare_ms = statistics.median(bare_window() for _ in range(3)) * 1000
        figures["bare_window_ms"] = round(bare_ms, 1)
        figures["overview_to_bare_window"] = round(everyone["median_ms"] / bare_ms, 3)
    db.close()
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
