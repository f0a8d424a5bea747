"""Autosaved typing of a company-server user, kept on this PC: `server-drafts.sqlite` in the
user's data folder (beside the settings), mode 0600. On a server the draft must survive the
connection dropping (that is when it matters most) and is nobody else's business, so it is
never sent to the server.

One row per (server, user, kind, record): the server is `host:port/database`, the user the
database role, so two servers or two users on one PC never see each other's drafts. The
person a draft belongs to is kept too: deleting that person removes it and the access
export (privacy) finds it. The standard library's sqlite3, not SQLAlchemy: a small file of
our own, opened per call (autosave runs every few seconds, never in a loop)."""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import URL

from teamlead_app.config import data_dir
from teamlead_app.data.sqlite_errors import storage_error_for
from teamlead_app.util.private import create_private_file, make_private_folder, tighten

FILENAME = "server-drafts.sqlite"

SCHEMA = """
CREATE TABLE IF NOT EXISTS draft (
    server TEXT NOT NULL,
    user TEXT NOT NULL,
    kind TEXT NOT NULL,
    ref_id INTEGER NOT NULL,
    employee_id INTEGER NOT NULL,
    payload_json TEXT NOT NULL,
    updated_at TEXT NOT NULL,
    PRIMARY KEY (server, user, kind, ref_id)
)
"""


@dataclass(frozen=True)
class LocalDraft:
    kind: str
    ref_id: int
    employee_id: int
    payload_json: str
    updated_at: datetime


def server_key(url: URL) -> tuple[str, str]:
    """(server, user) of a database URL; never the password."""
    host = url.host or "localhost"
    port = url.port or 5432
    return f"{host}:{port}/{url.database}", url.username or ""


def default_path() -> Path:
    return data_dir() / FILENAME


class LocalDrafts:
    """The drafts of one user on one server, in the local file."""

    def __init__(self, url: URL, path: Path | None = None) -> None:
        self.path = path if path is not None else default_path()
        self.server, self.user = server_key(url)

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        make_private_folder(self.path.parent)
        create_private_file(self.path)  # 0600 before SQLite writes a byte of it
        tighten(self.path)
        try:
            # The inner `with connection`: one transaction, committed on success.
            with closing(sqlite3.connect(self.path, timeout=5)) as connection, connection:
                connection.execute("PRAGMA secure_delete=ON")
                connection.execute(SCHEMA)
                yield connection
        except sqlite3.Error as exc:
            error = storage_error_for(exc)
            if error is None:
                raise
            raise error from exc

    def save(self, kind: str, ref_id: int, employee_id: int, payload: str, at: datetime) -> None:
        with self._connect() as c:
            c.execute(
                "INSERT OR REPLACE INTO draft VALUES (?, ?, ?, ?, ?, ?, ?)",
                (self.server, self.user, kind, ref_id, employee_id, payload, at.isoformat()),
            )

    def load(self, kind: str, ref_id: int) -> LocalDraft | None:
        found = self._select("AND kind = ? AND ref_id = ?", (kind, ref_id))
        return found[0] if found else None

    def for_person(self, employee_id: int) -> list[LocalDraft]:
        return self._select("AND employee_id = ?", (employee_id,))

    def all(self) -> list[LocalDraft]:
        return self._select("", ())

    def _select(self, where: str, args: tuple[object, ...]) -> list[LocalDraft]:
        if not self.path.exists():
            return []  # nothing typed yet on this PC: no file made for a read
        with self._connect() as c:
            rows = c.execute(
                "SELECT kind, ref_id, employee_id, payload_json, updated_at FROM draft "
                f"WHERE server = ? AND user = ? {where} ORDER BY updated_at DESC, rowid DESC",
                (self.server, self.user, *args),
            ).fetchall()
        return [
            LocalDraft(str(k), int(r), int(e), str(p), datetime.fromisoformat(str(u)))
            for k, r, e, p, u in rows
        ]

    def discard(self, kind: str, ref_id: int) -> bool:
        return self._delete("AND kind = ? AND ref_id = ?", (kind, ref_id)) > 0

    def discard_person(self, employee_id: int) -> int:
        return self._delete("AND employee_id = ?", (employee_id,))

    def _delete(self, where: str, args: tuple[object, ...]) -> int:
        if not self.path.exists():
            return 0
        with self._connect() as c:
            cursor = c.execute(
                f"DELETE FROM draft WHERE server = ? AND user = ? {where}",
                (self.server, self.user, *args),
            )
            return int(cursor.rowcount)
