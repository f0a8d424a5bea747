"""Start-up of the frozen bundle next to the source run, in interleaved pairs (source, bundle,
source, bundle, ...) on the same database: seconds to a shown window and to the data on screen,
and the ratio bundle/source per pair (median with its range). Prints JSON.

    python3 dev.py bundle
    .venv/bin/python benchmarks/bench_bundle_startup.py [--runs 7] [--db PATH] [--bundle DIR]

Without --db it uses the demo company (44 people) in a temporary file.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _start(command: list[str], db: Path) -> tuple[float, float]:
    import time

    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe.json"
        env = dict(os.environ)
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        env["TEAMLEAD_STARTUP_PROBE"] = str(probe)
        env["TEAMLEAD_DATA_DIR"] = tmp
        start = time.time()
        subprocess.run([*command, "--db", str(db)], env=env, check=True, capture_output=True)
        marks = json.loads(probe.read_text())
    return marks["window"] - start, marks["data"] - start


def _spread(values: list[float]) -> list[float]:
    return [round(min(values), 2), round(max(values), 2)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "teamlead-app")
    args = parser.parse_args()
    exe = args.bundle / ("teamlead-app.exe" if os.name == "nt" else "teamlead-app")
    if not exe.exists():
        sys.exit(f"{exe} not found: run `python3 dev.py bundle` first")
    db = args.db
    if db is None:
        db = Path(tempfile.mkdtemp()) / "demo.sqlite"
        subprocess.run([sys.executable, "-m", "teamlead_app", "--db", str(db), "demo"], check=True)
    source_cmd = [sys.executable, "-m", "teamlead_app"]
    _start(source_cmd, db), _start([str(exe)], db)  # warm the file cache for both
    source: list[tuple[float, float]] = []
    bundle: list[tuple[float, float]] = []
    for _ in range(args.runs):
        source.append(_start(source_cmd, db))
        bundle.append(_start([str(exe)], db))
    window_ratios = [b[0] / s[0] for s, b in zip(source, bundle, strict=True)]
    data_ratios = [b[1] / s[1] for s, b in zip(source, bundle, strict=True)]
    print(
        json.dumps(
            {
                "db": str(db),
                "runs": args.runs,
                "source_window_s": round(statistics.median(s[0] for s in source), 3),
                "bundle_window_s": round(statistics.median(b[0] for b in bundle), 3),
                "source_data_s": round(statistics.median(s[1] for s in source), 3),
                "bundle_data_s": round(statistics.median(b[1] for b in bundle), 3),
                "window_ratio": round(statistics.median(window_ratios), 2),
                "window_ratio_range": _spread(window_ratios),
                "data_ratio": round(statistics.median(data_ratios), 2),
                "data_ratio_range": _spread(data_ratios),
                "target": {"window_ratio": 1.0},
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
