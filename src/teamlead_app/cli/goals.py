"""`teamlead-app list goals`."""

from __future__ import annotations

import argparse

from teamlead_app.cli import EXIT_OK
from teamlead_app.cli.common import none_found, open_db, print_json
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import t
from teamlead_app.labels import choices, code_for, label
from teamlead_app.services.development import goals
from teamlead_app.services.people import employees as people
from teamlead_app.util.dates import format_date


def _status(text: str) -> str:
    code = code_for("goal_status", text)
    if code is None:
        known = ", ".join(code for code, _ in choices("goal_status"))
        raise ValidationError(
            t(
                f"Onbekende status '{text}' (kies uit {known}).",
                f"Unknown status '{text}' ({known}).",
            ),
            field="status",
        )
    return code


def _first_line(text: str, limit: int = 80) -> str:
    line = text.strip().splitlines()[0] if text.strip() else ""
    return line if len(line) <= limit else line[: limit - 1] + "…"


def cmd_list_goals(args: argparse.Namespace) -> int:
    db = open_db(args)
    status = _status(args.status) if args.status else None
    employee_id = people.resolve_employee(db, args.employee) if args.employee else None
    rows = goals.list_goals(db, employee_id=employee_id, status=status)
    if args.json:
        print_json(
            {
                "id": r.id,
                "employee_id": r.employee_id,
                "employee": r.employee,
                "what": r.what,
                "category": r.category,
                "status": r.status,
                "start_date": r.start_date,
                "target_date": r.target_date,
                "achieved_on": r.achieved_on,
                "pop_id": r.pop_id,
                "pop_status": r.pop_status,
                "carried_from_id": r.carried_from_id,
                "steps_total": r.steps_total,
                "steps_done": r.steps_done,
                "latest_progress_on": r.latest_progress_on,
            }
            for r in rows
        )
        return EXIT_OK
    none_found(rows, t("Geen ontwikkeldoelen gevonden.", "No development goals found."))
    for r in rows:
        print(
            "\t".join(
                [
                    str(r.id),
                    r.employee,
                    _first_line(r.what),
                    label("goal_category", r.category),
                    label("goal_status", r.status),
                    format_date(r.target_date),
                    f"{r.steps_done}/{r.steps_total}",
                ]
            )
        )
    return EXIT_OK
