"""Opening, checking and backing up the database file: the use cases behind start-up,
`teamlead-app check` and `teamlead-app backup`."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from teamlead_app.data import migrate
from teamlead_app.data.db import Database
from teamlead_app.errors import StorageError
from teamlead_app.i18n import t


@dataclass(frozen=True)
class CheckResult:
    ok: bool
    message: str


def open_database(path: Path) -> Database:
    """Check, back up and migrate when needed, then open. Raises StorageError with a message."""
    migrate.prepare(path)
    return Database(path)


def check_database(path: Path) -> CheckResult:
    if not path.exists():
        return CheckResult(False, t(f"{path} bestaat niet.", f"{path} does not exist."))
    try:
        revision = migrate.read_revision(path)
        migrate.quick_check(path)
    except StorageError as exc:
        return CheckResult(False, str(exc))
    if revision != migrate.SCHEMA_HEAD:
        return CheckResult(
            True,
            t(
                f"{path.name} is in orde; het schema ({revision}) wordt bij openen bijgewerkt.",
                f"{path.name} is sound; its schema ({revision}) is upgraded when opened.",
            ),
        )
    return CheckResult(True, t(f"{path.name} is in orde.", f"{path.name} is sound."))


def backup_database(path: Path, out: Path | None = None) -> Path:
    """A verified backup: to `out`, or beside the database (thinned, with the second folder);
    see services.backups."""
    from teamlead_app.services import backups

    if out is not None:
        return backups.backup_to(path, out)
    return backups.make_backup(path).path


def list_backups(path: Path) -> list[Path]:
    from teamlead_app.services import backups

    return [info.path for info in backups.list_backups(path)]
