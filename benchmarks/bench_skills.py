"""The skills matrix at scale. Prints JSON.

- coverage for the whole company: 1,000 people, 300 skills (15 teams of 20), each person with
  levels on 24 skills that changed over ten years (about 50,000 history rows; coverage reads
  the current-state table, so the history's length does not change it), 3,000 certificates,
  a quarter of the skills requiring one. Target: 100 ms.
- the matrix page for one team of 60 people × 80 skills: the service data, and the real page
  (model + grid) from refresh to painted. Target: 100 ms.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_skills.py [--keep DIR]
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
from datetime import date, datetime, timedelta
from pathlib import Path

from teamlead_app.data.context import context_for
from teamlead_app.data.migrate import upgrade
from teamlead_app.services.skills.coverage import compute_coverage, matrix_view
from teamlead_app.services.storage.database import open_database

LEVELS = ("I", "L", "U", "O")


def _fill(
    path: Path, people: int, skills: int, teams: int, per_person: int = 24, seed: int = 7
) -> None:
    """Raw inserts: the generator must not be what the benchmark waits on."""
    rng = random.Random(seed)
    con = sqlite3.connect(path)
    now = datetime(2026, 12, 1).isoformat(sep=" ")
    con.executemany(
        "INSERT INTO team (id, name, lead_name, location) VALUES (?, ?, '', '')",
        [(t, f"Team {t}") for t in range(1, teams + 1)],
    )
    employees = []
    for e in range(1, people + 1):
        out = "2027-02-01" if e % 97 == 0 else ("2020-05-01" if e % 53 == 0 else None)
        employees.append((e, f"Voor{e}", f"Achter{e}", (e - 1) % teams + 1, out, now))
    con.executemany(
        "INSERT INTO employee (id, first_name, tussenvoegsel, last_name, team_id,"
        " date_out_of_service, kind, stage, cadence, created_at)"
        " VALUES (?, ?, '', ?, ?, ?, 'medewerker', 'medior', 'monthly', ?)",
        employees,
    )
    per_team = skills // teams
    con.executemany(
        "INSERT INTO skill (id, team_id, name, skill_group, position, certificate_type_id)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [
            (
                s,
                (s - 1) // per_team + 1,
                f"Vaardigheid {s}",
                ("machine", "process", "topic", "sector", "soft")[s % 5],
                s,
                (s % 9) or None if s % 4 == 0 else None,
            )
            for s in range(1, skills + 1)
        ],
    )
    history, current = [], []
    start = date(2016, 12, 1)
    for e in range(1, people + 1):
        team = (e - 1) % teams + 1
        team_skills = range((team - 1) * per_team + 1, team * per_team + 1)
        for s in rng.sample(list(team_skills), min(len(team_skills), per_person)):
            day = start + timedelta(days=rng.randrange(300))
            level = 0
            for _ in range(rng.randrange(1, 5)):
                level = min(level + 1, 3)
                history.append((e, s, LEVELS[level], day.isoformat(), now))
                day += timedelta(days=rng.randrange(200, 900))
            current.append((e, s, LEVELS[level], int(rng.random() < 0.05)))
    con.executemany(
        "INSERT INTO skill_level (employee_id, skill_id, level, assessed_on, assessor,"
        " evidence, source, created_at) VALUES (?, ?, ?, ?, 'Henk', '', 'demo', ?)",
        history,
    )
    con.executemany(
        "INSERT INTO person_skill (employee_id, skill_id, level, knowledge_holder)"
        " VALUES (?, ?, ?, ?)",
        current,
    )
    certs = []
    for e in range(1, people + 1):
        for type_id in rng.sample(range(1, 9), 3):
            issued = date(2018, 1, 1) + timedelta(days=rng.randrange(3000))
            certs.append(
                (e, type_id, issued.isoformat(), (issued + timedelta(days=1500)).isoformat(), now)
            )
    con.executemany(
        "INSERT INTO certificate (employee_id, type_id, issued_on, expires_on, note, created_at)"
        " VALUES (?, ?, ?, ?, '', ?)",
        certs,
    )
    con.commit()
    con.execute("ANALYZE")
    con.close()


def _best(fn, runs: int = 7) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return round(min(times) * 1000, 1), round(statistics.median(times) * 1000, 1)  # type: ignore[return-value]


def _bench_page(path: Path) -> dict[str, object]:
    from PySide6.QtWidgets import QApplication

    from teamlead_app.ui.context import AppContext
    from teamlead_app.ui.pages.skills_page import SkillsPage

    app = QApplication.instance() or QApplication([])
    db = context_for(open_database(path))
    page = SkillsPage(AppContext(ctx=db, nav=None))
    page.resize(1600, 900)
    page.show()
    page.select_team(1)
    app.processEvents()

    def open_page() -> None:
        page.refresh()
        page.grid.viewport().repaint()

    best, median = _best(open_page)
    cells = (page.model.rowCount() - 1) * page.model.columnCount()
    page.close()
    page.deleteLater()
    app.processEvents()
    db.close()
    return {"page_refresh_and_paint_ms": best, "page_median_ms": median, "cells": cells}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    big = folder / "skills-big.sqlite"
    if not big.exists():
        upgrade(big)
        _fill(big, people=1000, skills=300, teams=15)
    db = open_database(big)
    today = date(2026, 12, 7)
    with sqlite3.connect(big) as con:
        history_rows = con.execute("SELECT count(*) FROM skill_level").fetchone()[0]
    result: dict[str, object] = {"company_history_rows": history_rows}
    best, median = _best(lambda: compute_coverage(db, today=today))
    result |= {"company_coverage_ms": best, "company_coverage_median_ms": median}
    rows = compute_coverage(db, today=today)
    result["skills"] = len(rows)
    result["red"] = sum(r.status == "red" for r in rows)
    result["amber"] = sum(r.status == "amber" for r in rows)
    db.close()

    team = folder / "skills-team.sqlite"
    if not team.exists():
        upgrade(team)
        _fill(team, people=60, skills=80, teams=1, per_person=50)
    db = open_database(team)
    best, median = _best(lambda: matrix_view(db, team_id=1, today=today))
    result |= {"matrix_60x80_data_ms": best, "matrix_60x80_data_median_ms": median}
    db.close()
    if os.environ.get("QT_QPA_PLATFORM") or os.environ.get("DISPLAY"):
        result |= _bench_page(team)
    result["targets_ms"] = {"company_coverage": 100, "matrix_page": 100}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
