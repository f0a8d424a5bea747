"""The writer that tests/data/test_crash_safety.py kills with SIGKILL. Not a test module.

Run as `python crash_child.py serve`: it imports the app once, then reads one job per line on
stdin (`MODE DB OUT [PROBE_DIR PROBE_REV]`), forks a child per job (so a kill costs no import
time) and answers `pid N` and later `done N`. The child writes `ready`, opens the file exactly
as the app does (lock, open, migrate when needed) and then saves people one by one, writing
`committed I` to OUT after each commit. Where fork is missing (Windows) the job runs in this
process instead (`python crash_child.py once MODE DB OUT ...`).
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

from teamlead_app.data import migrate
from teamlead_app.services.people import employees as people
from teamlead_app.services.storage import database as storage


def use_probe(probe_dir: str, probe_rev: str) -> None:
    """Let this process know the crash test's extra migration (appended to the real chain)."""
    migrate.MIGRATIONS_DIR = Path(probe_dir)
    migrate.SCHEMA_HEAD = probe_rev
    migrate.KNOWN_REVISIONS = (*migrate.KNOWN_REVISIONS, probe_rev)


def work(mode: str, db: str, out: str, extra: list[str]) -> None:
    path = Path(db)
    with open(out, "a", buffering=1, encoding="utf-8") as log:
        start = time.monotonic()
        log.write("ready\n")
        if extra:
            use_probe(*extra)
        try:
            lock = storage.lock_database(path)
            database = storage.open_database(path, thorough=not lock.previous_exit_clean)
            log.write(f"opened {time.monotonic() - start:.3f}\n")
            i = 0
            while True:
                number = f"{os.getpid()}-{i}"
                draft = people.EmployeeDraft(first_name="Crash", last_name=number)
                people.save_employee(database, draft)
                log.write(f"committed {number}\n")  # only after the commit returned
                i += 1
        except Exception as exc:
            log.write(f"error {type(exc).__name__}: {exc}\n")
            raise


def serve() -> None:
    print("serving", flush=True)
    for line in sys.stdin:
        mode, db, out, *extra = line.split()
        pid = os.fork()
        if pid == 0:  # the child: work until killed
            try:
                work(mode, db, out, extra)
            finally:
                os._exit(3)
        print(f"pid {pid}", flush=True)
        os.waitpid(pid, 0)
        print(f"done {pid}", flush=True)


if __name__ == "__main__":
    if sys.argv[1] == "serve":
        serve()
    else:
        work(sys.argv[2], sys.argv[3], sys.argv[4], sys.argv[5:])
