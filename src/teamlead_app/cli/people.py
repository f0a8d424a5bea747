"""`teamlead-app list employees`."""

from __future__ import annotations

import argparse

from teamlead_app.cli import EXIT_OK
from teamlead_app.cli.common import none_found, open_db, print_json
from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.services.people import employees as people
from teamlead_app.util.dates import format_date


def cmd_list_employees(args: argparse.Namespace) -> int:
    db = open_db(args)
    team_id = people.resolve_team(db, args.team) if args.team else None
    rows = people.list_employees(db, team_id=team_id, archived=bool(args.archived))
    if args.json:
        print_json(
            {
                "id": r.id,
                "name": r.full_name,
                "first_name": r.first_name,
                "tussenvoegsel": r.tussenvoegsel,
                "last_name": r.last_name,
                "personnel_number": r.personnel_number,
                "function": r.function,
                "team": r.team,
                "kind": r.kind,
                "stage": r.stage,
                "date_in_service": r.date_in_service,
                "date_out_of_service": r.date_out_of_service,
            }
            for r in rows
        )
        return EXIT_OK
    none_found(
        rows,
        t(
            "Geen medewerkers gevonden (met --archived: wie uit dienst is).",
            "No employees found (with --archived: those out of service).",
        ),
    )
    for r in rows:
        print(
            "\t".join(
                [
                    str(r.id),
                    r.list_name,
                    r.personnel_number,
                    r.function,
                    r.team,
                    label("employee_kind", r.kind),
                    format_date(r.date_in_service),
                ]
            )
        )
    return EXIT_OK
