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
        # Logging is set up by the GUI right after its window shows (start-up time).
        from teamlead_app.ui.app import run_gui

        return run_gui(args)
    from teamlead_app.cli import main as cli_main
    from teamlead_app.logs import setup_logging

    setup_logging(console=False)

    return cli_main(args)


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
