"""`teamlead-app backup`, `teamlead-app restore` and `teamlead-app check`."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from teamlead_app.cli import EXIT_OK, EXIT_USAGE
from teamlead_app.cli.common import ask_password, db_path, open_db, server_url
from teamlead_app.config import DbPaths
from teamlead_app.data.filelock import AlreadyOpenError, DbLock
from teamlead_app.errors import StorageError
from teamlead_app.i18n import t
from teamlead_app.services.storage import backups, restore
from teamlead_app.services.storage.backups import counts_text
from teamlead_app.services.storage.database import check_database, check_server, make_backup


def cmd_backup(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not path.exists():  # opening would create an empty database to back up
        raise StorageError(t(f"{path} bestaat niet.", f"{path} does not exist."))
    db = open_db(args)
    if args.out is not None:
        target = make_backup(db, args.out).path
        print(
            t(
                f"Back-up gemaakt en gecontroleerd: {target}",
                f"Backup written and checked: {target}",
            )
        )
        return EXIT_OK
    result = make_backup(db)
    print(
        t(
            f"Back-up gemaakt en gecontroleerd: {result.path}",
            f"Backup written and checked: {result.path}",
        )
    )
    if result.copy is not None:
        print(
            t(f"Kopie in de tweede map: {result.copy}", f"Copy in the second folder: {result.copy}")
        )
    if result.warning:
        print(t(f"Let op: {result.warning}", f"Warning: {result.warning}"), file=sys.stderr)
    return EXIT_OK


def _counts(counts: backups.Counts | None) -> str:
    if counts is None:
        return "?"
    return counts_text(counts)


def _confirmed(source: Path) -> bool | None:
    """Ask on a terminal; None when there is none to ask on."""
    if not sys.stdin.isatty():
        return None
    question = t(
        f"De database vervangen door {source.name}? Het huidige bestand wordt eerst apart "
        "bewaard. [j/N] ",
        f"Replace the database by {source.name}? The current file is kept aside first. [y/N] ",
    )
    try:
        answer = input(question)
    except EOFError:
        return False
    return answer.strip().lower() in ("j", "ja", "y", "yes")


def cmd_restore(args: argparse.Namespace) -> int:
    path, source = db_path(args), Path(args.file)
    if not args.yes:
        confirmed = _confirmed(source)
        if confirmed is None:
            print(
                t(
                    "Fout: niets teruggezet. Zonder terminal om te bevestigen: herhaal met --yes.",
                    "Error: nothing restored. No terminal to confirm on: repeat with --yes.",
                ),
                file=sys.stderr,
            )
            return EXIT_USAGE
        if not confirmed:
            print(t("Niets teruggezet.", "Nothing restored."))
            return EXIT_USAGE
    lock = DbLock(DbPaths(path).lock)
    try:
        lock.acquire()
    except AlreadyOpenError:
        raise StorageError(
            t(
                "De database is geopend in het programma; sluit het programma eerst.",
                "The database is open in the program; close the program first.",
            )
        ) from None
    try:
        report = restore.restore_backup(path, source)
    finally:
        lock.release()
    print(t(f"Teruggezet uit {source.name}.", f"Restored from {source.name}."))
    print(t(f"Voor: {_counts(report.before)}", f"Before: {_counts(report.before)}"))
    print(t(f"Na: {_counts(report.after)}", f"After: {_counts(report.after)}"))
    if report.migrated:
        print(
            t(
                "Het schema is bijgewerkt naar deze versie.",
                "The schema was upgraded to this version.",
            )
        )
    if report.kept_aside is not None:
        print(
            t(
                f"Het vorige bestand staat apart: {report.kept_aside}",
                f"The previous file is kept aside: {report.kept_aside}",
            )
        )
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    url = server_url(args)
    result = check_server(url, ask_password) if url else check_database(db_path(args))
    print(result.message)
    return EXIT_OK if result.ok else EXIT_USAGE
