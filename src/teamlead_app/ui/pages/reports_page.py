"""Rapporten: HR's yearly POP overview (PDF, Excel, CSV; off the UI thread with progress and
cancel), the access export for one person (AVG inzage), and the retention worklist."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QThread
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.services.people import employees as people
from teamlead_app.services.privacy.retention import (
    RetentionReport,
    retention_worklist,
    run_retention,
)
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.jobs import run_with_progress
from teamlead_app.ui.overview_export import YearOverviewExport
from teamlead_app.ui.printing import save_report
from teamlead_app.ui.widgets.lists import fill_team_combo
from teamlead_app.ui.write_access import guard_writes
from teamlead_app.util.dates import format_date


def _hint(text: str) -> QLabel:
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet("color: #556;")
    return label


class ReportsPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self._job: QThread | None = None
        self._export = YearOverviewExport(self, context.ctx)
        self._build_ui()
        self._connect_signals()
        guard_writes(self.context.ctx, self.access_button, self.delete_button)

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        title = QLabel(self.tr("Reports"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        outer.addWidget(title)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        body = QWidget()
        layout = QVBoxLayout(body)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        overview = QGroupBox(self.tr("Yearly POP overview for HR"))
        box = QVBoxLayout(overview)
        box.addWidget(
            _hint(
                self.tr(
                    "Per employee the POP status, the goals and the conversation record of a "
                    "year, with totals per team and for the company. Shared fields only: never "
                    "working notes, answers or the monthly score."
                )
            )
        )
        row = QHBoxLayout()
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.team = QComboBox()
        self.pdf_button = QPushButton(self.tr("&PDF report…"))
        self.xlsx_button = QPushButton(self.tr("&Excel workbook…"))
        self.csv_button = QPushButton(self.tr("&CSV of the goals…"))
        row.addWidget(QLabel(self.tr("Year")))
        row.addWidget(self.year)
        row.addWidget(self.team, 1)
        for button in (self.pdf_button, self.xlsx_button, self.csv_button):
            row.addWidget(button)
        box.addLayout(row)
        layout.addWidget(overview)

        access = QGroupBox(self.tr("Right of access (AVG inzage)"))
        box = QVBoxLayout(access)
        box.addWidget(
            _hint(
                self.tr(
                    "Everything stored about one person, including your working notes, as a "
                    "ZIP with a readable PDF and a JSON file. Answer a request within a month."
                )
            )
        )
        row = QHBoxLayout()
        self.person = QComboBox()
        self.access_button = QPushButton(self.tr("Make &access export…"))
        row.addWidget(self.person, 1)
        row.addWidget(self.access_button)
        box.addLayout(row)
        layout.addWidget(access)

        retention = QGroupBox(self.tr("Retention period"))
        box = QVBoxLayout(retention)
        self.retention_hint = _hint("")
        box.addWidget(self.retention_hint)
        self.worklist = QTreeWidget()
        self.worklist.setRootIsDecorated(False)
        self.worklist.setSelectionMode(QTreeWidget.SelectionMode.ExtendedSelection)
        self.worklist.setHeaderLabels(
            [
                self.tr("Name"),
                self.tr("Team"),
                self.tr("Out of service"),
                self.tr("Kept until"),
                self.tr("What goes"),
            ]
        )
        self.worklist.setMinimumHeight(180)
        box.addWidget(self.worklist)
        row = QHBoxLayout()
        row.addStretch(1)
        self.delete_button = QPushButton(self.tr("&Delete selected…"))
        row.addWidget(self.delete_button)
        box.addLayout(row)
        layout.addWidget(retention)
        layout.addStretch(1)

    def _connect_signals(self) -> None:
        self.pdf_button.clicked.connect(lambda: self._overview("pdf"))
        self.xlsx_button.clicked.connect(lambda: self._overview("xlsx"))
        self.csv_button.clicked.connect(lambda: self._overview("csv"))
        self.access_button.clicked.connect(self._access)
        self.delete_button.clicked.connect(self._delete)
        self.worklist.itemSelectionChanged.connect(self._update_buttons)

    def refresh(self) -> None:
        fill_team_combo(self.team, self.context.ctx, self.tr("All teams (company)"))
        current = self.person.currentData()
        self.person.clear()
        for row in people.list_employees(self.context.ctx, archived=None):
            suffix = self.tr(" (out of service)") if row.archived else ""
            self.person.addItem(row.list_name + suffix, row.id)
        self.person.setCurrentIndex(max(self.person.findData(current), 0))
        self.access_button.setEnabled(self.person.count() > 0)
        self._fill_worklist()

    def _fill_worklist(self) -> None:
        from teamlead_app.services.common.settings import get_settings

        years = get_settings(self.context.ctx).retention_years
        self.retention_hint.setText(
            self.tr(
                "Records of people who left are kept {0} years after the date out of service "
                "(Settings). Who is past it is listed here; deleting removes the person with all "
                "conversations, agreements, goals and POPs for good, and the backups made "
                "before the deletion too (a new one is made right after)."
            ).format(years)
        )
        self.worklist.clear()
        for item in retention_worklist(self.context.ctx):
            row = QTreeWidgetItem(
                [
                    item.name,
                    item.team,
                    format_date(item.date_out_of_service),
                    format_date(item.keep_until),
                    item.counts_text,  # the name stands in the first column already
                ]
            )
            row.setData(0, 256, item)
            self.worklist.addTopLevelItem(row)
        if self.worklist.topLevelItemCount() == 0:
            self.worklist.addTopLevelItem(
                QTreeWidgetItem([self.tr("Nobody is past the retention period.")])
            )
        self.worklist.resizeColumnToContents(0)
        self._update_buttons()

    def _selected(self) -> list:  # type: ignore[type-arg]
        return [
            item.data(0, 256)
            for item in self.worklist.selectedItems()
            if item.data(0, 256) is not None
        ]

    def _update_buttons(self) -> None:
        self.delete_button.setEnabled(bool(self._selected()))

    # --- actions -------------------------------------------------------------------------

    def _overview(self, fmt: str) -> None:
        self._job = self._export.start(self.year.value(), self.team.currentData(), fmt)

    def _job_failed(self, exc: BaseException) -> None:
        self._export.failed(exc)

    def _access(self) -> None:
        from teamlead_app.services.privacy.access import access_file_name, write_access_export

        employee_id = self.person.currentData()
        if employee_id is None:
            return
        save_report(
            self,
            self.tr("Save access export"),
            access_file_name(employee_id),
            self.tr("ZIP (*.zip)"),
            lambda path: write_access_export(self.context.ctx, employee_id, path),
        )

    def _delete(self) -> None:
        items = self._selected()
        if not items:
            return
        lines = "\n".join(item.what_goes for item in items)
        answer = QMessageBox.warning(
            self,
            self.tr("Delete for good"),
            self.tr(
                "These people and everything linked to them are deleted for good; this cannot "
                "be undone:\n\n{0}\n\nEvery backup made before now is removed too, as it still "
                "holds them; a new backup is made right after."
            ).format(lines),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        db = self.context.ctx
        ids = [item.employee_id for item in items]

        def done(report: RetentionReport) -> None:
            QMessageBox.information(
                self,
                self.tr("Deleted"),
                self.tr("{0} people deleted, {1} earlier backups removed.").format(
                    len(report.deleted), len(report.backups_removed)
                ),
            )
            self.refresh()

        # Off the UI thread: the vacuum afterwards can take seconds on a large file.
        self._job = run_with_progress(
            self, self.tr("Deleting…"), lambda _p: run_retention(db, ids), done, self._job_failed
        )
