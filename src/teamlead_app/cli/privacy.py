"""The employee's rights from the command line:

- `teamlead-app export person --employee REF --out F.zip`: the access export (inzage), logged
  with the id only;
- `teamlead-app retention`: who is past the retention period; with `--delete --yes` they are
  deleted for good (with old backups and old export-log rows). `--delete` without `--yes`
  refuses, so a typo in a script never deletes anyone.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from teamlead_app.cli import EXIT_OK, EXIT_USAGE
from teamlead_app.cli.common import open_db
from teamlead_app.errors import StorageError
from teamlead_app.i18n import t
from teamlead_app.services.people import employees as people
from teamlead_app.services.privacy.access import (
    RetentionItem,
    retention_worklist,
    run_retention,
    write_access_export,
)
from teamlead_app.services.privacy.retention import counted
from teamlead_app.util.dates import format_date


def _check_folder(path: Path) -> None:
    """Fail before the work when the folder is missing (write_file checks the rest)."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise StorageError(
            t(f"De map {folder} bestaat niet.", f"The folder {folder} does not exist.")
        )


def cmd_export_person(args: argparse.Namespace) -> int:
    out = Path(args.out)
    _check_folder(out)
    db = open_db(args)  # first: it applies the language setting to the messages below
    employee_id = people.resolve_employee(db, args.employee)
    write_access_export(db, employee_id, out)
    print(t(f"Inzage-export opgeslagen: {out}", f"Access export written: {out}"))
    return EXIT_OK


def _line(item: RetentionItem) -> str:
    out, until = format_date(item.date_out_of_service), format_date(item.keep_until)
    team = f" ({item.team})" if item.team else ""
    return t(
        f"{item.what_goes}{team}; uit dienst {out}, bewaren tot en met {until}",
        f"{item.what_goes}{team}; out of service {out}, keep until {until}",
    )


def cmd_retention(args: argparse.Namespace) -> int:
    db = open_db(args)
    items = retention_worklist(db)
    if args.delete and not args.yes:
        who = counted(len(items), "medewerker", "medewerkers", "employee", "employees")
        print(
            t(
                f"Fout: niets verwijderd. Verwijderen is definitief ({who} over de "
                "bewaartermijn); herhaal met --delete --yes om het echt te doen.",
                f"Error: nothing deleted. Deleting is final ({who} past the retention "
                "period); repeat with --delete --yes to really do it.",
            ),
            file=sys.stderr,
        )
        return EXIT_USAGE
    if not items:
        print(t("Niemand is over de bewaartermijn.", "No one is past the retention period."))
    for item in items:
        print(_line(item))
    if not args.delete:
        return EXIT_OK
    report = run_retention(db, [item.employee_id for item in items])
    who = counted(len(report.deleted), "medewerker", "medewerkers", "employee", "employees")
    old_backups = counted(
        len(report.backups_removed), "oude back-up", "oude back-ups", "old backup", "old backups"
    )
    old_rows = counted(
        report.log_rows_removed, "oude regel", "oude regels", "old log row", "old log rows"
    )
    print(
        t(
            f"Verwijderd: {who}, {old_backups}, {old_rows} uit het exportlogboek.",
            f"Deleted: {who}, {old_backups}, {old_rows}.",
        )
    )
    return EXIT_OK
