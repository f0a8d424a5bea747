"""Bedrijfsoverzicht (company page): for HR first, open to everyone. Per team the lead(s), the
people, the monthly talks held against the months due, moved, cancelled and missed talks, who
is overdue now, the POPs by status and the goals; the company's totals; and the yearly
overview (PDF, Excel) of the whole company. Counts only: no names of people, no private note,
no score, so nothing here needs what HR may not read. With the HR role the window opens here."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QThread
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import AppError
from teamlead_app.records.company import CompanyOverview
from teamlead_app.services.conversations.company_overview import company_overview
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.errors import show_error
from teamlead_app.ui.overview_export import YearOverviewExport
from teamlead_app.ui.widgets.company_table import CompanyTable, TotalsLine


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #556;")
    return label


class CompanyPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.data: CompanyOverview | None = None
        self._job: QThread | None = None
        self._export = YearOverviewExport(self, context.ctx)
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Company overview"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(title)
        layout.addWidget(
            _hint(
                self.tr(
                    "Per team: the monthly talks held against the months due (coverage), the "
                    "POPs and the goals of the year. Shared figures only: never working "
                    "notes, answers or the monthly score."
                )
            )
        )
        row = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.setAccessibleName(self.tr("Year"))
        year_label = QLabel(self.tr("&Year"))
        year_label.setBuddy(self.year)
        self.pdf_button = QPushButton(self.tr("Yearly overview as &PDF…"))
        self.xlsx_button = QPushButton(self.tr("Yearly overview in &Excel…"))
        row.addWidget(year_label)
        row.addWidget(self.year)
        row.addStretch(1)
        row.addWidget(self.pdf_button)
        row.addWidget(self.xlsx_button)
        layout.addLayout(row)

        self.body = QStackedWidget()
        self.filled = QWidget()
        box = QVBoxLayout(self.filled)
        box.setContentsMargins(0, 0, 0, 0)
        self.totals = TotalsLine()
        self.table = CompanyTable()
        box.addWidget(self.totals)
        box.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("font-size: 12pt; color: #445; padding: 24px;")
        self.body.addWidget(self.filled)
        self.body.addWidget(self.empty)
        layout.addWidget(self.body, 1)

    def _connect_signals(self) -> None:
        self.year.valueChanged.connect(self.refresh)
        self.pdf_button.clicked.connect(lambda: self._overview("pdf"))
        self.xlsx_button.clicked.connect(lambda: self._overview("xlsx"))

    def refresh(self) -> None:
        try:
            data = company_overview(self.context.ctx, self.year.value())
        except AppError as exc:
            show_error(self, exc)
            return
        self.data = data
        # A year with nobody in service has no overview to export either.
        for button in (self.pdf_button, self.xlsx_button):
            button.setEnabled(not data.is_empty)
        if data.is_empty:
            self.empty.setText(self._empty_text(data.year))
            self.body.setCurrentWidget(self.empty)
        else:
            self.table.set_rows(data.teams)
            self.totals.show_totals(data.totals, sum(1 for t in data.teams if t.team_id))
            self.body.setCurrentWidget(self.filled)

    def _empty_text(self, year: int) -> str:
        guidance = self.tr(
            "Nobody was in service in {0}, so there is nothing to count yet.\n\n"
            "Choose another year above, or add the people: on the People page "
            "(Ctrl+2) one by one or imported from an HR file. With a company database, "
            "IT gives each lead their teams (server add-user); their people then appear here."
        )
        return guidance.format(year)

    def _overview(self, fmt: str) -> None:
        """The yearly overview of the whole company, as the Reports page makes it."""
        self._job = self._export.start(self.year.value(), None, fmt)
