"""The support agreed in a POP for its goals: a kind (training, time, budget, coaching,
walking along, rotation, buddy, other) and a description per row, edited in place."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QWidget

from teamlead_app.labels import choices
from teamlead_app.records.development import SupportItem
from teamlead_app.ui.widgets.row_editor import EditorRow, RowEditor


class _SupportRow(EditorRow):
    def __init__(self, item: SupportItem | None) -> None:
        self.kind = QComboBox()
        for code, text in choices("support_kind"):
            self.kind.addItem(text, code)
        self.description = QLineEdit()
        self.description.setPlaceholderText(
            QApplication.translate("GoalSupportEditor", "e.g. two days walking along with Kees")
        )
        self.remove = QPushButton(QApplication.translate("GoalSupportEditor", "Remove"))
        if item is not None:
            self.kind.setCurrentIndex(max(self.kind.findData(item.kind), 0))
            self.description.setText(item.description)

    def fields(self) -> list[QWidget]:
        return [self.kind, self.description]

    def item(self) -> SupportItem:
        return SupportItem(str(self.kind.currentData()), self.description.text())


class GoalSupportEditor(RowEditor):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(
            (),
            1,
            QApplication.translate(
                "GoalSupportEditor",
                "No support agreed yet: a course, time, budget, a buddy, walking along…",
            ),
            QApplication.translate("GoalSupportEditor", "+ Su&pport"),
            _SupportRow,
            parent,
        )

    def set_items(self, items: tuple[SupportItem, ...]) -> None:
        self.set_rows(items)

    def items(self) -> tuple[SupportItem, ...]:
        return tuple(row.item() for row in self._rows)
