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
from sqlalchemy import URL

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


def test_the_author_reads_the_private_note_and_the_score(company: Company) -> None:
    with company.as_user("jan") as jan:
        row = jan.execute(
            "SELECT private_notes, score FROM conversation WHERE id = %s",
            (company.jan_conversation,),
        ).fetchone()
    assert row == (SECRET, 4)


def test_a_conversation_written_by_the_administrator_is_read_by_the_teams_lead_only(
    company: Company,
) -> None:
    """Data brought in by IT (no lead wrote it) belongs to the lead(s) of the person's team."""
    admin = Database.for_server(company.url)
    brought_in = _hold(admin, company.jan_person, 19, "Van IT " + SECRET)
    admin.close()
    with company.as_user("jan") as jan:
        assert jan.execute(
            "SELECT private_notes FROM conversation WHERE id = %s", (brought_in,)
        ).fetchone() == ("Van IT " + SECRET,)
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


def test_nobody_else_reads_the_private_note_not_even_a_lead_given_the_team(
    company: Company,
) -> None:
    """After a hand-over the new lead leads the team but does not read the old private notes
    (nor the score): the author keeps them."""
    moved = server_users.hand_over(company.text_url, "jan", "piet", ["Assemblage"])
    assert moved == ["Assemblage"]
    with company.as_user("piet") as piet:
        assert {r[0] for r in piet.execute("SELECT id FROM employee")} == {
            company.jan_person,
            company.piet_person,
        }
        assert piet.execute(
            "SELECT count(*) FROM conversation WHERE private_notes <> '' OR score IS NOT NULL"
        ).fetchone() == (0,)
        assert piet.execute("SELECT count(*) FROM draft").fetchone() == (0,)
        assert piet.execute(
            "SELECT count(*) FROM signed_version WHERE snapshot_json LIKE %s",
            (f"%{SECRET}%",),
        ).fetchone() == (0,)
    with company.as_user("jan") as jan:
        # Jan no longer leads the team: he sees neither the people nor his own old notes.
        assert jan.execute("SELECT count(*) FROM employee").fetchone() == (0,)
        assert jan.execute("SELECT count(*) FROM conversation").fetchone() == (0,)


def test_a_lead_cannot_change_the_rules(company: Company) -> None:
    with company.as_user("jan") as jan:
        for statement in (
            "INSERT INTO teamlead_access.lead_team VALUES ('jan', 1)",
            "UPDATE teamlead_access.author SET role_name = 'jan'",
            "ALTER TABLE conversation DISABLE ROW LEVEL SECURITY",
            "DROP POLICY lead_rows ON employee",
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
    # Jan's team goes to piet: jan's talks stay jan's (invisible to piet), yet piet's new
    # talk in January recounts them too.
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
        assert piet.execute("SELECT count(*) FROM conversation").fetchone() == (1,)
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
    # A lead opens the page too: their own team only (the server hides the other's people).
    lead = storage.open_server(company.user_url("jan"))
    try:
        lines = {line.name: line for line in company_overview(lead, 2026).teams}
        assert lines["Assemblage"].people == 1 and lines["Lakstraat"].people == 0
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
