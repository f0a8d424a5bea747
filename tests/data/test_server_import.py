"""`server import-sqlite`: a lead's database file into the company database on a real server
(tests/pg_server.py): every row of every table with new ids, the lead as author of the
private notes, and every refusal before anything is written."""

from __future__ import annotations

import json
import logging
import sqlite3
from datetime import date, datetime
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import URL

from teamlead_app.cli import main
from teamlead_app.config import DbPaths
from teamlead_app.data.db import Database
from teamlead_app.data.filelock import DbLock
from teamlead_app.data.models import DERIVED_TABLES, Base
from teamlead_app.errors import StorageError, ValidationError
from teamlead_app.records.conversations import ConversationDraft
from teamlead_app.services.common import drafts
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.demo.company import generate_company
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.services.storage import server_users
from teamlead_app.services.storage.server_import import ImportReport, import_sqlite
from tests.pg_server import SUPERUSER_PASSWORD, PgServer
from tests.services.test_talk_summaries import assert_summaries_recount

SECRET = "Privé van Łukasz <b>& 🙂 " + "lang " * 400
PASSWORD = "test-user-secret"
# The talk summaries are not copied: the server's triggers fill them (checked below).
TABLES = [t.name for t in Base.metadata.sorted_tables if t.name not in DERIVED_TABLES]


def _lead_file(path: Path) -> int:
    """A demo-like file plus Łukasz with a private note and a draft; the conversation's id."""
    db = Database(path)
    generate_company(db, teams=1, size=6, today=date(2026, 11, 1))
    team = people.save_team(db, TeamDraft("Łukasz' ploeg <b>& 🙂"))
    person = people.save_employee(
        db, EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski <b>&", team_id=team)
    )
    now = datetime(2026, 11, 2, 8, 0)
    cid = conversations.plan_conversation(
        db, ConversationPlanDraft(person, datetime(2026, 11, 3, 10, 0)), now=now
    ).conversation_id
    conversations.save_conversation(
        db,
        cid,
        ConversationDraft(score=4, mark_held=True, private_notes=SECRET, shared_summary="🙂"),
        today=date(2026, 11, 3),
    )
    drafts.save_draft(db, drafts.CONVERSATION_DRAFT, cid, {"private_notes": SECRET})
    db.close()
    _ids_in_json(path)
    return cid


def _ids_in_json(path: Path) -> None:
    """The ids the app keeps in JSON text: a draft's payload, a signed snapshot, a focus."""
    with sqlite3.connect(path) as con:
        row = con.execute(
            "SELECT a.id, a.employee_id, a.conversation_id, g.id, g.pop_id FROM agreement a "
            "JOIN goal g ON g.employee_id = a.employee_id WHERE g.pop_id IS NOT NULL "
            "ORDER BY a.id DESC LIMIT 1"
        ).fetchone()
        agreement, person, conversation, goal, pop = row
        payload = {
            "agreements": [{"id": agreement, "text": "Łukasz <b>&"}],
            "follow_ups": [{"agreement_id": agreement}],
            "goal_progress": [{"goal_id": goal, "note": "🙂"}],
            "goal_notes": {str(goal): "🙂"},
        }
        con.execute(
            "INSERT INTO draft (kind, ref_id, employee_id, payload_json, updated_at) "
            "VALUES ('conversation', ?, ?, ?, '2026-11-02 08:00:00.000000')",
            (conversation, person, json.dumps(payload)),
        )
        snapshot = {"goals": [{"id": goal}], "agreements": [{"id": agreement}]}
        con.execute(
            "INSERT INTO signed_version (kind, record_id, employee_id, version, reason, "
            "snapshot_json, created_at) VALUES ('pop', ?, ?, 1, '', ?, "
            "'2026-11-02 08:00:00.000000')",
            (pop, person, json.dumps(snapshot)),
        )
        skill = con.execute("SELECT max(id) FROM skill").fetchone()[0]
        con.execute(
            "UPDATE pairing SET mentee_id = ?, focus_json = ? "
            "WHERE id = (SELECT max(id) FROM pairing)",
            (person, json.dumps({"skills": [skill], "goals": [goal]})),
        )


