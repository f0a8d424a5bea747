"""What the overview cards' state for the day (services/cards/person_day.py, schema 0010) costs
when it is brought up to date, at 1,000 and 4,000 people (ten years of history), interleaved
(A B A B): the first overview of a new day (everyone recomputed), and the next one after a save
that touched one person (only that person recomputed). The steady state, where nothing changed,
is the overview in bench_growth.py.

    .venv/bin/python benchmarks/bench_card_state.py [--rounds 5] [--db-dir DIR]

Opening migrates: `--db-dir` opens copies of the cached databases (as bench_growth.py)."""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_growth import _path
from sqlalchemy import update

from teamlead_app.data.context import context_for
from teamlead_app.data.models import Employee
from teamlead_app.services.cards import person_day
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.people import employees as people
from teamlead_app.services.storage.database import open_database


def _ms(values: list[float]) -> dict[str, float]:
    return {
        "median_ms": round(statistics.median(values) * 1000, 1),
        "min_ms": round(min(values) * 1000, 1),
        "max_ms": round(max(values) * 1000, 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--db-dir", type=Path)
    args = parser.parse_args()
    sizes = (1000, 4000)
    contexts = {size: context_for(open_database(_path(size, args.db_dir))) for size in sizes}
    someone = {size: people.list_employees(ctx)[0].id for size, ctx in contexts.items()}
    times: dict[int, dict[str, list[float]]] = {s: {"new_day": [], "one_save": []} for s in sizes}
    day = date.today()
    for turn in range(args.rounds + 1):
        day += timedelta(days=1)
        for size in sizes:  # A B A B
            ctx = contexts[size]
            start = time.process_time()
            person_day.refreshed(ctx, day, get_settings(ctx))
            new_day = time.process_time() - start
            with ctx.sessions.begin() as session:  # a save that touches one person
                session.execute(
                    update(Employee)
                    .where(Employee.id == someone[size])
                    .values(first_name=Employee.first_name)
                )
            start = time.process_time()
            person_day.refreshed(ctx, day, get_settings(ctx))
            one_save = time.process_time() - start
            if turn:  # the first round warms up
                times[size]["new_day"].append(new_day)
                times[size]["one_save"].append(one_save)
    for ctx in contexts.values():
        ctx.close()
    result: dict[str, object] = {"rounds": args.rounds, "interleaved": True, "clock": "cpu"}
    for size in sizes:
        result[f"{size}_people"] = {what: _ms(v) for what, v in times[size].items()}
    small, large = (times[size]["new_day"] for size in sizes)
    ratios = [b / a for a, b in zip(small, large, strict=True)]
    result["growth_new_day"] = round(statistics.median(ratios), 2)
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
