"""The overview's two guidance cards (issue 12): newcomers without a buddy and mentors over
capacity; pairings ending within 30 days and check-ins due (late ones said so). One service call
(pairing_alerts with a limit: the first lines chosen in SQL, the rest counted); a newcomer opens
the profile, a pairing the Begeleiding page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication

from teamlead_app.labels import label
from teamlead_app.services.pairings.alerts import NewcomerAlert, PairingAlert, pairing_alerts
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.widgets.card import CARD_LIMIT, Card, CardLine, LazyLines
from teamlead_app.ui.widgets.overview_cards import make_guidance_cards
from teamlead_app.util.dates import format_date

# Made empty in overview_cards (the fast first screen shows it before this module loads).
make_cards = make_guidance_cards


def fill_cards(cards: tuple[Card, Card], context: AppContext, team_id: int | None) -> None:
    nav = context.nav
    # Only the first lines of each block (chosen in SQL) and how many more: all a card shows.
    found = pairing_alerts(context.ctx, team_id=team_id, limit=CARD_LIMIT + 1)
    more_newcomers, more_due, more_ending = found.more

    def open_employee(eid: int) -> Callable[[], None]:
        return lambda: nav.open_employee(eid)

    def open_pairings() -> None:
        nav.show_page("pairings")

    def newcomer_line(n: NewcomerAlert) -> CardLine:
        text = (
            QCoreApplication.translate("GuidanceCards", "{0} ({1}): no buddy yet").format(
                n.employee, label("employee_kind", n.kind)
            )
            if not n.since
            else QCoreApplication.translate(
                "GuidanceCards", "{0} ({1}, since {2}): no buddy yet"
            ).format(n.employee, label("employee_kind", n.kind), format_date(n.since))
        )
        return CardLine(text, open_employee(n.employee_id))

    over = [
        CardLine(
            QCoreApplication.translate("GuidanceCards", "{0} guides {1} people (limit {2})").format(
                c.mentor, c.active, c.limit
            ),
            open_employee(c.employee_id),
        )
        for c in found.over_capacity
    ]
    # The mentors over capacity come after every newcomer: behind uncounted ones, counted.
    lines = (
        LazyLines(found.newcomers, newcomer_line, hidden=more_newcomers + len(over))
        if more_newcomers
        else LazyLines(found.newcomers, newcomer_line, after=over)
    )
    cards[0].set_lines(lines)
    today = date.today()
    ending = [
        CardLine(
            QCoreApplication.translate("GuidanceCards", "{0} with {1}: ends {2}").format(
                p.mentee, p.mentor, format_date(p.day)
            ),
            open_pairings,
        )
        for p in found.ending_soon
    ]

    def checkin_line(p: PairingAlert) -> CardLine:
        text = (
            QCoreApplication.translate("GuidanceCards", "Check-in {0} with {1}: late since {2}")
            if p.day < today
            else QCoreApplication.translate("GuidanceCards", "Check-in {0} with {1}: due {2}")
        )
        return CardLine(text.format(p.mentee, p.mentor, format_date(p.day)), open_pairings)

    # Endings first, then the check-ins: with more endings than a card shows, the check-ins
    # are only counted.
    due = found.checkins_due if not more_ending else ()
    hidden = more_ending + (more_due if not more_ending else len(found.checkins_due) + more_due)
    cards[1].set_lines(LazyLines(due, checkin_line, before=ending, hidden=hidden))
