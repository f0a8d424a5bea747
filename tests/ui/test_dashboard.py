"""The overview page lays out what the service found: a newcomer needs planning (the block is
not empty), held talks still to be signed are listed and open the conversation."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from teamlead_app.ui.context import AppContext
from teamlead_app.ui.pages.dashboard import Dashboard
from tests.services.history_helpers import person, talk
from tests.ui.conftest import FakeNav


def _lines(card) -> list[str]:  # type: ignore[no-untyped-def]
    return [card.list.item(i).text() for i in range(card.list.count())]


def test_newcomer_and_unsigned_talk_show(qtbot: QtBot, context: AppContext, nav: FakeNav) -> None:
    today = date.today()
    db = context.ctx
    person(db, "Nina", "Bos", start=today, added=datetime.combine(today, datetime.min.time()))
    jan = person(db, "Jan", "Vries", tussenvoegsel="de")
    held = talk(db, jan, datetime.combine(today - timedelta(days=3), datetime.min.time()))
    page = Dashboard(context)
    qtbot.addWidget(page)
    page.refresh()
    assert any(line.startswith("Nina Bos:") for line in _lines(page.overdue))
    assert not page.overdue.empty.isVisibleTo(page)
    assert [line.split(":")[0] for line in _lines(page.unsigned)] == ["Jan de Vries"]
    page.unsigned.list.itemActivated.emit(page.unsigned.list.item(0))
    assert ("conversation", held) in nav.calls


def test_a_pop_evaluation_long_past_says_overdue(
    qtbot: QtBot, context: AppContext, nav: FakeNav
) -> None:
    """An agreed plan of last year never evaluated is not "due on" a day a year ago."""
    from teamlead_app.services.development import pop

    db = context.ctx
    jan = person(db, "Jan", "Vries", tussenvoegsel="de")
    last_year = date.today().year - 1
    plan = pop.create_pop(db, jan, last_year)
    pop.agree_pop(db, plan, "akkoord", date(last_year, 1, 15), "paper")
    page = Dashboard(context)
    qtbot.addWidget(page)
    page.refresh()
    line = next(text for text in _lines(page.development) if "evaluation" in text)
    assert line == f"Jan de Vries: POP evaluation overdue (was due 31-12-{last_year})"


def test_the_guidance_cards(qtbot: QtBot, context: AppContext, nav: FakeNav) -> None:
    from teamlead_app.services.pairings import pairings
    from teamlead_app.services.pairings.rules import PairingDraft
    from tests.services.pairing_helpers import company
    from tests.services.pairing_helpers import person as staff

    db = context.ctx
    c = company(db)
    intern = staff(db, "Noor", "El Amrani", c.team, kind="stagiair")
    today = date.today()
    pairings.save_pairing(
        db,
        PairingDraft(
            c.senior,
            c.apprentice,
            today - timedelta(days=60),
            "leermeester",
            today + timedelta(days=10),
            2,
            status="actief",
        ),
    )
    page = Dashboard(context)
    qtbot.addWidget(page)
    page.refresh()
    newcomers, pairs = page.guidance
    assert _lines(newcomers) == ["Noor El Amrani (Stagiair, since 01-01-2020): no buddy yet"]
    assert any(
        line.startswith("Check-in Sem Bakker with Łukasz Wiśniewski: late since")
        for line in _lines(pairs)
    )
    assert any(line.startswith("Sem Bakker with Łukasz Wiśniewski: ends") for line in _lines(pairs))
    newcomers.list.itemActivated.emit(newcomers.list.item(0))
    assert ("employee", intern) in nav.calls
    pairs.list.itemActivated.emit(pairs.list.item(0))
    assert ("page", "pairings") in nav.calls


def test_someone_without_any_conversation_is_said_plainly(
    qtbot: QtBot, context: AppContext, nav: FakeNav
) -> None:
    """Not "last conversation never" (laatste gesprek nooit)."""
    person(context.ctx, "Łukasz", "Wiśniewski")
    page = Dashboard(context)
    qtbot.addWidget(page)
    page.refresh()
    assert _lines(page.longest) == ["Łukasz Wiśniewski: never had a conversation yet"]


def test_the_development_card_shows_what_the_full_lists_show(
    qtbot: QtBot, context: AppContext, nav: FakeNav
) -> None:
    """The card reads only the first signals of each list; its lines and its "… and N more"
    are exactly those of the card filled from the unlimited lists."""
    from teamlead_app.services.development import goals, signals
    from teamlead_app.services.development.goals import GoalDraft

    db = context.ctx
    today = date.today()
    for i in range(16):
        who = person(db, f"Łukasz{i:02d}", "Wiśniewski <b>&")
        goals.create_goal(
            db,
            who,
            GoalDraft(
                what=f"Doel {i}",
                start_date=today - timedelta(days=60),
                target_date=today - timedelta(days=1 + i),
            ),
        )
    page = Dashboard(context)
    qtbot.addWidget(page)
    page.refresh()
    shown = _lines(page.development)
    page._fill_signals(signals.signals(db))
    assert shown == _lines(page.development)
    assert len(shown) == 13 and shown[-1] == "… and 5 more"
    assert shown[0].startswith("16 people without an agreed POP")


def test_the_skills_card_from_the_kept_state_shows_what_the_live_lists_show(
    qtbot: QtBot, context: AppContext, nav: FakeNav
) -> None:
    """The card reads its lines and its count from the day's kept state (schema 0011): the
    same lines, the same "… and N more" as the card filled from the live lists, also after a
    level is saved."""
    from teamlead_app.services.demo.company import generate_company
    from teamlead_app.services.skills import card_state
    from teamlead_app.services.skills.levels import LevelDraft, set_level
    from teamlead_app.ui.widgets import skill_alerts_card
    from teamlead_app.ui.widgets.overview_cards import make_skill_card

    db = context.ctx
    today = date.today()
    generate_company(db, seed=3, teams=3, size=12, today=today)
    page = Dashboard(context)
    qtbot.addWidget(page)
    live = make_skill_card()
    qtbot.addWidget(live)
    for step in range(2):
        page.refresh()
        shown = _lines(page.skills)
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(card_state, "keeps_state", lambda _ctx: False)
            skill_alerts_card.fill_card(live, context, None)
        assert shown == _lines(live), step
        assert len(shown) == 17 and shown[-1].startswith("… and ")
        # A saved level: the next card recomputes that skill only, and still shows the same.
        with db.sessions() as session:
            employee, skill = session.execute(
                text("SELECT employee_id, skill_id FROM person_skill ORDER BY 1, 2 LIMIT 1")
            ).one()
        set_level(db, LevelDraft(employee, skill, "O" if step else "I", today), today)
