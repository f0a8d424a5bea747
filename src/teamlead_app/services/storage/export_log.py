"""The export log: every export of personal data (overview, person, summary, POP, backup,
...) is recorded with date, kind, scope (ids, a year, a team id) and the kind of file, never
the content and never the file's name (it usually holds the person's name), so HR can answer
"who exported what" and a deletion after the retention period leaves no name behind.
Append-only; the retention purge may remove entries older than two years.

`save_export` is the one path for every export, GUI and CLI alike: the file is written all or
nothing, then logged; when the log cannot be written, the file is removed again, so there is
never a file without its log row nor a log row without its file."""

from __future__ import annotations

import contextlib
import getpass
import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import ExportLog
from teamlead_app.i18n import t
from teamlead_app.util.dates import format_date
from teamlead_app.util.files import write_file

_NEUTRAL = re.compile(r"\.[a-z0-9]{1,10}")

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
    "backup",
    "delete",
    "purge",
    "restore",
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


def neutral_file_name(file_name: str | Path) -> str:
    """What the log keeps of a file name: only its kind (".pdf", ".zip"), never the name."""
    suffix = Path(file_name).suffix.lower() if file_name else ""
    return suffix if _NEUTRAL.fullmatch(suffix) else ""


def log_export(ctx: ServiceContext, action: str, scope: str, file_name: str | Path = "") -> None:
    """Record one action. `scope` holds ids or a year/team, never a name or note text; of
    the file only its kind is kept (see `neutral_file_name`)."""
    with ctx.sessions.begin() as session:
        session.add(
            ExportLog(
                at=datetime.now().replace(microsecond=0),
                action=action[:40],
                scope=scope[:200],
                file_name=neutral_file_name(file_name),
                os_user=_os_user(),
            )
        )


def save_export(
    ctx: ServiceContext, action: str, scope: str, path: Path, content: bytes | Callable[[], Path]
) -> Path:
    """Write an export and log it, both or neither. `content` is the file's bytes (written to
    a temporary file in the same folder, then renamed), or a function that writes the file
    itself all or nothing and returns where (a backup). Returns the written path."""
    if isinstance(content, bytes):
        write_file(path, content)
        target = path
    else:
        target = content()
    try:
        log_export(ctx, action, scope, target)
    except BaseException:
        target.unlink(missing_ok=True)
        raise
    return target


def scrub_file_names(session: Session) -> int:
    """Older versions stored the whole file name ("POP-Łukasz Wiśniewski-2026.pdf"): keep
    only its kind. Run by the retention deletion, so a deleted person's name is gone from
    the log too. Returns the number of rows changed."""
    changed = 0
    for row in session.scalars(select(ExportLog).where(ExportLog.file_name != "")):
        if not _NEUTRAL.fullmatch(row.file_name):
            row.file_name = neutral_file_name(row.file_name)
            changed += 1
    return changed


def list_export_log(ctx: ServiceContext, limit: int = 500) -> list[ExportLogRow]:
    query = select(ExportLog).order_by(ExportLog.at.desc(), ExportLog.id.desc()).limit(limit)
    with ctx.sessions() as session:
        return [
            ExportLogRow(r.id, r.at, r.action, r.scope, r.file_name, r.os_user)
            for r in session.scalars(query)
        ]


# How the stored scope ("conversation=5 employee=1", kept in English as the access export's
# JSON shows it) reads on screen: "gesprek id:5 · medewerker id:1".
_SCOPE_WORDS = {
    "conversation": ("gesprek", "conversation"),
    "employee": ("medewerker", "employee"),
    "mentor": ("mentor", "mentor"),
    "pop": ("POP", "POP"),
    "pairing": ("koppeling", "pairing"),
    "team": ("team", "team"),
    "year": ("jaar", "year"),
    "from": ("vanaf", "from"),
    "to": ("tot en met", "up to"),
    "format": ("als", "as"),
    "deleted": ("verwijderd", "deleted"),
    "backups": ("back-ups", "backups"),
    "log": ("logregels", "log lines"),
    "people/conversations": ("mensen/gesprekken", "people/conversations"),
}
_IDS = {"conversation", "employee", "mentor", "pop", "pairing", "team"}


def _scope_part(token: str) -> str:
    key, sep, value = token.partition("=")
    if not sep:
        return t("leeg formulier", "blank form") if token == "blank" else token
    if value in ("", "None"):
        return ""
    if key == "team" and value == "all":
        return t("alle teams", "all teams")
    words = _SCOPE_WORDS.get(key)
    if words is None:
        return token
    if key in _IDS and value.isdigit():
        value = f"id:{value}"
    elif key in ("from", "to"):
        with contextlib.suppress(ValueError):  # a date as stored, else as it is
            value = format_date(date.fromisoformat(value))
    return f"{t(*words)} {value.replace('->', ' → ')}"


def describe_scope(scope: str) -> str:
    """The scope of a log line in the user's words; unknown parts are shown as stored."""
    return " · ".join(part for part in map(_scope_part, scope.split()) if part)
