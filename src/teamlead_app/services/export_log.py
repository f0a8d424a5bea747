"""The export log: every export of personal data (overview, person, summary, POP, ...) is
recorded with date, kind, scope and file name, never the content, so HR can answer "who
exported what". Append-only; the retention purge may remove entries older than two years."""

from __future__ import annotations

import getpass
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import select

from teamlead_app.data.db import Database
from teamlead_app.data.models import ExportLog

# Kinds of export, as stored; labels in labels.py ("export_action").
EXPORT_ACTIONS = (
    "roster",
    "summary",
    "prep",
    "calendar",
    "pop",
    "pop_prep",
    "overview",
    "person",
    "delete",
    "purge",
    "matrix",
)


@dataclass(frozen=True)
class ExportLogRow:
    id: int
    at: datetime
    action: str
    scope: str
    file_name: str
    os_user: str


def _os_user() -> str:
    try:
        return getpass.getuser()[:120]
    except (OSError, KeyError, ImportError):
        return ""


def log_export(db: Database, action: str, scope: str, file_name: str | Path = "") -> None:
    """Record one export. `scope` holds ids or a year/team, never a name or note text."""
    with db.sessions.begin() as session:
        session.add(
            ExportLog(
                at=datetime.now().replace(microsecond=0),
                action=action[:40],
                scope=scope[:200],
                file_name=Path(file_name).name[:400] if file_name else "",
                os_user=_os_user(),
            )
        )


def list_export_log(db: Database, limit: int = 500) -> list[ExportLogRow]:
    query = select(ExportLog).order_by(ExportLog.at.desc(), ExportLog.id.desc()).limit(limit)
    with db.sessions() as session:
        return [
            ExportLogRow(r.id, r.at, r.action, r.scope, r.file_name, r.os_user)
            for r in session.scalars(query)
        ]
