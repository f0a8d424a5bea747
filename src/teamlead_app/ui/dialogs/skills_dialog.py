"""The skill catalogue of a team: add, rename, regroup, link a required certificate, set the
level each function needs, and delete a skill nobody has a level on yet."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import AppError
from teamlead_app.labels import choices, label
from teamlead_app.reports.matrix_style import level_text
from teamlead_app.services.people import employees as people
from teamlead_app.services.skills import certificates, knowledge
from teamlead_app.services.skills import levels as skills
from teamlead_app.services.skills.levels import SkillDraft, SkillView
from teamlead_app.ui.models.table import Column, RowTableModel
from teamlead_app.ui.widgets.form_error import FormError
from teamlead_app.ui.widgets.lists import delete_after_asking, editable_list

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext


class SkillEditDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        ctx: ServiceContext,
        team_id: int | None,
        skill: SkillView | None,
    ) -> None:
        super().__init__(parent)
        self.db, self.team_id, self.skill = ctx, team_id, skill
        self.setWindowTitle(self.tr("Edit skill") if skill else self.tr("New skill"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(skill.name if skill else "")
        self.name.setMaxLength(skills.MAX_SKILL_NAME)
        self.group = QComboBox()
        for code, text in choices("skill_group"):
            self.group.addItem(text, code)
        self.group.setCurrentIndex(max(self.group.findData(skill.group if skill else None), 0))
        self.certificate = QComboBox()
        self.certificate.addItem(self.tr("(none)"), None)
        for kind in certificates.list_types(ctx):
            self.certificate.addItem(kind.name, kind.id)
        if skill is not None:
            self.certificate.setCurrentIndex(
                max(self.certificate.findData(skill.certificate_type_id), 0)
            )
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Group"), self.group)
        form.addRow(self.tr("Requires certificate"), self.certificate)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Level each function needs (the gap view):")))
        self.required = QTableWidget(0, 2)
        self.required.setHorizontalHeaderLabels([self.tr("Function"), self.tr("Required level")])
        self.required.horizontalHeader().setStretchLastSection(True)
        self.required.verticalHeader().hide()
        self._fill_required()
        layout.addWidget(self.required)
        self.error = FormError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.name.textChanged.connect(self._validate)
        self._validate()
        self.resize(480, 520)

    def _fill_required(self) -> None:
        known = knowledge.required_levels(self.db)
        functions = people.list_functions(self.db)
        self.required.setRowCount(len(functions))
        for row, function in enumerate(functions):
            self.required.setItem(row, 0, QTableWidgetItem(function))
            combo = QComboBox()
            combo.addItem(self.tr("(not required)"), None)
            for level in ("I", "L", "U", "O"):
                combo.addItem(f"{level_text(level)} · {label('iluo_level', level)}", level)
            if self.skill is not None:
                combo.setCurrentIndex(max(combo.findData(known.get((function, self.skill.id))), 0))
            self.required.setCellWidget(row, 1, combo)
        self.required.resizeColumnToContents(0)

    def draft(self) -> SkillDraft:
        return SkillDraft(
            self.name.text(), self.group.currentData(), self.team_id, self.certificate.currentData()
        )

    def required_levels(self) -> list[tuple[str, str | None]]:
        """(function, level or None) for every function row of the table."""
        levels: list[tuple[str, str | None]] = []
        for row in range(self.required.rowCount()):
            combo = self.required.cellWidget(row, 1)
            function = self.required.item(row, 0)
            assert isinstance(combo, QComboBox) and function is not None
            levels.append((function.text(), combo.currentData()))
        return levels

    def _validate(self) -> bool:
        problems = skills.validate_skill(self.draft())
        self.error.show_message(next(iter(problems.values()), ""))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not problems)
        return not problems

    def _save(self) -> None:
        if not self._validate():
            return
        try:  # one call: the skill and its required levels, or nothing
            knowledge.save_skill_with_levels(
                self.db, self.draft(), self.skill.id if self.skill else None, self.required_levels()
            )
        except AppError as exc:
            self.error.show_message(str(exc))
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ctx: ServiceContext,
        team_id: int | None,
        skill: SkillView | None,
    ) -> bool:
        return cls(parent, ctx, team_id, skill).exec() == QDialog.DialogCode.Accepted


class SkillsDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext, team_id: int | None) -> None:
        super().__init__(parent)
        self.db, self.team_id = ctx, team_id
        team = next((t.name for t in people.list_teams(ctx) if t.id == team_id), "")
        self.setWindowTitle(self.tr("Skills of {0}").format(team) if team else self.tr("Skills"))
        layout = QVBoxLayout(self)
        self.model: RowTableModel[SkillView] = RowTableModel(
            [
                Column(self.tr("Group"), lambda s: label("skill_group", s.group)),
                Column(self.tr("Skill"), lambda s: s.name),
                Column(self.tr("Team"), lambda s: s.team or self.tr("whole company")),
                Column(self.tr("Requires certificate"), lambda s: s.certificate_type),
            ],
            self,
        )
        self.table, self.add_button, self.edit_button, self.delete_button = editable_list(
            layout, self.model, self._add, self._edit, self._delete, self.accept
        )
        self.reload()
        self.resize(760, 560)

    def reload(self) -> None:
        self.model.set_rows(skills.list_skills(self.db, self.team_id))
        self.table.resizeColumnsToContents()

    def _selected(self) -> SkillView | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _add(self) -> None:
        if SkillEditDialog.ask(self, self.db, self.team_id, None):
            self.reload()

    def _edit(self) -> None:
        skill = self._selected()
        if skill is not None and SkillEditDialog.ask(self, self.db, skill.team_id, skill):
            self.reload()

    def _delete(self) -> None:
        skill = self._selected()
        if skill is None:
            return
        delete_after_asking(
            self,
            self.tr("Delete skill"),
            skill.name,
            lambda: skills.delete_skill(self.db, skill.id),
        )
        self.reload()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: ServiceContext, team_id: int | None) -> None:
        cls(parent, ctx, team_id).exec()
