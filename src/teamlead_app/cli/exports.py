"""`teamlead-app export roster [--team NAME] --out FILE.pdf`."""

from __future__ import annotations

import argparse
from pathlib import Path

from teamlead_app.cli import EXIT_OK
from teamlead_app.cli.common import open_db
from teamlead_app.errors import StorageError
from teamlead_app.i18n import t
from teamlead_app.services.exports.files import save_roster
from teamlead_app.services.people import employees as people


def _check_folder(path: Path) -> None:
    """Fail before the work when the file cannot be written there (write_file checks again)."""
    folder = path.parent if str(path.parent) else Path(".")
    if not folder.is_dir():
        raise StorageError(
            t(f"De map {folder} bestaat niet.", f"The folder {folder} does not exist.")
        )


def cmd_export_roster(args: argparse.Namespace) -> int:
    out = Path(args.out)
    _check_folder(out)
    db = open_db(args)
    team_id = people.resolve_team(db, args.team) if args.team else None
    save_roster(db, team_id, out)
    print(t(f"Teamoverzicht opgeslagen: {out}", f"Team roster written: {out}"))
    return EXIT_OK
