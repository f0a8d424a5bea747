"""Kill -9 a writer at random moments and check that nothing committed is lost and that the
app never calls the file damaged afterwards.

Three situations take turns: the very first start (the schema is being created), a migration
(the schema_0001 fixture upgraded through the real migrations plus a slow extra test
migration that copies tables), and normal saving on one file that is killed again and again.
After every kill the file is opened exactly as the app opens it (lock, open, migrate when
needed): it must not be called damaged, `PRAGMA integrity_check` must say ok, the schema is
either the old or the new one (never half), and every save the writer reported as committed
must be there.

The normal suite does a few runs (TEAMLEAD_CRASH_RUNS, default 12, a few seconds). A longer
run, for example 200 kills:

    TEAMLEAD_CRASH_RUNS=200 .venv/bin/python -m pytest tests/data/test_crash_safety.py -s

(`-s` prints the tally: kills per situation, journals left behind, migrations caught halfway.)
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from teamlead_app.data import migrate
from teamlead_app.services.storage import database as storage

HERE = Path(__file__).resolve().parent
CHILD = HERE / "crash_child.py"
FIXTURE = HERE / "fixtures" / "schema_0001.sqlite"
RUNS = int(os.environ.get("TEAMLEAD_CRASH_RUNS", "12"))
PROBE_REV = "ffcrash"
PROBE_ROWS = 2_000
# A kill comes at a random moment up to this many times the time opening took (measured on
# the first run of each situation, which is killed after its first save): before, during and
# after the schema transaction, and during the saves that follow.
SPREAD = 1.6

PROBE_MIGRATION = f'''"""crash test probe: slow, copies tables

Revision ID: {PROBE_REV}
Revises: {migrate.SCHEMA_HEAD}
"""

import sqlalchemy as sa
from alembic import op

revision = "{PROBE_REV}"
down_revision = "{migrate.SCHEMA_HEAD}"
branch_labels = None
depends_on = None


def upgrade() -> None:
    probe = op.create_table(
        "crash_probe", sa.Column("id", sa.Integer, primary_key=True), sa.Column("note", sa.Text)
    )
    op.bulk_insert(probe, [{{"id": i, "note": "x" * 100}} for i in range({PROBE_ROWS})])
    for table in ("employee", "conversation"):
        with op.batch_alter_table(table, recreate="always") as batch:
            batch.add_column(sa.Column("crash_probe", sa.Text, nullable=True))


def downgrade() -> None:
    raise NotImplementedError
'''


@dataclass
class Tally:
    kills: Counter[str] = field(default_factory=Counter)
    journals: Counter[str] = field(default_factory=Counter)
    outcomes: Counter[str] = field(default_factory=Counter)
    committed: int = 0

    def line(self) -> str:
        return (
            f"kills {dict(self.kills)}; hot journal left {dict(self.journals)}; "
            f"outcomes {dict(self.outcomes)}; committed saves checked {self.committed}"
        )


class Server:
    """The forking writer (tests/data/crash_child.py serve)."""

    def __init__(self) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, str(CHILD), "serve"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self._line() == "serving"

    def _line(self) -> str:
        assert self.proc.stdout is not None
        return self.proc.stdout.readline().strip()

    def run(self, job: list[str], out: Path, delay: float, until: str = "ready") -> float:
        """Start a job, wait for `until` in its output, let it work `delay` seconds, kill it.
        Returns how long opening took when the writer got that far (else 0)."""
        assert self.proc.stdin is not None
        self.proc.stdin.write(" ".join(job) + "\n")
        self.proc.stdin.flush()
        pid = int(self._line().removeprefix("pid "))
        deadline = time.monotonic() + 60
        while until not in _read(out) and "error" not in _read(out):
            assert time.monotonic() < deadline, f"the writer did not reach {until}"
            time.sleep(0.001)
        time.sleep(delay)
        with contextlib.suppress(ProcessLookupError):  # died by itself: its OUT says why
            os.kill(pid, signal.SIGKILL)
        assert self._line() == f"done {pid}"
        opened = [line for line in _read(out).splitlines() if line.startswith("opened ")]
        return float(opened[0].split()[1]) if opened else 0.0

    def run_until_saved(self, job: list[str], out: Path) -> float:
        """Start a job, kill it right after its first save; how long opening took."""
        return self.run(job, out, 0.0, until="committed")

    def close(self) -> None:
        assert self.proc.stdin is not None and self.proc.stdout is not None
        self.proc.stdin.close()
        self.proc.wait(timeout=10)
        self.proc.stdout.close()


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return ""


def _committed(out: Path) -> set[str]:
    text = _read(out)
    assert "error" not in text, text
    return {line.split()[1] for line in text.splitlines() if line.startswith("committed ")}


def _open_as_the_app(path: Path) -> str:
    """Lock and open like the GUI and the CLI do; the status, or a failure."""
    lock = storage.lock_database(path)
    try:
        db = storage.open_database(path, thorough=not lock.previous_exit_clean)
        status = db.opened_as
        db.close()
    finally:
        lock.release()
    return status


def _integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return str(con.execute("PRAGMA integrity_check").fetchone()[0])
    finally:
        con.close()


def _saved_people(path: Path) -> set[str]:
    con = sqlite3.connect(path)
    try:
        rows = con.execute("SELECT last_name FROM employee WHERE first_name = 'Crash'")
        return {str(row[0]) for row in rows}
    finally:
        con.close()


def _schema_state(path: Path) -> str:
    """'old' or 'new' for a migrated fixture; anything in between fails the test."""
    con = sqlite3.connect(path)
    try:
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        columns = {r[1] for r in con.execute("PRAGMA table_info(employee)")}
        probe_rows = (
            con.execute("SELECT count(*) FROM crash_probe").fetchone()[0]
            if "crash_probe" in tables
            else None
        )
    finally:
        con.close()
    if revision == PROBE_REV:
        assert probe_rows == PROBE_ROWS and "crash_probe" in columns
        return "new"
    assert revision == "0001", revision
    assert probe_rows is None and "crash_probe" not in columns
    assert not any(name.startswith("_alembic_tmp") for name in tables)
    return "old"


@pytest.fixture
def probe_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The real migrations plus the slow probe migration; the app (here and in the writer)
    treats the probe as its newest schema."""
    folder = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, folder, ignore=shutil.ignore_patterns("__pycache__"))
    (folder / "versions" / f"{PROBE_REV}_crash_probe.py").write_text(PROBE_MIGRATION)
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", folder)
    monkeypatch.setattr(migrate, "SCHEMA_HEAD", PROBE_REV)
    monkeypatch.setattr(migrate, "KNOWN_REVISIONS", (*migrate.KNOWN_REVISIONS, PROBE_REV))
    return folder


