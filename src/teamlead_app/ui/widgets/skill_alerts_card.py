"""The overview's craftsmanship card: red skills (single points of failure), amber skills and
expired or expiring certificates; a line opens the matrix or the person."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication

from teamlead_app.services.skills.alerts import skill_card
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.widgets.card import Card, CardLine, LazyLines
from teamlead_app.ui.widgets.overview_cards import make_skill_card
from teamlead_app.util.dates import format_date

# Made empty in overview_cards (the fast first screen shows it before this module loads).
make_card = make_skill_card
LIMIT = 16


def fill_card(card: Card, context: AppContext, team_id: int | None) -> None:
    nav = context.nav
    # The sixteen lines shown, the seventeenth (what "… and N more" opens) and the count.
    found = skill_card(context.ctx, team_id, limit=LIMIT + 1)

    def open_employee(eid: int) -> Callable[[], None]:
        return lambda: nav.open_employee(eid)

    def open_matrix() -> None:
        nav.show_page("skills")

    red = QCoreApplication.translate("SkillAlertsCard", "Red: {0} ({1}) – {2} qualified")
    amber = QCoreApplication.translate(
        "SkillAlertsCard", "Amber: {0} ({1}) – 2 qualified, one at risk"
    )
    single = QCoreApplication.translate("SkillAlertsCard", "Only one knowledge holder: {0} ({1})")
    expired = QCoreApplication.translate("SkillAlertsCard", "{0}: {1} expired on {2}")
    expiring = QCoreApplication.translate("SkillAlertsCard", "{0}: {1} expires on {2}")

    def make(item: tuple[str, Any]) -> CardLine:
        kind, r = item
        if kind == "red":
            return CardLine(red.format(r.skill, r.team, r.qualified), open_matrix)
        if kind == "amber":
            return CardLine(amber.format(r.skill, r.team), open_matrix)
        if kind == "single":
            return CardLine(single.format(r.skill, r.team), open_matrix)
        text = expired if r.status == "expired" else expiring
        return CardLine(
            text.format(r.employee, r.type_name, format_date(r.expires_on)),
            open_employee(r.employee_id),
        )

    # A large company has hundreds of such lines; only the sixteen shown are read.
    lines = LazyLines(found.lines, make, hidden=found.total - len(found.lines))
    card.set_lines(lines, limit=LIMIT)
