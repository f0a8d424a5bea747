"""`teamlead-app export overview --year YYYY [--team NAME] --out F.(pdf|xlsx|csv)`."""

from __future__ import annotations

import argparse

from teamlead_app.cli import EXIT_OK
from teamlead_app.cli.common import open_db
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import t
from teamlead_app.services.exports.files import save_overview
from teamlead_app.services.exports.year_overview import FORMATS, export_overview
from teamlead_app.services.people import employees as people


def cmd_export_overview(args: argparse.Namespace) -> int:
    db = open_db(args)
    fmt = args.out.suffix.lower().lstrip(".")
    if fmt not in FORMATS:
        raise ValidationError(
            t(
                f"--out: '{args.out.name}' moet eindigen op .pdf, .xlsx of .csv.",
                f"--out: '{args.out.name}' must end in .pdf, .xlsx or .csv.",
            )
        )
    team_id = people.resolve_team(db, args.team) if args.team else None
    data = export_overview(db, args.year, team_id, fmt)
    save_overview(db, args.year, team_id, args.out, data)
    print(t(f"Jaaroverzicht opgeslagen: {args.out}", f"Yearly overview saved: {args.out}"))
    return EXIT_OK
