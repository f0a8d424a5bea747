"""Vakmanschap: the skills matrix of a team (people × skills on the ILUO scale), its coverage
row, keyboard editing with a light history entry, and the catalogue, Excel and PDF actions."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import AppError
from teamlead_app.labels import choices
from teamlead_app.services.common import settings
from teamlead_app.services.people import employees as people
from teamlead_app.services.skills import coverage as skill_coverage
from teamlead_app.services.skills import knowledge
from teamlead_app.services.skills import levels as skills
from teamlead_app.services.skills.levels import LevelDraft
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.level_dialog import LevelDialog
from teamlead_app.ui.errors import show_error
from teamlead_app.ui.models.skill_matrix import SkillMatrixModel
from teamlead_app.ui.widgets.lists import fill_team_combo
from teamlead_app.ui.widgets.skill_grid import MatrixTable
from teamlead_app.ui.widgets.skill_panel import SkillPanel
from teamlead_app.ui.write_access import guard_writes


class SkillsPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self._assessor = ""
        self._first_refresh = True
        self._build_ui()
        self._connect_signals()
        guard_writes(self.context.ctx, self.catalogue_button, self.import_button)

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Craftsmanship"))
        title.setStyleSheet("font-size: 18pt; font-weight: 600;")
        layout.addWidget(title)
        legend = QLabel(
            self.tr(
                "– not trained · I in training · L supervised · U independent · O can teach"
                "   ★ knowledge holder   ◣ below the level the function needs   ! certificate "
                "missing or expired"
            )
        )
        legend.setWordWrap(True)
        legend.setStyleSheet("color: #444;")
        layout.addWidget(legend)
        filters = QHBoxLayout()
        self.team = QComboBox()
        self.function = QComboBox()
        self.group = QComboBox()
        for text, widget in (
            (self.tr("Team"), self.team),
            (self.tr("Function"), self.function),
            (self.tr("Group"), self.group),
        ):
            caption = QLabel(text)
            caption.setBuddy(widget)
            filters.addWidget(caption)
            filters.addWidget(widget, 1)
        layout.addLayout(filters)

        self.model = SkillMatrixModel(self)
        self.grid = MatrixTable()
        self.grid.setModel(self.model)
        self.panel = SkillPanel()
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.grid)
        self.split.addWidget(self.panel)
        self.split.setStretchFactor(0, 1)
        layout.addWidget(self.split, 1)
        self.empty = QLabel()
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555; font-size: 11pt; padding: 24px;")
        layout.addWidget(self.empty, 1)

        buttons = QHBoxLayout()
        self.catalogue_button = QPushButton(self.tr("&Skills…"))
        self.import_button = QPushButton(self.tr("&Import from Excel…"))
        self.export_button = QPushButton(self.tr("Export to E&xcel…"))
        self.print_button = QPushButton(self.tr("&Print matrix…"))
        buttons.addWidget(self.catalogue_button)
        buttons.addStretch(1)
        for button in (self.import_button, self.export_button, self.print_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self.summary = QLabel()
        self.summary.setStyleSheet("color: #555;")
        layout.addWidget(self.summary)

    def _connect_signals(self) -> None:
        for combo in (self.team, self.function, self.group):
            combo.currentIndexChanged.connect(self.reload)
        self.grid.level_typed.connect(self._level_typed)
        self.grid.selectionModel().currentChanged.connect(self._current_changed)
        self.panel.holder_toggled.connect(self._holder_toggled)
        self.catalogue_button.clicked.connect(self._catalogue)
        self.import_button.clicked.connect(self._import)
        self.export_button.clicked.connect(lambda: self._export("xlsx"))
        self.print_button.clicked.connect(lambda: self._export("pdf"))

    # --- data ----------------------------------------------------------------------------

    def refresh(self) -> None:
        db = self.context.ctx
        teams = fill_team_combo(self.team, db, self.tr("All teams"))
        if self._first_refresh and teams:  # open on the first team, not on everyone
            self.team.blockSignals(True)
            self.team.setCurrentIndex(1)
            self.team.blockSignals(False)
        self._first_refresh = False
        self._fill(self.function, [(f, f) for f in people.list_functions(db)])
        self._fill(self.group, choices("skill_group"))
        config = settings.get_settings(db)
        self._assessor = self._assessor or config.lead_name
        self._warning_days = config.certificate_warning_days
        self.reload()

    def _fill(self, combo: QComboBox, items: list[tuple[str, str]]) -> None:
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(self.tr("All"), None)
        for code, text in items:
            combo.addItem(text, code)
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.blockSignals(False)

    def select_team(self, team_id: int | None) -> None:
        self.team.setCurrentIndex(max(self.team.findData(team_id), 0))

    def reload(self) -> None:
        current = self._current_ids()
        view = skill_coverage.matrix_view(
            self.context.ctx,
            team_id=self.team.currentData(),
            function=self.function.currentData(),
            group=self.group.currentData(),
            warning_days=getattr(self, "_warning_days", 90),
        )
        self.model.set_view(view)
        has_grid = bool(view.skills)
        self.split.setVisible(has_grid)
        self.empty.setVisible(not has_grid)
        if not has_grid:
            self.empty.setText(
                self.tr(
                    "No skills for this selection yet. Add them with 'Skills…', or import the "
                    "team's Excel matrix."
                )
            )
        red = sum(s.status == "red" for s in view.skills)
        amber = sum(s.status == "amber" for s in view.skills)
        self.summary.setText(
            self.tr("{0} people × {1} skills · red: {2} · amber: {3}").format(
                len(view.people), len(view.skills), red, amber
            )
        )
        if current is not None:
            self._select(*current)
        elif has_grid and view.people:
            self.grid.setCurrentIndex(self.model.index(1, 0))
        if has_grid:
            self.grid.setFocus()  # keyboard first: arrows and letters work at once

    def _current_ids(self) -> tuple[int, int] | None:
        index = self.grid.currentIndex()
        person = self.model.person_at(index.row()) if index.isValid() else None
        skill = self.model.skill_at(index.column()) if index.isValid() else None
        return (person.id, skill.skill_id) if person and skill else None

    def _select(self, employee_id: int, skill_id: int) -> None:
        position = self.model.position_of(employee_id, skill_id)
        if position is not None:
            self.grid.setCurrentIndex(self.model.index(*position))

    def _current_changed(self, index: QModelIndex, _previous: QModelIndex) -> None:
        skill = self.model.skill_at(index.column()) if index.isValid() else None
        if skill is None:
            self.panel.clear()
            return
        db = self.context.ctx
        holders = knowledge.who_knows(db, skill.skill_id)
        person = self.model.person_at(index.row())
        cell = self.model.cell_at(index.row(), index.column())
        if person is None or cell is None:
            self.panel.show_skill(skill, holders)
            return
        history = skills.level_history(db, person.id, skill.skill_id)
        self.panel.show_cell(person, skill, cell, history, holders)

    # --- editing -------------------------------------------------------------------------

    def _level_typed(self, row: int, column: int, level: str) -> None:
        person, skill = self.model.person_at(row), self.model.skill_at(column)
        cell = self.model.cell_at(row, column)
        if person is None or skill is None or cell is None or cell.level == level:
            return
        entry = LevelDialog.ask(self, person.name, skill.skill, cell.level, level, self._assessor)
        if entry is None:
            return
        self._assessor = entry.assessor
        draft = LevelDraft(
            person.id, skill.skill_id, level, entry.assessed_on, entry.assessor, entry.evidence
        )
        try:
            skills.set_level(self.context.ctx, draft)
        except AppError as exc:
            show_error(self, exc)
        self.reload()

    def _holder_toggled(self, holder: bool) -> None:
        ids = self._current_ids()
        if ids is None:
            return
        try:
            knowledge.set_knowledge_holder(self.context.ctx, ids[0], ids[1], holder)
        except AppError as exc:
            show_error(self, exc)
        self.reload()

    # --- actions -------------------------------------------------------------------------

    def _catalogue(self) -> None:
        from teamlead_app.ui.dialogs.skills_dialog import SkillsDialog

        SkillsDialog.ask(self, self.context.ctx, self.team.currentData())
        self.reload()

    def _import(self) -> None:
        from teamlead_app.ui.dialogs.matrix_import_dialog import MatrixImportDialog

        if MatrixImportDialog.ask(self, self.context.ctx, self.team.currentData()):
            self.reload()

    def _export(self, fmt: str) -> None:
        from teamlead_app.ui.printing_skills import export_matrix

        export_matrix(self, self.context.ctx, self.team.currentData(), fmt)
