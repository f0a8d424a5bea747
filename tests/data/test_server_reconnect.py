"""The server going away mid-work, on a real server of its own (stopped and started with
pg_ctl, so the shared test server is not disturbed): the save fails with the app's own
ServerConnectionError and a Dutch message, the typed text is kept as a local draft, and once
the server is back the next save succeeds (the pool checks its connections before use)."""

from __future__ import annotations

from datetime import date, datetime

import psycopg
import pytest

from teamlead_app.data.db import Database
from teamlead_app.data.local_drafts import LocalDrafts
from teamlead_app.errors import ServerConnectionError
from teamlead_app.records.conversations import ConversationDraft
from teamlead_app.services.common import drafts
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.storage.database import server_reachable
from tests.pg_server import PgServer

TYPED = "Łukasz wil de kantbank <b>leren</b> & 🙂 " + "lang " * 500
MESSAGE = "De verbinding met de server is weggevallen. Je tekst is bewaard als concept"


def _typed() -> ConversationDraft:
    return ConversationDraft(shared_summary=TYPED, mark_held=True, held_on=date(2026, 3, 2))


def test_a_save_while_the_server_is_gone_keeps_the_draft_and_works_after(
    restart_db: Database, restartable_pg: PgServer
) -> None:
    person = people.save_employee(
        restart_db, EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski")
    )
    plan = ConversationPlanDraft(person, datetime(2026, 3, 2, 10, 0))
    cid = conversations.plan_conversation(
        restart_db, plan, now=datetime(2026, 1, 1)
    ).conversation_id
    drafts.save_draft(restart_db, drafts.CONVERSATION_DRAFT, cid, {"shared_summary": "eerste"})

    restartable_pg.pause()
    try:
        # The autosave while the server is gone: said, and kept on this PC all the same.
        with pytest.raises(ServerConnectionError, match=MESSAGE):
            drafts.save_draft(restart_db, drafts.CONVERSATION_DRAFT, cid, _typed().to_payload())
        kept = LocalDrafts(restart_db.url).load(drafts.CONVERSATION_DRAFT, cid)
        assert kept is not None and TYPED in kept.payload_json and kept.employee_id == person
        # The real save fails cleanly, nothing lost.
        with pytest.raises(ServerConnectionError, match=MESSAGE):
            conversations.save_conversation(restart_db, cid, _typed(), today=date(2026, 3, 2))
        offered = drafts.load_draft(restart_db, drafts.CONVERSATION_DRAFT, cid)
        assert offered is not None and offered.payload["shared_summary"] == TYPED
    finally:
        restartable_pg.resume()

    conversations.save_conversation(restart_db, cid, _typed(), today=date(2026, 3, 2))
    view = conversations.get_conversation(restart_db, cid)
    assert (view.status, view.shared_summary) == ("held", TYPED)
    assert drafts.load_draft(restart_db, drafts.CONVERSATION_DRAFT, cid) is None


def test_the_probe_sees_the_server_go_and_come_back(
    restart_db: Database, restartable_pg: PgServer
) -> None:
    """What the window's status line asks every few seconds (services.storage.database)."""
    assert server_reachable(restart_db)
    restartable_pg.pause()
    try:
        assert not server_reachable(restart_db)
    finally:
        restartable_pg.resume()
    assert server_reachable(restart_db)


def test_a_backend_terminated_between_actions_is_not_noticed(
    restart_db: Database, restartable_pg: PgServer
) -> None:
    """pg_terminate_backend (what a server restart or an idle timeout does to a pooled
    connection): the next action reconnects instead of failing."""
    person = people.save_employee(restart_db, EmployeeDraft(first_name="Ans", last_name="Vos"))
    with psycopg.connect(restartable_pg.conninfo("postgres"), autocommit=True) as admin:
        cut = admin.execute(
            "SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
            "WHERE datname = 'teamlead_restart' AND pid <> pg_backend_pid()"
        ).fetchone()
    assert cut is not None and cut[0] >= 1
    assert people.get_employee(restart_db, person).draft.last_name == "Vos"
    drafts_kept = drafts.list_drafts(restart_db)
    assert drafts_kept == []
