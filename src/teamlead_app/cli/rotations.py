"""The rotation planner on the command line (issue 11):

- `list rotations [--employee REF] [--team NAME] [--from DATE] [--to DATE] [--json]`, each
  rotation with its conflicts (warnings with reasons);
- `export rotations [--team NAME] [--from DATE] [--to DATE] --out F.pdf` (the schedule);
- `export competence --employee REF --out F.pdf` (Bewijs van bekwaamheid).
Exit 2 on bad input (dates, unknown person or team, a file name not ending in .pdf)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from teamlead_app.cli import EXIT_OK
from teamlead_app.cli.common import open_db, option_date, print_json
from teamlead_app.cli.exports import _check_folder
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.services.exports.files import save_competence, save_rotations
from teamlead_app.services.people import employees as people
from teamlead_app.services.rotations import rules as rotation_rules
from teamlead_app.services.rotations import schedule as rotations
from teamlead_app.util.dates import format_date


def _period(args: argparse.Namespace) -> tuple[Any, Any]:
    date_from = option_date(args.date_from, "--from")
    date_to = option_date(args.date_to, "--to")
    if date_from and date_to and date_from > date_to:
        raise ValidationError(t("--from ligt na --to.", "--from is after --to."))
    return date_from, date_to


def _pdf(out: Path) -> Path:
    if out.suffix.lower() != ".pdf":
        raise ValidationError(
            t(
                f"--out: gebruik een bestandsnaam op .pdf, niet '{out.name}'.",
                f"--out: use a file name ending in .pdf, not '{out.name}'.",
            )
        )
    _check_folder(out)
    return out


def cmd_list_rotations(args: argparse.Namespace) -> int:
    date_from, date_to = _period(args)
    db = open_db(args)
    try:
        employee_id = people.resolve_employee(db, args.employee) if args.employee else None
        team_id = people.resolve_team(db, args.team) if args.team else None
        rows = rotations.list_rotations(
            db, employee_id=employee_id, team_id=team_id, date_from=date_from, date_to=date_to
        )
        conflicts = {r.id: rotation_rules.conflicts_of(db, r.id) for r in rows}
    finally:
        db.close()
    if args.json:
        print_json(
            {
                "id": r.id,
                "employee_id": r.employee_id,
                "employee": r.employee,
                "team": r.team,
                "form": r.form,
                "where": r.where,
                "host": r.host or None,
                "from": r.date_from,
                "to": r.date_to,
                "skill": r.skill or None,
                "target_level": r.target_level,
                "goal_id": r.goal_id,
                "status": r.status,
                "outcome": r.outcome,
                "new_level": r.new_level,
                "conflicts": [{"kind": c.kind, "message": c.message} for c in conflicts[r.id]],
            }
            for r in rows
        )
        return EXIT_OK
    for r in rows:
        period = f"{format_date(r.date_from)} – {format_date(r.date_to)}"
        print(
            "\t".join(
                [period, r.employee, r.form, r.where, r.host, label("rotation_status", r.status)]
            )
        )
        for c in conflicts[r.id]:
            print(f"  ! {c.message}")
    return EXIT_OK


def cmd_export_rotations(args: argparse.Namespace) -> int:
    out = _pdf(Path(args.out))
    date_from, date_to = _period(args)
    db = open_db(args)
    try:
        team_id = people.resolve_team(db, args.team) if args.team else None
        save_rotations(db, team_id, date_from, date_to, out)
    finally:
        db.close()
    print(t(f"Roulatieschema opgeslagen: {out}", f"Rotation schedule written: {out}"))
    return EXIT_OK


def cmd_export_competence(args: argparse.Namespace) -> int:
    out = _pdf(Path(args.out))
    db = open_db(args)
    try:
        save_competence(db, people.resolve_employee(db, args.employee), out)
    finally:
        db.close()
    print(t(f"Bewijs van bekwaamheid opgeslagen: {out}", f"Proof of competence written: {out}"))
    return EXIT_OK
