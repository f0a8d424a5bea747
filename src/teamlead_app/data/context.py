"""What every service is handed: the open database, the language and who is working.

`ServiceContext` is built once where the app starts working on a database (the window's
`attach`, the CLI's `open_db`, a test fixture) and passed to every service instead of the bare
`Database`. It lives in `data/` (next to `Database`, below services, reports and ui) so that
anything may import it without a cycle.

The language: `ctx.language` is the language the context was built with; the texts themselves
come from `t()`, which reads i18n's ContextVar. The entry point sets that ContextVar from the
same value (CLI: `set_language`, window: `install_language`), and `ctx.speaking()` sets it for
one block. One source would be nicer, but `t()` is called deep inside records, labels, errors and
reports that never see a context (reports must not import services), so the ContextVar stays
the way texts are chosen, and `ctx.language` is what services read when they pick *data* by
language (a template's language, a calendar's locale)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING

from teamlead_app.i18n import language as current_language
from teamlead_app.i18n import speaking

if TYPE_CHECKING:
    from sqlalchemy import URL, Engine
    from sqlalchemy.orm import Session, sessionmaker

    from teamlead_app.data.db import Database


class Role(StrEnum):
    LEAD = "lead"
    HR = "hr"
    ADMIN = "admin"


@dataclass(frozen=True)
class CurrentUser:
    """Who is logged in. `team_ids` None: every team (the user of a database file is the lead
    of every team in it; the administrator on a server is bound by no policy)."""

    name: str
    role: Role
    team_ids: frozenset[int] | None = None

    @property
    def may_write(self) -> bool:
        """Whether this user changes anything at all (HR only reads)."""
        return self.role != Role.HR

    def leads_team(self, team_id: int | None) -> bool:
        """Whether this user may write the people of `team_id` (None: a person in no team,
        which on a server no lead's policy covers)."""
        if self.role == Role.HR:
            return False
        if self.team_ids is None:
            return True
        return team_id is not None and team_id in self.team_ids


# The one user of a database file: the lead of every team in it.
FILE_USER = CurrentUser(name="", role=Role.LEAD, team_ids=None)


@dataclass(frozen=True)
class ServiceContext:
    """The database, the language and the current user, passed to every service.

    `user` None: nobody known (a tool working on the database directly); no pre-checks are
    made then, and a server's policies still apply. Exposes what services use of `Database`."""

    db: Database
    language: str = field(default_factory=current_language)
    user: CurrentUser | None = None
    # The database's sessions; for HR or a lead with a list of teams, sessions whose flushes
    # are checked first (data/write_rules.py): the app's own message, nothing sent.
    _sessions: sessionmaker[Session] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        from teamlead_app.data.write_rules import guarded

        object.__setattr__(self, "_sessions", guarded(self.db.sessions, self.user))

    @property
    def sessions(self) -> sessionmaker[Session]:
        return self._sessions

    @property
    def engine(self) -> Engine:
        return self.db.engine

    @property
    def url(self) -> URL:
        return self.db.url

    @property
    def is_server(self) -> bool:
        return self.db.is_server

    @property
    def path(self) -> Path:
        return self.db.path

    @property
    def read_only(self) -> bool:
        return self.db.read_only or (self.user is not None and not self.user.may_write)

    @property
    def opened_as(self) -> str:
        return self.db.opened_as

    def describe(self) -> str:
        return self.db.describe()

    def private_hidden(self, session: Session, conversation_id: int) -> bool:
        return self.db.private_hidden(session, conversation_id)

    def close(self) -> None:
        self.db.close()

    @contextmanager
    def speaking(self) -> Iterator[str]:
        """This context's language for the texts of one block (a worker thread, a test)."""
        with speaking(self.language) as lang:
            yield lang


def current_user(db: Database) -> CurrentUser:
    """Who works on `db`: on a file, its one user (the lead of every team); on a server, the
    login's role and teams as data/server_roles.py records them."""
    if not db.is_server:
        return FILE_USER
    from teamlead_app.data import server_roles

    with db.engine.connect() as connection:
        return server_roles.current_user(connection)


def context_for(db: Database, language: str | None = None) -> ServiceContext:
    """The context for working on `db`, built once where the database is opened: the current
    language (i18n's, unless given) and the user who is logged in."""
    return ServiceContext(db, language or current_language(), current_user(db))
