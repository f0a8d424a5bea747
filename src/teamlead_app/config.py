"""Where things live on disk: the database, backups, logs. No Qt here."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from teamlead_app import APP_NAME, ORG_NAME

DB_FILENAME = "teamlead.sqlite"


def data_dir() -> Path:
    override = os.environ.get("TEAMLEAD_DATA_DIR")
    if override:
        return Path(override)
    import platformdirs  # only when no --db is given: start-up time

    return Path(platformdirs.user_data_dir(APP_NAME, ORG_NAME))


SERVER_SCHEMES = ("postgresql", "postgresql+psycopg", "postgres")


def is_server_url(text: str) -> bool:
    """`--db postgresql+psycopg://user@host/db`: a PostgreSQL server instead of a file.
    Here, not in data.server: the GUI decides before SQLAlchemy is imported."""
    scheme, sep, _rest = text.partition("://")
    return bool(sep) and scheme.lower() in SERVER_SCHEMES


def default_db_path() -> Path:
    return data_dir() / DB_FILENAME


def log_dir() -> Path:
    return data_dir() / "logs"


def fonts_dir() -> Path:
    """The bundled DejaVu fonts: in the source tree or next to the package when frozen."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources" / "fonts", here.parents[1] / "resources" / "fonts"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("resources/fonts not found")


def i18n_dir() -> Path:
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources" / "i18n", here.parents[1] / "resources" / "i18n"):
        if candidate.is_dir():
            return candidate
    return here.parents[1] / "resources" / "i18n"


def icons_dir() -> Path:
    """The app icon (SVG, PNG sizes, .ico): in the source tree or next to the package."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources" / "icons", here.parents[1] / "resources" / "icons"):
        if candidate.is_dir():
            return candidate
    return here.parents[1] / "resources" / "icons"


@dataclass(frozen=True)
class DbPaths:
    """The database file and the files that belong to it."""

    db: Path

    @property
    def lock(self) -> Path:
        return self.db.with_name(self.db.name + ".lock")

    @property
    def backups(self) -> Path:
        return self.db.parent / "backups"
