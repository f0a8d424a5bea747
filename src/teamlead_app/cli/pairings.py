"""Buddy and mentor pairings on the command line:

- `list pairings [--employee REF] [--status STATUS] [--json]`;
- `suggest buddy --employee REF [--kind KIND] [--json]`: ranked candidates with their reasons
  as text, or the reason the list is empty;
- `export pairing --pairing ID --out F.pdf`: the pairing agreement card;
- `export onboarding REF --out F.pdf` (or `--employee REF`): a newcomer's onboarding plan.
Exit 2 on bad input (unknown status, kind, person or pairing; a file name not ending in .pdf)."""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from teamlead_app.cli import EXIT_OK
from teamlead_app.cli.common import open_db, print_json
from teamlead_app.cli.exports import _check_folder
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.services.exports.files import save_onboarding_plan, save_pairing_card
from teamlead_app.services.pairings import pairings
from teamlead_app.services.pairings.suggestions import suggest
from teamlead_app.services.people import employees as people
from teamlead_app.util.dates import format_date


def cmd_list_pairings(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        employee_id = people.resolve_employee(db, args.employee) if args.employee else None
        rows = pairings.list_pairings(db, employee_id, args.status, with_checkins=True)
    finally:
        db.close()
    if args.json:
        print_json(
            {
                "id": p.id,
                "kind": p.kind,
                "status": p.status,
                "mentor_id": p.mentor_id,
                "mentor": p.mentor,
                "mentee_id": p.mentee_id,
                "mentee": p.mentee,
                "start_on": p.start_on,
                "planned_end_on": p.planned_end_on,
                "ended_on": p.ended_on,
                "checkin_weeks": p.checkin_weeks,
                "focus_skills": list(p.focus_skills),
                "focus_goal_ids": list(p.focus_goal_ids),
                "stop_reason": p.stop_reason,
                "checkins": len(p.checkins),
                "last_checkin": p.checkins[-1].held_on if p.checkins else None,
            }
            for p in rows
        )
        return EXIT_OK
    for p in rows:
        print(
            "\t".join(
                [
                    str(p.id),
                    label("pairing_kind", p.kind),
                    label("pairing_status", p.status),
                    p.mentor or t("(verwijderd)", "(deleted)"),
                    p.mentee or t("(verwijderd)", "(deleted)"),
                    format_date(p.start_on),
                    format_date(p.planned_end_on),
                ]
            )
        )
    return EXIT_OK


def cmd_suggest_buddy(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        result = suggest(db, people.resolve_employee(db, args.employee), args.kind)
    finally:
        db.close()
    if args.json:
        document = {
            "mentee_id": result.mentee_id,
            "kind": result.kind,
            "gap_skills": list(result.gap_skills),
            "empty_reason": result.empty_reason or None,
            "candidates": [
                {
                    "rank": rank,
                    "employee_id": c.employee_id,
                    "name": c.name,
                    "team": c.team,
                    "skills": [{"skill": s, "level": lv} for s, lv in c.skills],
                    "active_mentees": c.active_mentees,
                    "free_capacity": c.free_capacity,
                    "same_team": c.same_team,
                    "recent_repeat": c.recent_repeat,
                    "buddy_training": c.buddy_training or None,
                    "reasons": list(c.reasons),
                }
                for rank, c in enumerate(result.candidates, 1)
            ],
        }
        print(json.dumps(document, ensure_ascii=False, indent=2))
        return EXIT_OK
    if not result.candidates:
        print(result.empty_reason)
    for rank, c in enumerate(result.candidates, 1):
        print(f"{rank}. {c.name}")
        for reason in c.reasons:
            print(f"   - {reason}")
    return EXIT_OK


def _pdf_out(value: Path) -> Path:
    out = Path(value)
    if out.suffix.lower() != ".pdf":
        raise ValidationError(
            t(
                f"--out: gebruik een bestandsnaam op .pdf, niet '{out.name}'.",
                f"--out: use a file name ending in .pdf, not '{out.name}'.",
            )
        )
    _check_folder(out)
    return out


def cmd_export_onboarding(args: argparse.Namespace) -> int:
    ref = args.newcomer or args.ref
    if not ref or (args.newcomer and args.ref and args.newcomer != args.ref):
        raise ValidationError(
            t(
                "Noem één medewerker: export onboarding REF --out F.pdf.",
                "Name one employee: export onboarding REF --out F.pdf.",
            )
        )
    out = _pdf_out(args.out)
    db = open_db(args)
    try:
        save_onboarding_plan(db, people.resolve_employee(db, ref), out)
    finally:
        db.close()
    print(t(f"Inwerkplan opgeslagen: {out}", f"Onboarding plan written: {out}"))
    return EXIT_OK


def cmd_export_pairing(args: argparse.Namespace) -> int:
    out = _pdf_out(args.out)
    db = open_db(args)
    try:
        save_pairing_card(db, args.pairing, out)
    finally:
        db.close()
    print(t(f"Koppelafspraak opgeslagen: {out}", f"Pairing agreement written: {out}"))
    return EXIT_OK
