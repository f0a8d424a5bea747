"""The command-line options of the skills matrix and certificates (issue 11), kept apart so
the main parser stays short. Handlers live in cli/skills.py and load only when they run."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from teamlead_app.i18n import t


def add_skill_commands(top: Any, imp: Any, lst: Any, exp: Any) -> None:
    who = t("id, personeelsnummer of naam", "id, number or name")
    team_help = t("teamnaam", "team name")
    matrix = imp.add_parser(
        "matrix",
        help=t("vakmanschapsmatrix uit Excel (XLSX)", "skills matrix from Excel (XLSX)"),
    )
    matrix.add_argument("file", type=Path)
    matrix.add_argument("--team", help=team_help)
    matrix.add_argument("--dry-run", action="store_true")
    matrix.add_argument("--assessor", help=t("beoordelaar in de geschiedenis", "assessor"))
    matrix.set_defaults(handler="skills:cmd_import_matrix")

    out = exp.add_parser(
        "matrix", help=t("vakmanschapsmatrix (XLSX of PDF)", "skills matrix (XLSX or PDF)")
    )
    out.add_argument("--team", help=team_help)
    out.add_argument("--out", type=Path, required=True, metavar=t("BESTAND", "FILE"))
    out.set_defaults(handler="skills:cmd_export_matrix")

    skills = lst.add_parser(
        "skills", help=t("vaardigheden met hun dekking", "skills with their coverage")
    )
    skills.add_argument("--team", help=team_help)
    skills.add_argument("--json", action="store_true")
    skills.set_defaults(handler="skills:cmd_list_skills")

    levels = lst.add_parser(
        "levels", help=t("niveaus van één medewerker", "levels of one employee")
    )
    levels.add_argument("--employee", required=True, metavar="REF", help=who)
    levels.add_argument("--json", action="store_true")
    levels.set_defaults(handler="skills:cmd_list_levels")

    certs = lst.add_parser("certificates", help=t("certificaten", "certificates"))
    certs.add_argument(
        "--expiring",
        type=int,
        metavar=t("DAGEN", "DAYS"),
        help=t("alleen verlopen en binnen zoveel dagen", "only expired and within DAYS"),
    )
    certs.add_argument("--employee", metavar="REF", help=who)
    certs.add_argument("--team", help=team_help)
    certs.add_argument("--from", dest="date_from", help=t("vervalt vanaf", "expires from"))
    certs.add_argument("--to", dest="date_to", help=t("vervalt tot en met", "expires up to"))
    certs.add_argument("--json", action="store_true")
    certs.set_defaults(handler="skills:cmd_list_certificates")

    add = top.add_parser("add", help=t("iets vastleggen", "record something"))
    add_sub = add.add_subparsers(dest="what", required=True, parser_class=top._parser_class)
    cert = add_sub.add_parser("certificate", help=t("certificaat", "certificate"))
    cert.add_argument("--employee", required=True, metavar="REF", help=who)
    cert.add_argument("--type", required=True, help=t("soort, bijv. 'VCA basis'", "type"))
    cert.add_argument("--issued", required=True, help=t("afgiftedatum", "issue date"))
    cert.add_argument(
        "--expires", help=t("vervaldatum (standaard: volgens de soort)", "expiry date")
    )
    cert.add_argument("--scan", type=Path, help=t("scan (PDF of afbeelding)", "scan file"))
    cert.set_defaults(handler="skills:cmd_add_certificate")
    level = add_sub.add_parser("level", help=t("niveau op de ILUO-schaal", "ILUO level"))
    level.add_argument("--employee", required=True, metavar="REF", help=who)
    level.add_argument("--skill", required=True, help=t("vaardigheid", "skill"))
    level.add_argument("--team", help=team_help)
    level.add_argument("--level", required=True, help="-, I, L, U, O")
    level.add_argument("--assessor", default="")
    level.add_argument("--evidence", default="")
    level.add_argument("--date", help=t("datum (standaard vandaag)", "date (default today)"))
    level.set_defaults(handler="skills:cmd_add_level")
