"""The command line: headless jobs for HR and automation. Same services as the GUI.

Exit codes: 0 done, 1 done with rejected rows, 2 bad input or usage. User errors print one
clear line, never a traceback. Handlers are imported only when their command runs, so that
starting the GUI does not pay for them.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from teamlead_app.cli import argparse_nl
from teamlead_app.i18n import t

if TYPE_CHECKING:
    from teamlead_app.data.filelock import DbLock

EXIT_OK = 0
EXIT_REJECTED = 1
EXIT_USAGE = 2

Handler = Callable[[argparse.Namespace], int]


class _Parser(argparse.ArgumentParser):
    """Every parser and sub-parser: Dutch usage line, headings and errors."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", argparse_nl.HelpFormatter)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        argparse_nl.dutch_headings(self)

    def add_argument(self, *names: Any, **kwargs: Any) -> argparse.Action:
        argparse_nl.fill_option_words(tuple(str(n) for n in names), kwargs)
        return super().add_argument(*names, **kwargs)

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        message = argparse_nl.translate_error(message)
        print(t(f"Fout: {message}", f"Error: {message}"), file=sys.stderr)
        raise SystemExit(EXIT_USAGE)


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="teamlead-app",
        description=t(
            "Maandgesprekken, POP en ontwikkeling voor de leidinggevende.",
            "Monthly one-on-ones, POP and development for the team lead.",
        ),
    )
    parser.add_argument(
        "--db",
        help=t(
            "databasebestand, of een server: postgresql+psycopg://gebruiker@server/database",
            "database file, or a server: postgresql+psycopg://user@host/database",
        ),
    )
    parser.add_argument("--lang", choices=["nl", "en"], help=t("taal", "language"))
    top = parser.add_subparsers(dest="command", parser_class=_Parser)

    demo = top.add_parser("demo", help=t("demobedrijf aanmaken", "create a demo company"))
    demo.add_argument("--seed", type=int, default=1)
    demo.add_argument("--teams", type=int, default=2)
    demo.add_argument("--size", type=int, default=22)
    demo.set_defaults(locks=True, handler="demo:cmd_demo")

    imp = top.add_parser("import", help=t("gegevens inlezen", "import data"))
    imp_sub = imp.add_subparsers(dest="what", required=True, parser_class=_Parser)
    emp = imp_sub.add_parser(
        "employees", help=t("medewerkers uit CSV/XLSX", "employees from CSV/XLSX")
    )
    emp.add_argument("file", type=Path)
    emp.add_argument(
        "--team",
        help=t(
            "iedereen in dit team zetten (anders de kolom Afdeling/Team)",
            "put everyone in this team (otherwise the Department/Team column)",
        ),
    )
    emp.add_argument("--dry-run", action="store_true")
    emp.add_argument("--skip-invalid", action="store_true")
    emp.set_defaults(locks=True, handler="importing:cmd_import_employees")

    lst = top.add_parser("list", help=t("lijsten tonen", "show lists"))
    lst_sub = lst.add_subparsers(dest="what", required=True, parser_class=_Parser)
    le = lst_sub.add_parser("employees", help=t("medewerkers", "employees"))
    le.add_argument("--team")
    le.add_argument("--archived", action="store_true")
    le.add_argument("--json", action="store_true")
    le.set_defaults(handler="people:cmd_list_employees")
    lg = lst_sub.add_parser("goals", help=t("ontwikkeldoelen", "development goals"))
    lg.add_argument(
        "--employee", help=t("personeelsnummer, naam of id:N", "personnel number, name or id:N")
    )
    lg.add_argument("--status", help=t("status (code of naam)", "status (code or label)"))
    lg.add_argument("--json", action="store_true")
    lg.set_defaults(handler="goals:cmd_list_goals")
    lc = lst_sub.add_parser("conversations", help=t("gesprekken", "conversations"))
    lc.add_argument(
        "--employee", help=t("personeelsnummer, naam of id:N", "personnel number, name or id:N")
    )
    lc.add_argument("--from", dest="date_from", help=t("vanaf datum", "from date"))
    lc.add_argument("--to", dest="date_to", help=t("tot en met datum", "up to and including date"))
    lc.add_argument("--json", action="store_true")
    lc.set_defaults(handler="conversations:cmd_list_conversations")

    exp = top.add_parser("export", help=t("bestanden maken", "write files"))
    exp_sub = exp.add_subparsers(dest="what", required=True, parser_class=_Parser)
    roster = exp_sub.add_parser("roster", help=t("teamoverzicht (PDF)", "team roster (PDF)"))
    roster.add_argument("--team")
    roster.add_argument("--out", type=Path, required=True)
    roster.set_defaults(locks=True, handler="exports:cmd_export_roster")

    overview = exp_sub.add_parser(
        "overview", help=t("jaaroverzicht POP voor HR", "yearly POP overview for HR")
    )
    overview.add_argument("--year", type=int, required=True)
    overview.add_argument("--team")
    overview.add_argument("--out", type=Path, required=True)
    overview.set_defaults(locks=True, handler="year_overview:cmd_export_overview")
    summary = exp_sub.add_parser(
        "summary", help=t("gespreksverslag (PDF)", "conversation summary (PDF)")
    )
    summary.add_argument(
        "--conversation", type=int, required=True, metavar="ID", help=t("gespreks-id", "id")
    )
    summary.add_argument("--out", type=Path, required=True, metavar=t("BESTAND.pdf", "FILE.pdf"))
    summary.set_defaults(locks=True, handler="conversation_exports:cmd_export_summary")
    talk_prep = exp_sub.add_parser(
        "prep",
        help=t(
            "voorbereidingsblad voor het volgende gesprek (PDF)",
            "preparation sheet for the next conversation (PDF)",
        ),
    )
    talk_prep.add_argument(
        "--employee",
        required=True,
        metavar="REF",
        help=t("personeelsnummer, naam of id:N", "personnel number, name or id:N"),
    )
    talk_prep.add_argument("--out", type=Path, required=True, metavar=t("BESTAND.pdf", "FILE.pdf"))
    talk_prep.set_defaults(locks=True, handler="conversation_exports:cmd_export_prep")
    ics = exp_sub.add_parser(
        "calendar", help=t("gesprekken als agenda (.ics)", "conversations as a calendar (.ics)")
    )
    day = t("DATUM", "DATE")
    ics.add_argument("--team", metavar=t("NAAM", "NAME"))
    ics.add_argument(
        "--from",
        dest="date_from",
        metavar=day,
        help=t("vanaf datum (standaard: begin van deze maand)", "from date (default: this month)"),
    )
    ics.add_argument(
        "--to", dest="date_to", metavar=day, help=t("tot en met datum", "up to and including date")
    )
    ics.add_argument("--out", type=Path, required=True, metavar=t("BESTAND.ics", "FILE.ics"))
    ics.set_defaults(locks=True, handler="calendar:cmd_export_calendar")
    who = t("personeelsnummer, naam of id:N", "personnel number, name or id:N")
    pop = exp_sub.add_parser("pop", help=t("POP-formulier (PDF)", "POP form (PDF)"))
    pop.add_argument("--employee", required=True, metavar="REF", help=who)
    pop.add_argument(
        "--year",
        type=int,
        metavar=t("JJJJ", "YYYY"),
        help=t("standaard dit jaar", "default: this year"),
    )
    pop.add_argument("--out", type=Path, required=True, metavar=t("BESTAND.pdf", "FILE.pdf"))
    pop.set_defaults(locks=True, handler="pop_exports:cmd_export_pop")
    prep = exp_sub.add_parser(
        "pop-prep",
        help=t("voorbereidingsformulier POP-gesprek (PDF)", "POP preparation form (PDF)"),
    )
    prep.add_argument(
        "--employee",
        metavar="REF",
        help=t(f"{who}; zonder: een leeg formulier", f"{who}; without: a blank form"),
    )
    prep.add_argument("--out", type=Path, required=True, metavar=t("BESTAND.pdf", "FILE.pdf"))
    prep.set_defaults(locks=True, handler="pop_exports:cmd_export_pop_prep")
    person = exp_sub.add_parser(
        "person",
        help=t(
            "inzage: alles over één medewerker (ZIP met PDF en JSON)",
            "access export: everything about one employee (ZIP with PDF and JSON)",
        ),
    )
    person.add_argument("--employee", required=True, metavar="REF", help=who)
    person.add_argument("--out", type=Path, required=True, metavar=t("BESTAND.zip", "FILE.zip"))
    person.set_defaults(locks=True, handler="privacy:cmd_export_person")

    keep = top.add_parser(
        "retention",
        help=t(
            "wie is over de bewaartermijn (met --delete --yes: verwijderen)",
            "who is past the retention period (with --delete --yes: delete)",
        ),
    )
    keep.add_argument(
        "--delete",
        action="store_true",
        help=t("definitief verwijderen (met --yes)", "delete them for good (with --yes)"),
    )
    keep.add_argument(
        "--yes", action="store_true", help=t("bevestigen dat het mag", "confirm the deletion")
    )
    keep.set_defaults(locks=True, handler="privacy:cmd_retention")

    backup = top.add_parser("backup", help=t("back-up maken", "make a backup"))
    backup.add_argument("--out", type=Path)
    backup.set_defaults(locks=True, handler="storage:cmd_backup")

    restore = top.add_parser(
        "restore",
        help=t(
            "een back-up terugzetten (het huidige bestand wordt eerst apart bewaard)",
            "restore a backup (the current file is kept aside first)",
        ),
    )
    restore.add_argument("file", type=Path, metavar=t("BESTAND", "FILE"))
    restore.add_argument(
        "--yes", action="store_true", help=t("zonder vragen terugzetten", "restore without asking")
    )
    restore.set_defaults(handler="storage:cmd_restore")

    company = top.add_parser(
        "company-overview",
        help=t("bedrijfsoverzicht per team (HR)", "company overview per team (HR)"),
    )
    company.add_argument("--year", type=int, help=t("jaar (standaard dit jaar)", "year"))
    company.add_argument("--json", action="store_true")
    company.set_defaults(handler="company:cmd_company_overview")
    check = top.add_parser("check", help=t("database controleren", "check the database"))
    check.set_defaults(handler="storage:cmd_check")

    from teamlead_app.cli.skills_parser import add_skill_commands

    add_skill_commands(top, imp_sub, lst_sub, exp_sub)
    from teamlead_app.cli.rotations_parser import add_rotation_commands

    add_rotation_commands(lst_sub, exp_sub)
    from teamlead_app.cli.pairings_parser import add_pairing_commands

    add_pairing_commands(top, lst_sub, exp_sub, _Parser)
    from teamlead_app.cli.server import add_server_commands

    add_server_commands(top, _Parser)
    return parser


