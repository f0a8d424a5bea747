"""The engine and the session factory, with our pragmas on every connection."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from sqlalchemy import URL, Engine, create_engine, event
from sqlalchemy.orm import Session, sessionmaker

# DELETE journal, not WAL: the file may live on a network share, and some shipped SQLite
# builds have the WAL-reset bug. FULL sync: a foreman's notes matter more than speed.
PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    "PRAGMA journal_mode=DELETE",
    "PRAGMA synchronous=FULL",
    "PRAGMA busy_timeout=5000",
)


def _apply_pragmas(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    for pragma in PRAGMAS:
        cursor.execute(pragma)
    cursor.close()


def sqlite_url(path: Path) -> URL:
    """The SQLAlchemy URL of a database file. Built, not parsed: a folder named `Team #2`,
    `a%20b` or `?` would be cut short or decoded in a `sqlite:///...` string."""
    return URL.create("sqlite", database=str(path))


def make_engine(path: Path) -> Engine:
    engine = create_engine(sqlite_url(path), future=True)
    event.listen(engine, "connect", _apply_pragmas)
    return engine


class Database:
    """One open database file: engine plus session factory. Services take this."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.engine = make_engine(path)
        self.sessions: sessionmaker[Session] = sessionmaker(self.engine, expire_on_commit=False)

    def close(self) -> None:
        self.engine.dispose()
