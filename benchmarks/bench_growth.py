"""How the screens grow with the company: overview, people filter (the typing path), profile
and conversation screen at 1,000 and 4,000 people (ten years of monthly history), in the real
widgets (offscreen), measured INTERLEAVED: one round on the small database, then one on the
large one, then the small one again (A B A B in one process), so the machine's load falls on
both alike. Prints JSON: per size the median and range in ms, and the growth ratio large/small
(median of the pairwise ratios, and its range), by wall clock and by the process's CPU time
(on a shared machine the CPU time says more about the code). Goal: within 100 ms at 1,000
people and at most 1.2x from 1,000 to 4,000.

    .venv/bin/python benchmarks/bench_growth.py [--rounds 7] [--sizes 1000,4000] [--db-dir DIR]

The databases are built once and cached in the temp folder (the 4,000 one takes minutes).
Opening a database migrates it to the app's schema: with `--db-dir` each cached database is
copied there first (once; a copy already there is reused), so the cache keeps its schema and
two checkouts can be compared on their own copies.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import time
from pathlib import Path
from typing import Any

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
SCREENS = ("overview", "people_filter", "profile", "conversation")


class _Clock:
    """Wall-clock and process CPU time of one step."""

    def start(self) -> None:
        self.wall, self.cpu = time.perf_counter(), time.process_time()

    def stop(self) -> tuple[float, float]:
        return time.perf_counter() - self.wall, time.process_time() - self.cpu


class Screens:
    """One database opened in its own main window; `round()` times each screen once."""

    def __init__(self, path: Path) -> None:
        self.app = QApplication.instance() or QApplication(sys.argv[:1])
        self.db = open_database(path)
        self.window = MainWindow()
        self.window.resize(1280, 800)
        self.window.attach(self.db)
        self.window.show()
        self.app.processEvents()
        self.employees = [row.id for row in people.list_employees(self.db)]
        self.turn = 0

    def round(self) -> dict[str, tuple[float, float]]:
        app, window = self.app, self.window
        page: Any = window.page("people")
        employee_id = self.employees[(self.turn * 97) % len(self.employees)]
        search = SEARCHES[self.turn % len(SEARCHES)]
        self.turn += 1
        times: dict[str, tuple[float, float]] = {}
        clock = _Clock()
        window.show_page("people")
        app.processEvents()
        clock.start()
        window.show_page("overview")
        app.processEvents()
        times["overview"] = clock.stop()
        window.show_page("people")
        app.processEvents()
        clock.start()
        page.search.setText(search)
        page.apply_search()
        app.processEvents()
        times["people_filter"] = clock.stop()
        page.search.setText("")
        page.apply_search()
        clock.start()
        window.open_employee(employee_id)
        app.processEvents()
        times["profile"] = clock.stop()
        rows = conversations.list_conversations(self.db, employee_id=employee_id)
        if rows:
            clock.start()
            window.open_conversation(rows[len(rows) // 2].id)
            app.processEvents()
            times["conversation"] = clock.stop()
        return times

    def close(self) -> None:
        self.window.close()
        self.db.close()


def _path(size: int, db_dir: Path | None) -> Path:
    teams, team_size = SHAPES.get(size, (min(100, max(1, size // 30)), 30))
    path = big_database(teams=teams, size=team_size, history=True)
    if db_dir is None:
        return path
    copy = db_dir / path.name
    if not copy.exists():
        db_dir.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(path, copy)
    return copy


def _ms(values: list[float]) -> dict[str, float]:
    return {
        "median_ms": round(statistics.median(values) * 1000, 1),
        "min_ms": round(min(values) * 1000, 1),
        "max_ms": round(max(values) * 1000, 1),
    }


def _growth(
    small: dict[str, list[float]], large: dict[str, list[float]]
) -> dict[str, dict[str, float]]:
    """Per screen: the median of the pairwise ratios large/small (same round), its range, and
    the ratio of the medians."""
    growth: dict[str, dict[str, float]] = {}
    for screen in SCREENS:
        pairs = list(zip(small[screen], large[screen], strict=False))
        if not pairs:
            continue
        ratios = [b / a for a, b in pairs]
        growth[screen] = {
            "median_ratio": round(statistics.median(ratios), 2),
            "ratio_of_medians": round(
                statistics.median(large[screen]) / statistics.median(small[screen]), 2
            ),
            "min": round(min(ratios), 2),
            "max": round(max(ratios), 2),
        }
    return growth


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--sizes", default="1000,4000")
    parser.add_argument("--db-dir", type=Path, help="open copies of the cached databases here")
    args = parser.parse_args()
    sizes = [int(size) for size in args.sizes.split(",")]
    screens = {size: Screens(_path(size, args.db_dir)) for size in sizes}
    for size in sizes:  # warm up: first reads, caches and imports are not what is measured
        screens[size].round()
    clocks = ("wall", "cpu")
    times: dict[str, dict[int, dict[str, list[float]]]] = {
        c: {size: {s: [] for s in SCREENS} for size in sizes} for c in clocks
    }
    for _ in range(args.rounds):
        for size in sizes:  # A B A B
            for screen, pair in screens[size].round().items():
                for clock, value in zip(clocks, pair, strict=True):
                    times[clock][size][screen].append(value)
    for size in sizes:
        screens[size].close()
    result: dict[str, object] = {
        "rounds": args.rounds,
        "interleaved": True,
        "target": "within 100 ms at 1,000 people; at most 1.2x from 1,000 to 4,000",
    }
    first, last = sizes[0], sizes[-1]
    for clock in clocks:
        part: dict[str, object] = {}
        for size in sizes:
            part[f"{size}_people"] = {s: _ms(v) for s, v in times[clock][size].items() if v}
        part[f"growth_{first}_to_{last}"] = _growth(times[clock][first], times[clock][last])
        result[clock] = part
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
