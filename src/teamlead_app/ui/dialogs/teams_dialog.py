"""Teams: name, team lead and location. A small list with add and edit."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import ValidationError
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext


class TeamDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, ctx: ServiceContext, team: people.TeamView | None
    ) -> None:
        super().__init__(parent)
        self.db = ctx
        self.team = team
        self.setWindowTitle(self.tr("Edit team") if team else self.tr("New team"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(team.name if team else "")
        self.lead_name = QLineEdit(team.lead_name if team else "")
        self.location = QLineEdit(team.location if team else "")
        form.addRow(self.tr("Team name *"), self.name)
        form.addRow(self.tr("Team lead"), self.lead_name)
        form.addRow(self.tr("Location"), self.location)
        layout.addLayout(form)
        self.error = FormError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)
        for edit in (self.name, self.lead_name, self.location):
            edit.textChanged.connect(self._validate)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(420)
        self._validate()

    def draft(self) -> TeamDraft:
        return TeamDraft(self.name.text(), self.lead_name.text(), self.location.text())

    def _validate(self) -> bool:
        problems = people.validate_team(self.draft())
        message = next(iter(problems.values()), "")
        self.error.show_message(message)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not message)
        return not message

    def _save(self) -> None:
        try:
            people.save_team(self.db, self.draft(), self.team.id if self.team else None)
        except ValidationError as exc:
            self.error.show_message(str(exc))
            return
        self.accept()


class TeamsDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext) -> None:
        super().__init__(parent)
        self.db = ctx
        self.setWindowTitle(self.tr("Teams"))
        layout = QVBoxLayout(self)
        self.list = QListWidget()
        layout.addWidget(self.list)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&New team…"))
        self.edit_button = QPushButton(self.tr("&Edit…"))
        row.addWidget(self.add_button)
        row.addWidget(self.edit_button)
        row.addStretch(1)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        layout.addWidget(close)
        close.rejected.connect(self.accept)
        self.add_button.clicked.connect(lambda: self._edit(None))
        self.edit_button.clicked.connect(self._edit_selected)
        self.list.itemDoubleClicked.connect(lambda _i: self._edit_selected())
        self.setMinimumSize(460, 360)
        self._reload()

    def _reload(self) -> None:
        self.list.clear()
        for team in people.list_teams(self.db):
            details = ", ".join(part for part in (team.lead_name, team.location) if part)
            text = f"{team.name}  ({team.active_count})"
            if details:
                text += f"  –  {details}"
            item = QListWidgetItem(text)
            item.setData(256, team)
            self.list.addItem(item)
        self.edit_button.setEnabled(self.list.count() > 0)

    def _edit_selected(self) -> None:
        item = self.list.currentItem()
        if item is not None:
            self._edit(item.data(256))

    def _edit(self, team: people.TeamView | None) -> None:
        if TeamDialog(self, self.db, team).exec() == QDialog.DialogCode.Accepted:
            self._reload()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: ServiceContext) -> None:
        cls(parent, ctx).exec()
