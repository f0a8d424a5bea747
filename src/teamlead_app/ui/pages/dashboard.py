"""The overview for a lead with people: blocks of what needs attention. Each block is one
query in the services; this page only lays them out."""

from __future__ import annotations

from PySide6.QtWidgets import QGridLayout, QLabel, QScrollArea, QVBoxLayout, QWidget

from teamlead_app.services import people
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.widgets.card import Card, CardLine


class Dashboard(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        outer = QVBoxLayout(self)
        self.title = QLabel(self.tr("Overview"))
        self.title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        outer.addWidget(self.title)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        self.grid = QGridLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.teams = Card(self.tr("Teams"), self.tr("No teams yet."))
        self.grid.addWidget(self.teams, 9, 0, 1, 2)

    def refresh(self) -> None:
        nav = self.context.nav
        lines = []
        for team in people.list_teams(self.context.db):
            details = ", ".join(p for p in (team.lead_name, team.location) if p)
            text = self.tr("{0}: {1} people").format(team.name, team.active_count)
            lines.append(CardLine(f"{text}   {details}".rstrip(), lambda: nav.show_page("people")))
        self.teams.set_lines(lines)
