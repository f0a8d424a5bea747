"""The access rules enforced by PostgreSQL itself (data/server_roles.py), proven with plain
psycopg and raw SQL as each role on a real server (tests/pg_server.py): another lead's people
are invisible, nobody but the author reads a private note or a score, HR reads the shared
fields and cannot write; and the app itself still works for a lead on their own team."""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import URL, text

from teamlead_app.cli import main
from teamlead_app.data.context import ServiceContext
from teamlead_app.data.db import Database
from teamlead_app.errors import StorageError, ValidationError
from teamlead_app.records.conversations import ConversationDraft
from teamlead_app.services.common import drafts
from teamlead_app.services.conversations import overview
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.development import signals
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.services.storage import database as storage
from teamlead_app.services.storage import server_users
from tests.pg_server import PgServer

SECRET = "GEHEIM-notitie van Łukasz <b>&"
PASSWORD = "test-user-secret"
NOW = datetime(2026, 1, 1, 8, 0)


@dataclass
class Company:
    url: URL
    server: PgServer
    jan_person: int
    piet_person: int
    jan_conversation: int

    @property
    def text_url(self) -> str:
        return self.url.render_as_string(hide_password=False)

    def as_user(self, user: str) -> psycopg.Connection[tuple[object, ...]]:
        return psycopg.connect(
            self.server.conninfo(str(self.url.database), user=user, password=PASSWORD),
            autocommit=True,
        )

    def user_url(self, user: str) -> str:
        return self.server.url(str(self.url.database), user=user, password=PASSWORD)


def _hold(ctx: ServiceContext, person: int, day: int, note: str) -> int:
    cid = conversations.plan_conversation(
        ctx, ConversationPlanDraft(person, datetime(2026, 1, day, 10, 0)), now=NOW
    ).conversation_id
    conversations.save_conversation(
        ctx,
        cid,
        ConversationDraft(score=4, mark_held=True, private_notes=note, shared_summary="Gedeeld"),
        today=date(2026, 1, day),
    )
    return cid


@pytest.fixture
def company(pg_url: URL, pg_server: PgServer) -> Iterator[Company]:
    """Two teams with one person each; users jan (lead of Assemblage), piet (lead of
    Lakstraat) and hr; one held conversation of Jan's person written by jan himself."""
    admin = Database.for_server(pg_url)
    assembly = people.save_team(admin, TeamDraft("Assemblage"))
    paint = people.save_team(admin, TeamDraft("Lakstraat"))
    jan_person = people.save_employee(
        admin, EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski", team_id=assembly)
    )
    piet_person = people.save_employee(
        admin, EmployeeDraft(first_name="Mehmet", last_name="Yılmaz", team_id=paint)
    )
    admin.close()
    text_url = pg_url.render_as_string(hide_password=False)
    server_users.add_user(text_url, "jan", "lead", ["Assemblage"])
    server_users.add_user(text_url, "piet", "lead", ["Lakstraat"])
    server_users.add_user(text_url, "hr.officer", "hr", [])
    with psycopg.connect(pg_server.conninfo(str(pg_url.database)), autocommit=True) as su:
        for user in ("jan", "piet", "hr.officer"):
            su.execute(f"ALTER ROLE \"{user}\" PASSWORD '{PASSWORD}'")
    company = Company(pg_url, pg_server, jan_person, piet_person, 0)
    jan_db = storage.open_server(company.user_url("jan"))
    company.jan_conversation = _hold(jan_db, jan_person, 5, SECRET)
    # Typing in a second conversation, autosaved (the draft holds the private note too). The
    # app keeps drafts on the PC now; a draft row on the server (left by an older version or
    # brought in by import-sqlite) must still be Jan's alone.
    typing = conversations.plan_conversation(
        jan_db, ConversationPlanDraft(jan_person, datetime(2026, 2, 2, 10, 0)), now=NOW
    ).conversation_id
    jan_db.close()
    with company.as_user("jan") as jan:
        jan.execute(
            "INSERT INTO draft (kind, ref_id, employee_id, payload_json, updated_at) "
            "VALUES (%s, %s, %s, %s, now())",
            (
                drafts.CONVERSATION_DRAFT,
                typing,
                jan_person,
                json.dumps({"private_notes": SECRET}, ensure_ascii=False),
            ),
        )
    yield company


