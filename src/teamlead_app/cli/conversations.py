"""`teamlead-app list conversations`: by person and period, as text or JSON. Never notes."""

from __future__ import annotations

import argparse

from teamlead_app.cli import EXIT_OK
from teamlead_app.cli.common import none_found, open_db, option_date, print_json
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.people import employees as people
from teamlead_app.util.dates import format_date, format_datetime


def cmd_list_conversations(args: argparse.Namespace) -> int:
    db = open_db(args)  # first: it applies the language setting to the messages below
    date_from = option_date(args.date_from, "--from")
    date_to = option_date(args.date_to, "--to")
    if date_from and date_to and date_to < date_from:
        raise ValidationError(t("--to ligt vóór --from.", "--to is before --from."))
    employee_id = people.resolve_employee(db, args.employee) if args.employee else None
    rows = conversations.list_conversations(db, employee_id, date_from, date_to)
    if args.json:
        print_json(
            {
                "id": r.id,
                "employee_id": r.employee_id,
                "employee": r.employee,
                "kind": r.kind,
                "status": r.status,
                # planned / moved / held / signed / missed / cancelled (conversations/status.py)
                "state": r.state(),
                "scheduled_at": r.scheduled_at,
                "duration_minutes": r.duration_minutes,
                "held_on": r.held_on,
                "move_count": r.move_count,
                "score": r.score,
                "cancel_reason": r.cancel_reason or None,
                "signoff": r.signoff,
            }
            for r in rows
        )
        return EXIT_OK
    none_found(
        rows,
        t(
            "Geen gesprekken gevonden; kies eventueel een andere periode met --from en --to.",
            "No conversations found; perhaps choose another period with --from and --to.",
        ),
    )
    for r in rows:
        print(
            "\t".join(
                [
                    str(r.id),
                    format_datetime(r.scheduled_at),
                    r.employee_list_name,
                    label("conversation_kind", r.kind),
                    label("conversation_state", r.state()),
                    str(r.duration_minutes),
                    format_date(r.held_on),
                    str(r.move_count),
                ]
            )
        )
    return EXIT_OK