def _json_ids_point_to_the_same_person(su: psycopg.Connection[tuple[object, ...]]) -> int:
    """Every id found in the JSON of drafts, snapshots and focuses is a row of that person."""
    checked = 0
    rows = su.execute(
        "SELECT employee_id, payload_json FROM draft UNION ALL "
        "SELECT employee_id, snapshot_json FROM signed_version WHERE snapshot_json IS NOT NULL "
        "UNION ALL SELECT mentee_id, focus_json FROM pairing WHERE focus_json <> '{}'"
    ).fetchall()
    for person, text in rows:
        value = json.loads(str(text))
        agreements = [a["id"] for a in value.get("agreements", [])]
        agreements += [f["agreement_id"] for f in value.get("follow_ups", [])]
        goals = [g["goal_id"] for g in value.get("goal_progress", [])]
        goals += [int(k) for k in value.get("goal_notes", {})]
        goals += [g["id"] if isinstance(g, dict) else g for g in value.get("goals", [])]
        for table, found in (("agreement", agreements), ("goal", goals)):
            for row_id in found:
                owner = su.execute(f"SELECT employee_id FROM {table} WHERE id = %s", (row_id,))
                assert owner.fetchone() == (person,), (table, row_id)
                checked += 1
        for skill in value.get("skills", []):
            assert su.execute("SELECT 1 FROM skill WHERE id = %s", (skill,)).fetchone()
            checked += 1
    return checked


def _file_counts(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as con:
        return {t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0] for t in TABLES}


def _server_counts(server: PgServer, url: URL) -> dict[str, int]:
    with psycopg.connect(server.conninfo(str(url.database)), autocommit=True) as su:
        counts = {t: _count(su, t) for t in TABLES}
        for t in ("lead_team", "author"):
            counts[t] = _count(su, f"teamlead_access.{t}")
    return counts


def _count(su: psycopg.Connection[tuple[object, ...]], table: str) -> int:
    row = su.execute(f"SELECT count(*) FROM {table}").fetchone()
    assert row is not None
    return int(str(row[0]))


@pytest.fixture
def users(pg_url: URL, pg_server: PgServer) -> str:
    text = pg_url.render_as_string(hide_password=False)
    server_users.add_user(text, "jan", "lead", [])
    server_users.add_user(text, "piet", "lead", [])
    server_users.add_user(text, "hr.officer", "hr", [])
    with psycopg.connect(pg_server.conninfo(str(pg_url.database)), autocommit=True) as su:
        for user in ("jan", "piet", "hr.officer"):
            su.execute(f"ALTER ROLE \"{user}\" PASSWORD '{PASSWORD}'")
    return text


def _as(server: PgServer, url: URL, user: str) -> psycopg.Connection[tuple[object, ...]]:
    return psycopg.connect(
        server.conninfo(str(url.database), user=user, password=PASSWORD), autocommit=True
    )


def after_settings(report: ImportReport) -> int:
    return dict(report.rows)["setting"]


