"""HR's yearly POP overview on the large database (about 1,000 employees with ten years of
history): seconds to gather the data and to build the XLSX, the CSV and the PDF for the whole
company, and the longest pause between two progress reports (how long a click on Cancel may
wait). Prints JSON. Targets: XLSX within 5 s, PDF within 30 s.

    .venv/bin/python benchmarks/bench_hr_overview.py [--year YYYY] [--db PATH]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import open_bench_db

from teamlead_app.services.exports.year_overview import export_overview, overview_data
from teamlead_app.util.progress import Progress


class _Clock:
    """Records the time between progress reports."""

    def __init__(self) -> None:
        self.last = time.perf_counter()
        self.longest = 0.0
        self.reports = 0

    def report(self, done: int, total: int) -> None:
        now = time.perf_counter()
        self.longest = max(self.longest, now - self.last)
        self.last = now
        self.reports += 1


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--year", type=int, default=date.today().year)
    parser.add_argument("--db", help="a database file, or a server: postgresql+psycopg://...")
    args = parser.parse_args()
    db, _where = open_bench_db(args.db)
    start = time.perf_counter()
    data = overview_data(db, args.year)
    result: dict[str, object] = {
        "year": args.year,
        "employees": len(data.employees),
        "teams": len(data.teams),
        "goals": len(data.goals),
        "data_s": round(time.perf_counter() - start, 3),
        "targets_s": {"xlsx": 5, "pdf": 30},
    }
    for fmt in ("xlsx", "csv", "pdf"):
        clock = _Clock()
        start = time.perf_counter()
        size = len(export_overview(db, args.year, None, fmt, Progress(report=clock.report)))
        result[f"{fmt}_s"] = round(time.perf_counter() - start, 2)
        result[f"{fmt}_bytes"] = size
        result[f"{fmt}_progress_reports"] = clock.reports
        result[f"{fmt}_longest_pause_s"] = round(clock.longest, 3)
    print(json.dumps(result, indent=2))
    db.close()


if __name__ == "__main__":
    main()
