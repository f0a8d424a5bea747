"""What rotations are planned with, editable from the Roulatie page: the stations (a
complexity from simple to complex and the skills asked first, so "start simple" can be
checked) and the rotation forms (domain §3.9: walking along, a mini-placement ...). Each save
or delete is one service call; a station or form a rotation uses cannot be deleted."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Generic, TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import AppError
from teamlead_app.services.people import employees as people
from teamlead_app.services.rotations import edits as rotation_edits
from teamlead_app.services.rotations import schedule as rotations
from teamlead_app.services.rotations.stations import RotationFormView, StationDraft, StationView
from teamlead_app.services.skills import levels as skills
from teamlead_app.ui.models.table import Column, RowTableModel
from teamlead_app.ui.widgets.form_error import FormError
from teamlead_app.ui.widgets.lists import delete_after_asking, editable_list

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext

Row = TypeVar("Row")


def _save_buttons(dialog: QDialog, layout: QVBoxLayout) -> tuple[FormError, QDialogButtonBox]:
    error = FormError()
    layout.addWidget(error)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return error, buttons


class StationDialog(QDialog):
    """One station: name, team, complexity and the skills asked before one starts here."""

    def __init__(
        self, parent: QWidget | None, ctx: ServiceContext, existing: StationView | None
    ) -> None:
        super().__init__(parent)
        self.db, self.existing = ctx, existing
        self.setWindowTitle(self.tr("Station"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(existing.name if existing else "")
        self.name.setMaxLength(200)
        self.team = QComboBox()
        self.team.addItem(self.tr("(all teams)"), None)
        for team in people.list_teams(ctx):
            self.team.addItem(team.name, team.id)
        self.team.setCurrentIndex(
            max(self.team.findData(existing.team_id if existing else None), 0)
        )
        self.complexity = QComboBox()
        for level, text in (
            (1, self.tr("1 – simple")),
            (2, self.tr("2 – in between")),
            (3, self.tr("3 – complex")),
        ):
            self.complexity.addItem(text, level)
        self.complexity.setCurrentIndex(
            self.complexity.findData(existing.complexity if existing else 1)
        )
        self.needs = QListWidget()
        chosen = set(existing.prerequisite_ids) if existing else set()
        self._skill_team: dict[int, int | None] = {}
        for skill in skills.list_skills(ctx):
            item = QListWidgetItem(f"{skill.name} ({skill.team})" if skill.team else skill.name)
            item.setData(Qt.ItemDataRole.UserRole, skill.id)
            self._skill_team[skill.id] = skill.team_id
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(
                Qt.CheckState.Checked if skill.id in chosen else Qt.CheckState.Unchecked
            )
            self.needs.addItem(item)
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Team"), self.team)
        form.addRow(self.tr("Complexity"), self.complexity)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Skills needed first (at least U):")))
        layout.addWidget(self.needs, 1)
        self.error, self.buttons = _save_buttons(self, layout)
        self.buttons.accepted.connect(self._save)
        self.name.textChanged.connect(self._validate)
        self.team.currentIndexChanged.connect(self._show_team_skills)
        self._show_team_skills()
        self._validate()
        self.resize(460, 520)

    def _show_team_skills(self) -> None:
        """The skills of the station's team and the company-wide ones (a chosen one stays)."""
        team = self.team.currentData()
        for i in range(self.needs.count()):
            item = self.needs.item(i)
            owner = self._skill_team[int(item.data(Qt.ItemDataRole.UserRole))]
            chosen = item.checkState() == Qt.CheckState.Checked
            item.setHidden(not (chosen or team is None or owner in (None, team)))

    def draft(self) -> StationDraft:
        needs = tuple(
            int(self.needs.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.needs.count())
            if self.needs.item(i).checkState() == Qt.CheckState.Checked
        )
        return StationDraft(
            self.name.text(), self.team.currentData(), self.complexity.currentData(), needs
        )

    def _validate(self) -> bool:
        message = "" if self.name.text().strip() else self.tr("Give the station a name.")
        self.error.show_message(message)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not message)
        return not message

    def _save(self) -> None:
        if not self._validate():
            return
        try:
            rotations.save_station(
                self.db, self.draft(), self.existing.id if self.existing else None
            )
        except AppError as exc:
            self.error.show_message(str(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: ServiceContext, existing: StationView | None) -> bool:
        return cls(parent, ctx, existing).exec() == QDialog.DialogCode.Accepted


class RotationFormDialog(QDialog):
    """One rotation form: name, what it is for, how long it usually takes."""

    def __init__(
        self, parent: QWidget | None, ctx: ServiceContext, existing: RotationFormView | None
    ) -> None:
        super().__init__(parent)
        self.db, self.existing = ctx, existing
        self.setWindowTitle(self.tr("Rotation form"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.name = QLineEdit(existing.name if existing else "")
        self.name.setMaxLength(200)
        self.purpose = QLineEdit(existing.purpose if existing else "")
        self.purpose.setMaxLength(300)
        self.duration = QLineEdit(existing.duration if existing else "")
        self.duration.setMaxLength(100)
        self.duration.setPlaceholderText(self.tr("e.g. 1-5 days"))
        form.addRow(self.tr("Name"), self.name)
        form.addRow(self.tr("Purpose"), self.purpose)
        form.addRow(self.tr("Usual duration"), self.duration)
        layout.addLayout(form)
        self.error, self.buttons = _save_buttons(self, layout)
        self.buttons.accepted.connect(self._save)
        self.name.textChanged.connect(self._validate)
        self._validate()
        self.setMinimumWidth(480)

    def _validate(self) -> bool:
        message = "" if self.name.text().strip() else self.tr("Give the form a name.")
        self.error.show_message(message)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not message)
        return not message

    def _save(self) -> None:
        if not self._validate():
            return
        try:
            rotations.save_form(
                self.db, self.existing, self.name.text(), self.purpose.text(), self.duration.text()
            )
        except AppError as exc:
            self.error.show_message(str(exc))
            return
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx: ServiceContext, existing: RotationFormView | None
    ) -> bool:
        return cls(parent, ctx, existing).exec() == QDialog.DialogCode.Accepted


@dataclass(frozen=True)
class ListSource(Generic[Row]):
    """What a list dialog lists, and how a row is opened (None: a new one), named and removed."""

    columns: list[Column[Row]]
    rows: Callable[[], list[Row]]
    open: Callable[[Row | None], bool]
    name: Callable[[Row], str]
    remove: Callable[[Row], None]


class _ListDialog(QDialog, Generic[Row]):
    """A list with Add…, Edit…, Delete and Close; `source` says what is listed."""

    def __init__(self, parent: QWidget | None, ctx: ServiceContext, title: str) -> None:
        super().__init__(parent)
        self.db = ctx
        self.setWindowTitle(title)

    def show_list(self, source: ListSource[Row]) -> None:
        self.source = source
        layout = QVBoxLayout(self)
        self.model: RowTableModel[Row] = RowTableModel(source.columns, self)
        self.table, self.add_button, self.edit_button, self.delete_button = editable_list(
            layout, self.model, self._add, self._edit, self._delete, self.accept
        )
        self.reload()
        self.resize(720, 440)

    def reload(self) -> None:
        self.model.set_rows(self.source.rows())
        self.table.resizeColumnsToContents()
        for column in range(self.model.columnCount()):  # long names keep their tooltip
            self.table.setColumnWidth(column, min(self.table.columnWidth(column), 260))
        if self.model.rowCount() and not self.table.selectionModel().selectedRows():
            self.table.selectRow(0)

    def selected(self) -> Row | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _add(self) -> None:
        if self.source.open(None):
            self.reload()

    def _edit(self) -> None:
        chosen = self.selected()
        if chosen is not None and self.source.open(chosen):
            self.reload()

    def _delete(self) -> None:
        chosen = self.selected()
        if chosen is None:
            return
        delete_after_asking(
            self, self.windowTitle(), self.source.name(chosen), lambda: self.source.remove(chosen)
        )
        self.reload()


class StationsDialog(_ListDialog[StationView]):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext) -> None:
        self._skill_names = {s.id: s.name for s in skills.list_skills(ctx)}
        self._team_names = {t.id: t.name for t in people.list_teams(ctx)}
        super().__init__(parent, ctx, self.tr("Stations"))
        self.show_list(
            ListSource(
                [
                    Column(self.tr("Station"), lambda s: s.name, tooltip=lambda s: s.name),
                    Column(self.tr("Team"), self._team),
                    Column(self.tr("Complexity"), lambda s: str(s.complexity)),
                    Column(self.tr("Skills needed first"), self._needs, tooltip=self._needs),
                ],
                lambda: rotations.list_stations(ctx),
                lambda existing: StationDialog.ask(self, ctx, existing),
                lambda row: row.name,
                lambda row: rotation_edits.delete_station(ctx, row.id),
            )
        )

    def _needs(self, s: StationView) -> str:
        return ", ".join(self._skill_names.get(i, "") for i in s.prerequisite_ids)

    def _team(self, s: StationView) -> str:
        if s.team_id is None:
            return self.tr("all teams")
        return self._team_names.get(s.team_id, "")


class RotationFormsDialog(_ListDialog[RotationFormView]):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext) -> None:
        super().__init__(parent, ctx, self.tr("Rotation forms"))
        self.show_list(
            ListSource(
                [
                    Column(self.tr("Form"), lambda f: f.name),
                    Column(self.tr("Purpose"), lambda f: f.purpose, tooltip=lambda f: f.purpose),
                    Column(self.tr("Usual duration"), lambda f: f.duration),
                ],
                lambda: rotations.list_forms(ctx),
                lambda existing: RotationFormDialog.ask(self, ctx, existing),
                lambda row: row.name,
                lambda row: rotation_edits.delete_form(ctx, row.id),
            )
        )
