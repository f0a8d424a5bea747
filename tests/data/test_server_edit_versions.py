"""Two leads of the same team on one PostgreSQL database (issue 14, "Two leads at once"),
each logged in as their own role: both open the same goal, both save; the second gets the
conflict with both versions and the server keeps the first save. And the guard below the
check: two raw transactions racing on the same row, the second UPDATE (`WHERE version = ?`)
waits for the first and then changes nothing."""

from __future__ import annotations

import threading
from dataclasses import replace

import psycopg
import pytest

from teamlead_app.errors import ConflictError
from teamlead_app.services.development import goals, pop
from teamlead_app.services.development.goals import GoalDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.storage import database as storage
from teamlead_app.services.storage import server_users
from tests.data.test_server_roles import PASSWORD, Company
from tests.data.test_server_roles import company as company


@pytest.fixture
def kees(company: Company) -> str:
    """A second lead of Assemblage, the team jan leads."""
    server_users.add_user(company.text_url, "kees", "lead", ["Assemblage"])
    with psycopg.connect(company.server.conninfo(str(company.url.database)), autocommit=True) as su:
        su.execute(f"ALTER ROLE kees PASSWORD '{PASSWORD}'")
    return "kees"


def test_two_leads_save_the_same_goal_the_second_gets_the_conflict(
    company: Company, kees: str
) -> None:
    jan_db = storage.open_server(company.user_url("jan"))
    kees_db = storage.open_server(company.user_url(kees))
    try:
        goal_id = goals.save_goal(
            jan_db, None, GoalDraft(what="TIG-certificaat"), employee_id=company.jan_person
        ).id
        jan_form = goals.get_goal(jan_db, goal_id)
        kees_form = goals.get_goal(kees_db, goal_id)
        assert jan_form.row_version == kees_form.row_version == 1
        goals.save_goal(
            jan_db, goal_id, GoalDraft(what="TIG van jan <b>&", row_version=jan_form.row_version)
        )
        with pytest.raises(ConflictError) as caught:
            goals.save_goal(kees_db, goal_id, GoalDraft(what="MIG van kees 😀", row_version=1))
        assert (caught.value.mine_version, caught.value.theirs_version) == (1, 2)
        assert [(f.label, f.mine, f.theirs) for f in caught.value.fields] == [
            ("Doel", "MIG van kees 😀", "TIG van jan <b>&")
        ]
        assert goals.get_goal(jan_db, goal_id).what == "TIG van jan <b>&"
        # Kees saves his own knowingly: over version 2.
        goals.save_goal(kees_db, goal_id, GoalDraft(what="MIG van kees 😀", row_version=2))
        stored = goals.get_goal(jan_db, goal_id)
        assert (stored.what, stored.row_version) == ("MIG van kees 😀", 3)
        # The same for the POP and the person.
        plan = pop.create_pop(jan_db, company.jan_person, 2026)
        base = pop.get_pop(kees_db, plan)
        draft = pop.PopDraft(base.period_start, base.period_end, row_version=base.row_version)
        pop.update_pop(jan_db, plan, replace(draft, ambition="jan"))
        with pytest.raises(ConflictError):
            pop.update_pop(kees_db, plan, replace(draft, ambition="kees"))
        assert pop.get_pop(kees_db, plan).ambition == "jan"
        person = people.get_employee(kees_db, company.jan_person).draft
        people.save_employee(jan_db, person, company.jan_person)
        with pytest.raises(ConflictError):
            people.save_employee(kees_db, person, company.jan_person)
    finally:
        jan_db.close()
        kees_db.close()


def test_racing_transactions_the_second_update_changes_nothing(company: Company, kees: str) -> None:
    """Both roles read version 1; jan's UPDATE holds the row; kees's UPDATE waits, and once
    jan commits it finds version 2 and matches no row: nothing of kees is written."""
    setup = storage.open_server(company.user_url("jan"))
    goal_id = goals.save_goal(
        setup, None, GoalDraft(what="TIG-certificaat"), employee_id=company.jan_person
    ).id
    setup.close()
    update = "UPDATE goal SET what = %s, version = version + 1 WHERE id = %s AND version = 1"
    with company.as_user("jan") as jan, company.as_user(kees) as other:
        jan.autocommit = other.autocommit = False
        for conn in (jan, other):
            assert conn.execute(
                "SELECT version FROM goal WHERE id = %s", (goal_id,)
            ).fetchone() == (1,)
        assert jan.execute(update, ("jan", goal_id)).rowcount == 1
        counts: list[int] = []
        waiting = threading.Thread(
            target=lambda: counts.append(other.execute(update, ("kees", goal_id)).rowcount)
        )
        waiting.start()
        waiting.join(0.5)
        assert waiting.is_alive()  # kees waits for jan's transaction
        jan.commit()
        waiting.join(10)
        other.commit()
        assert counts == [0]
        row = jan.execute("SELECT what, version FROM goal WHERE id = %s", (goal_id,)).fetchone()
        assert row == ("jan", 2)


def test_hr_reads_the_versions_and_cannot_change_them(company: Company) -> None:
    """The column is shared (data/server_roles.py grants HR the non-private columns read from
    the catalog): HR sees it; writing stays refused."""
    with company.as_user("hr.officer") as hr:
        for table in ("employee", "conversation", "agreement", "pop", "goal"):
            hr.execute(f"SELECT version FROM {table}").fetchall()
        with pytest.raises(psycopg.errors.InsufficientPrivilege):
            hr.execute("UPDATE employee SET version = version + 1")
