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
    if not path.exists():
        raise StorageError(t(f"{path} bestaat niet.", f"{path} does not exist."))
    if out is not None and out.exists() and out.is_dir():
        raise StorageError(t(f"{out} is een map.", f"{out} is a folder."))
    try:
        return migrate.backup_file(path, out)
    except OSError as exc:
        raise StorageError(
            t(
                f"Back-up kon niet worden geschreven: {exc.strerror}",
                f"The backup could not be written: {exc.strerror}",
            )
        ) from exc


def make_backup(db: Database, out: Path | None = None) -> Path:
    """A backup on request (GUI or CLI), recorded in the export log like every other copy
    of personal data; a backup that cannot be logged is removed again."""
    from teamlead_app.services.export_log import save_export

    return save_export(
        db, "backup", "database", out or db.path, lambda: backup_database(db.path, out)
    )


def list_backups(path: Path) -> list[Path]:
    folder = path.parent / "backups"
    if not folder.is_dir():
        return []
    return sorted(folder.glob("*.sqlite"), key=lambda p: p.stat().st_mtime, reverse=True)
