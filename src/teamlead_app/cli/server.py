"""`teamlead-app server ...`: the administrator's commands for the company database on a
PostgreSQL server. `server init --url URL` creates the schema with the app's migrations or
brings it up to date; run again it changes nothing."""

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
                f"Het schema op {shown} is al bij; er is niets gewijzigd.",
                f"The schema on {shown} is up to date; nothing was changed.",
            ),
        )
    )
    return EXIT_OK