def test_another_leads_people_and_their_rows_are_invisible(company: Company) -> None:
    with company.as_user("piet") as piet:
        people_seen = [r[0] for r in piet.execute("SELECT id FROM employee")]
        assert people_seen == [company.piet_person]
        assert piet.execute("SELECT count(*) FROM conversation").fetchone() == (0,)
        assert piet.execute("SELECT count(*) FROM conversation_answer").fetchone() == (0,)
        assert piet.execute("SELECT count(*) FROM draft").fetchone() == (0,)
        # Nor can he change or delete them: the rows are not there for him.
        changed = piet.execute(
            "UPDATE employee SET last_name = 'x' WHERE id = %s", (company.jan_person,)
        )
        assert changed.rowcount == 0
        piet.execute("DELETE FROM conversation")
        # Nor move someone of his own into Jan's team.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            piet.execute(
                "UPDATE employee SET team_id = "
                "(SELECT id FROM team WHERE name = 'Assemblage') WHERE id = %s",
                (company.piet_person,),
            )
    with company.as_user("jan") as jan:
        assert jan.execute("SELECT count(*) FROM conversation").fetchone() == (2,)
        assert jan.execute("SELECT payload_json FROM draft").fetchone() == (
            f'{{"private_notes": "{SECRET}"}}',
        )


PRIVATE = "SELECT teamlead_access.private_notes(id), teamlead_access.score(id) FROM conversation"


def test_the_author_reads_the_private_note_and_the_score(company: Company) -> None:
    """Through the functions that give them to their author; the columns themselves are
    granted to no lead."""
    with company.as_user("jan") as jan:
        row = jan.execute(f"{PRIVATE} WHERE id = %s", (company.jan_conversation,)).fetchone()
        assert row == (SECRET, 4)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            jan.execute("SELECT private_notes FROM conversation")


def test_a_conversation_written_by_the_administrator_is_read_by_the_teams_lead_only(
    company: Company,
) -> None:
    """Data brought in by IT (no lead wrote it) belongs to the lead(s) of the person's team."""
    admin = Database.for_server(company.url)
    brought_in = _hold(admin, company.jan_person, 19, "Van IT " + SECRET)
    admin.close()
    with company.as_user("jan") as jan:
        assert jan.execute(f"{PRIVATE} WHERE id = %s", (brought_in,)).fetchone() == (
            "Van IT " + SECRET,
            4,
        )
    with company.as_user("piet") as piet:
        assert piet.execute("SELECT count(*) FROM conversation").fetchone() == (0,)
    with company.as_user("hr.officer") as hr, pytest.raises(psycopg.errors.InsufficientPrivilege):
        hr.execute("SELECT private_notes FROM conversation WHERE id = %s", (brought_in,))


