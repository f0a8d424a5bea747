"""Ontwikkeling: who has a POP for the year and how far it is, and every development goal.
Two tabs over the same filters (search, team; the year for the POP list). Lists load in one or
two service calls; searching filters what is loaded, as you type."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import AppError
from teamlead_app.records.development import ACTIVE_STATUSES
from teamlead_app.services.development import pop
from teamlead_app.services.development.goals import GoalRow, list_goals
from teamlead_app.services.development.pop_queries import pop_status_by_employee
from teamlead_app.services.people import employees as people
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.goal_dialog import GoalDialog
from teamlead_app.ui.errors import show_error
from teamlead_app.ui.models.table import RowTableModel, SortProxy
from teamlead_app.ui.printing import save_report
from teamlead_app.ui.widgets.goal_rows import (
    PersonPop,
    goal_columns,
    goal_status_filters,
    person_columns,
)
from teamlead_app.ui.widgets.lists import fill_team_combo, row_table
from teamlead_app.ui.write_access import guard_writes


class SearchProxy(SortProxy):
    """Keeps the rows in which every typed word occurs in some column (case-insensitive).
    Each row's text is gathered once per load, so typing stays instant on a thousand rows."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._words: list[str] = []
        self._texts: list[str] | None = None

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        super().setSourceModel(model)
        # Before the proxy maps the new rows: a stale text list would filter the wrong rows.
        model.modelAboutToBeReset.connect(self._forget)

    def _forget(self) -> None:
        self._texts = None

    def set_search(self, text: str) -> None:
        self.beginFilterChange()
        self._words = text.casefold().split()
        self.endFilterChange(SortProxy.Direction.Rows)

    def _row_texts(self) -> list[str]:
        if self._texts is None:
            model = self.sourceModel()
            columns = range(model.columnCount())
            self._texts = [
                " ".join(str(model.index(row, c).data() or "") for c in columns).casefold()
                for row in range(model.rowCount())
            ]
        return self._texts

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        texts = self._row_texts()
        return row < len(texts) and all(word in texts[row] for word in self._words)


def _table(proxy: SearchProxy) -> QTableView:
    table = row_table(proxy)
    # Column widths from the rows in view plus a sample: measuring every one of a thousand
    # rows costs a quarter of a second per reload.
    table.horizontalHeader().setResizeContentsPrecision(100)
    return table


def _empty_label() -> QLabel:
    empty = QLabel()
    empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
    empty.setWordWrap(True)
    empty.setStyleSheet("color: #555; font-size: 11pt; padding: 24px;")
    return empty


class DevelopmentPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self._team_ids: set[int] = set()
        self._goals_loaded = False
        self._build_ui()
        self._connect_signals()
        guard_writes(self.context.ctx, self.new_goal_button)

    # --- layout --------------------------------------------------------------------------

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Development"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(title)
        filters = QHBoxLayout()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search by name, function, team or goal (Ctrl+F)"))
        self.search.setClearButtonEnabled(True)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.year.setValue(date.today().year)
        self.year.setPrefix(self.tr("Year "))
        self.team = QComboBox()
        filters.addWidget(self.search, 3)
        filters.addWidget(self.year)
        filters.addWidget(self.team, 1)
        layout.addLayout(filters)
        self.tabs = QTabWidget()
        self.tabs.addTab(self._people_tab(), self.tr("&POPs {0}").format(self.year.value()))
        self.tabs.addTab(self._goals_tab(), self.tr("&Goals"))
        layout.addWidget(self.tabs, 1)
        self.count_label = QLabel()
        self.count_label.setStyleSheet("color: #555;")
        layout.addWidget(self.count_label)

    def _people_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        self.person_model: RowTableModel[PersonPop] = RowTableModel(person_columns(), self)
        self.person_proxy = SearchProxy(self)
        self.person_proxy.setSourceModel(self.person_model)
        self.person_table = _table(self.person_proxy)
        self.person_empty = _empty_label()
        buttons = QHBoxLayout()
        self.open_pop_button = QPushButton(self.tr("&Open POP"))
        self.new_goal_button = QPushButton(self.tr("&New goal…"))
        self.new_goal_button.setToolTip(self.tr("Ctrl+N"))
        self.profile_button = QPushButton(self.tr("Pro&file"))
        self.blank_prep_button = QPushButton(self.tr("Blank preparation form…"))
        for button in (self.open_pop_button, self.new_goal_button, self.profile_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.blank_prep_button)
        layout.addWidget(self.person_table, 1)
        layout.addWidget(self.person_empty, 1)
        layout.addLayout(buttons)
        return tab

    def _goals_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        top = QHBoxLayout()
        self.goal_status = QComboBox()
        for text, code in goal_status_filters():
            self.goal_status.addItem(text, code)
        status_label = QLabel(self.tr("&Status"))
        status_label.setBuddy(self.goal_status)
        top.addWidget(status_label)
        top.addWidget(self.goal_status)
        top.addStretch(1)
        layout.addLayout(top)
        self.goal_model: RowTableModel[GoalRow] = RowTableModel(goal_columns(date.today()), self)
        self.goal_proxy = SearchProxy(self)
        self.goal_proxy.setSourceModel(self.goal_model)
        self.goal_table = _table(self.goal_proxy)
        self.goal_table.setWordWrap(False)
        # Unsorted until a header is clicked: the service's order (surname, then target date).
        self.goal_table.sortByColumn(-1, Qt.SortOrder.AscendingOrder)
        self.goal_empty = _empty_label()
        buttons = QHBoxLayout()
        self.edit_goal_button = QPushButton(self.tr("Open &goal…"))
        self.goal_pop_button = QPushButton(self.tr("Open its P&OP"))
        for button in (self.edit_goal_button, self.goal_pop_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout.addWidget(self.goal_table, 1)
        layout.addWidget(self.goal_empty, 1)
        layout.addLayout(buttons)
        return tab

    def _connect_signals(self) -> None:
        self.search.textChanged.connect(self._search_changed)
        self.year.valueChanged.connect(lambda _v: self.reload())
        self.team.currentIndexChanged.connect(lambda _i: self.reload())
        self.goal_status.currentIndexChanged.connect(lambda _i: self._load_goals())
        self.tabs.currentChanged.connect(self._tab_changed)
        self.person_table.doubleClicked.connect(lambda _i: self.open_pop())
        self.person_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.goal_table.doubleClicked.connect(lambda _i: self.edit_goal())
        self.goal_table.selectionModel().selectionChanged.connect(self._update_buttons)
        self.open_pop_button.clicked.connect(self.open_pop)
        self.new_goal_button.clicked.connect(self.new_goal)
        self.profile_button.clicked.connect(self._open_profile)
        self.blank_prep_button.clicked.connect(self._print_blank_prep)
        self.edit_goal_button.clicked.connect(self.edit_goal)
        self.goal_pop_button.clicked.connect(self._open_goal_pop)
        QShortcut(QKeySequence.StandardKey.Find, self, self.search.setFocus)
        QShortcut(QKeySequence.StandardKey.New, self, self.new_goal)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.person_table, self.open_pop)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.goal_table, self.edit_goal)

    # --- data ----------------------------------------------------------------------------

    def refresh(self) -> None:
        fill_team_combo(self.team, self.context.ctx, self.tr("All teams"))
        self.reload()

    def reload(self) -> None:
        """The people of the team with the year's plan: two service calls."""
        db, year, team_id = self.context.ctx, self.year.value(), self.team.currentData()
        employees = people.list_employees(db, team_id=team_id)
        plans = pop_status_by_employee(db, year, team_id)
        self._team_ids = {row.id for row in employees}
        self.person_model.set_rows(
            [PersonPop(employee, plans.get(employee.id)) for employee in employees]
        )
        self.tabs.setTabText(0, self.tr("&POPs {0}").format(year))
        self.person_table.resizeColumnsToContents()
        self.person_table.setColumnWidth(0, max(self.person_table.columnWidth(0), 220))
        self._goals_loaded = False
        if self.tabs.currentIndex() == 1:
            self._load_goals()
        self._show_state()

    def _load_goals(self) -> None:
        """The goals of the people in the list (in service, the chosen team): one call."""
        rows = self._goal_rows(self.goal_status.currentData())
        self.goal_model.set_rows([row for row in rows if row.employee_id in self._team_ids])
        self.goal_table.resizeColumnsToContents()
        # Long goal texts are cut off (the whole text is in the goal dialog)
        # so that the latest progress stays in view without scrolling sideways.
        self.goal_table.setColumnWidth(1, min(self.goal_table.columnWidth(1), 320))
        self._goals_loaded = True
        self._show_state()

    def _goal_rows(self, status: str | None) -> list[GoalRow]:
        if status == "active":
            # Running goals: working states, not the history of an evaluated plan.
            return [
                row
                for row in list_goals(self.context.ctx)
                if row.status in ACTIVE_STATUSES and not row.read_only
            ]
        return list_goals(self.context.ctx, status=status)

    def _search_changed(self, text: str) -> None:
        self.person_proxy.set_search(text)
        self.goal_proxy.set_search(text)
        self._show_state()

    def _tab_changed(self, index: int) -> None:
        self.year.setEnabled(index == 0)
        if index == 1 and not self._goals_loaded:
            self._load_goals()
        self._show_state()

    def _show_state(self) -> None:
        """Table or guidance, the count line and the buttons, for the tab in front."""
        self._show_people_state()
        self._show_goals_state()
        if self.tabs.currentIndex() == 0:
            self.count_label.setText(self.tr("People: {0}").format(self.person_proxy.rowCount()))
        else:
            self.count_label.setText(self.tr("Goals: {0}").format(self.goal_proxy.rowCount()))
        self._update_buttons()

    def _show_people_state(self) -> None:
        shown = self.person_proxy.rowCount() > 0
        self.person_table.setVisible(shown)
        self.person_empty.setVisible(not shown)
        if shown:
            return
        if self.search.text().strip() and self.person_model.rowCount():
            text = self.tr("Nobody matches '{0}'.").format(self.search.text())
        elif people.count_employees(self.context.ctx) == 0:
            text = self.tr(
                "No people yet. Add your team on the People page (or load the demo company on "
                "the Overview page); then each person gets a POP here."
            )
        else:
            text = self.tr("Nobody in service in this team.")
        self.person_empty.setText(text)

    def _show_goals_state(self) -> None:
        shown = self.goal_proxy.rowCount() > 0
        self.goal_table.setVisible(shown)
        self.goal_empty.setVisible(not shown)
        if shown:
            return
        if self.search.text().strip() and self.goal_model.rowCount():
            text = self.tr("No goal matches '{0}'.").format(self.search.text())
        else:
            text = self.tr(
                "No goals in this selection. Choose a person on the POPs tab and click "
                "'New goal…' (Ctrl+N), or agree goals in the POP."
            )
        self.goal_empty.setText(text)

    def _update_buttons(self) -> None:
        person = self.selected_person()
        goal = self.selected_goal()
        self.open_pop_button.setEnabled(person is not None)
        self.new_goal_button.setEnabled(person is not None)
        self.profile_button.setEnabled(person is not None)
        self.edit_goal_button.setEnabled(goal is not None)
        self.goal_pop_button.setEnabled(goal is not None and goal.pop_id is not None)

    def selected_person(self) -> PersonPop | None:
        indexes = self.person_table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.person_model.row_at(self.person_proxy.mapToSource(indexes[0]).row())

    def selected_goal(self) -> GoalRow | None:
        indexes = self.goal_table.selectionModel().selectedRows()
        if not indexes:
            return None
        return self.goal_model.row_at(self.goal_proxy.mapToSource(indexes[0]).row())

    # --- actions -------------------------------------------------------------------------

    def open_pop(self) -> None:
        """The person's plan for the year; without one, a draft plan after a yes."""
        person = self.selected_person()
        if person is None:
            return
        if person.pop_id is not None:
            self.context.nav.open_pop(person.pop_id)
            return
        year = self.year.value()
        answer = QMessageBox.question(
            self,
            self.tr("New POP"),
            self.tr("{0} has no POP for {1} yet. Start a draft POP for {1}?").format(
                person.employee.full_name, year
            ),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            pop_id = pop.create_pop(self.context.ctx, person.employee.id, year)
        except AppError as exc:
            show_error(self, exc)
            return
        self.reload()
        self.context.nav.open_pop(pop_id)

    def new_goal(self) -> None:
        """A goal outside a POP for the chosen person (it can be taken into the POP later)."""
        if self.tabs.currentIndex() == 1:
            goal = self.selected_goal()
            employee_id = goal.employee_id if goal else None
        else:
            person = self.selected_person()
            employee_id = person.employee.id if person else None
        if employee_id is None:
            self.count_label.setText(self.tr("Choose a person first, then 'New goal…'."))
            return
        if GoalDialog.ask(self, self.context.ctx, employee_id) is not None:
            self.reload()

    def edit_goal(self) -> None:
        goal = self.selected_goal()
        if (
            goal is not None
            and GoalDialog.ask(self, self.context.ctx, goal.employee_id, goal.id) is not None
        ):
            self.reload()

    def _open_goal_pop(self) -> None:
        goal = self.selected_goal()
        if goal is not None and goal.pop_id is not None:
            self.context.nav.open_pop(goal.pop_id)

    def _open_profile(self) -> None:
        person = self.selected_person()
        if person is not None:
            self.context.nav.open_employee(person.employee.id)

    def _print_blank_prep(self) -> None:
        from teamlead_app.services.exports.files import save_pop_prep

        db = self.context.ctx
        save_report(
            self,
            self.tr("Save preparation form"),
            self.tr("pop-preparation.pdf"),
            self.tr("PDF (*.pdf)"),
            lambda path: save_pop_prep(db, None, path),
        )
