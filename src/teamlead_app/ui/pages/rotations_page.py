"""Roulatie: the team's rotations with their conflicts (warnings with reasons), planning a
new one (with suggestions for red and amber skills), changing or removing a planned one,
evaluating one that ran, the stations and rotation forms, and printing the schedule for the
canteen wall. The planner tab opens a rotation or plans one for a person and week."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMenu,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import AppError, ValidationError
from teamlead_app.labels import label
from teamlead_app.records.rotations import ACTIVE_STATUSES, RotationView
from teamlead_app.services.people import employees as people
from teamlead_app.services.rotations import edits as rotation_edits
from teamlead_app.services.rotations import rules as rotation_rules
from teamlead_app.services.rotations import schedule as rotations
from teamlead_app.services.rotations import suggestions as rotation_suggestions
from teamlead_app.services.rotations.draft import RotationDraft
from teamlead_app.services.rotations.rules import RotationRow
from teamlead_app.services.skills import levels as skills
from teamlead_app.ui.conflicts import save_or_resolve
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.rotation_dialog import Prefill, RotationChoices, RotationDialog
from teamlead_app.ui.dialogs.rotation_evaluate_dialog import RotationEvaluateDialog
from teamlead_app.ui.dialogs.rotation_setup_dialog import RotationFormsDialog, StationsDialog
from teamlead_app.ui.errors import show_error
from teamlead_app.ui.models.table import Column, RowTableModel, SortProxy
from teamlead_app.ui.widgets.lists import delete_after_asking, fill_team_combo, row_table
from teamlead_app.ui.widgets.rotation_planner import RotationPlanner
from teamlead_app.util.dates import format_date

MAX_WIDTH = 170


class RotationsPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self._first_refresh = True
        self._build_ui()
        self._connect_signals()

    def _columns(self) -> list[Column[RotationRow]]:
        return [
            Column(
                self.tr("Period"),
                lambda r: (
                    f"{format_date(r.rotation.date_from)} – {format_date(r.rotation.date_to)}"
                ),
                sort_key=lambda r: (r.rotation.date_from, r.rotation.date_to),
            ),
            Column(self.tr("Employee"), lambda r: r.rotation.employee),
            Column(
                self.tr("Conflicts"),
                lambda r: self.tr("⚠ {0}").format(len(r.conflicts)) if r.conflicts else "",
                sort_key=lambda r: len(r.conflicts),
                tooltip=lambda r: "\n".join(c.message for c in r.conflicts),
            ),
            Column(self.tr("Form"), lambda r: r.rotation.form),
            Column(
                self.tr("Where"), lambda r: r.rotation.where, tooltip=lambda r: r.rotation.where
            ),
            Column(self.tr("Host"), lambda r: r.rotation.host),
            Column(self.tr("Learning goal"), self._goal),
            Column(self.tr("Status"), self._status),
        ]

    @staticmethod
    def _goal(row: RotationRow) -> str:
        r = row.rotation
        return f"{r.skill} → {r.target_level}" if r.skill and r.target_level else r.skill

    @staticmethod
    def _status(row: RotationRow) -> str:
        r = row.rotation
        text = label("rotation_status", r.status)
        outcome = label("rotation_outcome", r.outcome) if r.outcome else ""
        # "Afgebroken: Afgebroken" says it twice: an outcome equal to the status is left out.
        return f"{text}: {outcome}" if outcome and outcome != text else text

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Rotation"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(title)
        filters = QHBoxLayout()
        self.team = QComboBox()
        caption = QLabel(self.tr("Team"))
        caption.setBuddy(self.team)
        filters.addWidget(caption)
        filters.addWidget(self.team, 1)
        filters.addStretch(2)
        layout.addLayout(filters)
        self.model: RowTableModel[RotationRow] = RowTableModel(self._columns(), self)
        self.proxy = SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)
        listing = QWidget()
        list_layout = QVBoxLayout(listing)
        list_layout.setContentsMargins(0, 6, 0, 0)
        self.table = row_table(self.proxy)
        list_layout.addWidget(self.table, 1)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555; font-size: 11pt; padding: 24px;")
        list_layout.addWidget(self.empty, 1)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setStyleSheet("padding: 6px;")
        list_layout.addWidget(self.details)
        self.tabs.addTab(listing, self.tr("&List"))
        self.planner = RotationPlanner(self.context)
        self.tabs.addTab(self.planner, self.tr("Pl&anning"))
        buttons = QHBoxLayout()
        self.new_button = QPushButton(self.tr("&New rotation…"))
        self.edit_button = QPushButton(self.tr("&Change…"))
        self.delete_button = QPushButton(self.tr("&Delete…"))
        self.evaluate_button = QPushButton(self.tr("&Evaluate…"))
        self.setup_button = QPushButton(self.tr("Stations and f&orms"))
        setup = QMenu(self.setup_button)
        self.stations_action = setup.addAction(self.tr("Stations…"))
        self.forms_action = setup.addAction(self.tr("Rotation forms…"))
        self.setup_button.setMenu(setup)
        self.print_button = QPushButton(self.tr("&Print schedule…"))
        for button in (self.new_button, self.edit_button, self.delete_button):
            buttons.addWidget(button)
        buttons.addWidget(self.evaluate_button)
        buttons.addStretch(1)
        buttons.addWidget(self.setup_button)
        buttons.addWidget(self.print_button)
        layout.addLayout(buttons)

    def _connect_signals(self) -> None:
        self.team.currentIndexChanged.connect(self.reload)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.new_button.clicked.connect(lambda: self._new())
        self.edit_button.clicked.connect(self._edit_current)
        self.table.doubleClicked.connect(lambda _i: self._edit_current())
        self.delete_button.clicked.connect(self._delete)
        self.evaluate_button.clicked.connect(self._evaluate)
        self.stations_action.triggered.connect(
            lambda: StationsDialog(self, self.context.ctx).exec()
        )
        self.forms_action.triggered.connect(
            lambda: RotationFormsDialog(self, self.context.ctx).exec()
        )
        self.print_button.clicked.connect(self._print)
        # The planner prints the weeks it shows with its own button: one print in sight.
        self.tabs.currentChanged.connect(
            lambda _i: self.print_button.setVisible(self.tabs.currentWidget() is not self.planner)
        )
        self.planner.open_rotation.connect(self.open_rotation)
        self.planner.plan_rotation.connect(self._plan_from_planner)
        self.planner.evaluate_rotation.connect(self.evaluate_by_id)

    # --- data ----------------------------------------------------------------------------

    def refresh(self) -> None:
        teams = fill_team_combo(self.team, self.context.ctx, self.tr("All teams"))
        if self._first_refresh and teams:
            self.team.blockSignals(True)
            self.team.setCurrentIndex(1)
            self.team.blockSignals(False)
        self._first_refresh = False
        self.reload()

    def select_team(self, team_id: int | None) -> None:
        self.team.setCurrentIndex(max(self.team.findData(team_id), 0))

    def reload(self) -> None:
        rows = rotation_rules.rotations_with_conflicts(self.context.ctx, self.team.currentData())
        self.model.set_rows(rows)
        self.table.setVisible(bool(rows))
        self.empty.setVisible(not rows)
        self.empty.setText(
            self.tr(
                "No rotations planned yet. Use 'New rotation…': the suggestions show who could "
                "learn a red or amber skill, and with which host."
            )
        )
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):  # a long place name keeps its tooltip
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), MAX_WIDTH))
        if rows and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._row_changed(self.table.currentIndex(), QModelIndex())
        self.planner.set_team(self.team.currentData())

    def _current(self) -> RotationRow | None:
        index = self.table.currentIndex()
        if not index.isValid():
            return None
        return self.model.row_at(self.proxy.mapToSource(index).row())

    def _row_changed(self, _index: QModelIndex, _previous: QModelIndex) -> None:
        row = self._current()
        # A rotation is evaluated once it has started (until then: change or remove it).
        active = (
            row is not None
            and row.rotation.status in ACTIVE_STATUSES
            and row.rotation.date_from <= date.today()
        )
        self.evaluate_button.setEnabled(active)
        # Evaluated rotations are history: not changed; "Delete" says why it cannot go.
        self.edit_button.setEnabled(row is not None and row.rotation.status in ACTIVE_STATUSES)
        self.delete_button.setEnabled(row is not None)
        if row is None:
            self.details.setText("")
        elif row.conflicts:
            lines = [self.tr("Warnings:")] + [f"• {c.message}" for c in row.conflicts]
            self.details.setText("\n".join(lines))
        elif row.rotation.outcome:
            r = row.rotation
            parts = [self._status(row)]
            if r.learned:
                parts.append(self.tr("Learned: {0}").format(r.learned))
            if r.next_step:
                parts.append(self.tr("Next step: {0}").format(r.next_step))
            self.details.setText("\n".join(parts))
        else:
            self.details.setText(self.tr("No conflicts."))

    # --- actions -------------------------------------------------------------------------

    def _choices(self) -> RotationChoices:
        db = self.context.ctx
        team_id = self.team.currentData()
        staff = [(e.id, e.list_name) for e in people.list_employees(db)]  # in service
        return RotationChoices(
            staff,
            [(f.id, f.name) for f in rotations.list_forms(db)],
            [(s.id, s.name) for s in rotations.list_stations(db, team_id)],
            [(x.id, x.name) for x in people.list_teams(db)],
            [(s.id, s.name) for s in skills.list_skills(db, team_id)],
        )

    def _suggest(self, start: date, end: date) -> list[rotation_suggestions.Suggestion]:
        team_id = self.team.currentData()
        if team_id is None:
            return []
        return rotation_suggestions.suggest(self.context.ctx, team_id, start, end)

    def _check(
        self, draft: RotationDraft, rotation_id: int | None = None
    ) -> list[rotation_rules.Conflict]:
        """The warnings of what is filled in; a rotation being changed does not count
        against itself (no "double booked" with its own old dates)."""
        return rotation_rules.find_conflicts(self.context.ctx, draft, rotation_id)

    def _goals(self, employee_id: int, keep: int | None) -> list[tuple[int, str]]:
        return [
            (g.id, g.what) for g in rotation_edits.goal_choices(self.context.ctx, employee_id, keep)
        ]

    def _new(self, prefill: Prefill | None = None) -> None:
        draft = RotationDialog.ask(
            self, self._choices(), self._suggest, self._check, goals=self._goals, prefill=prefill
        )
        if draft is None:
            return
        try:
            rotations.save_rotation(self.context.ctx, draft)
        except AppError as exc:
            show_error(self, exc)
        self.reload()

    def _plan_from_planner(self, employee_id: int, monday: date) -> None:
        self._new(Prefill(employee_id, monday, monday + timedelta(days=4)))

    def _edit_current(self) -> None:
        row = self._current()
        if row is not None and row.rotation.status in ACTIVE_STATUSES:
            self.edit(row.rotation)

    def edit(self, view: RotationView) -> None:
        """Change a planned or running rotation: the same form, filled in; one save."""
        draft = RotationDialog.ask(
            self,
            self._choices(),
            self._suggest,
            lambda d: self._check(d, view.id),
            goals=self._goals,
            existing=view,
        )
        if draft is None:
            return
        try:  # saved by someone else meanwhile: the conflict dialog asks (ui/conflicts.py)
            save_or_resolve(
                self,
                lambda version, _knowingly: rotations.save_rotation(
                    self.context.ctx, replace(draft, row_version=version), view.id
                ),
                draft.row_version,
            )
        except AppError as exc:
            show_error(self, exc)
        self.reload()

    def open_rotation(self, rotation_id: int) -> None:
        """From the planner: a planned or running rotation opens to change; an evaluated
        one is shown in the list with its outcome."""
        try:
            view = rotations.get_rotation(self.context.ctx, rotation_id)
        except AppError as exc:
            show_error(self, exc)
            return
        if view.status in ACTIVE_STATUSES:
            self.edit(view)
            return
        self.tabs.setCurrentIndex(0)
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if self.model.row_at(self.proxy.mapToSource(index).row()).rotation.id == rotation_id:
                self.table.setCurrentIndex(index)

    def _delete(self) -> None:
        row = self._current()
        if row is None:
            return
        r = row.rotation
        refusal = rotation_edits.removal_refusal(r.status, r.date_from, date.today())
        if refusal:  # said at once, not after a question
            show_error(self, ValidationError(refusal))
            return
        name = self.tr("rotation of {0}, {1} – {2}").format(
            r.employee, format_date(r.date_from), format_date(r.date_to)
        )
        delete_after_asking(
            self,
            self.tr("Delete rotation"),
            name,
            lambda: rotation_edits.delete_rotation(self.context.ctx, r.id),
        )
        self.reload()

    def _evaluate(self) -> None:
        row = self._current()
        if row is not None:
            self.evaluate(row.rotation)

    def evaluate_by_id(self, rotation_id: int) -> None:
        """From the planner: evaluate a rotation that has begun."""
        try:
            self.evaluate(rotations.get_rotation(self.context.ctx, rotation_id))
        except AppError as exc:
            show_error(self, exc)

    def evaluate(self, view: RotationView) -> None:
        draft = RotationEvaluateDialog.ask(self, view)
        if draft is None:
            return
        try:
            rotations.evaluate_rotation(self.context.ctx, draft)
        except AppError as exc:
            show_error(self, exc)
        self.reload()

    def _print(self) -> None:
        from teamlead_app.ui.printing_skills import export_rotations

        export_rotations(self, self.context.ctx, self.team.currentData())
