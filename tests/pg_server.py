"""A real PostgreSQL server for the tests: the installed binaries (`initdb`, `pg_ctl`) start a
throw-away cluster in a temporary folder, listening on 127.0.0.1 at a free port. One cluster
per test session; each test gets its own database copied from a migrated template database
(`CREATE DATABASE ... TEMPLATE`), so the migrations run once per session.

Where the binaries are not installed, `find_binaries()` returns None and the PostgreSQL tests
are skipped with the reason. When the tests run as root (CI), the server runs as the
`postgres` system user that Debian's package creates: PostgreSQL refuses to run as root.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

SUPERUSER = "postgres"
SUPERUSER_PASSWORD = "test-superuser-secret"
SKIP_REASON = (
    "PostgreSQL is not installed here (no initdb/pg_ctl found in /usr/lib/postgresql/*/bin "
    "or on PATH); install Debian's `postgresql` package to run these tests"
)


def find_binaries() -> Path | None:
    """The folder holding initdb and pg_ctl: the newest /usr/lib/postgresql/N/bin, else PATH."""
    candidates = sorted(
        glob.glob("/usr/lib/postgresql/*/bin"),
        key=lambda p: int(Path(p).parent.name) if Path(p).parent.name.isdigit() else 0,
        reverse=True,
    )
    for folder in candidates:
        if (Path(folder) / "initdb").exists() and (Path(folder) / "pg_ctl").exists():
            return Path(folder)
    initdb = shutil.which("initdb")
    if initdb and shutil.which("pg_ctl"):
        return Path(os.path.realpath(initdb)).parent
    return None


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


@dataclass
class PgServer:
    bindir: Path
    root: Path
    port: int
    run_as: str | None

    @property
    def datadir(self) -> Path:
        return self.root / "data"

    def url(self, database: str, user: str = SUPERUSER, password: str | None = None) -> str:
        secret = f":{password}" if password else ""
        return f"postgresql+psycopg://{user}{secret}@127.0.0.1:{self.port}/{database}"

    def conninfo(self, database: str, user: str = SUPERUSER, password: str = "") -> str:
        return (
            f"host=127.0.0.1 port={self.port} dbname={database} user={user} "
            f"password={password or SUPERUSER_PASSWORD}"
        )

    def _run(self, *args: str) -> None:
        subprocess.run(
            [str(a) for a in args],
            check=True,
            capture_output=True,
            user=self.run_as,
            cwd=self.root,
        )

    def start(self) -> None:
        pwfile = self.root / "pw"
        pwfile.write_text(SUPERUSER_PASSWORD + "\n")
        if self.run_as:
            entry = pwd.getpwnam(self.run_as)
            for path in (self.root, pwfile):
                os.chown(path, entry.pw_uid, entry.pw_gid)
        self._run(
            self.bindir / "initdb",
            "-D",
            str(self.datadir),
            "-U",
            SUPERUSER,
            "-E",
            "UTF8",
            "--locale=C.UTF-8",
            "--auth-local=trust",
            "--auth-host=scram-sha-256",
            f"--pwfile={pwfile}",
        )
        self.resume()

    def resume(self) -> None:
        """Start the cluster's server (again, after pause())."""
        options = (
            f"-p {self.port} -c listen_addresses=127.0.0.1 -k {self.root} "
            # A throw-away test cluster: durability off for speed.
            "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
        )
        self._run(
            self.bindir / "pg_ctl",
            "-D",
            str(self.datadir),
            "-o",
            options,
            "-l",
            str(self.root / "log"),
            "-w",
            "start",
        )

    def pause(self) -> None:
        """Stop the server as a restart by IT does, keeping its data: every open
        connection is cut (for the tests of a server going away during work)."""
        self._run(self.bindir / "pg_ctl", "-D", str(self.datadir), "-m", "fast", "-w", "stop")

    def stop(self) -> None:
        subprocess.run(
            [str(self.bindir / "pg_ctl"), "-D", str(self.datadir), "-m", "immediate", "stop"],
            capture_output=True,
            user=self.run_as,
            cwd=self.root,
        )
        shutil.rmtree(self.root, ignore_errors=True)


def pg_unavailable() -> str | None:
    """Why the PostgreSQL tests cannot run here, or None when they can."""
    if find_binaries() is None:
        return SKIP_REASON
    if os.geteuid() == 0:
        try:
            pwd.getpwnam("postgres")
        except KeyError:
            return (
                "running as root and there is no `postgres` system user to run the server "
                "as (PostgreSQL refuses root); install Debian's `postgresql` package"
            )
    return None


def start_server() -> PgServer | None:
    bindir = find_binaries()
    if bindir is None:
        return None
    run_as = "postgres" if os.geteuid() == 0 else None
    root = Path(tempfile.mkdtemp(prefix="teamlead-pg-"))
    server = PgServer(bindir, root, _free_port(), run_as)
    server.start()
    return server