def run(args: argparse.Namespace) -> int:
    from teamlead_app.errors import AppError

    module_name, function_name = str(args.handler).split(":")
    module = importlib.import_module(f"teamlead_app.cli.{module_name}")
    handler: Handler = getattr(module, function_name)
    lock = None
    try:
        if getattr(args, "locks", False):
            lock = _lock(args)
        return handler(args)
    except AppError as exc:
        print(t(f"Fout: {exc}", f"Error: {exc}"), file=sys.stderr)
        return EXIT_USAGE
    finally:
        from teamlead_app.cli.common import close_opened

        close_opened()
        if lock is not None:
            lock.release()


def _lock(args: argparse.Namespace) -> DbLock | None:
    """Commands that write or export take the GUI's lock: a second process is refused."""
    from teamlead_app.cli.common import db_path, server_url
    from teamlead_app.services.storage.database import lock_database

    if server_url(args) is not None:
        return None  # a server has no lock file: PostgreSQL itself keeps writers apart
    lock = lock_database(db_path(args))
    args.thorough = not lock.previous_exit_clean
    return lock


def _split_globals(argv: Sequence[str]) -> tuple[list[str], list[str]]:
    """Move --db and --lang to the front wherever they stand, so `list employees --db X`
    works as well as `--db X list employees`; apply --lang before the parser is built."""
    from teamlead_app.i18n import set_language

    globals_: list[str] = []
    rest: list[str] = []
    items = list(argv)
    while items:
        arg = items.pop(0)
        if arg in ("--db", "--lang") and items:
            globals_ += [arg, items.pop(0)]
        elif arg.startswith(("--db=", "--lang=")):
            globals_.append(arg)
        else:
            rest.append(arg)
    for i, arg in enumerate(globals_):
        if arg == "--lang" and i + 1 < len(globals_):
            set_language(globals_[i + 1])
        elif arg.startswith("--lang="):
            set_language(arg.split("=", 1)[1])
    return globals_, rest


def main(argv: Sequence[str] | None = None) -> int:
    globals_, rest = _split_globals(sys.argv[1:] if argv is None else argv)
    parser = build_parser()
    args = parser.parse_args([*globals_, *rest])
    if args.command is None:
        parser.print_help()
        return EXIT_USAGE
    try:
        code = run(args)
        sys.stdout.flush()  # inside the try: a closed pipe shows up here, not at exit
    except BrokenPipeError:
        # `teamlead-app list employees | head -1`: the reader has what it wanted. Point
        # stdout at devnull so Python's final flush does not print a traceback either.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return EXIT_OK
    return code
