"""Start-up and people-list figures on a database of about 1,000 employees with ten years of
history, each app start paired with a bare PySide6 window started just before it (A B A B):
the ratio is taken per pair and reported as the median with its range. Prints JSON.

"data" is the first data on screen (the fast first screen, or the full page when there is
none); "ready" is the full app having taken over (the same as "data" for code without a fast
first screen). `--before SRC` also starts the code in SRC (a `src/` folder, put first on
PYTHONPATH) in every round, each with its own bare window: bare, after, bare, before, ...

    .venv/bin/python benchmarks/bench_startup.py [--runs 7] [--db PATH] [--no-history]
        [--before /tmp/base/src] [--no-screens]
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import big_database

BARE = """
import json, sys, time
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
w = QMainWindow()
w.show()
app.processEvents()
print(json.dumps({"window": time.time()}))
"""


def _env() -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    return env


def bare_window() -> float:
    start = time.time()
    out = subprocess.run(
        [sys.executable, "-c", BARE], capture_output=True, text=True, env=_env(), check=True
    )
    return json.loads(out.stdout)["window"] - start


def app_start(db: Path, pythonpath: Path | None = None) -> tuple[float, float, float]:
    with tempfile.TemporaryDirectory() as tmp:
        probe = Path(tmp) / "probe.json"
        env = _env()
        if pythonpath is not None:
            env["PYTHONPATH"] = os.pathsep.join(
                p for p in (str(pythonpath), env.get("PYTHONPATH", "")) if p
            )
        env["TEAMLEAD_STARTUP_PROBE"] = str(probe)
        env["TEAMLEAD_DATA_DIR"] = tmp
        start = time.time()
        subprocess.run([sys.executable, "-m", "teamlead_app", "--db", str(db)], env=env, check=True)
        marks = json.loads(probe.read_text())
    ready = marks.get("ready", marks["data"])
    return marks["window"] - start, marks["data"] - start, ready - start


def in_process(db: Path) -> dict[str, float]:
    """Filter the people list and open a profile inside one running app."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from teamlead_app.services.storage.database import open_database
    from teamlead_app.ui.main_window import MainWindow

    app = QApplication.instance() or QApplication(sys.argv[:1])
    window = MainWindow()
    database = open_database(db)
    window.attach(database)
    window.show()
    page = window.page("people")
    assert page is not None
    window.show_page("people")
    app.processEvents()
    timings: dict[str, list[float]] = {"filter_people": [], "open_profile": []}
    for word in ("jan", "lasser", "de vries", "monteur", "ber"):
        start = time.perf_counter()
        page.search.setText(word)  # type: ignore[attr-defined]
        page.apply_search()  # type: ignore[attr-defined]
        app.processEvents()
        timings["filter_people"].append(time.perf_counter() - start)
    page.search.setText("")  # type: ignore[attr-defined]
    page.apply_search()  # type: ignore[attr-defined]
    for row in range(0, 50, 10):
        employee = page.model.row_at(row)  # type: ignore[attr-defined]
        start = time.perf_counter()
        window.open_employee(employee.id)
        app.processEvents()
        timings["open_profile"].append(time.perf_counter() - start)
    window.close()
    database.close()
    return {key: statistics.median(values) for key, values in timings.items()}


def _spread(values: list[float]) -> list[float]:
    return [round(min(values), 2), round(max(values), 2)]


def _series(db: Path, runs: int, before: Path | None) -> dict[str, dict[str, object]]:
    """Interleaved rounds; per code (after, before) the pairwise ratios to its bare window."""
    codes: dict[str, Path | None] = {"after": None}
    if before is not None:
        codes["before"] = before
    found: dict[str, dict[str, list[float]]] = {
        code: {k: [] for k in ("bare", "window", "data", "ready")} for code in codes
    }
    for _ in range(runs):
        for code, path in codes.items():
            bare_s = bare_window()
            window_s, data_s, ready_s = app_start(db, path)
            for key, value in (
                ("bare", bare_s),
                ("window", window_s),
                ("data", data_s),
                ("ready", ready_s),
            ):
                found[code][key].append(value)
    result: dict[str, dict[str, object]] = {}
    for code, values in found.items():
        bare = values["bare"]
        entry: dict[str, object] = {"bare_window_s": round(statistics.median(bare), 3)}
        for key in ("window", "data", "ready"):
            ratios = [v / b for v, b in zip(values[key], bare, strict=True)]
            entry[f"app_{key}_s"] = round(statistics.median(values[key]), 3)
            entry[f"{key}_ratio"] = round(statistics.median(ratios), 2)
            entry[f"{key}_ratio_range"] = _spread(ratios)
            entry[f"{key}_ratios"] = [round(r, 2) for r in ratios]
        result[code] = entry
    return result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", type=Path)
    parser.add_argument("--no-history", action="store_true", help="1,000 people without ten years")
    parser.add_argument("--before", type=Path, help="a src/ folder of the code to compare with")
    parser.add_argument("--no-screens", action="store_true", help="skip the in-process figures")
    args = parser.parse_args()
    db = args.db or big_database(history=not args.no_history)
    # Interleaved pairs (bare, app, bare, app, ...): the machine's mood changes between runs, so a
    # ratio is only honest when both sides of it were measured next to each other.
    series = _series(db, args.runs, args.before)
    after = series["after"]
    result: dict[str, object] = {"employees_db": str(db), "runs": args.runs, **after}
    if "before" in series:
        result["before"] = series["before"]
    result["targets"] = {"window_ratio": 1.5, "data_ratio": 4.0}
    if not args.no_screens:
        result.update({f"{k}_s": round(v, 4) for k, v in in_process(db).items()})
    print(json.dumps(result, indent=2))


if __name__ == "__main__":
    main()
