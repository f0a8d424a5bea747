"""Start the POP for the next period from an evaluated one: choose which open goals continue
(all of them by default, one click), then the new draft plan opens."""

from __future__ import annotations

from datetime import timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import AppError
from teamlead_app.labels import label
from teamlead_app.records.development import PopView
from teamlead_app.services.development import pop
from teamlead_app.ui.widgets.form_error import FormError
from teamlead_app.util.dates import format_date

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext


class PopNextDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext, view: PopView) -> None:
        super().__init__(parent)
        self.db = ctx
        self.view = view
        self.new_pop_id: int | None = None
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Start next year's POP"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "The new plan starts on {0} with the three-year view, strengths and development "
                "points of this plan. Ticked goals continue in the new plan with their open steps; "
                "this evaluated plan stays as it is."
            ).format(format_date(self.view.period_end + timedelta(days=1)))
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.goals = QListWidget()
        for goal in self.view.open_goals:
            item = QListWidgetItem(f"{goal.what}  ({label('goal_status', goal.status)})")
            item.setData(Qt.ItemDataRole.UserRole, goal.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.goals.addItem(item)
        self.none_open = QLabel(self.tr("No open goals to carry over: the new plan starts empty."))
        self.none_open.setStyleSheet("color: #667;")
        has_goals = self.goals.count() > 0
        self.goals.setVisible(has_goals)
        self.none_open.setVisible(not has_goals)
        layout.addWidget(self.goals)
        layout.addWidget(self.none_open)
        picks = QHBoxLayout()
        self.all_button = QPushButton(self.tr("&All"))
        self.none_button = QPushButton(self.tr("&None"))
        for button in (self.all_button, self.none_button):
            button.setVisible(has_goals)
            picks.addWidget(button)
        picks.addStretch(1)
        layout.addLayout(picks)
        self.error = FormError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Start"))
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.all_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Checked))
        self.none_button.clicked.connect(lambda: self._check_all(Qt.CheckState.Unchecked))
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _check_all(self, state: Qt.CheckState) -> None:
        for row in range(self.goals.count()):
            self.goals.item(row).setCheckState(state)

    def chosen(self) -> list[int]:
        """The ids of the goals to carry over."""
        return [
            int(self.goals.item(row).data(Qt.ItemDataRole.UserRole))
            for row in range(self.goals.count())
            if self.goals.item(row).checkState() == Qt.CheckState.Checked
        ]

    def _save(self) -> None:
        try:
            self.new_pop_id = pop.start_next_pop(self.db, self.view.id, self.chosen())
        except AppError as exc:
            self.error.show_message(str(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: ServiceContext, view: PopView) -> int | None:
        """Show the dialog; the new plan's id, or None when cancelled."""
        dialog = cls(parent, ctx, view)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.new_pop_id
        return None
