"""The command line builds its ServiceContext once in open_db: the database, the language
(`--lang`, else the stored setting, which also sets the texts) and the file's one user."""

from __future__ import annotations

import argparse
from dataclasses import replace
from pathlib import Path

from teamlead_app.cli.common import open_db
from teamlead_app.data.context import FILE_USER, ServiceContext, context_for
from teamlead_app.data.db import Database
from teamlead_app.i18n import language
from teamlead_app.services.common.settings import get_settings, save_settings


def _args(path: Path, lang: str | None) -> argparse.Namespace:
    return argparse.Namespace(db=str(path), lang=lang, thorough=False)


def test_open_db_builds_the_context_with_the_stored_language(db_path: Path) -> None:
    stored = context_for(Database(db_path))
    save_settings(stored, replace(get_settings(stored), language="en"))
    stored.close()
    ctx = open_db(_args(db_path, None))
    try:
        assert isinstance(ctx, ServiceContext)
        assert (ctx.language, language(), ctx.user) == ("en", "en", FILE_USER)
        assert ctx.path == db_path and not ctx.read_only
    finally:
        ctx.close()


def test_lang_on_the_command_line_wins(db_path: Path) -> None:
    stored = context_for(Database(db_path))
    save_settings(stored, replace(get_settings(stored), language="en"))
    stored.close()
    ctx = open_db(_args(db_path, "nl"))
    try:
        assert ctx.language == "nl"
    finally:
        ctx.close()