def test_hr_reads_the_shared_fields_of_everyone_but_no_private_note_score_or_draft(
    company: Company,
) -> None:
    with company.as_user("hr.officer") as hr:
        assert {r[0] for r in hr.execute("SELECT id FROM employee")} == {
            company.jan_person,
            company.piet_person,
        }
        assert hr.execute(
            "SELECT shared_summary, status FROM conversation ORDER BY id"
        ).fetchall() == [("Gedeeld", "held"), ("", "planned")]
        for query in (
            "SELECT private_notes FROM conversation",
            "SELECT score FROM conversation",
            "SELECT * FROM conversation",
            "SELECT snapshot_json FROM signed_version",
            "SELECT payload_json FROM draft",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                hr.execute(query)


def test_hr_cannot_write(company: Company) -> None:
    with company.as_user("hr.officer") as hr:
        for statement in (
            "UPDATE conversation SET shared_summary = 'x'",
            "DELETE FROM employee",
            "INSERT INTO team (name) VALUES ('Nieuw')",
            "UPDATE setting SET value = 'x'",
            "DELETE FROM teamlead_access.lead_team",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                hr.execute(statement)


def test_after_a_hand_over_the_new_lead_reads_the_shared_history_not_the_private_notes(
    company: Company,
) -> None:
    """The new lead reads what the old lead shared (summary, answers, agreements, POP, goals)
    but neither the old private note nor the score (the column refused, the function empty),
    nor the old drafts or the signed content; the old lead keeps reading their own notes."""
    from teamlead_app.services.development import pop

    jan_db = storage.open_server(company.user_url("jan"))
    plan = pop.create_pop(jan_db, company.jan_person, 2026)
    jan_db.close()
    admin = Database.for_server(company.url)
    with admin.sessions.begin() as session:
        session.execute(
            text(
                "INSERT INTO conversation_answer (conversation_id, position, answer) "
                "VALUES (:c, 0, 'Gedeeld antwoord')"
            ),
            {"c": company.jan_conversation},
        )
    admin.close()
    moved = server_users.hand_over(company.text_url, "jan", "piet", ["Assemblage"])
    assert moved == ["Assemblage"]
    cid = company.jan_conversation
    with company.as_user("piet") as piet:
        assert {r[0] for r in piet.execute("SELECT id FROM employee")} == {
            company.jan_person,
            company.piet_person,
        }
        assert piet.execute(
            "SELECT shared_summary, status FROM conversation WHERE id = %s", (cid,)
        ).fetchone() == ("Gedeeld", "held")
        assert piet.execute("SELECT answer FROM conversation_answer").fetchall() == [
            ("Gedeeld antwoord",)
        ]
        assert piet.execute("SELECT id FROM pop").fetchall() == [(plan,)]
        for column in ("private_notes", "score"):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                piet.execute(f"SELECT {column} FROM conversation")
        assert piet.execute(f"{PRIVATE} WHERE id = %s", (cid,)).fetchone() == ("", None)
        assert piet.execute("SELECT count(*) FROM draft").fetchone() == (0,)
        assert piet.execute(
            "SELECT count(*) FROM signed_version WHERE snapshot_json LIKE %s",
            (f"%{SECRET}%",),
        ).fetchone() == (0,)
        # Nor can he overwrite the note he cannot read.
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            piet.execute("UPDATE conversation SET private_notes = 'weg' WHERE id = %s", (cid,))
        # Nor delete jan's talk (and its note with it): the row policy leaves it alone.
        gone = piet.execute("DELETE FROM conversation WHERE id = %s", (cid,))
        assert gone.rowcount == 0
        assert piet.execute(
            "SELECT count(*) FROM conversation WHERE id = %s", (cid,)
        ).fetchone() == (1,)
    with company.as_user("jan") as jan:
        # Jan no longer leads the team: not its people, but his own notes he keeps.
        assert jan.execute("SELECT count(*) FROM employee").fetchone() == (0,)
        assert jan.execute(f"{PRIVATE} WHERE id = %s", (cid,)).fetchone() == (SECRET, 4)


def test_the_new_leads_conversation_screen_shows_the_old_talk_without_its_private_part(
    company: Company,
) -> None:
    """In the app, as the new lead: the old conversation opens (no refusal), its private note
    and score are empty and marked as not visible; saving the shared part works and leaves
    the old note alone."""
    server_users.hand_over(company.text_url, "jan", "piet", ["Assemblage"])
    db = storage.open_server(company.user_url("piet"))
    try:
        shown = conversations.get_conversation(db, company.jan_conversation)
        assert shown.shared_summary == "Gedeeld"
        assert (shown.private_notes, shown.score) == ("", None)
        assert shown.private_hidden
        conversations.save_conversation(
            db,
            company.jan_conversation,
            ConversationDraft(score=None, shared_summary="Aangevuld door Piet"),
            today=date(2026, 3, 1),
        )
        assert len(conversations.list_conversations(db, company.jan_person)) == 2
    finally:
        db.close()
    with company.as_user("jan") as jan:
        row = jan.execute(
            f"{PRIVATE.replace('SELECT', 'SELECT shared_summary,', 1)} WHERE id = %s",
            (company.jan_conversation,),
        ).fetchone()
    assert row == ("Aangevuld door Piet", SECRET, 4)


def test_the_private_notes_are_handed_over_only_when_asked(
    company: Company, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["server", "hand-over", "--from", "jan", "--to", "piet", "--url", company.text_url]
    assert main([*args, "--with-private-notes"]) == 0
    assert "zoals gevraagd, de privénotities" in capsys.readouterr().out
    cid = company.jan_conversation
    with company.as_user("piet") as piet:
        assert piet.execute(f"{PRIVATE} WHERE id = %s", (cid,)).fetchone() == (SECRET, 4)
        assert piet.execute("SELECT count(*) FROM draft").fetchone() == (1,)
    with company.as_user("jan") as jan:
        assert jan.execute("SELECT count(*) FROM conversation").fetchone() == (0,)


def test_a_lead_cannot_change_the_rules(company: Company) -> None:
    with company.as_user("jan") as jan:
        for statement in (
            "INSERT INTO teamlead_access.lead_team VALUES ('jan', 1)",
            "UPDATE teamlead_access.author SET role_name = 'jan'",
            "ALTER TABLE conversation DISABLE ROW LEVEL SECURITY",
            "DROP POLICY lead_read ON employee",
            "DELETE FROM team WHERE name = 'Lakstraat'",
            "UPDATE team SET name = 'x'",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                jan.execute(statement)


def test_the_app_works_for_a_lead_on_their_own_team(company: Company) -> None:
    db = storage.open_server(company.user_url("jan"))
    try:
        names = [p.last_name for p in people.list_employees(db)]
        assert names == ["Wiśniewski"]
        second = _hold(db, company.jan_person, 12, "Tweede " + SECRET)
        shown = conversations.get_conversation(db, second)
        assert shown.private_notes == "Tweede " + SECRET and shown.score == 4
    finally:
        db.close()
    with company.as_user("piet") as piet:
        assert piet.execute("SELECT count(*) FROM conversation").fetchone() == (0,)


def test_server_init_twice_keeps_the_users_and_rules(
    company: Company, capsys: pytest.CaptureFixture[str]
) -> None:
    assert storage.init_server(company.text_url) == "current"
    assert main(["server", "init", "--url", company.text_url]) == 0
    out = capsys.readouterr().out
    assert "is al bij" in out and "rollen teamlead_lead en teamlead_hr" in out
    with company.as_user("piet") as piet:
        assert [r[0] for r in piet.execute("SELECT id FROM employee")] == [company.piet_person]
        assert piet.execute("SELECT count(*) FROM conversation").fetchone() == (0,)


def test_add_user_with_an_unknown_team_changes_nothing(company: Company) -> None:
    with pytest.raises(ValidationError, match="Onbekend team: Bestaat niet"):
        server_users.add_user(company.text_url, "klaas", "lead", ["Lakstraat", "Bestaat niet"])
    with psycopg.connect(company.server.conninfo(str(company.url.database)), autocommit=True) as su:
        assert su.execute("SELECT count(*) FROM pg_roles WHERE rolname = 'klaas'").fetchone() == (
            0,
        )


def test_the_commands_add_a_user_and_hand_over_a_team(
    company: Company, capsys: pytest.CaptureFixture[str]
) -> None:
    url = company.text_url
    assert main(["server", "add-user", "kees", "--role", "lead", "--url", url]) == 0
    out = capsys.readouterr().out
    assert "kees is toegevoegd als leidinggevende" in out and "\\password kees" in out
    assert PASSWORD not in out
    with psycopg.connect(company.server.conninfo(str(company.url.database)), autocommit=True) as su:
        su.execute(f"ALTER ROLE kees PASSWORD '{PASSWORD}'")
    with company.as_user("kees") as kees:
        assert kees.execute("SELECT count(*) FROM employee").fetchone() == (0,)
    args = ["server", "hand-over", "--from", "piet", "--to", "kees", "--team", "Lakstraat"]
    assert main([*args, "--url", url]) == 0
    assert "Lakstraat" in capsys.readouterr().out
    with company.as_user("kees") as kees:
        assert [r[0] for r in kees.execute("SELECT id FROM employee")] == [company.piet_person]
    with company.as_user("piet") as piet:
        assert piet.execute("SELECT count(*) FROM employee").fetchone() == (0,)
    # A second hand-over of what piet no longer has: a message, exit 2, nothing changed.
    assert main([*args, "--url", url]) == 2
    assert "geen team Lakstraat" in capsys.readouterr().err
    assert main(["server", "hand-over", "--from", "hr.officer", "--to", "kees", "--url", url]) == 2
    assert "geen leidinggevende" in capsys.readouterr().err


def test_hr_in_the_app_reads_people_and_gets_a_dutch_message_on_any_save(
    company: Company,
) -> None:
    db = storage.open_server(company.user_url("hr.officer"))
    try:
        assert db.read_only
        names = sorted(p.last_name for p in people.list_employees(db))
        assert names == ["Wiśniewski", "Yılmaz"]
        with pytest.raises(ValidationError, match="HR-rol: u kunt de gedeelde gegevens"):
            people.save_team(db, TeamDraft("Nieuw"))
        # The overview of both teams opens (it never asks for a private column), no drafts.
        assert overview.overview(db) is not None
        assert signals.signals(db) is not None
        assert drafts.list_drafts(db) == []
        # What HR may not read is a message from the app, never a database error.
        with pytest.raises(StorageError, match="Met de HR-rol kunt u dit niet inzien") as caught:
            conversations.get_conversation(db, company.jan_conversation)
        assert not isinstance(caught.value, psycopg.Error)
        assert SECRET not in str(caught.value)
    finally:
        db.close()
    lead = storage.open_server(company.user_url("jan"))
    assert not lead.read_only
    lead.close()


def test_an_administrator_without_superuser_sets_it_all_up(pg_server: PgServer) -> None:
    """As the README tells IT: a login that owns the database and may create roles."""
    with psycopg.connect(pg_server.conninfo("postgres"), autocommit=True) as su:
        su.execute("DROP DATABASE IF EXISTS it_setup WITH (FORCE)")
        su.execute("DROP ROLE IF EXISTS beheerder")
        su.execute(f"CREATE ROLE beheerder LOGIN CREATEROLE PASSWORD '{PASSWORD}'")
        su.execute("CREATE DATABASE it_setup OWNER beheerder")
    url = pg_server.url("it_setup", user="beheerder", password=PASSWORD)
    try:
        assert storage.init_server(url) == "created"
        admin = storage.open_server(url)
        people.save_team(admin, TeamDraft("Assemblage"))
        admin.close()
        server_users.add_user(url, "it_lead", "lead", ["Assemblage"])
        assert storage.init_server(url) == "current"
        with psycopg.connect(pg_server.conninfo("it_setup"), autocommit=True) as su:
            su.execute(f"ALTER ROLE it_lead PASSWORD '{PASSWORD}'")
        lead = storage.open_server(pg_server.url("it_setup", user="it_lead", password=PASSWORD))
        person = people.save_employee(
            lead, EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski", team_id=1)
        )
        assert [p.id for p in people.list_employees(lead)] == [person]
        lead.close()
        with psycopg.connect(pg_server.conninfo("it_setup"), autocommit=True) as su:
            su.execute("INSERT INTO team (name, lead_name, location) VALUES ('Lakstraat', '', '')")
        with pytest.raises(StorageError, match="geen rechten"):
            lead = storage.open_server(pg_server.url("it_setup", user="it_lead", password=PASSWORD))
            try:
                people.save_employee(
                    lead, EmployeeDraft(first_name="Ander", last_name="Team", team_id=2)
                )
            finally:
                lead.close()
    finally:
        with psycopg.connect(pg_server.conninfo("postgres"), autocommit=True) as su:
            su.execute("DROP DATABASE IF EXISTS it_setup WITH (FORCE)")
            su.execute("DROP ROLE IF EXISTS it_lead")
            su.execute("DROP OWNED BY beheerder")
            su.execute("DROP ROLE IF EXISTS beheerder")


def test_after_a_hand_over_each_lead_keeps_their_own_drafts_on_their_pc(
    company: Company,
) -> None:
    """Drafts stay on the PC, per server user: after a hand-over the old lead's autosaved POP
    text is not offered to the new lead, the new lead's autosave works, and a real save by the
    new lead leaves the old lead's text alone."""
    from teamlead_app.services.development import pop

    jan_db = storage.open_server(company.user_url("jan"))
    plan = pop.create_pop(jan_db, company.jan_person, 2026)
    drafts.save_draft(jan_db, drafts.POP_DRAFT, plan, {"ambition": SECRET})
    jan_db.close()
    server_users.hand_over(company.text_url, "jan", "piet", ["Assemblage"])
    piet_db = storage.open_server(company.user_url("piet"))
    try:
        assert drafts.load_draft(piet_db, drafts.POP_DRAFT, plan) is None
        drafts.save_draft(piet_db, drafts.POP_DRAFT, plan, {"ambition": "Piet typt"})
        kept = drafts.load_draft(piet_db, drafts.POP_DRAFT, plan)
        assert kept is not None and kept.payload == {"ambition": "Piet typt"}
        view = pop.get_pop(piet_db, plan)
        pop.update_pop(piet_db, plan, view.draft())
        assert drafts.load_draft(piet_db, drafts.POP_DRAFT, plan) is None
    finally:
        piet_db.close()
    jan_db = storage.open_server(company.user_url("jan"))
    try:
        kept = drafts.load_draft(jan_db, drafts.POP_DRAFT, plan)
        assert kept is not None and kept.payload == {"ambition": SECRET}
    finally:
        jan_db.close()


def test_hr_makes_the_yearly_overview_of_both_teams(company: Company) -> None:
    """HR's own job on the company server: the yearly overview of every team, in PDF and XLSX,
    with the shared counts and without any private note or score."""
    from teamlead_app.services.exports.year_overview import export_overview, overview_data

    db = storage.open_server(company.user_url("hr.officer"))
    try:
        data = overview_data(db, 2026, today=date(2026, 12, 7))
        assert sorted(team.name for team in data.teams) == ["Assemblage", "Lakstraat"]
        held = sum(e.conversations.held for team in data.teams for e in team.employees)
        assert held == 1  # Jan's held talk counts for HR, its private parts stay out
        for fmt in ("pdf", "xlsx"):
            content = export_overview(db, 2026, None, fmt, today=date(2026, 12, 7))
            assert content and SECRET.encode() not in content
    finally:
        db.close()


def test_every_table_has_a_rule_for_lead_and_hr(company: Company) -> None:
    """Deny by default: every table of the models (and of the migrated server) has its line
    in data/server_rules.py, and a table without one is readable by neither role."""
    from teamlead_app.data import server_rules
    from teamlead_app.data.models import Base

    assert set(server_rules.RULES) == set(Base.metadata.tables) | {"alembic_version"}
    with psycopg.connect(company.server.conninfo(str(company.url.database)), autocommit=True) as su:
        on_server = {
            r[0]
            for r in su.execute(
                "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'"
            )
        }
        assert on_server == set(server_rules.RULES)
        su.execute("CREATE TABLE nieuw (id serial PRIMARY KEY, note text)")
        su.execute("INSERT INTO nieuw (note) VALUES (%s)", (SECRET,))
    assert storage.init_server(company.text_url) == "current"
    for user in ("jan", "hr.officer"):
        with company.as_user(user) as who:
            for statement in ("SELECT note FROM nieuw", "INSERT INTO nieuw (note) VALUES ('x')"):
                with pytest.raises(psycopg.errors.InsufficientPrivilege):
                    who.execute(statement)


def test_the_company_lists_are_changed_by_the_administrator_or_a_lead_for_their_team(
    company: Company,
) -> None:
    with psycopg.connect(company.server.conninfo(str(company.url.database)), autocommit=True) as su:
        su.execute("INSERT INTO setting (key, value) VALUES ('cadence', '30')")
        su.execute("INSERT INTO certificate_type (name) VALUES ('VCA')")
        su.execute(
            "INSERT INTO rotation_form (name, purpose, duration, position) "
            "VALUES ('Kort', '', '', 1)"
        )
        teams = dict(su.execute("SELECT name, id FROM team").fetchall())
    own, other = teams["Assemblage"], teams["Lakstraat"]
    with company.as_user("jan") as jan:
        for statement in (
            "UPDATE setting SET value = 'x'",
            "INSERT INTO setting (key, value) VALUES ('x', 'y')",
            "DELETE FROM certificate_type",
            "INSERT INTO certificate_type (name) VALUES ('BHV')",
            "UPDATE rotation_form SET name = 'x'",
            "DELETE FROM template_version",
            "UPDATE job_function SET name = 'x'",
            "DELETE FROM function_skill",
            "UPDATE team SET name = 'x'",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                jan.execute(statement)
        assert jan.execute("SELECT value FROM setting").fetchall() == [("30",)]
        assert ("VCA",) in jan.execute("SELECT name FROM certificate_type").fetchall()
        # A new function typed in the person form: a lead adds it.
        jan.execute("INSERT INTO job_function (name) VALUES ('Kantbanker')")
        # Skills and stations: the own team's, not another team's nor the company's.
        jan.execute(
            "INSERT INTO skill (team_id, name, skill_group, position) "
            "VALUES (%s, 'Lassen', 'machine', 0)",
            (own,),
        )
        for team in (other, None):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                jan.execute(
                    "INSERT INTO skill (team_id, name, skill_group, position) "
                    "VALUES (%s, 'Boren', 'machine', 0)",
                    (team,),
                )
        jan.execute(
            "INSERT INTO station (team_id, name, complexity) VALUES (%s, 'Pers 1', 1)", (own,)
        )
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            jan.execute(
                "INSERT INTO station (team_id, name, complexity) VALUES (%s, 'Pers 2', 1)", (other,)
            )
    with company.as_user("piet") as piet:
        # He reads the other team's skill (the lists are the company's) but cannot change it.
        assert piet.execute("SELECT count(*) FROM skill WHERE name = 'Lassen'").fetchone() == (1,)
        assert piet.execute("UPDATE skill SET name = 'x' WHERE name = 'Lassen'").rowcount == 0
    with company.as_user("hr.officer") as hr:
        assert hr.execute(
            "SELECT count(*) FROM job_function WHERE name = 'Kantbanker'"
        ).fetchone() == (1,)
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            hr.execute("INSERT INTO job_function (name) VALUES ('HR')")


def test_people_without_a_team_are_seen_by_hr_and_the_administrator_only(
    company: Company,
) -> None:
    admin = Database.for_server(company.url)
    loose = people.save_employee(admin, EmployeeDraft(first_name="Zoë", last_name="Zonder"))
    assert loose in {p.id for p in people.list_employees(admin)}
    admin.close()
    for lead in ("jan", "piet"):
        with company.as_user(lead) as who:
            assert who.execute(
                "SELECT count(*) FROM employee WHERE id = %s", (loose,)
            ).fetchone() == (0,)
    with company.as_user("hr.officer") as hr:
        assert hr.execute("SELECT count(*) FROM employee WHERE id = %s", (loose,)).fetchone() == (
            1,
        )


def test_the_export_log_lines_are_each_users_own_hr_reads_and_saves_them(
    company: Company, tmp_path: Path
) -> None:
    from teamlead_app.data import server_rules
    from teamlead_app.services.exports.year_overview import export_overview
    from teamlead_app.services.privacy.retention import EXPORT_LOG_YEARS
    from teamlead_app.services.storage.export_log import list_export_log, log_export, save_export

    assert server_rules.LOG_YEARS == EXPORT_LOG_YEARS
    admin = Database.for_server(company.url)
    log_export(admin, "backup", "all")
    admin.close()
    for lead in ("jan", "piet"):
        db = storage.open_server(company.user_url(lead))
        log_export(db, "pdf", f"by={lead}")
        db.close()
    hr_db = storage.open_server(company.user_url("hr.officer"))
    try:
        content = export_overview(hr_db, 2026, None, "xlsx", today=date(2026, 12, 7))
        saved = save_export(hr_db, "year_overview", "year=2026", tmp_path / "j.xlsx", content)
        assert saved.read_bytes() == content
        seen = {row.scope for row in list_export_log(hr_db)}
        assert seen == {"all", "by=jan", "by=piet", "year=2026"}
    finally:
        hr_db.close()
    jan_db = storage.open_server(company.user_url("jan"))
    try:
        assert [row.scope for row in list_export_log(jan_db)] == ["by=jan"]
    finally:
        jan_db.close()
    with company.as_user("jan") as jan:
        # His own recent line stays (append-only); a line past the log's retention may go.
        assert jan.execute("DELETE FROM export_log").rowcount == 0
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            jan.execute("UPDATE export_log SET scope = 'x'")
        jan.execute(
            "INSERT INTO export_log (at, action, scope, file_name, os_user) "
            "VALUES ('2020-01-01', 'pdf', 'oud', '', '')"
        )
        assert jan.execute("DELETE FROM export_log").rowcount == 1


def test_the_apps_connections_compile_no_statement(company: Company) -> None:
    """The rules make a lead's cost estimates large enough for PostgreSQL's JIT, which then
    took 0.5-2 s to compile a 30 ms statement (benchmarks/README.md): the app turns it off."""
    db = storage.open_server(company.user_url("jan"))
    try:
        with db.engine.connect() as connection:
            assert connection.exec_driver_sql("SHOW jit").scalar() == "off"
    finally:
        db.close()


def test_the_talk_summaries_follow_the_team_rules_and_count_what_a_lead_cannot_see(
    company: Company,
) -> None:
    """employee_talks / talk_month / team_month (schema 0008): a lead reads his own team's
    rows only, HR reads all, nobody writes them; they hold no score or note; and a lead's
    write recounts the person's talks another lead wrote (invisible to him) as well."""
    with company.as_user("piet") as piet:
        for table in ("employee_talks", "talk_month", "team_month"):
            assert piet.execute(f"SELECT count(*) FROM {table}").fetchone() == (0,), table
    with company.as_user("jan") as jan:
        assert jan.execute("SELECT last_held FROM employee_talks").fetchall() == [
            (date(2026, 1, 5),)
        ]
        assert jan.execute(
            "SELECT month, planned, held FROM team_month ORDER BY month"
        ).fetchall() == [(202601, 0, 1), (202602, 1, 0)]
        for statement in (
            "UPDATE talk_month SET held = 9",
            "DELETE FROM employee_talks",
            "INSERT INTO team_month VALUES (1, 202601, 0, 0, 0, 0)",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                jan.execute(statement)
    with company.as_user("hr.officer") as hr:
        assert hr.execute("SELECT count(*) FROM team_month").fetchone() == (2,)
        columns = {
            r[0]
            for r in hr.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name IN "
                "('employee_talks', 'talk_month', 'team_month')"
            )
        }
        assert not columns & {"score", "private_notes", "shared_summary", "note"}
    # Jan's team goes to piet, with its shared history (jan's two talks; their private parts
    # stay jan's): piet's new talk in January recounts the month with jan's held one.
    args = ["server", "hand-over", "--from", "jan", "--to", "piet", "--team", "Assemblage"]
    assert main([*args, "--url", company.text_url]) == 0
    piet_db = storage.open_server(company.user_url("piet"))
    try:
        conversations.plan_conversation(
            piet_db,
            ConversationPlanDraft(company.jan_person, datetime(2026, 1, 20, 10, 0)),
            now=NOW,
        )
    finally:
        piet_db.close()
    with company.as_user("piet") as piet:
        assert piet.execute("SELECT count(*) FROM conversation").fetchone() == (3,)
        assert piet.execute(
            "SELECT planned, held FROM talk_month WHERE month = 202601"
        ).fetchone() == (1, 1)


def test_hr_opens_the_company_page_and_saves_the_yearly_overview(
    company: Company, tmp_path: Path
) -> None:
    """HR's company page on the server: both teams with their own lead (the logins mapped
    to them), the shared counts, no private column asked; and the yearly overview saved as
    HR (the file and its row in the export log: the one thing HR writes)."""
    from teamlead_app.services.conversations.company_overview import company_overview
    from teamlead_app.services.exports.files import save_overview
    from teamlead_app.services.exports.year_overview import export_overview
    from teamlead_app.services.storage.export_log import list_export_log

    db = storage.open_server(company.user_url("hr.officer"))
    try:
        data = company_overview(db, 2026, today=date(2026, 12, 7))
        lines = {line.name: line for line in data.teams}
        assert set(lines) == {"Assemblage", "Lakstraat"}
        assert lines["Assemblage"].leads == ("jan",) and lines["Lakstraat"].leads == ("piet",)
        assert lines["Assemblage"].held == 1 and data.totals.people == 2
        for fmt in ("pdf", "xlsx"):
            target = tmp_path / f"jaaroverzicht.{fmt}"
            content = export_overview(db, 2026, None, fmt, today=date(2026, 12, 7))
            save_overview(db, 2026, None, target, content)
            assert target.read_bytes() == content
        assert [row.action for row in list_export_log(db)] == ["overview", "overview"]
        # Still nothing else: the log is the only table HR writes to.
        with pytest.raises(ValidationError, match="HR-rol"):
            people.save_team(db, TeamDraft("Nieuw"))
    finally:
        db.close()
    with company.as_user("hr.officer") as hr:
        for statement in (
            "UPDATE export_log SET scope = 'x'",
            "DELETE FROM export_log",
            "INSERT INTO team (name, lead_name, location) VALUES ('x', '', '')",
        ):
            with pytest.raises(psycopg.errors.InsufficientPrivilege):
                hr.execute(statement)
    from teamlead_app.data.context import context_for

    lead = context_for(storage.open_server(company.user_url("jan")))
    try:
        # A lead opens the page too: their own team only (no line of zeros for the others).
        lines = {line.name: line for line in company_overview(lead, 2026).teams}
        assert set(lines) == {"Assemblage"} and lines["Assemblage"].people == 1
    finally:
        lead.close()


def _writes_sent(database: Database) -> list[str]:
    """Every INSERT, UPDATE or DELETE that reaches the server through this database."""
    from sqlalchemy import event

    sent: list[str] = []

    def record(_conn: object, _cursor: object, statement: str, *_args: object) -> None:
        if statement.lstrip()[:6].upper() in {"INSERT", "UPDATE", "DELETE"}:
            sent.append(statement)

    event.listen(database.engine, "before_cursor_execute", record)
    return sent


def test_the_login_is_read_as_the_current_user(company: Company) -> None:
    from teamlead_app.data.context import Role, context_for
    from teamlead_app.services.people.teams import resolve_team

    admin = context_for(Database.for_server(company.url))
    jan = context_for(storage.open_server(company.user_url("jan")))
    hr = context_for(storage.open_server(company.user_url("hr.officer")))
    try:
        assembly = resolve_team(admin, "Assemblage")
        assert admin.user is not None and admin.user.role == Role.ADMIN
        assert jan.user is not None and jan.user.role == Role.LEAD
        assert (jan.user.name, jan.user.team_ids) == ("jan", frozenset({assembly}))
        assert hr.user is not None and hr.user.role == Role.HR and hr.read_only
    finally:
        for ctx in (admin, jan, hr):
            ctx.close()


def test_the_apps_own_message_comes_before_any_write_reaches_the_server(
    company: Company,
) -> None:
    """A lead writing someone of another team, and HR writing anything, get the app's own
    Dutch message; not one INSERT, UPDATE or DELETE is sent (the server would refuse it)."""
    from teamlead_app.data.context import context_for
    from teamlead_app.data.write_rules import NotAllowedError
    from teamlead_app.services.people.teams import resolve_team

    jan = context_for(storage.open_server(company.user_url("jan")))
    hr = context_for(storage.open_server(company.user_url("hr.officer")))
    try:
        jan_sent, hr_sent = _writes_sent(jan.db), _writes_sent(hr.db)
        paint = resolve_team(jan, "Lakstraat")
        with pytest.raises(NotAllowedError, match=r"alleen mensen van je eigen team\(s\)"):
            people.save_employee(jan, EmployeeDraft("Nieuw", "Elders", team_id=paint))
        moved = EmployeeDraft("Łukasz", "Wiśniewski", team_id=paint)
        with pytest.raises(NotAllowedError, match=r"alleen mensen van je eigen team\(s\)"):
            people.save_employee(jan, moved, company.jan_person)
        with pytest.raises(NotAllowedError, match="Met de HR-rol kun je alleen inzien"):
            people.save_team(hr, TeamDraft("Nieuw"))
        with pytest.raises(NotAllowedError, match="Met de HR-rol kun je alleen inzien"):
            people.save_employee(hr, moved, company.piet_person)
        assert jan_sent == [] and hr_sent == []
        # What the lead may do still reaches the server and is saved.
        kept = EmployeeDraft("Łukasz", "Wiśniewski-Nowak", team_id=resolve_team(jan, "Assemblage"))
        people.save_employee(jan, kept, company.jan_person)
        assert len(jan_sent) == 1 and jan_sent[0].lstrip().upper().startswith("UPDATE")
    finally:
        jan.close()
        hr.close()
    with company.as_user("piet") as piet:
        assert piet.execute("SELECT count(*) FROM employee").fetchone() == (1,)
