"""`teamlead-app server ...`: the administrator's commands for the company database on a
PostgreSQL server. `server init --url URL` creates the schema with the app's migrations or
brings it up to date and sets the roles, rights and row-level security; run again it changes
nothing. `server add-user NAME --role lead|hr [--team NAME ...]` adds a user (IT sets the
password on the server), `server hand-over --from LEAD --to LEAD [--team NAME ...]` gives a
lead's teams to a colleague (the private notes stay with their author)."""

from __future__ import annotations

import argparse
from typing import Any

from teamlead_app.cli import EXIT_OK
from teamlead_app.cli.common import ask_password
from teamlead_app.i18n import t


def add_server_commands(top: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    srv = top.add_parser(
        "server", help=t("de database op een PostgreSQL-server", "the PostgreSQL server database")
    )
    srv_sub = srv.add_subparsers(dest="what", required=True, parser_class=parser_class)
    init = srv_sub.add_parser(
        "init",
        help=t(
            "schema op de server aanmaken of bijwerken (nogmaals uitvoeren kan)",
            "create or update the schema on the server (safe to run again)",
        ),
    )
    init.add_argument(
        "--url",
        required=True,
        metavar="URL",
        help="postgresql+psycopg://gebruiker@server/database",
    )
    init.set_defaults(handler="server:cmd_server_init")
    url_help = "postgresql+psycopg://beheerder@server/database"
    add = srv_sub.add_parser(
        "add-user",
        help=t(
            "een leidinggevende of HR-medewerker toegang geven (het wachtwoord zet de beheerder)",
            "give a lead or an HR officer access (the administrator sets the password)",
        ),
    )
    add.add_argument("name", metavar=t("NAAM", "NAME"))
    add.add_argument("--role", required=True, choices=("lead", "hr"))
    add.add_argument(
        "--team",
        action="append",
        default=[],
        metavar="TEAM",
        help=t("een team van deze leidinggevende (vaker mag)", "a team of this lead (repeatable)"),
    )
    add.add_argument("--url", required=True, metavar="URL", help=url_help)
    add.set_defaults(handler="server:cmd_server_add_user")
    over = srv_sub.add_parser(
        "hand-over",
        help=t(
            "teams van een leidinggevende overdragen aan een collega, met de gedeelde "
            "geschiedenis (privénotities alleen met --with-private-notes)",
            "hand a lead's teams over to a colleague, with the shared history (private notes "
            "only with --with-private-notes)",
        ),
    )
    over.add_argument("--from", dest="old", required=True, metavar=t("NAAM", "NAME"))
    over.add_argument("--to", dest="new", required=True, metavar=t("NAAM", "NAME"))
    over.add_argument("--team", action="append", default=[], metavar="TEAM")
    over.add_argument(
        "--with-private-notes",
        action="store_true",
        help=t(
            "ook de privénotities, scores en concepten overdragen (de vorige leidinggevende "
            "leest ze dan niet meer)",
            "also hand over the private notes, scores and drafts (the previous lead then no "
            "longer reads them)",
        ),
    )
    over.add_argument("--url", required=True, metavar="URL", help=url_help)
    over.set_defaults(handler="server:cmd_server_hand_over")
    imp = srv_sub.add_parser(
        "import-sqlite",
        help=t(
            "het databasebestand van een leidinggevende in de server overnemen (alles of niets)",
            "bring a lead's database file into the server (all or nothing)",
        ),
    )
    imp.add_argument("file", metavar=t("BESTAND", "FILE"))
    imp.add_argument("--lead", required=True, metavar=t("NAAM", "NAME"))
    imp.add_argument("--url", required=True, metavar="URL", help=url_help)
    imp.set_defaults(handler="server:cmd_server_import_sqlite")


def cmd_server_init(args: argparse.Namespace) -> int:
    from teamlead_app.data.server import hide_password
    from teamlead_app.services.storage.database import init_server

    status = init_server(str(args.url), ask_password)
    shown = hide_password(str(args.url))
    print(
        {
            "created": t(f"Schema aangemaakt op {shown}.", f"Schema created on {shown}."),
            "upgraded": t(f"Schema bijgewerkt op {shown}.", f"Schema updated on {shown}."),
        }.get(
            status,
            t(
                f"Het schema op {shown} is al bij.",
                f"The schema on {shown} is up to date.",
            ),
        )
    )
    print(
        t(
            "De rollen teamlead_lead en teamlead_hr, hun rechten en de regels per rij zijn "
            "ingesteld (privénotities en scores leest alleen wie ze schreef).",
            "The roles teamlead_lead and teamlead_hr, their rights and the row rules are set "
            "(private notes and scores are read by their author only).",
        )
    )
    return EXIT_OK


def cmd_server_add_user(args: argparse.Namespace) -> int:
    from teamlead_app.services.storage.server_users import add_user

    add_user(str(args.url), args.name, args.role, list(args.team), ask_password)
    teams = ", ".join(args.team)
    if args.role == "hr":
        print(
            t(
                f"{args.name} is toegevoegd als HR (alleen lezen).",
                f"{args.name} added as HR (read only).",
            )
        )
    else:
        print(
            t(
                f"{args.name} is toegevoegd als leidinggevende van: {teams or 'nog geen team'}.",
                f"{args.name} added as lead of: {teams or 'no team yet'}.",
            )
        )
    print(
        t(
            f"Zet het wachtwoord op de server, bijvoorbeeld in psql: \\password {args.name}",
            f"Set the password on the server, for example in psql: \\password {args.name}",
        )
    )
    return EXIT_OK


def cmd_server_hand_over(args: argparse.Namespace) -> int:
    from teamlead_app.services.storage.server_users import hand_over

    private = bool(args.with_private_notes)
    moved = hand_over(str(args.url), args.old, args.new, list(args.team), ask_password, private)
    teams = ", ".join(moved)
    if private:
        print(
            t(
                f"Overgedragen van {args.old} aan {args.new}: {teams}, met de gedeelde "
                f"geschiedenis én, zoals gevraagd, de privénotities, scores en concepten: "
                f"{args.old} leest die niet meer.",
                f"Handed over from {args.old} to {args.new}: {teams}, with the shared history "
                f"and, as asked, the private notes, scores and drafts: {args.old} no longer "
                "reads them.",
            )
        )
    else:
        print(
            t(
                f"Overgedragen van {args.old} aan {args.new}: {teams}, met de gedeelde "
                f"geschiedenis. De privénotities en scores blijven bij wie ze schreef "
                "(overdragen kan alleen uitdrukkelijk: --with-private-notes).",
                f"Handed over from {args.old} to {args.new}: {teams}, with the shared history. "
                "Private notes and scores stay with their author (handing them over only "
                "explicitly: --with-private-notes).",
            )
        )
    return EXIT_OK


def cmd_server_import_sqlite(args: argparse.Namespace) -> int:
    from pathlib import Path

    from teamlead_app.services.storage.server_import import import_sqlite

    report = import_sqlite(str(args.url), Path(args.file), args.lead, ask_password)
    if report.upgraded_from:
        print(
            t(
                f"Het bestand had schema {report.upgraded_from}: een kopie is bijgewerkt en "
                "overgenomen (het bestand zelf is niet gewijzigd).",
                f"The file had schema {report.upgraded_from}: a copy was upgraded and "
                "imported (the file itself was not changed).",
            )
        )
    print(
        t(
            f"Overgenomen voor {args.lead}: {report.total} rijen in "
            f"{f'{report.seconds:.1f}'.replace('.', ',')} s, in één transactie. Per tabel "
            "(rijen uit het bestand):",
            f"Imported for {args.lead}: {report.total} rows in {report.seconds:.1f} s, "
            "in one transaction. Per table (rows of the file):",
        )
    )
    for table, count in report.rows:
        if count:
            print(f"  {_TABLE_WORDS.get(table, table)} ({table}): {count}")
    for table, count in report.reused:
        print(
            t(
                f"  {_TABLE_WORDS.get(table, table)}: {count} stonden al op de server "
                "(zelfde naam) en zijn gebruikt.",
                f"  {table}: {count} were on the server already (same name) and were used.",
            )
        )
    if report.teams_created:
        print(t("Nieuwe teams: ", "New teams: ") + ", ".join(report.teams_created))
    if report.teams_matched:
        print(
            t("Bestaande teams (op naam): ", "Existing teams (by name): ")
            + ", ".join(report.teams_matched)
        )
    if report.settings_kept:
        print(
            t(
                f"{report.settings_kept} instellingen stonden al op de server en zijn gehouden.",
                f"{report.settings_kept} settings were on the server already and were kept.",
            )
        )
    print(
        t(
            f"{args.lead} leidt deze teams en is de schrijver van de overgenomen gesprekken, "
            "concepten en check-ins (de privénotities leest alleen hij of zij).",
            f"{args.lead} leads these teams and is the author of the imported conversations, "
            "drafts and check-ins (only they read the private notes).",
        )
    )
    return EXIT_OK


_TABLE_WORDS = {
    "certificate_type": "soorten certificaten",
    "export_log": "exportlogboek",
    "job_function": "functies",
    "rotation_form": "rotatievormen",
    "setting": "instellingen",
    "team": "teams",
    "template_version": "gespreksformulieren",
    "employee": "medewerkers",
    "skill": "vaardigheden",
    "station": "werkplekken",
    "buddy_training": "buddytrainingen",
    "certificate": "certificaten",
    "draft": "concepten",
    "function_skill": "vaardigheden per functie",
    "person_skill": "eigen vaardigheden",
    "pop": "POP's",
    "signed_version": "getekende versies",
    "station_skill": "vaardigheden per werkplek",
    "team_leader": "teamleiders",
    "certificate_scan": "scans van certificaten",
    "conversation": "gesprekken",
    "pop_support": "ondersteuning in POP's",
    "agreement": "afspraken",
    "conversation_answer": "antwoorden",
    "conversation_move": "verzette gesprekken",
    "goal": "doelen",
    "onboarding_item": "inwerkpunten",
    "agreement_followup": "opvolging van afspraken",
    "goal_progress": "voortgang van doelen",
    "goal_step": "stappen van doelen",
    "rotation": "rotaties",
    "pairing": "koppelingen",
    "skill_level": "vaardigheidsniveaus",
    "pairing_checkin": "check-ins",
}
