"""`teamlead-app export calendar [--team NAME] [--from DATE] [--to DATE] --out FILE.ics`."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from teamlead_app.cli import EXIT_OK
from teamlead_app.cli.common import open_db, option_date
from teamlead_app.errors import StorageError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.services.exports.files import save_calendar
from teamlead_app.services.people import employees as people
from teamlead_app.util.dates import format_date


def _check_folder(path: Path) -> None:
    """Fail before the work when the folder is missing (write_file checks the rest)."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise StorageError(
            t(f"De map {folder} bestaat niet.", f"The folder {folder} does not exist.")
        )


def cmd_export_calendar(args: argparse.Namespace) -> int:
    out = Path(args.out)
    _check_folder(out)
    db = open_db(args)  # first: it applies the language setting to the messages below
    # Without --from: this month on, so an import does not fill the agenda with years past.
    date_from = option_date(args.date_from, "--from") or date.today().replace(day=1)
    date_to = option_date(args.date_to, "--to")
    if date_to is not None and date_to < date_from:
        shown = format_date(date_from)
        raise ValidationError(
            t(f"--to ligt vóór --from ({shown}).", f"--to is before --from ({shown}).")
        )
    team_id = people.resolve_team(db, args.team) if args.team else None
    export = save_calendar(db, team_id, date_from, date_to, out)
    print(
        t(
            f"Agenda opgeslagen: {out} ({export.events} gesprekken, "
            f"waarvan {export.cancelled} geannuleerd)",
            f"Calendar written: {out} ({export.events} conversations, "
            f"{export.cancelled} of them cancelled)",
        )
    )
    return EXIT_OK
