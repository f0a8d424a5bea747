"""`teamlead-app export summary --conversation ID --out F.pdf` (the gespreksverslag) and
`teamlead-app export prep --employee REF --out F.pdf` (the preparation sheet for the next
conversation). Every export is recorded in the export log with ids only."""

from __future__ import annotations

import argparse
from pathlib import Path

from teamlead_app.cli import EXIT_OK
from teamlead_app.cli.common import open_db
from teamlead_app.errors import StorageError
from teamlead_app.i18n import t
from teamlead_app.services.exports.files import save_prep, save_summary
from teamlead_app.services.people import employees as people


def _check_folder(path: Path) -> None:
    """Fail before the work when the folder is missing (write_file checks the rest)."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise StorageError(
            t(f"De map {folder} bestaat niet.", f"The folder {folder} does not exist.")
        )


def cmd_export_summary(args: argparse.Namespace) -> int:
    out = Path(args.out)
    _check_folder(out)
    db = open_db(args)  # first: it applies the language setting to the messages below
    conversation_id = int(args.conversation)
    save_summary(db, conversation_id, out)
    print(t(f"Gespreksverslag opgeslagen: {out}", f"Conversation summary written: {out}"))
    return EXIT_OK


def cmd_export_prep(args: argparse.Namespace) -> int:
    out = Path(args.out)
    _check_folder(out)
    db = open_db(args)
    employee_id = people.resolve_employee(db, args.employee)
    save_prep(db, employee_id, out)
    print(t(f"Voorbereidingsblad opgeslagen: {out}", f"Preparation sheet written: {out}"))
    return EXIT_OK
