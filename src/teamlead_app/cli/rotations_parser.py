"""The command-line options of the rotation planner (issue 11), kept apart so the main parser
stays short and loads no services. Handlers live in cli/rotations.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from teamlead_app.i18n import t


def add_rotation_commands(lst: Any, exp: Any) -> None:
    who = t("id, personeelsnummer of naam", "id, number or name")
    team_help = t("teamnaam", "team name")
    listing = lst.add_parser("rotations", help=t("roulaties met conflicten", "rotations"))
    listing.add_argument("--employee", metavar="REF", help=who)
    listing.add_argument("--team", help=team_help)
    listing.add_argument("--from", dest="date_from", help=t("vanaf datum", "from date"))
    listing.add_argument("--to", dest="date_to", help=t("tot en met datum", "up to date"))
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler="rotations:cmd_list_rotations")

    schedule = exp.add_parser(
        "rotations", help=t("roulatieschema (PDF, weken × mensen)", "rotation schedule (PDF)")
    )
    schedule.add_argument("--team", help=team_help)
    schedule.add_argument("--from", dest="date_from", help=t("vanaf datum", "from date"))
    schedule.add_argument("--to", dest="date_to", help=t("tot en met datum", "up to date"))
    schedule.add_argument("--out", type=Path, required=True, metavar=t("BESTAND", "FILE"))
    schedule.set_defaults(locks=True, handler="rotations:cmd_export_rotations")

    proof = exp.add_parser(
        "competence", help=t("bewijs van bekwaamheid (PDF)", "proof of competence (PDF)")
    )
    proof.add_argument("--employee", required=True, metavar="REF", help=who)
    proof.add_argument("--out", type=Path, required=True, metavar=t("BESTAND", "FILE"))
    proof.set_defaults(locks=True, handler="rotations:cmd_export_competence")
