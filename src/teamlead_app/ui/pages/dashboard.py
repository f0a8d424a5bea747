"""The overview for a lead with people: what needs attention today. Each block is one query in
the services (overview: agenda, overdue, late agreements, longest without; signals: POP and
development prompts); this page only lays them out (the layout and the lines it shares with
the fast first screen are in dashboard_view.py). Signals are private prompts for the lead."""

from __future__ import annotations

from collections.abc import Callable

from teamlead_app.services.conversations import overview
from teamlead_app.services.development import signals
from teamlead_app.services.people import employees as people
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.pages.dashboard_view import Dashboard as DashboardView
from teamlead_app.ui.widgets import guidance_cards, skill_alerts_card
from teamlead_app.ui.widgets.card import CARD_LIMIT, CardLine, LazyLines
from teamlead_app.ui.widgets.lists import fill_team_combo
from teamlead_app.util.dates import format_date


class Dashboard(DashboardView):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.team.currentIndexChanged.connect(self._reload)

    def refresh(self) -> None:
        teams = fill_team_combo(self.team, self.context.ctx, self.tr("All teams"))
        self.team.setEnabled(True)
        self._fill_teams(teams)
        self._reload()

    def _reload(self) -> None:
        db, nav = self.context.ctx, self.context.nav
        team_id = self.team.currentData()
        # The first lines of each block (and how many more) are all a card shows.
        view = overview.overview(db, team_id=team_id, limit=CARD_LIMIT + 1)
        self.show_counts(view.month_counts, view.year_counts)

        def open_conversation(cid: int) -> Callable[[], None]:
            return lambda: nav.open_conversation(cid)

        def open_employee(eid: int) -> Callable[[], None]:
            return lambda: nav.open_employee(eid)

        self.show_week(view.week, view.today, view.hidden, open_conversation)
        planned_line = CardLine(
            self.tr("{0} more overdue, their next conversation is planned.").format(
                view.overdue_planned
            )
        )
        self.overdue.set_lines(
            LazyLines(
                view.overdue,
                lambda p: CardLine(self._overdue_text(p), open_employee(p.employee_id)),
                after=[planned_line] if view.overdue_planned else (),
                hidden=view.hidden.overdue,
            )
        )
        self.show_unsigned(view.unsigned, view.hidden, open_conversation)
        self.show_late(view.late_agreements, view.hidden, open_employee)
        self.longest.set_lines(
            LazyLines(
                view.longest_without,
                lambda p: CardLine(
                    self.tr("{0}: last conversation {1}").format(
                        p.employee, format_date(p.last_held)
                    )
                    if p.last_held
                    else self.tr("{0}: never had a conversation yet").format(p.employee),
                    open_employee(p.employee_id),
                ),
            )
        )
        self._fill_signals(signals.signals(db, team_id=team_id))
        skill_alerts_card.fill_card(self.skills, self.context, team_id)
        guidance_cards.fill_cards(self.guidance, self.context, team_id)

    def _overdue_text(self, p: overview.OverduePerson) -> str:
        if p.newcomer:
            return self.tr("{0}: new, no conversation yet (due by {1})").format(
                p.employee, format_date(p.due)
            )
        if p.last_held is None:
            return self.tr("{0}: {1} days overdue, never had a conversation").format(
                p.employee, p.days_overdue
            )
        return self.tr("{0}: {1} days overdue, last conversation {2} ({3} days ago)").format(
            p.employee, p.days_overdue, format_date(p.last_held), p.days_since_last
        )

    def _fill_signals(self, found: signals.SignalsView) -> None:
        nav = self.context.nav

        def open_employee(eid: int) -> Callable[[], None]:
            return lambda: nav.open_employee(eid)

        if len(found.no_pop) > 5:
            names = ", ".join(s.employee for s in found.no_pop[:4])
            lines = [
                CardLine(
                    self.tr("{0} people without an agreed POP for this year ({1}, …)").format(
                        len(found.no_pop), names
                    ),
                    lambda: nav.show_page("development"),
                )
            ]
        else:
            lines = [
                CardLine(
                    self.tr("{0}: no agreed POP for this year").format(s.employee),
                    open_employee(s.employee_id),
                )
                for s in found.no_pop
            ]
        lines += [
            CardLine(
                self.tr("{0}: goal '{1}' past its target date").format(s.employee, s.what[:60]),
                open_employee(s.employee_id),
                s.what,
            )
            for s in found.goals_overdue
        ]
        lines += [
            CardLine(
                (
                    self.tr("{0}: POP evaluation overdue (was due {1})")
                    if s.overdue
                    else self.tr("{0}: POP evaluation due {1}")
                ).format(s.employee, format_date(s.due)),
                open_employee(s.employee_id),
            )
            for s in found.evaluations_due
        ]
        lines += [
            CardLine(
                self.tr("{0}: nothing new learned for {1} months — time for a next step?").format(
                    s.employee, s.months
                ),
                open_employee(s.employee_id),
            )
            for s in found.stopped_learning
        ]
        self.development.set_lines(lines)

    def _fill_teams(self, teams: list[people.TeamView]) -> None:
        nav = self.context.nav
        self.show_teams(teams, lambda: nav.show_page("people"))
