"""The screens of the monthly conversations on the large database (about 1,000 employees with
ten years of monthly conversations): open the overview page, an employee's profile with its
timeline, and the conversation screen, in the real widgets (offscreen). Prints JSON with the
median of several runs and the ratio to a bare PySide6 window start.

    .venv/bin/python benchmarks/bench_screens.py [--runs 9] [--db PATH|postgresql+psycopg://...]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from bench_startup import bare_window
from common import open_bench_db
from PySide6.QtWidgets import QApplication

from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.people import employees as people
from teamlead_app.ui.main_window import MainWindow


def _median(values: list[float]) -> float:
    return round(statistics.median(values), 4)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--db", help="a database file, or a server: postgresql+psycopg://...")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    db, path = open_bench_db(args.db)
    window = MainWindow()
    window.resize(1280, 800)
    window.attach(db)
    window.show()
    app.processEvents()
    employees = [row.id for row in people.list_employees(db)][:: max(1, args.runs)]
    timings: dict[str, list[float]] = {"overview": [], "profile": [], "conversation": []}
    for run, employee_id in enumerate(employees[: args.runs]):
        window.show_page("people")
        app.processEvents()
        start = time.perf_counter()
        window.show_page("overview")
        app.processEvents()
        timings["overview"].append(time.perf_counter() - start)
        start = time.perf_counter()
        window.open_employee(employee_id)
        app.processEvents()
        timings["profile"].append(time.perf_counter() - start)
        rows = conversations.list_conversations(db, employee_id=employee_id)
        target = rows[len(rows) // 2 + run % 3].id if rows else None
        if target is not None:
            start = time.perf_counter()
            window.open_conversation(target)
            app.processEvents()
            timings["conversation"].append(time.perf_counter() - start)
    with db.engine.connect() as connection:
        count = connection.exec_driver_sql("SELECT count(*) FROM conversation").scalar()
    bare = statistics.median(bare_window() for _ in range(3))
    result = {
        "database": str(path),
        "conversations": count,
        "runs": args.runs,
        "bare_window_s": round(bare, 3),
        "target_s": 0.1,
    }
    for key, values in timings.items():
        result[f"{key}_s"] = _median(values)
        result[f"{key}_ratio_to_bare"] = round(statistics.median(values) / bare, 2)
    print(json.dumps(result, indent=2))
    window.close()
    db.close()


if __name__ == "__main__":
    main()
