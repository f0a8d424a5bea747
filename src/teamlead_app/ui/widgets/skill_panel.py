"""The side panel of the matrix: the chosen cell's level, requirement and history (newest
first), the knowledge-holder flag, and "wie weet hiervan?" for the chosen skill."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QListWidget, QVBoxLayout, QWidget

from teamlead_app.labels import label
from teamlead_app.records.skills import CoverageRow, MatrixCell, MatrixPerson
from teamlead_app.reports.matrix_style import level_text
from teamlead_app.services.skills.knowledge import HolderRow
from teamlead_app.services.skills.levels import LevelHistoryRow
from teamlead_app.ui.models.skill_matrix import coverage_tooltip
from teamlead_app.util.dates import format_date


class SkillPanel(QWidget):
    holder_toggled = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setMinimumWidth(280)
        self.setMaximumWidth(380)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setStyleSheet("font-size: 12pt; font-weight: 600;")
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.holder = QCheckBox(self.tr('Knowledge holder ("petje") for this skill'))
        self.history_title = QLabel(self.tr("History"))
        self.history_title.setStyleSheet("font-weight: 600; margin-top: 8px;")
        self.history = QListWidget()
        self.history.setWordWrap(True)
        self.who_title = QLabel(self.tr("Who knows about this?"))
        self.who_title.setStyleSheet("font-weight: 600; margin-top: 8px;")
        self.who = QListWidget()
        for widget in (
            self.title,
            self.details,
            self.holder,
            self.history_title,
            self.history,
            self.who_title,
            self.who,
        ):
            layout.addWidget(widget)
        self.holder.toggled.connect(self.holder_toggled)
        self.clear()

    def clear(self) -> None:
        self.title.setText(self.tr("Choose a cell"))
        self.details.setText(
            self.tr(
                "Move with the arrow keys. Type I, L, U or O (or 0-4) to set a level, "
                "- or Delete for 'not trained'. The history is kept."
            )
        )
        for widget in (self.holder, self.history_title, self.history):
            widget.hide()
        self.who.clear()
        self.who_title.hide()
        self.who.hide()

    def show_skill(self, skill: CoverageRow, holders: Sequence[HolderRow]) -> None:
        self.clear()
        self.title.setText(skill.skill)
        self.details.setText(coverage_tooltip(skill))
        self._fill_who(holders)

    def show_cell(
        self,
        person: MatrixPerson,
        skill: CoverageRow,
        cell: MatrixCell,
        history: Sequence[LevelHistoryRow],
        holders: Sequence[HolderRow],
    ) -> None:
        self.title.setText(f"{person.name}\n{skill.skill}")
        lines = [f"{level_text(cell.level)}: {label('iluo_level', cell.level)}"]
        if cell.required:
            lines.append(self.tr("Required for {0}: {1}").format(person.function, cell.required))
        if skill.certificate_type:
            lines.append(self.tr("Requires certificate: {0}").format(skill.certificate_type))
            if not cell.certified:
                lines.append(self.tr("Certificate missing or expired: does not count."))
        self.details.setText("\n".join(lines))
        self.holder.blockSignals(True)
        self.holder.setChecked(cell.knowledge_holder)
        self.holder.blockSignals(False)
        self.holder.show()
        self.history_title.show()
        self.history.show()
        self.history.clear()
        for row in history:
            text = f"{format_date(row.assessed_on)}  {level_text(row.level)}"
            if row.assessor:
                text += self.tr(" · by {0}").format(row.assessor)
            if row.evidence:
                text += f"\n{row.evidence}"
            self.history.addItem(text)
        if not history:
            self.history.addItem(self.tr("No level recorded yet."))
        self._fill_who(holders)

    def _fill_who(self, holders: Sequence[HolderRow]) -> None:
        self.who_title.show()
        self.who.show()
        self.who.clear()
        for row in holders:
            star = " ★" if row.knowledge_holder else ""
            self.who.addItem(f"{row.name} ({level_text(row.level)}){star}")
        if not holders:
            self.who.addItem(self.tr("Nobody at U or O yet."))