def test_every_row_moves_and_the_private_note_stays_the_leads(
    users: str, pg_url: URL, pg_server: PgServer, db_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.INFO)
    _lead_file(db_path)
    expected = _file_counts(db_path)
    # The server has rows already: the ids of the file collide with them.
    admin = Database.for_server(pg_url)
    other = people.save_team(admin, TeamDraft("Lakstraat"))
    people.save_employee(admin, EmployeeDraft(first_name="Mehmet", last_name="Y", team_id=other))
    admin.close()
    before = _server_counts(pg_server, pg_url)
    report = import_sqlite(users, db_path, "jan")
    # The log says what moved, per table, without a name.
    assert f"conversation {expected['conversation']}" in caplog.text
    assert "Łukasz" not in caplog.text and "jan" not in caplog.text
    # The company's lists the server has already (by name) are used, not copied.
    for table, count in report.reused:
        expected[table] -= count
    assert dict(report.rows) == {
        t: n for t, n in _file_counts(db_path).items() if t != "setting"
    } | {"setting": after_settings(report)}
    after = _server_counts(pg_server, pg_url)
    for table in TABLES:
        if table != "setting":
            assert after[table] - before[table] == expected[table], table
    admin = Database.for_server(pg_url)
    try:
        assert_summaries_recount(admin)  # the overview's summaries include the imported talks
    finally:
        admin.close()
    assert after["author"] - before["author"] == (
        expected["conversation"] + expected["draft"] + expected["pairing_checkin"]
    )
    with psycopg.connect(pg_server.conninfo(str(pg_url.database)), autocommit=True) as su:
        # Spot checks: every conversation's person, and the draft's record, are the imported.
        orphans = su.execute(
            "SELECT count(*) FROM conversation c LEFT JOIN employee e ON e.id = c.employee_id "
            "WHERE e.id IS NULL OR e.last_name = 'Y'"
        ).fetchone()
        assert orphans == (0,)
        note = su.execute(
            "SELECT c.id, e.first_name, c.private_notes FROM draft d "
            "JOIN conversation c ON c.id = d.ref_id JOIN employee e ON e.id = d.employee_id"
        ).fetchall()
        assert ("Łukasz", SECRET) in [(n[1], n[2]) for n in note]
        note_id = next(n[0] for n in note if n[1] == "Łukasz")
    with _as(pg_server, pg_url, "jan") as jan:
        notes = [
            r[0] for r in jan.execute("SELECT teamlead_access.private_notes(id) FROM conversation")
        ]
        assert SECRET in notes
        assert jan.execute("SELECT count(*) FROM employee WHERE last_name = 'Y'").fetchone() == (0,)
    with _as(pg_server, pg_url, "hr.officer") as hr:
        shared = hr.execute("SELECT shared_summary FROM conversation WHERE id = %s", (note_id,))
        assert shared.fetchall() == [("🙂",)]
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            hr.execute("SELECT private_notes FROM conversation")
    # A second lead of the same team sees Łukasz and the shared part of the conversations
    # jan wrote, not their private notes nor jan's drafts.
    with psycopg.connect(pg_server.conninfo(str(pg_url.database)), autocommit=True) as su:
        su.execute(
            "INSERT INTO teamlead_access.lead_team SELECT 'piet', team_id FROM employee "
            "WHERE id = (SELECT employee_id FROM conversation WHERE id = %s)",
            (note_id,),
        )
    with _as(pg_server, pg_url, "piet") as piet:
        assert piet.execute("SELECT first_name FROM employee").fetchall() == [("Łukasz",)]
        assert piet.execute(
            "SELECT shared_summary, teamlead_access.private_notes(id) FROM conversation "
            "WHERE id = %s",
            (note_id,),
        ).fetchall() == [("🙂", "")]
        assert piet.execute("SELECT count(*) FROM draft").fetchone() == (0,)


