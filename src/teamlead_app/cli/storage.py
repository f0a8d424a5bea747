"""`teamlead-app backup` and `teamlead-app check`."""

from __future__ import annotations

import argparse

from teamlead_app.cli import EXIT_OK, EXIT_USAGE
from teamlead_app.cli.common import db_path, open_db
from teamlead_app.errors import StorageError
from teamlead_app.i18n import t
from teamlead_app.services.storage import check_database, make_backup


def cmd_backup(args: argparse.Namespace) -> int:
    path = db_path(args)
    if not path.exists():  # opening would create an empty database to back up
        raise StorageError(t(f"{path} bestaat niet.", f"{path} does not exist."))
    target = make_backup(open_db(args), args.out)
    print(t(f"Back-up gemaakt: {target}", f"Backup written: {target}"))
    return EXIT_OK


def cmd_check(args: argparse.Namespace) -> int:
    result = check_database(db_path(args))
    print(result.message)
    return EXIT_OK if result.ok else EXIT_USAGE
