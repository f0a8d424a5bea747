"""HR's yearly POP overview on the large database (about 1,000 employees with ten years of
history): seconds to build the XLSX, the CSV and the PDF for the whole company. Prints JSON.

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

from common import big_database

from teamlead_app.services.storage import open_database
from teamlead_app.services.year_overview import export_overview, overview_data


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--year", type=int, default=date.today().year)
    parser.add_argument("--db", type=Path)
    args = parser.parse_args()
    db = open_database(args.db or big_database(history=True))
    data = overview_data(db, args.year)
    result: dict[str, object] = {
        "year": args.year,
        "employees": len(data.employees),
        "goals": len(data.goals),
        "targets_s": {"xlsx": 5, "pdf": 30},
    }
    for fmt in ("xlsx", "csv", "pdf"):
        start = time.perf_counter()
        size = len(export_overview(db, args.year, None, fmt))
        result[f"{fmt}_s"] = round(time.perf_counter() - start, 2)
        result[f"{fmt}_bytes"] = size
    print(json.dumps(result, indent=2))
    db.close()


if __name__ == "__main__":
    main()
