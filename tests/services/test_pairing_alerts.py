"""The overview's guidance blocks: newcomers without a buddy, check-ins due, pairings ending
within 30 days, mentors over capacity; in two queries (the settings read aside) whatever the
number of pairings."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

from sqlalchemy import event

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.pairings import pairings
from teamlead_app.services.pairings.alerts import pairing_alerts
from teamlead_app.services.pairings.rules import PairingDraft
from teamlead_app.services.people import employees as people
from tests.services.pairing_helpers import company, person

TODAY = date(2026, 6, 1)


def test_the_four_blocks(ctx: ServiceContext) -> None:
    c = company(ctx)
    intern = person(ctx, "Noor", "El Amrani", c.team, kind="stagiair")
    starter = person(ctx, "Bram", "Visser", c.other_team, stage="starter")
    gone = person(ctx, "Oud", "Gediende", c.team, kind="junior")
    people.archive_employee(ctx, gone, date(2026, 1, 1))

    # the apprentice has an active pairing; check-in every 2 weeks, last one 3 weeks ago
    a = pairings.save_pairing(
        ctx,
        PairingDraft(
            c.senior,
            c.apprentice,
            date(2026, 1, 5),
            "leermeester",
            date(2026, 6, 20),
            2,
            status="actief",
        ),
        today=date(2026, 1, 5),
    )
    pairings.add_checkin(ctx, a.id, TODAY - timedelta(days=21), "ok")
    # the senior gets two more active mentees: over the limit of 2
    for who in (intern, starter):
        pairings.save_pairing(
            ctx,
            PairingDraft(c.senior, who, date(2026, 5, 1), status="actief"),
            today=date(2026, 5, 1),
        )
    found = pairing_alerts(ctx, today=TODAY)
    assert [n.employee for n in found.newcomers] == []  # everyone new has a buddy now
    assert [(x.mentee, x.day) for x in found.checkins_due] == [
        ("Sem Bakker", TODAY - timedelta(days=7)),  # 21 days ago + 2 weeks
        ("Noor El Amrani", date(2026, 5, 29)),  # never: start + 4 weeks
        ("Bram Visser", date(2026, 5, 29)),
    ]
    assert [(x.mentee, x.day) for x in found.ending_soon] == [("Sem Bakker", date(2026, 6, 20))]
    [over] = found.over_capacity
    assert (over.mentor, over.active, over.limit) == ("Łukasz Wiśniewski", 3, 2)
    # stopping the intern's pairing: the intern is a newcomer without a buddy again
    for p in pairings.list_pairings(ctx, intern):
        pairings.set_status(ctx, p.id, "gestopt", on=TODAY, reason="Andere afdeling")
    found = pairing_alerts(ctx, today=TODAY)
    assert [n.employee for n in found.newcomers] == ["Noor El Amrani"]
    assert found.over_capacity == ()
    # the team filter: only the other team's starter
    other = pairing_alerts(ctx, today=TODAY, team_id=c.other_team)
    assert [x.mentee for x in other.checkins_due] == ["Bram Visser"]
    assert other.newcomers == () and other.ending_soon == ()
    assert get_settings(ctx).max_active_mentees == 2


def test_two_queries_whatever_the_number_of_pairings(ctx: ServiceContext) -> None:
    c = company(ctx)
    for i in range(12):
        who = person(ctx, f"Nieuw{i}", "Bakker", c.team, kind="junior")
        saved = pairings.save_pairing(
            ctx,
            PairingDraft(c.welder, who, date(2026, 1, 5), status="actief"),
            today=date(2026, 1, 5),
        )
        pairings.add_checkin(ctx, saved.id, date(2026, 2, 1), "ok")
    get_settings(ctx)  # read before counting (cached settings aside)
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        if statement.lstrip().upper().startswith("SELECT") and "setting" not in statement:
            statements.append(statement)

    event.listen(ctx.engine, "before_cursor_execute", record)
    try:
        found = pairing_alerts(ctx, today=TODAY)
    finally:
        event.remove(ctx.engine, "before_cursor_execute", record)
    assert len(found.checkins_due) == 12 and len(found.over_capacity) == 1
    assert len(statements) == 2


def _crowd(ctx: ServiceContext, c: Any, n: int, tag: str) -> None:
    """`n` newcomers, most with an active pairing (check-ins at different moments, some
    ending within the month), a few without a buddy, mentors shared."""
    mentors = [c.senior, c.colleague, c.welder]
    for i in range(n):
        team = c.team if i % 3 else c.other_team
        who = person(
            ctx,
            f"Nieuw{tag}{i}",
            ("Zijl", "Bakker", "de Boer")[i % 3],
            team,
            kind="junior",
        )
        if i % 5 == 4:
            continue  # no buddy yet
        start = date(2026, 1, 5) + timedelta(days=7 * (i % 9))
        end = TODAY + timedelta(days=(i * 11) % 60)
        saved = pairings.save_pairing(
            ctx,
            PairingDraft(
                mentors[i % 3],
                who,
                start,
                planned_end_on=end,
                checkin_weeks=1 + i % 4,
                status="actief",
            ),
            today=start,
        )
        if i % 2:
            pairings.add_checkin(ctx, saved.id, start + timedelta(days=i % 30), "ok <b>&")


def test_the_card_is_the_start_of_the_full_lists(ctx: ServiceContext) -> None:
    c = company(ctx)
    _crowd(ctx, c, 30, "a")
    for team in (None, c.team, c.other_team):
        full = pairing_alerts(ctx, today=TODAY, team_id=team)
        assert len(full.checkins_due) > 5 and len(full.newcomers) > 1
        for limit in (1, 2, 5, 13, 100):
            cut = pairing_alerts(ctx, today=TODAY, team_id=team, limit=limit)
            assert cut.newcomers == full.newcomers[:limit]
            assert cut.checkins_due == full.checkins_due[:limit]
            assert cut.ending_soon == full.ending_soon[:limit]
            assert cut.over_capacity == full.over_capacity
            assert cut.more == (
                len(full.newcomers) - len(cut.newcomers),
                len(full.checkins_due) - len(cut.checkins_due),
                len(full.ending_soon) - len(cut.ending_soon),
            )


def test_the_card_reads_as_many_statements_whatever_the_number_of_pairings(
    ctx: ServiceContext,
) -> None:
    c = company(ctx)
    _crowd(ctx, c, 5, "a")
    get_settings(ctx)
    counted: list[int] = []
    statements: list[str] = []

    def record(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    for more in (0, 25):
        _crowd(ctx, c, more, "b")
        statements.clear()
        event.listen(ctx.engine, "before_cursor_execute", record)
        try:
            pairing_alerts(ctx, today=TODAY, limit=3)
        finally:
            event.remove(ctx.engine, "before_cursor_execute", record)
        counted.append(len(statements))
    assert counted[0] == counted[1] <= 5
