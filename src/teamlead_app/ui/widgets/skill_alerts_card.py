"""The overview's craftsmanship card: red skills (single points of failure), amber skills and
expired or expiring certificates; a line opens the matrix or the person."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from teamlead_app.services.skills.alerts import skill_alerts
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.widgets.card import Card, CardLine
from teamlead_app.ui.widgets.overview_cards import make_skill_card
from teamlead_app.util.dates import format_date

# Made empty in overview_cards (the fast first screen shows it before this module loads).
make_card = make_skill_card


def fill_card(card: Card, context: AppContext, team_id: int | None) -> None:
    nav = context.nav
    found = skill_alerts(context.ctx, team_id)

    def open_employee(eid: int) -> Callable[[], None]:
        return lambda: nav.open_employee(eid)

    def open_matrix() -> None:
        nav.show_page("skills")

    lines = [
        CardLine(
            QCoreApplication.translate("SkillAlertsCard", "Red: {0} ({1}) – {2} qualified").format(
                r.skill, r.team, r.qualified
            ),
            open_matrix,
        )
        for r in found.single_points
    ]
    lines += [
        CardLine(
            QCoreApplication.translate(
                "SkillAlertsCard", "Amber: {0} ({1}) – 2 qualified, one at risk"
            ).format(r.skill, r.team),
            open_matrix,
        )
        for r in found.amber
    ]
    lines += [
        CardLine(
            QCoreApplication.translate(
                "SkillAlertsCard", "Only one knowledge holder: {0} ({1})"
            ).format(r.skill, r.team),
            open_matrix,
        )
        for r in found.single_holder
    ]
    for cert in found.certificates:
        if cert.status == "expired":
            text = QCoreApplication.translate("SkillAlertsCard", "{0}: {1} expired on {2}")
        else:
            text = QCoreApplication.translate("SkillAlertsCard", "{0}: {1} expires on {2}")
        lines.append(
            CardLine(
                text.format(cert.employee, cert.type_name, format_date(cert.expires_on)),
                open_employee(cert.employee_id),
            )
        )
    card.set_lines(lines, limit=16)
