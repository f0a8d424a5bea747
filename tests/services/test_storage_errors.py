"""Database errors in normal use: a busy database is the app's StorageError with a clear
message (translated in one place, the engine), SQL parameters (note text!) never reach the
log, and the files holding personnel data are readable by the user only."""

from __future__ import annotations

import logging
import os
import sqlite3
import stat
import uuid
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import text

from teamlead_app.config import DbPaths, log_dir
from teamlead_app.data.db import Database
from teamlead_app.data.filelock import DbLock
from teamlead_app.errors import DatabaseBusyError
from teamlead_app.i18n import set_language
from teamlead_app.logs import scrub, setup_logging
from teamlead_app.records.conversations import AgreementDraft, ConversationDraft
from teamlead_app.records.development import PopDraft
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.development import goals, pop
from teamlead_app.services.development.goal_rules import GoalDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.storage import database as storage


@pytest.fixture
def busy(db_path: Path) -> Iterator[sqlite3.Connection]:
    """Another program is in the middle of writing (it holds SQLite's write lock)."""
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    yield other
    other.execute("ROLLBACK")
    other.close()


def test_a_save_on_a_busy_database_says_so(db_path: Path, busy: sqlite3.Connection) -> None:
    db = Database(db_path, busy_timeout_ms=50)
    with pytest.raises(DatabaseBusyError) as caught:
        people.save_employee(db, people.EmployeeDraft(first_name="Jan", last_name="Bakker"))
    assert str(caught.value) == "De database is even bezet, probeer het zo opnieuw."
    set_language("en")
    with pytest.raises(DatabaseBusyError, match=r"^The database is busy, try again in a moment"):
        people.save_team(db, people.TeamDraft("Assemblage"))
    db.close()


def test_reading_while_another_program_writes_still_works(
    db_path: Path, busy: sqlite3.Connection
) -> None:
    db = Database(db_path, busy_timeout_ms=50)
    assert people.list_employees(db) == []
    db.close()


@pytest.fixture
def log_file(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    root = logging.getLogger()
    monkeypatch.setattr(root, "level", logging.DEBUG)
    handler = setup_logging(force=True)
    assert handler is not None
    yield log_dir() / "teamlead.log"
    root.removeHandler(handler)
    handler.close()


def _marked(marker: str) -> ConversationDraft:
    return ConversationDraft(
        answers=(f"antwoord {marker}",) * 6,
        score=4,
        shared_summary=f"gedeeld {marker}",
        private_notes=f"privé {marker}",
        agreements=(AgreementDraft(text=f"afspraak {marker}"),),
        employee_response=f"reactie {marker}",
        mark_held=True,
        held_on=date(2026, 11, 2),
    )


def test_no_sql_parameter_reaches_the_log(db_path: Path, log_file: Path) -> None:
    marker = f"MARK{uuid.uuid4().hex}"
    db = Database(db_path, busy_timeout_ms=50)
    person = people.save_employee(db, people.EmployeeDraft(first_name="Jan", last_name="Bakker"))
    talk = conversations.plan_conversation(
        db, conversations.ConversationPlanDraft(person, datetime(2026, 11, 2, 9, 0))
    ).conversation_id
    plan = pop.create_pop(db, person, 2026)
    pop_draft = PopDraft(
        date(2026, 1, 1),
        date(2026, 12, 31),
        ambition=f"ambitie {marker}",
        lead_perspective=f"visie {marker}",
        strengths=f"sterk {marker}",
        development_points=f"punten {marker}",
        evaluation=f"evaluatie {marker}",
    )
    goal = GoalDraft(
        what=f"wat {marker}",
        why=f"waarom {marker}",
        success_criterion=f"criterium {marker}",
        support_needed=f"steun {marker}",
    )
    actions = [
        lambda: conversations.save_conversation(db, talk, _marked(marker)),
        lambda: pop.update_pop(db, plan, pop_draft),
        lambda: goals.create_goal(db, person, goal, pop_id=plan),
        lambda: people.save_employee(
            db, people.EmployeeDraft(first_name=marker, last_name=marker), person
        ),
    ]
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    for action in actions:
        with pytest.raises(DatabaseBusyError) as caught:
            action()
        # as the GUI's excepthook and the CLI would record it, with the whole chain
        logging.getLogger("teamlead_app.ui.errors").error("failed", exc_info=caught.value)
    other.execute("ROLLBACK")
    other.close()
    # A bug-type failure (a constraint) with the marker among the statement's parameters.
    from sqlalchemy.exc import IntegrityError

    with pytest.raises(IntegrityError) as bug, db.sessions.begin() as session:
        session.execute(
            text("INSERT INTO employee (first_name, last_name) VALUES (:a, :b)"),
            {"a": marker, "b": None},
        )
    assert "IntegrityError" in type(bug.value).__name__
    logging.getLogger("teamlead_app.ui.errors").error("unexpected", exc_info=bug.value)
    db.close()
    content = log_file.read_text(encoding="utf-8")
    assert "failed" in content and "IntegrityError" in content  # the failures are logged
    assert marker not in content


def test_the_formatter_blanks_parameters_from_any_engine() -> None:
    message = "(sqlite3.IntegrityError) NOT NULL\n[SQL: INSERT ...]\n[parameters: ('Łukasz', 'x')]"
    assert "Łukasz" not in scrub(message)
    assert "[SQL: INSERT ...]" in scrub(message)


@pytest.mark.skipif(os.name != "posix", reason="Windows: the per-user profile folder instead")
@pytest.mark.parametrize("umask", [0o022, 0o000])
def test_personnel_files_are_readable_by_the_user_only(
    tmp_path: Path, umask: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    old = os.umask(umask)
    try:
        path = tmp_path / "team.sqlite"
        lock = DbLock(DbPaths(path).lock)
        lock.acquire()
        db = storage.open_database(path)
        people.save_employee(db, people.EmployeeDraft(first_name="Jan", last_name="Bakker"))
        backup = storage.backup_database(path)
        db.close()
        lock.release()
        handler = setup_logging(force=True)
        assert handler is not None
        logging.getLogger("t").warning("x")
        logging.getLogger().removeHandler(handler)
        handler.close()
    finally:
        os.umask(old)

    def mode(p: Path) -> int:
        return stat.S_IMODE(p.stat().st_mode)

    assert mode(path) == 0o600
    assert mode(DbPaths(path).lock) == 0o600
    assert mode(DbPaths(path).backups) == 0o700
    assert mode(backup) == 0o600
    assert mode(log_dir()) == 0o700
    assert mode(log_dir() / "teamlead.log") == 0o600


@pytest.mark.skipif(os.name != "posix", reason="Windows: the per-user profile folder instead")
def test_an_older_world_readable_database_is_tightened(db_path: Path) -> None:
    db_path.chmod(0o644)
    storage.open_database(db_path).close()
    assert stat.S_IMODE(db_path.stat().st_mode) == 0o600
