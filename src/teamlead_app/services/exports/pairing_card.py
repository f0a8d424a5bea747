"""The pairing agreement card (A4): the data gathered in one read, plain, for
reports/pairing_card.py. Check-ins are never on the card (private ones least of all)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Employee, Goal, Team
from teamlead_app.records.pairings import PairingCardData
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.pairings.pairings import get_pairing


def pairing_card_data(
    ctx: ServiceContext, pairing_id: int, today: date | None = None
) -> PairingCardData:
    view = get_pairing(ctx, pairing_id)  # NotFoundError for an unknown id
    ids = [i for i in (view.mentor_id, view.mentee_id) if i is not None]
    with ctx.sessions() as session:
        people = {
            e.id: (e.kind, team or "")
            for e, team in session.execute(
                select(Employee, Team.name)
                .outerjoin(Team, Team.id == Employee.team_id)
                .where(Employee.id.in_(ids))
            )
        }
        goals = tuple(
            session.scalars(
                select(Goal.what).where(Goal.id.in_(view.focus_goal_ids)).order_by(Goal.id)
            )
        )
    config = get_settings(ctx)
    mentor = people.get(view.mentor_id or 0, ("", ""))
    mentee = people.get(view.mentee_id or 0, ("", ""))
    return PairingCardData(
        view,
        mentor[1],
        mentee[1],
        mentee[0],
        goals,
        today or date.today(),
        config.company_name,
        config.logo_path,
    )


def export_pairing_card(ctx: ServiceContext, pairing_id: int, today: date | None = None) -> bytes:
    from teamlead_app.reports.pairing_card import render_pdf  # ReportLab only when exporting

    return render_pdf(pairing_card_data(ctx, pairing_id, today))
