"""Entry point: `teamlead-app` (or `python -m teamlead_app`). With no command the GUI starts;
with a command the CLI runs it; `--self-test` checks the installation (see ui/self_test.py).
Kept light: the GUI shows its window before SQLAlchemy loads."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
    _ensure_streams()
    if "--self-test" in args:
        from teamlead_app.logs import setup_logging
        from teamlead_app.ui.self_test import run_self_test

        setup_logging(console=False)
        return run_self_test(args)
    if _wants_gui(args):
        if _server_db(args):
            return _gui_needs_file()
        # Logging is set up by the GUI right after its window shows (start-up time).
        from teamlead_app.ui.app import run_gui

        return run_gui(args)
    from teamlead_app.cli import main as cli_main
    from teamlead_app.logs import setup_logging

    setup_logging(console=False)

    return cli_main(args)


def _server_db(args: list[str]) -> bool:
    """`--db` names a PostgreSQL server instead of a file."""
    for i, arg in enumerate(args):
        value = args[i + 1] if arg == "--db" and i + 1 < len(args) else ""
        if arg.startswith("--db="):
            value = arg.split("=", 1)[1]
        if value.lower().startswith(("postgresql", "postgres:")):
            return True
    return False


def _gui_needs_file() -> int:
    """The window opens only a database file in this version; the server database is used
    through the command line. Said plainly instead of treating the URL as a file name."""
    from teamlead_app.i18n import t

    print(
        t(
            "Het programmavenster opent in deze versie alleen een databasebestand. Een "
            "database op een PostgreSQL-server gebruikt u met de opdrachtregel, bijvoorbeeld "
            "`teamlead-app --db postgresql+psycopg://gebruiker@server/database list employees`.",
            "The program window opens only a database file in this version. A database on a "
            "PostgreSQL server is used through the command line, for example "
            "`teamlead-app --db postgresql+psycopg://user@host/database list employees`.",
        ),
        file=sys.stderr,
    )
    return 2


def _ensure_streams() -> None:
    """The windowed Windows exe of the bundle has no console: sys.stdout and sys.stderr are
    None there, and a print would crash. They write nowhere instead (the CLI and the self-test
    print through the console twin, teamlead-cli.exe; the log file has the rest)."""
    import os

    if sys.stdout is None:
        sys.stdout = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115


def _wants_gui(args: list[str]) -> bool:
    """No command given: only the global options --db and --lang (and their values)."""
    rest = list(args)
    while rest:
        head = rest.pop(0)
        if head in ("--db", "--lang") and rest:
            rest.pop(0)
        elif head.startswith(("--db=", "--lang=")):
            continue
        else:
            return False
    return True


if __name__ == "__main__":
    raise SystemExit(main())
