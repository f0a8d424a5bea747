"""Import a team's Excel matrix: pick the file, see what it holds (people matched, new skills,
levels that change, and every cell it could not read, by its Excel address), and only then
write, in one transaction. Cancel writes nothing."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import AppError
from teamlead_app.labels import label
from teamlead_app.services.common import settings
from teamlead_app.services.skills import matrix_import
from teamlead_app.services.skills.matrix_import import MatrixPreview
from teamlead_app.ui.widgets.lists import fill_team_combo

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext


class MatrixImportDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext, team_id: int | None) -> None:
        super().__init__(parent)
        self.db = ctx
        self.preview: MatrixPreview | None = None
        self.setWindowTitle(self.tr("Import skills matrix from Excel"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Choose the team's Excel matrix: one row per person, one column per skill, "
                "cells I, L, U, O (or 0-4) or empty. Group names above the skills are "
                "recognised. Nothing is saved until you press Import."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.path = QLineEdit()
        self.path.setReadOnly(True)
        self.path.setPlaceholderText(self.tr("No file chosen"))
        self.browse = QPushButton(self.tr("&Choose file…"))
        self.team = QComboBox()
        fill_team_combo(self.team, ctx, self.tr("Whole company"))
        self.team.setCurrentIndex(max(self.team.findData(team_id), 0))
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        row.addWidget(QLabel(self.tr("Skills of")))
        row.addWidget(self.team)
        layout.addLayout(row)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.summary)
        self.details = QListWidget()
        layout.addWidget(self.details, 1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.import_button = self.buttons.addButton(
            self.tr("&Import"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setEnabled(False)
        layout.addWidget(self.buttons)
        self.browse.clicked.connect(self._choose)
        self.team.currentIndexChanged.connect(lambda _i: self.load())
        self.buttons.accepted.connect(self._import)
        self.buttons.rejected.connect(self.reject)
        self.resize(760, 560)

    def _choose(self) -> None:
        folder = str(QSettings().value("import/folder", str(Path.home())))
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose Excel matrix"), folder, self.tr("Excel (*.xlsx)")
        )
        if name:
            QSettings().setValue("import/folder", str(Path(name).parent))
            self.path.setText(name)
            self.load()

    def load(self) -> None:
        self.preview = None
        self.details.clear()
        self.import_button.setEnabled(False)
        if not self.path.text():
            return
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            self.preview = matrix_import.preview_matrix(
                self.db, Path(self.path.text()), self.team.currentData()
            )
        except AppError as exc:
            self.summary.setText(str(exc))
            return
        finally:
            QGuiApplication.restoreOverrideCursor()
        self._show(self.preview)

    def _show(self, p: MatrixPreview) -> None:
        self.summary.setText(
            self.tr(
                "Sheet '{0}': {1} people matched, {2} known skills, {3} new skills, "
                "{4} levels of which {5} change, {6} cells not read."
            ).format(
                p.sheet,
                len(p.people),
                len(p.known_skills),
                len(p.new_skills),
                len(p.levels),
                p.changes,
                len(p.problems),
            )
        )
        add = self.details.addItem
        for sheet in p.skipped_sheets:
            add(self.tr("Sheet '{0}' skipped: only the first sheet is read.").format(sheet))
        for name, group in p.new_skills:
            add(self.tr("New skill: {0} ({1})").format(name, label("skill_group", group)))
        for problem in p.problems:
            add(self.tr("Not read: {0}").format(matrix_import.format_problem(problem)))
        for person in p.people:
            add(self.tr("Matched: {0} (cell {1})").format(person.name, person.cell))
        self.import_button.setEnabled(bool(p.levels or p.new_skills))

    def _import(self) -> None:
        if self.preview is None:
            return
        assessor = settings.get_settings(self.db).lead_name
        try:
            matrix_import.commit_matrix(self.db, self.preview, assessor)
        except AppError as exc:
            self.summary.setText(str(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: ServiceContext, team_id: int | None) -> bool:
        return cls(parent, ctx, team_id).exec() == QDialog.DialogCode.Accepted
