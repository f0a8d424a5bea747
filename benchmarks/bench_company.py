"""HR's company page (Bedrijfsoverzicht) on the large database (about 1,000 employees, ten
years of monthly talks): milliseconds for the page's data (`company_overview`, three
statements) and for the whole page refresh in the real widget (offscreen), with the yearly
overview's data (`overview_data`, the export's gathering) as the yardstick measured in the
same rounds (the machine's load moves both alike), on the SQLite file
and, with `--server`, on a PostgreSQL server, interleaved (file, server, file, server, ...) so
both see the same machine load. Prints JSON with the median and the range of each.

    .venv/bin/python benchmarks/bench_company.py [--runs 9] [--year YYYY] [--db PATH]
        [--server postgresql+psycopg://...]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from datetime import date
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from common import open_bench_db
from PySide6.QtWidgets import QApplication

from teamlead_app.services.conversations.company_overview import company_overview
from teamlead_app.services.exports.year_overview import overview_data
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.pages.company_page import CompanyPage


class _Nav:
    def __getattr__(self, _name: str) -> Any:
        return lambda *_a, **_k: None


def _summary(values: list[float]) -> dict[str, float]:
    ms = [v * 1000 for v in values]
    return {
        "median_ms": round(statistics.median(ms), 1),
        "min_ms": round(min(ms), 1),
        "max_ms": round(max(ms), 1),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--year", type=int, default=date.today().year)
    parser.add_argument("--db", help="the database file (default: the cached large one)")
    parser.add_argument("--server", help="also a server: postgresql+psycopg://...")
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    backends: dict[str, Any] = {"sqlite": open_bench_db(args.db)[0]}
    if args.server:
        backends["postgresql"] = open_bench_db(args.server)[0]
    pages = {}
    for name, db in backends.items():
        page = CompanyPage(AppContext(ctx=db, nav=_Nav()))
        page.resize(1090, 760)
        page.year.blockSignals(True)
        page.year.setValue(args.year)
        page.year.blockSignals(False)
        page.show()
        page.refresh()  # warm: imports, statement caches, the server's plans
        company_overview(db, args.year)
        pages[name] = page
    app.processEvents()
    data: dict[str, list[float]] = {name: [] for name in backends}
    screen: dict[str, list[float]] = {name: [] for name in backends}
    yardstick: dict[str, list[float]] = {name: [] for name in backends}
    for _run in range(args.runs):
        for name, db in backends.items():  # interleaved: A B A B ...
            start = time.perf_counter()
            company_overview(db, args.year)
            data[name].append(time.perf_counter() - start)
            start = time.perf_counter()
            pages[name].refresh()
            app.processEvents()
            screen[name].append(time.perf_counter() - start)
            start = time.perf_counter()
            overview_data(db, args.year)
            yardstick[name].append(time.perf_counter() - start)
    out: dict[str, object] = {"year": args.year, "runs": args.runs, "load": os.getloadavg()}
    for name in backends:
        shown = pages[name].data
        out[name] = {
            "people": shown.totals.people if shown else 0,
            "teams": len(shown.teams) if shown else 0,
            "data": _summary(data[name]),
            "page_refresh": _summary(screen[name]),
            "yearly_overview_data": _summary(yardstick[name]),
            "data_to_yearly_overview": round(
                statistics.median(d / y for d, y in zip(data[name], yardstick[name], strict=True)),
                2,
            ),
        }
    print(json.dumps(out, indent=2))
    for db in backends.values():
        db.close()


if __name__ == "__main__":
    main()
