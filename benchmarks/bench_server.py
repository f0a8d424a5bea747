"""The screens on the company server, as the administrator and as a lead role (row-level
security, the per-row checks of data/server_roles.py), and HR's yearly XLSX, on the 1,000-person
database with ten years of history. Prints JSON: the median and the range of each.

    .venv/bin/python benchmarks/bench_server.py [--rounds 7] [--keep | --url URL]

A throw-away PostgreSQL cluster (tests/pg_server.py) is started, `server init` run, the users
made (`server add-user`) and the cached benchmark file brought in with `server import-sqlite`
(as the lead `bench_lead`, who then leads every team, so lead and administrator read the same
data and the difference is the cost of the rules); `one_lead` leads the first team only and
reads bench_lead's talks after a hand-over (private parts through the author-only functions).
`--keep` leaves the cluster running and prints its URL; `--url` reuses such a database.

Each round opens, in the real widgets (offscreen), the overview, a profile and a conversation
screen as each user in turn (admin, lead, one team's lead: A B C A B C), so load on the shared
machine hits them alike.
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PASSWORD = "bench-secret"
USERS = {"bench_lead": "lead", "one_lead": "lead", "bench_hr": "hr"}


def _set_up(url: str, server: Any) -> None:
    import psycopg
    from common import big_database
    from sqlalchemy.engine import make_url

    from teamlead_app.services.storage import server_users
    from teamlead_app.services.storage.database import init_server
    from teamlead_app.services.storage.server_import import import_sqlite

    init_server(url)
    for name, role in USERS.items():
        server_users.add_user(url, name, role, [])
    database = str(make_url(url).database)
    with psycopg.connect(server.conninfo(database), autocommit=True) as su:
        for name in USERS:
            su.execute(f"ALTER ROLE {name} PASSWORD '{PASSWORD}'")
    # A copy: the import holds the file's lock, and the cache is shared with other runs.
    with tempfile.TemporaryDirectory() as folder:
        copy = Path(folder) / "lead.sqlite"
        shutil.copyfile(big_database(history=True), copy)
        import_sqlite(url, copy, "bench_lead")
    with psycopg.connect(server.conninfo(database), autocommit=True) as su:
        su.execute(
            "INSERT INTO teamlead_access.lead_team "
            "SELECT 'one_lead', min(team_id) FROM teamlead_access.lead_team"
        )
        su.execute("ANALYZE")


def _user_url(url: str, user: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(username=user, password=PASSWORD).render_as_string(hide_password=False)


def _window(db: Any) -> Any:
    from teamlead_app.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1280, 800)
    window.attach(db)
    window.show()
    return window


def _summary(values: list[float]) -> dict[str, float]:
    return {
        "median_ms": round(statistics.median(values) * 1000, 1),
        "min_ms": round(min(values) * 1000, 1),
        "max_ms": round(max(values) * 1000, 1),
    }


def _screens(url: str, rounds: int) -> dict[str, dict[str, float]]:
    from PySide6.QtWidgets import QApplication

    from teamlead_app.services.conversations import use_cases as conversations
    from teamlead_app.services.people import employees as people
    from teamlead_app.services.storage.database import open_server

    app = QApplication.instance() or QApplication(sys.argv[:1])
    dbs = {
        "admin": open_server(url),
        "lead": open_server(_user_url(url, "bench_lead")),
        "one_team_lead": open_server(_user_url(url, "one_lead")),
    }
    windows = {who: _window(db) for who, db in dbs.items()}
    app.processEvents()
    # People of the first team: every user may open them.
    shared = [row.id for row in people.list_employees(dbs["one_team_lead"])]
    timings: dict[str, list[float]] = {}
    for run in range(rounds):
        employee_id = shared[run % len(shared)]
        rows = conversations.list_conversations(dbs["admin"], employee_id=employee_id)
        target = rows[len(rows) // 2 + run % 3].id
        for who, window in windows.items():
            steps = (
                ("overview", lambda w=window: w.show_page("overview")),
                ("profile", lambda w=window, e=employee_id: w.open_employee(e)),
                ("conversation", lambda w=window, c=target: w.open_conversation(c)),
            )
            window.show_page("people")
            app.processEvents()
            for name, step in steps:
                start = time.perf_counter()
                step()
                app.processEvents()
                timings.setdefault(f"{who}_{name}", []).append(time.perf_counter() - start)
    for window in windows.values():
        window.close()
    for db in dbs.values():
        db.close()
    result: dict[str, dict[str, float]] = {k: _summary(v) for k, v in timings.items()}
    # Each round's lead time over the administrator's on the same screen in that round.
    for who in ("lead", "one_team_lead"):
        for name in ("overview", "profile", "conversation"):
            pairs = zip(timings[f"{who}_{name}"], timings[f"admin_{name}"], strict=True)
            ratios = [lead / admin for lead, admin in pairs]
            result[f"{who}_{name}_ratio_to_admin"] = {
                "median": round(statistics.median(ratios), 2),
                "min": round(min(ratios), 2),
                "max": round(max(ratios), 2),
            }
    return result


def _hr_xlsx(url: str, runs: int) -> dict[str, float]:
    from teamlead_app.services.exports.year_overview import export_overview
    from teamlead_app.services.storage.database import open_server

    db = open_server(_user_url(url, "bench_hr"))
    timings = []
    for _ in range(runs):
        start = time.perf_counter()
        content = export_overview(db, date.today().year, None, "xlsx")
        timings.append(time.perf_counter() - start)
        assert content
    db.close()
    return _summary(timings)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--xlsx-runs", type=int, default=3)
    parser.add_argument("--keep", action="store_true", help="leave the cluster running")
    parser.add_argument("--url", help="a database set up by an earlier --keep run")
    args = parser.parse_args()
    server = None
    url = args.url
    if url is None:
        import psycopg

        from tests.pg_server import start_server

        server = start_server()
        if server is None:
            raise SystemExit("PostgreSQL is not installed here")
        with psycopg.connect(server.conninfo("postgres"), autocommit=True) as su:
            su.execute("CREATE DATABASE bench")
        from tests.pg_server import SUPERUSER_PASSWORD

        url = server.url("bench", password=SUPERUSER_PASSWORD)
        started = time.perf_counter()
        _set_up(url, server)
        print(f"set up in {time.perf_counter() - started:.0f} s", file=sys.stderr)
    try:
        result: dict[str, object] = {"rounds": args.rounds, "target_ms": 150}
        result |= _screens(url, args.rounds)
        result["hr_year_xlsx"] = _hr_xlsx(url, args.xlsx_runs)
        print(json.dumps(result, indent=2))
    finally:
        if server is not None and not args.keep:
            server.stop()
        elif server is not None:
            print(f"kept: {url}", file=sys.stderr)


if __name__ == "__main__":
    main()
