"""The overview page's layout and the lines of its cards, without the services: the fast
first screen (data/first_screen.py, plain sqlite3) fills the counts, this week, still to be
signed, late agreements and the teams before SQLAlchemy is loaded; the other cards say they
are loading until the full page (dashboard.py, a subclass) takes over with the same lines.

The class is called Dashboard like its subclass, so both translate in the one context
"Dashboard"."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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
from teamlead_app.records.overview import (
    AgendaItem,
    FirstScreen,
    Hidden,
    LateAgreement,
    PeriodCounts,
    TeamLine,
    UnsignedTalk,
)
from teamlead_app.ui.widgets.card import Card, CardLine, LazyLines
from teamlead_app.ui.widgets.overview_cards import make_guidance_cards, make_skill_card
from teamlead_app.util.dates import format_date

# Opens a person or a conversation by id; None on the first screen (nothing opens yet).
Opener = Callable[[int], Callable[[], None]] | None


class Dashboard(QWidget):
    def __init__(self) -> None:
        super().__init__()
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
        self.skills = make_skill_card()
        grid.addWidget(self.skills, 3, 0)
        grid.addWidget(self.teams, 3, 1)
        self.guidance = make_guidance_cards()
        grid.addWidget(self.guidance[0], 4, 0)
        grid.addWidget(self.guidance[1], 4, 1)
        for row in range(5):
            grid.setRowMinimumHeight(row, 230)

    # --- the first screen ----------------------------------------------------------------

    def show_first(self, screen: FirstScreen) -> None:
        """What the fast reader found; the cards it does not read say they are loading."""
        self.team.blockSignals(True)
        self.team.clear()
        self.team.addItem(self.tr("All teams"), None)
        for team in screen.teams:
            self.team.addItem(team.name, team.id)
        self.team.blockSignals(False)
        self.team.setEnabled(False)
        self.show_counts(screen.month_counts, screen.year_counts)
        self.show_week(screen.week, screen.today, screen.hidden, None)
        self.show_unsigned(screen.unsigned, screen.hidden, None)
        self.show_late(screen.late_agreements, screen.hidden, None)
        self.show_teams(screen.teams, None)
        loading = [CardLine(self.tr("Loading…"))]
        for card in (self.overdue, self.longest, self.development, self.skills, *self.guidance):
            card.set_lines(loading)

    # --- the cards both screens fill alike -----------------------------------------------

    def show_counts(self, month: PeriodCounts, year: PeriodCounts) -> None:
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

    def show_week(
        self, week: Sequence[AgendaItem], today: date, hidden: Hidden, opener: Opener
    ) -> None:
        # Lines are made only for what a card shows (LazyLines): the rest is only counted.
        has_today = any(item.start.date() == today for item in week)
        no_talk_today = [CardLine(self.tr("Today: no conversations."))]
        self.week.set_lines(
            LazyLines(
                week,
                lambda item: CardLine(
                    self._agenda_text(item, today),
                    opener(item.conversation_id) if opener else None,
                ),
                before=no_talk_today if week and not has_today else (),
                hidden=hidden.week,
            )
        )

    def show_unsigned(self, talks: Sequence[UnsignedTalk], hidden: Hidden, opener: Opener) -> None:
        self.unsigned.set_lines(
            LazyLines(
                talks,
                lambda u: CardLine(
                    self.tr("{0}: held {1}, not signed yet").format(
                        u.employee, format_date(u.held_on)
                    ),
                    opener(u.conversation_id) if opener else None,
                ),
                hidden=hidden.unsigned,
            )
        )

    def show_late(
        self, agreements: Sequence[LateAgreement], hidden: Hidden, opener: Opener
    ) -> None:
        self.late.set_lines(
            LazyLines(
                agreements,
                lambda a: CardLine(
                    self.tr("{0}: {1} (was due {2})").format(
                        a.employee, a.text[:90], format_date(a.due_date)
                    ),
                    opener(a.employee_id) if opener else None,
                    a.text,
                ),
                hidden=hidden.late_agreements,
            )
        )

    def show_teams(self, teams: Sequence[TeamLine], on_open: Callable[[], None] | None) -> None:
        lines = []
        for team in teams:
            details = ", ".join(p for p in (team.lead_name, team.location) if p)
            text = self.tr("{0}: {1} people").format(team.name, team.active_count)
            lines.append(CardLine(f"{text}   {details}".rstrip(), on_open))
        self.teams.set_lines(lines)

    def _agenda_text(self, item: AgendaItem, today: date) -> str:
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
