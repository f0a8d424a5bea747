"""Mensen: the team in a searchable list; add, edit, archive, import, print the roster."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import AppError
from teamlead_app.labels import label
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employees import EmployeeRow
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.archive_dialog import ArchiveDialog
from teamlead_app.ui.dialogs.employee_dialog import EmployeeDialog
from teamlead_app.ui.errors import show_error
from teamlead_app.ui.models.table import Column, RowTableModel, SortProxy
from teamlead_app.ui.printing import export_roster
from teamlead_app.ui.widgets.lists import fill_team_combo, row_table
from teamlead_app.ui.write_access import guard_writes
from teamlead_app.util.dates import format_date


class PeoplePage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self._search_timer = QTimer(self)
        self._search_timer.setSingleShot(True)
        self._search_timer.setInterval(150)
        self._match = people.employee_matcher([])
        self._build_ui()
        self._connect_signals()
        guard_writes(
            self.context.ctx,
            self.add_button,
            self.edit_button,
            self.archive_button,
            self.import_button,
            self.team_button,
        )

    def _columns(self) -> list[Column[EmployeeRow]]:
        return [
            Column(
                self.tr("Name"),
                lambda r: r.list_name,
                # The service's Dutch order ("Çelik" with C): the row's key, worked out once.
                sort_key=lambda r: r.name_key,
            ),
            Column(self.tr("Function"), lambda r: r.function),
            Column(self.tr("Team"), lambda r: r.team),
            Column(self.tr("Kind"), lambda r: label("employee_kind", r.kind)),
            Column(self.tr("Stage"), lambda r: label("stage", r.stage)),
            Column(self.tr("Personnel no."), lambda r: r.personnel_number),
            Column(
                self.tr("In service"),
                lambda r: format_date(r.date_in_service),
                sort_key=lambda r: r.date_in_service or date.min,
            ),
            Column(
                self.tr("Out of service"),
                self._out_of_service,
                sort_key=lambda r: r.date_out_of_service or date.min,
            ),
        ]

    def _out_of_service(self, row: EmployeeRow) -> str:
        """The end date; "uit dienst per 30-06-2030" while it is still to come (notice)."""
        if row.leaving_on is not None:
            return self.tr("out of service as of {0}").format(format_date(row.leaving_on))
        return format_date(row.date_out_of_service)

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("People"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(title)

        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, function or team (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.state = QComboBox()
        self.state.addItem(self.tr("Active"), False)
        self.state.addItem(self.tr("Archived"), True)
        self.state.addItem(self.tr("Everyone"), None)
        self.team = QComboBox()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.team, 1)
        filters.addWidget(self.state, 1)
        layout.addLayout(filters)

        self.model: RowTableModel[EmployeeRow] = RowTableModel(self._columns(), self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = row_table(self.proxy)
        layout.addWidget(self.table, 1)

        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555; font-size: 11pt; padding: 24px;")
        layout.addWidget(self.empty, 1)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add person…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.profile_button = QPushButton(self.tr("&Profile"))
        self.archive_button = QPushButton(self.tr("Ar&chive…"))
        self.import_button = QPushButton(self.tr("&Import from HR…"))
        self.team_button = QPushButton(self.tr("Teams…"))
        self.print_button = QPushButton(self.tr("Print &roster…"))
        for button in (self.add_button, self.edit_button, self.profile_button, self.archive_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        for button in (self.team_button, self.import_button, self.print_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #555;")
        layout.addWidget(self.count_label)

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(lambda _t: self._search_timer.start())
        self._search_timer.timeout.connect(self.apply_search)
        self.state.currentIndexChanged.connect(self.reload)
        self.team.currentIndexChanged.connect(self.reload)
        self.table.doubleClicked.connect(lambda _i: self._open_profile())
        self.table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.add_button.clicked.connect(self._add)
        self.edit_button.clicked.connect(self._edit)
        self.profile_button.clicked.connect(self._open_profile)
        self.archive_button.clicked.connect(self._archive)
        self.import_button.clicked.connect(self._import)
        self.team_button.clicked.connect(self._teams)
        self.print_button.clicked.connect(self._print)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self._add)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.table, self._open_profile)

    # --- data ----------------------------------------------------------------------------

    def refresh(self) -> None:
        fill_team_combo(self.team, self.context.ctx, self.tr("All teams"))
        self.reload()

    def reload(self) -> None:
        """Read the people of the chosen team and state again (after a change or a new
        choice), then show those matching what is typed."""
        rows = people.list_employees(
            self.context.ctx, team_id=self.team.currentData(), archived=self.state.currentData()
        )
        self._match = people.employee_matcher(rows)
        self.apply_search()
        # Widths once per reading, not at every key: measuring every row is the slow part.
        self.table.resizeColumnsToContents()
        self.table.setColumnWidth(0, max(self.table.columnWidth(0), 220))

    def apply_search(self) -> None:
        """What the lead types filters the rows already read: no database work per key."""
        rows = self._match(self.search.text())
        self.model.set_rows(rows)
        has_rows = bool(rows)
        self.table.setVisible(has_rows)
        self.empty.setVisible(not has_rows)
        if not has_rows:
            if self.search.text().strip():
                self.empty.setText(self.tr("Nobody matches '{0}'.").format(self.search.text()))
            elif people.count_employees(self.context.ctx) == 0:
                self.empty.setText(
                    self.tr(
                        "No people yet. Add a person, import an export from HR, or load the "
                        "demo company on the Overview page."
                    )
                )
            else:
                self.empty.setText(self.tr("Nobody in this selection."))
        self.count_label.setText(self.tr("Number of people: {0}").format(len(rows)))
        self._update_buttons()

    def _selected(self) -> EmployeeRow | None:
        indexes = self.table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.model.row_at(self.proxy.mapToSource(indexes[0]).row())

    def _update_buttons(self) -> None:
        row = self._selected()
        for button in (self.edit_button, self.profile_button, self.archive_button):
            button.setEnabled(row is not None)
        if row is not None:
            self.archive_button.setText(
                self.tr("Re&activate") if row.archived else self.tr("Ar&chive…")
            )

    # --- actions -------------------------------------------------------------------------

    def _add(self) -> None:
        saved = EmployeeDialog.ask(self, self.context.ctx, None)
        if saved is not None:
            from teamlead_app.ui.pairing_flow import offer_if_newcomer

            offer_if_newcomer(self, self.context.ctx, saved)
            self.context.nav.data_changed()

    def _edit(self) -> None:
        row = self._selected()
        if row is not None and EmployeeDialog.ask(self, self.context.ctx, row.id) is not None:
            self.reload()

    def _open_profile(self) -> None:
        row = self._selected()
        if row is not None:
            self.context.nav.open_employee(row.id)

    def _archive(self) -> None:
        row = self._selected()
        if row is None:
            return
        try:
            if row.archived:
                people.reactivate_employee(self.context.ctx, row.id)
            elif ArchiveDialog.ask(self, self.context.ctx, row) is None:
                return
        except AppError as exc:
            show_error(self, exc)
        self.reload()

    def _import(self) -> None:
        from teamlead_app.ui.dialogs.import_dialog import ImportDialog

        if ImportDialog.ask(self, self.context.ctx):
            self.context.nav.data_changed()

    def _teams(self) -> None:
        from teamlead_app.ui.dialogs.teams_dialog import TeamsDialog

        TeamsDialog.ask(self, self.context.ctx)
        self.refresh()

    def _print(self) -> None:
        export_roster(self, self.context.ctx, self.team.currentData())