@pytest.mark.skipif(not hasattr(os, "fork"), reason="the writer forks; SIGKILL is POSIX")
def test_kill_at_random_moments_loses_nothing_committed(
    tmp_path: Path, probe_dir: Path, migrated_template: Path
) -> None:
    rng = random.Random(os.environ.get("TEAMLEAD_CRASH_SEED", "15"))
    tally = Tally()
    steady = tmp_path / "steady.sqlite"
    shutil.copy(migrated_template, steady)
    steady_committed: set[str] = set()
    took: dict[str, float] = {}
    server = Server()
    try:
        for run in range(RUNS):
            mode = ("first", "migrate", "write")[run % 3]
            out = tmp_path / f"run{run}.out"
            if mode == "first":
                path = tmp_path / f"first{run}.sqlite"
            elif mode == "migrate":
                path = tmp_path / f"migrate{run}.sqlite"
                shutil.copy(FIXTURE, path)
            else:
                path = steady
            job = [mode, str(path), str(out), str(probe_dir), PROBE_REV]
            if mode not in took:
                took[mode] = server.run_until_saved(job, out)
            else:
                server.run(job, out, rng.uniform(0, SPREAD * took[mode] + 0.02))
            tally.kills[mode] += 1
            if migrate.has_hot_journal(path):
                tally.journals[mode] += 1
            if mode == "migrate":
                tally.outcomes[f"migration {_schema_state(path)}"] += 1
            status = _open_as_the_app(path)  # raises when it would call the file damaged
            tally.outcomes[f"{mode} {status}"] += 1
            assert _integrity(path) == "ok"
            committed = _committed(out)
            if mode == "write":
                steady_committed |= committed
                committed = steady_committed
            assert committed <= _saved_people(path)
            tally.committed += len(committed)
            if mode == "migrate":
                assert _schema_state(path) == "new"  # opening finished the migration
                _assert_fixture_data(path)
    finally:
        server.close()
    print(f"\n{RUNS} kills: {tally.line()}; opening took {took}")
    assert sum(tally.kills.values()) == RUNS


def _assert_fixture_data(path: Path) -> None:
    con = sqlite3.connect(path)
    try:
        names = {tuple(r) for r in con.execute("SELECT first_name, last_name FROM employee")}
        notes = {r[0] for r in con.execute("SELECT shared_summary FROM conversation")}
    finally:
        con.close()
    assert ("Łukasz", "Wiśniewski") in names
    assert "Gedeeld <b>&" in notes
