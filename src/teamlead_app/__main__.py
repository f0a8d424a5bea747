"""Entry point: `teamlead-app` (or `python -m teamlead_app`). With no command the GUI starts;
with a command the CLI runs it; `--self-test` checks the installation (see ui/self_test.py).
Kept light: the GUI shows its window before SQLAlchemy loads."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    args = list(sys.argv[1:] if argv is None else argv)
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