def test_a_second_file_with_the_same_teams_gets_new_ids_and_the_same_file_is_refused(
    users: str,
    pg_url: URL,
    pg_server: PgServer,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _lead_file(db_path)
    expected = _file_counts(db_path)
    second_file = tmp_path / "tweede.sqlite"
    second_file.write_bytes(db_path.read_bytes())
    with sqlite3.connect(second_file) as con:
        con.execute("UPDATE employee SET personnel_number = 'B' || personnel_number")
    assert main(["server", "import-sqlite", str(db_path), "--lead", "jan", "--url", users]) == 0
    out = capsys.readouterr().out
    assert "Overgenomen voor jan" in out and "Łukasz' ploeg <b>& 🙂" in out
    first_teams = tuple(n for n in out.split("Nieuwe teams: ")[1].splitlines()[0].split(", "))
    # Every id of the second file is taken on the server by the first import.
    second = import_sqlite(users, second_file, "jan")
    assert set(second.teams_matched) == set(first_teams) and not second.teams_created
    after = _server_counts(pg_server, pg_url)
    assert after["employee"] == 2 * expected["employee"]
    assert after["conversation"] == 2 * expected["conversation"]
    assert after["team"] == expected["team"]
    assert after["skill"] == expected["skill"]  # matched on (team, name)
    assert after["skill_level"] == 2 * expected["skill_level"]
    with psycopg.connect(pg_server.conninfo(str(pg_url.database)), autocommit=True) as su:
        # Each person's skill levels point to skills of their own team.
        wrong = su.execute(
            "SELECT count(*) FROM skill_level l JOIN employee e ON e.id = l.employee_id "
            "JOIN skill s ON s.id = l.skill_id WHERE s.team_id IS NOT NULL "
            "AND s.team_id <> e.team_id"
        ).fetchone()
        assert wrong == (0,)
        assert _json_ids_point_to_the_same_person(su) == 2 * 8  # 4 + 2 + 2 ids per file
        records = su.execute(
            "SELECT count(*) FROM signed_version v JOIN pop p ON p.id = v.record_id "
            "AND p.employee_id = v.employee_id"
        ).fetchone()
        assert records == (2,)
    # The same file once more: its personnel numbers are there; nothing is written.
    with pytest.raises(ValidationError, match="personeelsnummers"):
        import_sqlite(users, db_path, "jan")
    assert _server_counts(pg_server, pg_url) == after


def _damage(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[4096 * 3 : 4096 * 3 + 200] = b"\xff" * 200
    path.write_bytes(bytes(data))


def _newer(path: Path) -> None:
    with sqlite3.connect(path) as con:
        con.execute("UPDATE alembic_version SET version_num = '9999'")


def _broken_link(path: Path) -> None:
    """A conversation whose person is not in the file (foreign keys off, as an old tool
    might have left it): the server refuses it halfway, and the whole import is undone."""
    with sqlite3.connect(path) as con:
        names = [r[1] for r in con.execute("PRAGMA table_info(conversation)")]
        rest = [n for n in names if n not in ("id", "employee_id")]
        con.execute(
            f"INSERT INTO conversation (employee_id, {', '.join(rest)}) "
            f"SELECT 99999, {', '.join(rest)} FROM conversation ORDER BY id DESC LIMIT 1"
        )


@pytest.mark.parametrize("spoil", ["damaged", "newer", "lead", "open", "broken"])
def test_each_refusal_leaves_the_server_unchanged(
    spoil: str, users: str, pg_url: URL, pg_server: PgServer, db_path: Path
) -> None:
    _lead_file(db_path)
    lead = "jan"
    lock = None
    if spoil == "damaged":
        _damage(db_path)
    elif spoil == "newer":
        _newer(db_path)
    elif spoil == "lead":
        lead = "onbekend"
    elif spoil == "broken":
        _broken_link(db_path)
    else:
        lock = DbLock(DbPaths(db_path).lock)
        lock.acquire()
    before = _server_counts(pg_server, pg_url)
    try:
        with pytest.raises(ValidationError, match="niets gewijzigd"):
            import_sqlite(users, db_path, lead)
    finally:
        if lock:
            lock.release()
    assert _server_counts(pg_server, pg_url) == before


def test_an_unknown_lead_is_refused_on_the_command_line_with_exit_2(
    users: str, pg_url: URL, pg_server: PgServer, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _lead_file(db_path)
    before = _server_counts(pg_server, pg_url)
    code = main(["server", "import-sqlite", str(db_path), "--lead", "marieke", "--url", users])
    assert code == 2
    err = capsys.readouterr().err
    assert "marieke is geen leidinggevende" in err and "niets gewijzigd" in err
    assert _server_counts(pg_server, pg_url) == before


def test_a_server_never_initialised_is_refused(pg_server: PgServer, db_path: Path) -> None:
    _lead_file(db_path)
    with psycopg.connect(pg_server.conninfo("postgres"), autocommit=True) as admin:
        admin.execute("DROP DATABASE IF EXISTS import_not_ready WITH (FORCE)")
        admin.execute("CREATE DATABASE import_not_ready")
    url = pg_server.url("import_not_ready", password=SUPERUSER_PASSWORD)
    try:
        with pytest.raises(StorageError, match="nog niet ingericht"):
            import_sqlite(url, db_path, "jan")
        with psycopg.connect(pg_server.conninfo("import_not_ready"), autocommit=True) as su:
            tables = su.execute(
                "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"
            ).fetchone()
        assert tables == (0,)
    finally:
        with psycopg.connect(pg_server.conninfo("postgres"), autocommit=True) as admin:
            admin.execute("DROP DATABASE IF EXISTS import_not_ready WITH (FORCE)")


def test_an_older_file_is_upgraded_in_a_copy_and_itself_left_alone(
    users: str, pg_url: URL, pg_server: PgServer, tmp_path: Path
) -> None:
    old = tmp_path / "oud.sqlite"
    old.write_bytes((Path(__file__).parent / "fixtures" / "schema_0006.sqlite").read_bytes())
    before_bytes = old.read_bytes()
    expected = _file_counts_known(old)
    before = _server_counts(pg_server, pg_url)
    report = import_sqlite(users, old, "jan")
    assert report.upgraded_from == "0006"
    assert old.read_bytes() == before_bytes
    after = _server_counts(pg_server, pg_url)
    assert after["employee"] - before["employee"] == expected["employee"] > 0
    assert after["conversation"] - before["conversation"] == expected["conversation"]


def _file_counts_known(path: Path) -> dict[str, int]:
    with sqlite3.connect(path) as con:
        return {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("employee", "conversation")
        }
