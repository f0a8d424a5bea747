"""What every command needs: the database, JSON output, safe file writing."""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Iterable
from dataclasses import asdict, is_dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from teamlead_app.config import default_db_path
from teamlead_app.data.context import ServiceContext, context_for
from teamlead_app.data.db import Database
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import set_language, t
from teamlead_app.util.dates import parse_date
from teamlead_app.util.files import write_file

__all__ = ["db_path", "none_found", "open_db", "option_date", "print_json", "write_file"]


def server_url(args: argparse.Namespace) -> str | None:
    """`--db postgresql+psycopg://user@host/db`: the company database on a server."""
    from teamlead_app.config import is_server_url

    return str(args.db) if args.db and is_server_url(str(args.db)) else None


def ask_password() -> str | None:
    """The server's password, asked on the terminal (never stored); None without one."""
    import getpass

    if not sys.stdin.isatty():
        return None
    try:
        return getpass.getpass(t("Wachtwoord voor de databaseserver: ", "Database password: "))
    except EOFError:
        return None


def db_path(args: argparse.Namespace) -> Path:
    """The database file: `--db` must lie in an existing folder (a typing error must not start
    a new empty database); the per-user default folder is made when it is not there yet.
    With a server URL there is no file: what needs one is refused with a clear message."""
    from teamlead_app.services.storage.database import require_folder
    from teamlead_app.util.private import make_private_folder

    if server_url(args):
        from teamlead_app.data.db import file_only_error

        raise file_only_error()
    if args.db:
        path = Path(args.db)
        require_folder(path)
        return path
    path = default_db_path()
    make_private_folder(path.parent)
    return path


# Server databases opened by this command: closed when it ends (their connections are
# sockets to the server, not a file that the process exit simply lets go of).
_OPENED: list[Database] = []


def close_opened() -> None:
    while _OPENED:
        _OPENED.pop().close()


def open_db(args: argparse.Namespace) -> ServiceContext:
    """Open (create or migrate when needed) the database and apply the language setting;
    the command's ServiceContext, built once: the database, the language (`--lang`, else
    the stored setting) and who is logged in (on a server: the login's role and teams).
    After an unclean end of the last session (seen when taking the lock) the file is checked."""
    from teamlead_app.services.storage.database import open_database, open_server

    url = server_url(args)
    if url is not None:
        server_db = open_server(url, ask_password)
        _OPENED.append(server_db)
        return _with_language(context_for(server_db), args)
    path = db_path(args)
    database = open_database(path, thorough=bool(getattr(args, "thorough", False)))
    if database.opened_as == "recreated":
        from teamlead_app.data.migrate import recreated_message

        print(recreated_message(path), file=sys.stderr)
    return _with_language(context_for(database), args)


def _with_language(ctx: ServiceContext, args: argparse.Namespace) -> ServiceContext:
    """Without `--lang` the stored setting decides: the texts (i18n's ContextVar, for this
    command's thread) and the context's language alike."""
    from dataclasses import replace

    from teamlead_app.services.common.settings import get_settings

    if args.lang:
        return ctx
    set_language(get_settings(ctx).language)
    from teamlead_app.i18n import language

    return replace(ctx, language=language())


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    raise TypeError(type(value).__name__)


def print_json(rows: Iterable[dict[str, Any]]) -> None:
    print(json.dumps(list(rows), ensure_ascii=False, indent=2, default=_json_default))


def option_date(text: str | None, option: str) -> date | None:
    """A date given on the command line (25-11-2026 or 2026-11-25); a clear error otherwise."""
    if text is None:
        return None
    try:
        return parse_date(text)
    except ValueError:
        raise ValidationError(
            t(
                f"{option}: '{text}' is geen geldige datum (gebruik bijvoorbeeld 25-11-2026).",
                f"{option}: '{text}' is not a valid date (use e.g. 25-11-2026).",
            )
        ) from None


def none_found(rows: Iterable[object], message: str) -> None:
    """An empty list says so (on stderr, so a script reading stdout still gets nothing) rather
    than leaving the user at a silent prompt."""
    if not any(True for _ in rows):
        print(message, file=sys.stderr)
