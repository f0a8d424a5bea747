"""How the screens grow with the company: the same measurements at 250, 1,000 and 4,000 people,
each with ten years of monthly history, in the real widgets (offscreen). A screen that computes
only what it shows grows little; the issue's goal is at most 1.1x per doubling of the data and
within 100 ms at 1,000 people. Prints JSON: the median per size and the growth per doubling.

    .venv/bin/python benchmarks/bench_growth.py [--runs 7] [--sizes 250,1000,4000] [--db-dir DIR]

The databases are built once and cached in the temp folder (the 4,000 one takes minutes).
Opening a database migrates it to the app's schema: with `--db-dir` each cached database is
copied there first (once; a copy already there is reused), so the cache keeps its schema.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import shutil
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import big_database
from PySide6.QtWidgets import QApplication

from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.people import employees as people
from teamlead_app.services.storage.database import open_database
from teamlead_app.ui.main_window import MainWindow

# People -> (teams, team size); 1,000 is the other benchmarks' database, so its cache is shared.
SHAPES = {250: (10, 25), 1000: (34, 30), 4000: (100, 40)}
SEARCHES = ("jan", "lasser", "de vries", "monteur", "ber")


def _measure(path: Path, runs: int) -> dict[str, float]:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    db = open_database(path)
    window = MainWindow()
    window.resize(1280, 800)
    window.attach(db)
    window.show()
    app.processEvents()
    employees = [row.id for row in people.list_employees(db)]
    step = max(1, len(employees) // runs)
    timings: dict[str, list[float]] = {
        "overview": [],
        "people_filter": [],
        "profile": [],
        "conversation": [],
    }
    page = window.page("people")
    assert page is not None
    for run, employee_id in enumerate(employees[::step][:runs]):
        window.show_page("people")
        app.processEvents()
        start = time.perf_counter()
        window.show_page("overview")
        app.processEvents()
        timings["overview"].append(time.perf_counter() - start)
        window.show_page("people")
        start = time.perf_counter()
        page.search.setText(SEARCHES[run % len(SEARCHES)])  # type: ignore[attr-defined]
        page.apply_search()  # type: ignore[attr-defined]
        app.processEvents()
        timings["people_filter"].append(time.perf_counter() - start)
        page.search.setText("")  # type: ignore[attr-defined]
        start = time.perf_counter()
        window.open_employee(employee_id)
        app.processEvents()
        timings["profile"].append(time.perf_counter() - start)
        rows = conversations.list_conversations(db, employee_id=employee_id)
        if rows:
            start = time.perf_counter()
            window.open_conversation(rows[len(rows) // 2].id)
            app.processEvents()
            timings["conversation"].append(time.perf_counter() - start)
    window.close()
    db.close()
    return {key: statistics.median(values) for key, values in timings.items() if values}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--sizes", default="250,1000,4000")
    parser.add_argument("--db-dir", type=Path, help="open copies of the cached databases here")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    figures: dict[int, dict[str, float]] = {}
    for size in sizes:
        teams, team_size = SHAPES.get(size, (min(100, max(1, size // 30)), 30))
        path = big_database(teams=teams, size=team_size, history=True)
        if args.db_dir:
            copy = args.db_dir / path.name
            if not copy.exists():
                args.db_dir.mkdir(parents=True, exist_ok=True)
                shutil.copyfile(path, copy)
            path = copy
        figures[size] = _measure(path, args.runs)
    result: dict[str, object] = {
        "runs": args.runs,
        "target": "within 0.1 s at 1,000 people; at most 1.1x per doubling",
    }
    for size in sizes:
        result[f"{size}_people_s"] = {k: round(v, 4) for k, v in figures[size].items()}
    first, last = sizes[0], sizes[-1]
    doublings = math.log2(last / first)
    result[f"growth_per_doubling_{first}_to_{last}"] = {
        key: round((figures[last][key] / figures[first][key]) ** (1 / doublings), 2)
        for key in figures[first]
        if key in figures[last]
    }
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
