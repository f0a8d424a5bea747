"""The matrix as a table model: row 0 is the coverage per skill (count on red/amber/green),
then one row per person; one column per skill, in group order. Letters and colours both,
so the grid reads in black and white and for the colour-blind."""

from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from teamlead_app.labels import label
from teamlead_app.records.skills import (
    EMPTY_CELL,
    CoverageRow,
    MatrixCell,
    MatrixPerson,
    MatrixView,
)
from teamlead_app.reports.matrix_style import COVERAGE_COLOURS, LEVEL_COLOURS, level_text
from teamlead_app.ui.models.table import Index

CELL_ROLE = Qt.ItemDataRole.UserRole + 10
GROUP_ROLE = Qt.ItemDataRole.UserRole + 11
COVERAGE_ROLE = Qt.ItemDataRole.UserRole + 12


class SkillMatrixModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._view = MatrixView((), (), {})
        self._font = QFont()
        self._font.setPointSize(13)
        self._font.setBold(True)

    # --- data in -------------------------------------------------------------------------

    def set_view(self, view: MatrixView) -> None:
        self.beginResetModel()
        self._view = view
        self.endResetModel()

    def person_at(self, row: int) -> MatrixPerson | None:
        people = self._view.people
        return people[row - 1] if 1 <= row <= len(people) else None

    def skill_at(self, column: int) -> CoverageRow | None:
        skills = self._view.skills
        return skills[column] if 0 <= column < len(skills) else None

    def cell_at(self, row: int, column: int) -> MatrixCell | None:
        person, skill = self.person_at(row), self.skill_at(column)
        if person is None or skill is None:
            return None
        return self._view.cell(person.id, skill.skill_id)

    def position_of(self, employee_id: int, skill_id: int) -> tuple[int, int] | None:
        rows = [i + 1 for i, p in enumerate(self._view.people) if p.id == employee_id]
        cols = [i for i, s in enumerate(self._view.skills) if s.skill_id == skill_id]
        return (rows[0], cols[0]) if rows and cols else None

    # --- Qt ------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or not self._view.skills:
            return 0
        return len(self._view.people) + 1

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._view.skills)

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        skill = self.skill_at(index.column())
        if skill is None or not 0 <= index.row() < self.rowCount():
            return None
        if index.row() == 0:
            return self._coverage_data(skill, role)
        cell = self.cell_at(index.row(), index.column())
        return None if cell is None else self._cell_data(cell, index.row(), skill, role)

    def _coverage_data(self, skill: CoverageRow, role: int) -> Any:
        background, text = COVERAGE_COLOURS[skill.status]
        if role == Qt.ItemDataRole.DisplayRole:
            return str(skill.qualified)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(background)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(text)
        if role == Qt.ItemDataRole.ToolTipRole:
            return plain_tooltip(coverage_tooltip(skill))
        if role == COVERAGE_ROLE:
            return skill
        return self._common(role)

    def _cell_data(self, cell: MatrixCell, row: int, skill: CoverageRow, role: int) -> Any:
        background, text = LEVEL_COLOURS[cell.level]
        if role == Qt.ItemDataRole.DisplayRole:
            return "" if cell is EMPTY_CELL else level_text(cell.level)
        if role == Qt.ItemDataRole.BackgroundRole:
            return QColor(background)
        if role == Qt.ItemDataRole.ForegroundRole:
            return QColor(text)
        if role == Qt.ItemDataRole.ToolTipRole:
            person = self.person_at(row)
            return plain_tooltip(cell_tooltip(person.name if person else "", skill.skill, cell))
        if role == CELL_ROLE:
            return cell
        return self._common(role)

    def _common(self, role: int) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        if role == Qt.ItemDataRole.FontRole:
            return self._font
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation == Qt.Orientation.Horizontal:
            skill = self.skill_at(section)
            if skill is None:
                return None
            if role == Qt.ItemDataRole.DisplayRole:
                return skill.skill
            if role == GROUP_ROLE:
                return skill.group
            if role == Qt.ItemDataRole.ToolTipRole:
                extra = (
                    "\n"
                    + QCoreApplication.translate(
                        "SkillMatrixModel", "Requires certificate: {0}"
                    ).format(skill.certificate_type)
                    if skill.certificate_type
                    else ""
                )
                return plain_tooltip(f"{skill.skill}\n{label('skill_group', skill.group)}{extra}")
            return None
        if not 0 <= section < self.rowCount():
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return QCoreApplication.translate("SkillMatrixModel", "Coverage (U/O)")
            person = self.person_at(section)
            return person.name if person else None
        if role == Qt.ItemDataRole.ToolTipRole and section > 0:
            person = self.person_at(section)
            if person is not None:
                leaving = (
                    QCoreApplication.translate("SkillMatrixModel", " · leaving")
                    if person.leaving_on
                    else ""
                )
                return plain_tooltip(f"{person.name}\n{person.function} · {person.team}{leaving}")
        return None


def plain_tooltip(text: str) -> str:
    """A tooltip that shows user text literally: Qt would render "<b>&" in a name as markup."""
    return "<qt>" + html.escape(text).replace("\n", "<br>") + "</qt>"


def cell_tooltip(person: str, skill: str, cell: MatrixCell) -> str:
    lines = [f"{person} · {skill}", f"{level_text(cell.level)}: {label('iluo_level', cell.level)}"]
    if cell.required:
        lines.append(
            QCoreApplication.translate("SkillMatrixModel", "Required for the function: {0}").format(
                level_text(cell.required)
            )
        )
    if cell.knowledge_holder:
        lines.append(
            QCoreApplication.translate(
                "SkillMatrixModel", "Knowledge holder (the one colleagues ask)"
            )
        )
    if not cell.certified:
        lines.append(
            QCoreApplication.translate(
                "SkillMatrixModel",
                "Required certificate missing or expired: does not count as qualified",
            )
        )
    return "\n".join(lines)


def coverage_tooltip(skill: CoverageRow) -> str:
    lines = [
        QCoreApplication.translate("SkillMatrixModel", "{0}: {1} qualified (U/O)").format(
            skill.skill, skill.qualified
        ),
        label("coverage", skill.status),
    ]
    if skill.leaving:
        lines.append(
            QCoreApplication.translate("SkillMatrixModel", "Leaving: {0}").format(skill.leaving)
        )
    if skill.away:
        lines.append(
            QCoreApplication.translate("SkillMatrixModel", "Away on rotation: {0}").format(
                skill.away
            )
        )
    if skill.certificate_expiring:
        lines.append(
            QCoreApplication.translate("SkillMatrixModel", "Certificate expiring soon: {0}").format(
                skill.certificate_expiring
            )
        )
    if skill.holders == 1:
        lines.append(QCoreApplication.translate("SkillMatrixModel", "Only one knowledge holder"))
    return "\n".join(lines)
