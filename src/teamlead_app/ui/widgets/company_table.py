"""The view pieces of the company page (Bedrijfsoverzicht): the sortable table of teams and the
line of company totals. Numbers the Dutch way (QLocale: "1.234", and "87 %")."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QLocale, QObject, Qt
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QLabel, QTableView, QWidget

from teamlead_app.records.company import TeamCoverage, percent_text
from teamlead_app.services.people.names import collate
from teamlead_app.ui.models.table import Column, Index, RowTableModel, SortProxy


def number(value: int | None) -> str:
    return "–" if value is None else QLocale().toString(value)


class CompanyColumns(QObject):
    """The column headers and their tooltips (translated in this context)."""

    def columns(self) -> list[tuple[Column[TeamCoverage], str]]:
        def count(get: Callable[[TeamCoverage], int | None]) -> Callable[[TeamCoverage], str]:
            return lambda row: number(get(row))

        def key(get: Callable[[TeamCoverage], int | None]) -> Callable[[TeamCoverage], Any]:
            return lambda row: -1 if get(row) is None else get(row)

        def numeric(
            header: str, get: Callable[[TeamCoverage], int | None], tip: str
        ) -> tuple[Column[TeamCoverage], str]:
            return Column(header, count(get), key(get)), tip

        no_team = self.tr("(no team)")
        return [
            (
                Column(
                    self.tr("Team"),
                    lambda r: r.name or no_team,
                    lambda r: (r.team_id is None, collate(r.name)),  # no team: last
                ),
                self.tr("The team; people without a team are counted apart"),
            ),
            (
                Column(self.tr("Lead"), lambda r: ", ".join(r.leads) or "–"),
                self.tr("The team's lead(s)"),
            ),
            numeric(self.tr("People"), lambda r: r.people, self.tr("In service during the year")),
            (
                Column(
                    self.tr("Held / due"),
                    lambda r: f"{number(r.months_held)} / {number(r.months_due)}",
                    lambda r: (r.months_held, r.months_due),
                ),
                self.tr(
                    "Months with a held monthly talk / months in service that have passed; "
                    "per person, added up"
                ),
            ),
            (
                Column(
                    self.tr("Coverage"),
                    lambda r: percent_text(r.coverage),
                    lambda r: -1.0 if r.coverage is None else r.coverage,
                ),
                self.tr("Months held as a share of the months due"),
            ),
            (
                Column(
                    self.tr("Moved / cancelled / missed"),
                    lambda r: f"{number(r.moved)} / {number(r.cancelled)} / {number(r.missed)}",
                    lambda r: (r.moved, r.cancelled, r.missed),
                ),
                self.tr(
                    "Talks moved to another day / cancelled / planned but never held "
                    "(the month is over)"
                ),
            ),
            numeric(
                self.tr("Overdue now"),
                lambda r: r.overdue,
                self.tr("People past their due talk today (only for this year)"),
            ),
            (
                Column(
                    self.tr("POP none / draft / agreed / evaluated"),
                    lambda r: " / ".join(
                        number(n) for n in (r.pop_none, r.pop_draft, r.pop_agreed, r.pop_evaluated)
                    ),
                    lambda r: (r.pop_agreed + r.pop_evaluated, r.pop_draft),
                ),
                self.tr(
                    "People without a POP / with a POP not signed yet / signed by both / "
                    "evaluated; sorted by agreed and evaluated together"
                ),
            ),
            (
                Column(
                    self.tr("Goals open / achieved"),
                    lambda r: f"{number(r.goals_open)} / {number(r.goals_achieved)}",
                    lambda r: (r.goals_open, r.goals_achieved),
                ),
                self.tr("Goals open, in progress or postponed / goals achieved"),
            ),
        ]


class _Model(RowTableModel[TeamCoverage]):
    """Numbers right-aligned; each header explains itself in a tooltip."""

    def __init__(self, columns: list[tuple[Column[TeamCoverage], str]], parent: Any) -> None:
        super().__init__([column for column, _tip in columns], parent)
        self._tips = [tip for _column, tip in columns]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column() >= 2:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return super().data(index, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self._tips):
            return super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tips[section]
        text = super().headerData(section, orientation, role)
        if role == Qt.ItemDataRole.DisplayRole and section >= 2 and isinstance(text, str):
            # A line per part ("Verplaatst /" over "geannuleerd /" over "gemist"): the
            # numbers are narrow, the words not, and one-line headers do not fit.
            return text.replace(" / ", " /\n") if " / " in text else text.replace(" ", "\n", 1)
        return text


class CompanyTable(QTableView):
    """One line per team, sortable by any column (click a header)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model_ = _Model(CompanyColumns(self).columns(), self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model_)
        self.setModel(self.proxy)
        self.setSortingEnabled(True)
        self.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.setAlternatingRowColors(True)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)

    def set_rows(self, rows: tuple[TeamCoverage, ...]) -> None:
        self.model_.set_rows(rows)


class TotalsLine(QLabel):
    """The company's totals in one sentence above the table."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("font-size: 11pt;")

    def show_totals(self, total: TeamCoverage, teams: int) -> None:
        parts = [
            self.tr("{0} teams, {1} people").format(number(teams), number(total.people)),
            self.tr("monthly talks {0} of {1} months ({2})").format(
                number(total.months_held), number(total.months_due), percent_text(total.coverage)
            ),
            self.tr("moved {0}, cancelled {1}, missed {2}").format(
                number(total.moved), number(total.cancelled), number(total.missed)
            ),
            self.tr("POP agreed or evaluated {0}, without POP {1}").format(
                number(total.pop_agreed + total.pop_evaluated), number(total.pop_none)
            ),
            self.tr("goals open {0}, achieved {1}").format(
                number(total.goals_open), number(total.goals_achieved)
            ),
        ]
        if total.overdue is not None:
            parts.insert(2, self.tr("overdue now {0}").format(number(total.overdue)))
        self.setText(self.tr("Company: ") + " · ".join(parts))
