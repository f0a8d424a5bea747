"""The rotation planner at scale. Prints JSON.

One team of 60 people over a whole year (52 ISO weeks of 2027): 40 skills with levels, 10
stations with prerequisite skills, 90 planned rotations of one to four weeks with hosts
from the team (some hosts on a rotation of their own, some double bookings: conflicts to
compute), and a planned conversation per person per month (720). Measured:

- the service (`rotation_planner.planner`, the year, with the conflicts of every rotation);
- the real planner widget from refresh to painted (the grid of 60 × 52 cells).

Target: each within 100 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_rotation_planner.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import date, datetime, timedelta
from pathlib import Path

from teamlead_app.data.context import context_for
from teamlead_app.data.migrate import upgrade
from teamlead_app.services.rotations import planner as rotation_planner
from teamlead_app.services.rotations import rules as rotation_rules
from teamlead_app.services.rotations.rules_batch import conflicts_of_many
from teamlead_app.services.storage.database import open_database

PEOPLE, SKILLS, STATIONS, ROTATIONS = 60, 40, 10, 90
YEAR = date(2027, 1, 4)


def _fill(path: Path, seed: int = 11) -> None:
    """Raw inserts: the generator must not be what the benchmark waits on."""
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    now = datetime(2026, 12, 1).isoformat(sep=" ")
    con.execute("INSERT INTO team (id, name, lead_name, location) VALUES (1, 'Plaatwerk', '', '')")
    con.executemany(
        "INSERT INTO employee (id, first_name, tussenvoegsel, last_name, team_id,"
        " kind, stage, cadence, created_at)"
        " VALUES (?, ?, '', ?, 1, 'medewerker', 'medior', 'monthly', ?)",
        [(e, f"Voor{e}", f"Achter{e}", now) for e in range(1, PEOPLE + 1)],
    )
    con.executemany(
        "INSERT INTO skill (id, team_id, name, skill_group, position) VALUES (?, 1, ?, ?, ?)",
        [
            (s, f"Vaardigheid {s}", ("machine", "process", "topic")[s % 3], s)
            for s in range(1, SKILLS + 1)
        ],
    )
    con.executemany(
        "INSERT INTO person_skill (employee_id, skill_id, level, knowledge_holder)"
        " VALUES (?, ?, ?, 0)",
        [
            (e, s, rng.choice("ILUOUO"))
            for e in range(1, PEOPLE + 1)
            for s in rng.sample(range(1, SKILLS + 1), 12)
        ],
    )
    con.executemany(
        "INSERT INTO station (id, team_id, name, complexity) VALUES (?, 1, ?, ?)",
        [(i, f"Werkplek {i}", 1 + i % 3) for i in range(1, STATIONS + 1)],
    )
    con.executemany(
        "INSERT INTO station_skill (station_id, skill_id) VALUES (?, ?)",
        [(i, s) for i in range(1, STATIONS + 1) for s in (i, i + STATIONS)],
    )
    rotations = []
    for r in range(1, ROTATIONS + 1):
        who = (r - 1) % PEOPLE + 1
        host = rng.choice([e for e in range(1, PEOPLE + 1) if e != who])
        start = YEAR + timedelta(days=7 * rng.randrange(50))
        end = start + timedelta(days=7 * rng.randrange(1, 5) - 3)
        rotations.append(
            (who, host, 1 + r % STATIONS, start.isoformat(), end.isoformat(), 1 + r % SKILLS, now)
        )
    con.executemany(
        "INSERT INTO rotation (employee_id, host_id, station_id, department, date_from, date_to,"
        " skill_id, target_level, status, learned, next_step, shared_with_team, created_at)"
        " VALUES (?, ?, ?, '', ?, ?, ?, 'U', 'gepland', '', '', 0, ?)",
        rotations,
    )
    con.executemany(
        "INSERT INTO conversation (employee_id, kind, status, scheduled_at, duration_minutes,"
        " shared_summary, private_notes, employee_response, cancel_reason, cancel_note,"
        " created_at, updated_at)"
        " VALUES (?, 'maandgesprek', 'planned', ?, 30, '', '', '', '', '', ?, ?)",
        [
            (
                e,
                datetime(2027, m, 1 + rng.randrange(27), 9 + rng.randrange(7)).isoformat(sep=" "),
                now,
                now,
            )
            for e in range(1, PEOPLE + 1)
            for m in range(1, 13)
        ],
    )
    con.commit()
    con.execute("ANALYZE")
    con.close()


def _best(fn: Callable[[], object], runs: int = 7) -> tuple[float, float]:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return round(min(times) * 1000, 1), round(statistics.median(times) * 1000, 1)


def _bench_widget(path: Path) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication

    from teamlead_app.ui.context import AppContext
    from teamlead_app.ui.widgets.rotation_planner import RotationPlanner

    app = QApplication.instance() or QApplication([])
    db = context_for(open_database(path))
    planner = RotationPlanner(AppContext(ctx=db, nav=None))  # type: ignore[arg-type]  # no nav
    planner.resize(1800, 1000)
    planner.anchor = YEAR
    planner.span.setCurrentIndex(planner.span.findData("year"))
    planner.show()
    planner.set_team(1)
    app.processEvents()

    def refresh_and_paint() -> None:
        planner.refresh()
        planner.table.viewport().repaint()

    best, median = _best(refresh_and_paint)
    cells = planner.model.rowCount() * planner.model.columnCount()
    planner.close()
    planner.deleteLater()
    app.processEvents()
    db.close()
    return {"widget_refresh_and_paint_ms": best, "widget_median_ms": median, "cells": cells}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "rotation-planner.sqlite"
    if not path.exists():
        upgrade(path)
        _fill(path)
    db = open_database(path)
    view = rotation_planner.planner(db, 1, YEAR, "year")
    result: dict[str, object] = {
        "people": len(view.people),
        "weeks": len(view.weeks),
        "rotations": view.rotation_count,
        "rotations_with_conflicts": len(
            {r.rotation_id for row in view.cells for c in row for r in c.rotations if r.conflicts}
        ),
    }
    ids = [r.rotation_id for row in view.cells for c in row for r in c.rotations]
    batch = conflicts_of_many(db, ids)
    result["batch_equals_single_rule"] = all(
        batch[i] == tuple(rotation_rules.conflicts_of(db, i)) for i in set(ids)
    )
    best, median = _best(lambda: rotation_planner.planner(db, 1, YEAR, "year"))
    result |= {"service_year_ms": best, "service_year_median_ms": median}
    best, median = _best(
        lambda: rotation_planner.planner(db, 1, YEAR, "year", with_conflicts=False)
    )
    result |= {"service_grid_only_ms": best, "service_grid_only_median_ms": median}
    best, median = _best(lambda: rotation_rules.rotations_with_conflicts(db, 1))
    result |= {"list_with_conflicts_ms": best, "list_with_conflicts_median_ms": median}
    db.close()
    if os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY"):
        result |= _bench_widget(path)
    result["targets_ms"] = {"service": 100, "widget": 100}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
