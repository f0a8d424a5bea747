"""The POP on the large database (about 1,000 employees with history): open a POP, add a
progress update, print a POP form, and the overview's development signals. Prints JSON with
the median of several runs.

    .venv/bin/python benchmarks/bench_pop.py [--runs 9] [--db PATH]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import big_database
from sqlalchemy import select

from teamlead_app.data.models import Goal, Pop
from teamlead_app.services.development import goals, pop, signals
from teamlead_app.services.exports.pop import export_pop
from teamlead_app.services.storage.database import open_database


def _median(work: Callable[[int], object], items: list[int]) -> float:
    work(items[0])  # warm
    times = []
    for item in items:
        start = time.perf_counter()
        work(item)
        times.append(time.perf_counter() - start)
    return round(statistics.median(times), 4)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    db = open_database(args.db or big_database(history=True))
    with db.sessions() as session:
        pop_ids = list(session.scalars(select(Pop.id).order_by(Pop.id)))[::37][: args.runs]
        writable = (
            select(Goal.id)
            .outerjoin(Pop, Goal.pop_id == Pop.id)
            .where(Goal.status == "in_progress")
            .where((Pop.id.is_(None)) | (Pop.status != "evaluated"))
            .order_by(Goal.id)
        )
        goal_ids = list(session.scalars(writable))[::11][: args.runs]
    result = {
        "pops": len(pop_ids),
        "target_s": {"pop_actions": 1.0, "signals": 0.1},
        "open_pop_s": _median(lambda pid: pop.get_pop(db, pid), pop_ids),
        "add_progress_s": _median(
            lambda gid: goals.add_progress(db, gid, "Benchmark: een stap verder"), goal_ids
        ),
        "print_pop_form_s": _median(lambda pid: export_pop(db, pid), pop_ids),
        "signals_s": _median(lambda _i: signals.signals(db), list(range(args.runs))),
    }
    print(json.dumps(result, indent=2))
    db.close()


if __name__ == "__main__":
    main()
