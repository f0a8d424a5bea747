"""The overview's two guidance cards (issue 12): newcomers without a buddy and mentors over
capacity; pairings ending within 30 days and check-ins due (late ones said so). One service call
(pairing_alerts, two queries); a newcomer opens the profile, a pairing the Begeleiding page."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QCoreApplication

from teamlead_app.labels import label
from teamlead_app.services.pairings.alerts import pairing_alerts
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.widgets.card import Card, CardLine
from teamlead_app.ui.widgets.overview_cards import make_guidance_cards
from teamlead_app.util.dates import format_date

# Made empty in overview_cards (the fast first screen shows it before this module loads).
make_cards = make_guidance_cards


def fill_cards(cards: tuple[Card, Card], context: AppContext, team_id: int | None) -> None:
    nav = context.nav
    found = pairing_alerts(context.ctx, team_id=team_id)

    def open_employee(eid: int) -> Callable[[], None]:
        return lambda: nav.open_employee(eid)

    def open_pairings() -> None:
        nav.show_page("pairings")

    lines = [
        CardLine(
            QCoreApplication.translate("GuidanceCards", "{0} ({1}): no buddy yet").format(
                n.employee, label("employee_kind", n.kind)
            )
            if not n.since
            else QCoreApplication.translate(
                "GuidanceCards", "{0} ({1}, since {2}): no buddy yet"
            ).format(n.employee, label("employee_kind", n.kind), format_date(n.since)),
            open_employee(n.employee_id),
        )
        for n in found.newcomers
    ]
    lines += [
        CardLine(
            QCoreApplication.translate("GuidanceCards", "{0} guides {1} people (limit {2})").format(
                c.mentor, c.active, c.limit
            ),
            open_employee(c.employee_id),
        )
        for c in found.over_capacity
    ]
    cards[0].set_lines(lines)
    today = date.today()
    pairs = [
        CardLine(
            QCoreApplication.translate("GuidanceCards", "{0} with {1}: ends {2}").format(
                p.mentee, p.mentor, format_date(p.day)
            ),
            open_pairings,
        )
        for p in found.ending_soon
    ]
    pairs += [
        CardLine(
            (
                QCoreApplication.translate("GuidanceCards", "Check-in {0} with {1}: late since {2}")
                if p.day < today
                else QCoreApplication.translate("GuidanceCards", "Check-in {0} with {1}: due {2}")
            ).format(p.mentee, p.mentor, format_date(p.day)),
            open_pairings,
        )
        for p in found.checkins_due
    ]
    cards[1].set_lines(pairs)
