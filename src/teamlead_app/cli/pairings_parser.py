"""The command-line options of buddy and mentor pairings (issue 12), kept apart so the main
parser stays short. Handlers live in cli/pairings.py and load only when they run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from teamlead_app.data.models import PAIRING_KINDS, PAIRING_STATUSES
from teamlead_app.i18n import t


def add_pairing_commands(top: Any, lst: Any, exp: Any, parser_class: Any) -> None:
    who = t("id, personeelsnummer of naam", "id, number or name")
    listing = lst.add_parser(
        "pairings", help=t("buddy- en mentorkoppels", "buddy and mentor pairings")
    )
    listing.add_argument("--employee", metavar="REF", help=who)
    listing.add_argument("--status", help=", ".join(PAIRING_STATUSES))
    listing.add_argument("--json", action="store_true")
    listing.set_defaults(handler="pairings:cmd_list_pairings")

    suggest = top.add_parser(
        "suggest", help=t("voorstellen met redenen", "suggestions with reasons")
    )
    sub = suggest.add_subparsers(dest="what", required=True, parser_class=parser_class)
    buddy = sub.add_parser(
        "buddy",
        help=t(
            "buddy of mentor voor een nieuwkomer, met de redenen",
            "buddy or mentor for a newcomer, with the reasons",
        ),
    )
    buddy.add_argument("--employee", required=True, metavar="REF", help=who)
    buddy.add_argument("--kind", default="buddy", help=", ".join(PAIRING_KINDS))
    buddy.add_argument("--json", action="store_true")
    buddy.set_defaults(handler="pairings:cmd_suggest_buddy")

    card = exp.add_parser("pairing", help=t("koppelafspraak (PDF)", "pairing agreement card (PDF)"))
    card.add_argument("--pairing", required=True, type=int, metavar="ID")
    card.add_argument("--out", type=Path, required=True, metavar=t("BESTAND.pdf", "FILE.pdf"))
    card.set_defaults(locks=True, handler="pairings:cmd_export_pairing")

    plan = exp.add_parser(
        "onboarding",
        help=t("inwerkplan van een nieuwe collega (PDF)", "a newcomer's onboarding plan (PDF)"),
    )
    plan.add_argument("ref", nargs="?", metavar="REF")
    plan.add_argument("--employee", dest="newcomer", metavar="REF")
    plan.add_argument("--out", type=Path, required=True, metavar=t("BESTAND.pdf", "FILE.pdf"))
    plan.set_defaults(locks=True, handler="pairings:cmd_export_onboarding")
