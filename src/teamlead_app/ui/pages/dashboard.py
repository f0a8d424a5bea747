"""The overview for a lead with people: what needs attention today. Each block is one query in
the services (overview: agenda, overdue, late agreements, longest without; signals: POP and
development prompts); this page only lays them out. Signals are private prompts for the lead."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.labels import label
from teamlead_app.services.conversations import overview
from teamlead_app.services.development import signals
from teamlead_app.services.people import employees as people
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.widgets import guidance_cards, skill_alerts_card
from teamlead_app.ui.widgets.card import CARD_LIMIT, Card, CardLine, LazyLines
from teamlead_app.ui.widgets.lists import fill_team_combo
from teamlead_app.util.dates import format_date


class Dashboard(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        outer = QVBoxLayout(self)
        head = QHBoxLayout()
        self.title = QLabel(self.tr("Overview"))
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        self.team = QComboBox()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.team)
        outer.addLayout(head)
        self.counts = QLabel()
        self.counts.setStyleSheet("color: #444; font-size: 10.5pt;")
        self.counts.setWordWrap(True)
        outer.addWidget(self.counts)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        grid = QGridLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.week = Card(self.tr("This week"), self.tr("No conversations planned this week."))
        self.overdue = Card(
            self.tr("Overdue"), self.tr("Everyone has had or has planned a conversation.")
        )
        self.late = Card(
            self.tr("Agreements past their date"), self.tr("No open agreements past their date.")
        )
        self.longest = Card(self.tr("Longest without a conversation"), self.tr("Nobody."))
        self.development = Card(
            self.tr("Development (private prompts)"), self.tr("Nothing needs attention.")
        )
        self.teams = Card(self.tr("Teams"), self.tr("No teams yet."))
        self.unsigned = Card(
            self.tr("Still to be signed"), self.tr("Every held conversation is signed.")
        )
        grid.addWidget(self.week, 0, 0)
        grid.addWidget(self.overdue, 0, 1)
        grid.addWidget(self.late, 1, 0)
        grid.addWidget(self.longest, 1, 1)
        grid.addWidget(self.development, 2, 0)
        grid.addWidget(self.unsigned, 2, 1)
        self.skills = skill_alerts_card.make_card()
        grid.addWidget(self.skills, 3, 0)
        grid.addWidget(self.teams, 3, 1)
        self.guidance = guidance_cards.make_cards()
        grid.addWidget(self.guidance[0], 4, 0)
        grid.addWidget(self.guidance[1], 4, 1)
        for row in range(5):
            grid.setRowMinimumHeight(row, 230)
        self.team.currentIndexChanged.connect(self._reload)

    def refresh(self) -> None:
        teams = fill_team_combo(self.team, self.context.db, self.tr("All teams"))
        self._fill_teams(teams)
        self._reload()

    def _reload(self) -> None:
        db, nav = self.context.db, self.context.nav
        team_id = self.team.currentData()
        # The first lines of each block (and how many more) are all a card shows.
        view = overview.overview(db, team_id=team_id, limit=CARD_LIMIT + 1)
        month, year = view.month_counts, view.year_counts
        self.counts.setText(
            self.tr(
                "This month: {0} held, {1} planned, {2} moved, {3} cancelled.   "
                "This year: {4} held, {5} moved, {6} cancelled, {7} missed."
            ).format(
                month.held,
                month.planned,
                month.moved,
                month.cancelled,
                year.held,
                year.moved,
                year.cancelled,
                year.missed,
            )
        )

        def open_conversation(cid: int) -> Callable[[], None]:
            return lambda: nav.open_conversation(cid)

        def open_employee(eid: int) -> Callable[[], None]:
            return lambda: nav.open_employee(eid)

        today = view.today
        # Lines are made only for what a card shows (LazyLines): the rest is only counted.
        no_talk_today = [CardLine(self.tr("Today: no conversations."))]
        self.week.set_lines(
            LazyLines(
                view.week,
                lambda item: CardLine(
                    self._agenda_text(item, today), open_conversation(item.conversation_id)
                ),
                before=no_talk_today if view.week and not view.today_items else (),
                hidden=view.hidden.week,
            )
        )
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
            )
        )
        self.unsigned.set_lines(
            LazyLines(
                view.unsigned,
                lambda u: CardLine(
                    self.tr("{0}: held {1}, not signed yet").format(
                        u.employee, format_date(u.held_on)
                    ),
                    open_conversation(u.conversation_id),
                ),
                hidden=view.hidden.unsigned,
            )
        )
        self.late.set_lines(
            LazyLines(
                view.late_agreements,
                lambda a: CardLine(
                    self.tr("{0}: {1} (was due {2})").format(
                        a.employee, a.text[:90], format_date(a.due_date)
                    ),
                    open_employee(a.employee_id),
                    a.text,
                ),
                hidden=view.hidden.late_agreements,
            )
        )
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

    def _agenda_text(self, item: overview.AgendaItem, today: date) -> str:
        kind = label("conversation_kind", item.kind)
        if item.status != "planned":
            kind += ", " + label("conversation_status", item.status)
        day = self._day(item.start.date(), today)
        return f"{day} {item.start:%H:%M}  {item.employee}  ({kind})"

    def _day(self, day: date, today: date) -> str:
        if day == today:
            return self.tr("Today")
        names = [
            self.tr("Mon"),
            self.tr("Tue"),
            self.tr("Wed"),
            self.tr("Thu"),
            self.tr("Fri"),
            self.tr("Sat"),
            self.tr("Sun"),
        ]
        return f"{names[day.weekday()]} {day:%d-%m}"

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
        lines = []
        for team in teams:
            details = ", ".join(p for p in (team.lead_name, team.location) if p)
            text = self.tr("{0}: {1} people").format(team.name, team.active_count)
            lines.append(CardLine(f"{text}   {details}".rstrip(), lambda: nav.show_page("people")))
        self.teams.set_lines(lines)
