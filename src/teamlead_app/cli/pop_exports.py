"""`teamlead-app export pop --employee REF [--year YYYY] --out F.pdf` and
`teamlead-app export pop-prep [--employee REF] --out F.pdf` (without --employee: a blank form).
Every export is recorded in the export log with ids only."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from teamlead_app.cli import EXIT_OK
from teamlead_app.cli.common import open_db
from teamlead_app.errors import StorageError
from teamlead_app.i18n import t
from teamlead_app.services.exports.files import save_pop, save_pop_prep
from teamlead_app.services.exports.pop import year_pop_id
from teamlead_app.services.people import employees as people


def _check_folder(path: Path) -> None:
    """Fail before the work when the folder is missing (write_file checks the rest)."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise StorageError(
            t(f"De map {folder} bestaat niet.", f"The folder {folder} does not exist.")
        )


def cmd_export_pop(args: argparse.Namespace) -> int:
    out = Path(args.out)
    _check_folder(out)
    db = open_db(args)  # first: it applies the language setting to the messages below
    employee_id = people.resolve_employee(db, args.employee)
    year = date.today().year if args.year is None else args.year  # --year 0 is no default
    pop_id = year_pop_id(db, employee_id, year)
    save_pop(db, pop_id, out)
    print(t(f"POP opgeslagen: {out}", f"POP written: {out}"))
    return EXIT_OK


def cmd_export_pop_prep(args: argparse.Namespace) -> int:
    out = Path(args.out)
    _check_folder(out)
    db = open_db(args)
    employee_id = people.resolve_employee(db, args.employee) if args.employee else None
    save_pop_prep(db, employee_id, out)
    print(
        t(
            f"Voorbereidingsformulier POP-gesprek opgeslagen: {out}",
            f"POP conversation preparation form written: {out}",
        )
    )
    return EXIT_OK
