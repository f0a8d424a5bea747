"""Buddy suggestions and the pairings list at scale. Prints JSON.

The company of bench_skills (1,000 people, 300 skills in 15 teams, levels with ten years of
history), a function needing U on every skill of team 1 (the mentee starts with none: 20 gap
skills), 600 pairings in every status with two check-ins each, buddy training for a third of
the people and a leader per team. Targets: suggestions for one mentee 100 ms; the pairings
list (what the pairings page shows) 100 ms; the overview's guidance blocks (pairing_alerts) 100 ms.

    .venv/bin/python benchmarks/bench_pairings.py [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import random
import sqlite3
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_skills import _best, _fill

from teamlead_app.data.migrate import upgrade
from teamlead_app.services.pairings.alerts import pairing_alerts
from teamlead_app.services.pairings.pairings import list_pairings
from teamlead_app.services.pairings.suggestions import suggest
from teamlead_app.services.storage.database import open_database

STATUSES = ("voorgesteld", "actief", "afgerond", "gestopt")
KINDS = ("buddy", "mentor", "leermeester", "trainingsmaatje", "reverse")


def _pairings(path: Path, mentee: int) -> None:
    rng = random.Random(11)
    con = sqlite3.connect(path)
    now = "2026-12-01 00:00:00"
    con.execute("INSERT INTO job_function (id, name) VALUES (1, 'Monteur')")
    con.execute("UPDATE employee SET function_id = 1, kind = 'bbl' WHERE id = ?", (mentee,))
    con.execute("DELETE FROM person_skill WHERE employee_id = ?", (mentee,))
    con.executemany(
        "INSERT INTO function_skill (function_id, skill_id, level) VALUES (1, ?, 'U')",
        [(s,) for s in range(1, 21)],
    )
    con.executemany(
        "INSERT INTO team_leader (team_id, employee_id, role) VALUES (?, ?, 'leider')",
        [(team, team) for team in range(1, 16)],
    )
    con.executemany(
        "INSERT INTO buddy_training (employee_id, trained_on, how, created_at)"
        " VALUES (?, '2024-03-01', 'Vakschool', ?)",
        [(e, now) for e in range(1, 1001, 3)],
    )
    rows, checkins = [], []
    for p in range(1, 601):
        start = date(2023, 1, 1) + timedelta(days=rng.randrange(1400))
        mentor, other = rng.sample(range(1, 1001), 2)
        rows.append(
            (
                p,
                KINDS[p % 5],
                STATUSES[p % 4],
                mentor,
                other,
                '{"skills": [1, 2], "goals": []}',
                start.isoformat(),
                (start + timedelta(days=182)).isoformat(),
                now,
            )
        )
        for k in (1, 2):
            checkins.append((p, (start + timedelta(days=28 * k)).isoformat(), f"Check-in {k}", now))
    con.executemany(
        "INSERT INTO pairing (id, kind, status, mentor_id, mentee_id, focus_json, start_on,"
        " planned_end_on, checkin_weeks, stop_reason, evaluation, created_at)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 4, '', '', ?)",
        rows,
    )
    con.executemany(
        "INSERT INTO pairing_checkin (pairing_id, held_on, note, shared, created_at)"
        " VALUES (?, ?, ?, 1, ?)",
        checkins,
    )
    con.commit()
    con.execute("ANALYZE")
    con.close()


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--keep", type=Path)
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    big = folder / "pairings-big.sqlite"
    mentee = 16  # team 1, not its leader
    if not big.exists():
        upgrade(big)
        _fill(big, people=1000, skills=300, teams=15)
        _pairings(big, mentee)
    db = open_database(big)
    today = date(2026, 12, 7)
    result: dict[str, object] = {}
    found = suggest(db, mentee, today=today)
    result["gap_skills"] = len(found.gap_skills)
    result["candidates"] = len(found.candidates)
    best, median = _best(lambda: suggest(db, mentee, today=today))
    result |= {"suggest_ms": best, "suggest_median_ms": median}
    result["pairings"] = len(list_pairings(db, with_checkins=True))
    best, median = _best(lambda: list_pairings(db, with_checkins=True))
    result |= {"list_pairings_ms": best, "list_pairings_median_ms": median}
    best, median = _best(lambda: pairing_alerts(db, today=today))
    result |= {"overview_guidance_ms": best, "overview_guidance_median_ms": median}
    db.close()
    result["targets_ms"] = {"suggest": 100, "list_pairings": 100, "overview_guidance": 100}
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
