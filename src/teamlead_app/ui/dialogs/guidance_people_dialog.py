"""Two small forms behind the Begeleiding page. Ploegleiders: a team names its leader, shift
leader or working foreman from its own people (a mentor may never be the mentee's own leader).
Buddytraining: when and how a colleague was prepared as a buddy or mentor (shown beside the
name wherever a mentor is picked). Both get plain data in and return a draft; the page saves
it with one service call."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.labels import label
from teamlead_app.services.pairings.leaders import LeaderView
from teamlead_app.services.pairings.pairings import MAX_HOW
from teamlead_app.ui.widgets.date_field import DateField
from teamlead_app.ui.widgets.form_error import FormError

ROLES = ("leider", "ploegleider", "meewerkend_voorman")
Person = tuple[int, str, "int | None"]  # id, list name, team id


@dataclass(frozen=True)
class LeadersDraft:
    team_id: int
    leaders: tuple[tuple[int, str], ...]


@dataclass(frozen=True)
class TrainingDraft:
    employee_id: int
    trained_on: date
    how: str


def _buttons(dialog: QDialog, layout: QVBoxLayout) -> tuple[FormError, QDialogButtonBox]:
    error = FormError()
    layout.addWidget(error)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
    )
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    return error, buttons


class TeamLeadersDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        teams: Sequence[tuple[int, str]],
        staff: Sequence[Person],
        leaders: Sequence[LeaderView],
    ) -> None:
        super().__init__(parent)
        self._staff = staff
        self._roles = {(v.team_id, v.employee_id): v.role for v in leaders}
        self.setWindowTitle(self.tr("Team leaders"))
        self.setMinimumSize(520, 460)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Name the team's leader, shift leader or working foreman from its own people. "
                "They are never suggested as a mentor in their own team, and pairing them is "
                "refused."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.team = QComboBox()
        for key, name in teams:
            self.team.addItem(name, key)
        form = QFormLayout()
        form.addRow(self.tr("Team"), self.team)
        layout.addLayout(form)
        self.table = QTableWidget(0, 2)
        self.table.setHorizontalHeaderLabels([self.tr("Person"), self.tr("Role")])
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().setVisible(False)
        layout.addWidget(self.table, 1)
        self.error, self.buttons = _buttons(self, layout)
        self.buttons.accepted.connect(self.accept)
        self.team.currentIndexChanged.connect(self._fill)
        self._fill()

    def _fill(self) -> None:
        team_id = self.team.currentData()
        members = [(key, name) for key, name, team in self._staff if team == team_id]
        self.table.setRowCount(len(members))
        for row, (key, name) in enumerate(members):
            item = QTableWidgetItem(name)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.table.setItem(row, 0, item)
            role = QComboBox()
            role.addItem(self.tr("(no role)"), None)
            for code in ROLES:
                role.addItem(label("leader_role", code), code)
            role.setCurrentIndex(max(role.findData(self._roles.get((team_id, key))), 0))
            self.table.setCellWidget(row, 1, role)
        self.error.show_message("" if members else self.tr("This team has nobody in service."))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(bool(members))

    def draft(self) -> LeadersDraft:
        chosen = []
        for row in range(self.table.rowCount()):
            role = self.table.cellWidget(row, 1)
            person = self.table.item(row, 0)
            assert isinstance(role, QComboBox) and person is not None
            if role.currentData() is not None:
                chosen.append((int(person.data(Qt.ItemDataRole.UserRole)), str(role.currentData())))
        return LeadersDraft(int(self.team.currentData()), tuple(chosen))

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        teams: Sequence[tuple[int, str]],
        staff: Sequence[Person],
        leaders: Sequence[LeaderView],
    ) -> LeadersDraft | None:
        dialog = cls(parent, teams, staff, leaders)
        return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None


class BuddyTrainingDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        staff: Sequence[Person],
        trained: Mapping[int, str],
    ) -> None:
        super().__init__(parent)
        self._trained = trained
        self.setWindowTitle(self.tr("Buddy training"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Seniors who guide a starter do it better after some preparation: a few days "
                "at the vocational school, a course, an internal session. Record when and how."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.person = QComboBox()
        self.person.addItem(self.tr("(choose)"), None)
        for key, name, _team in staff:
            self.person.addItem(name, key)
        self.on = DateField(optional=False)
        self.on.set_date(date.today())
        self.how = QLineEdit()
        self.how.setMaxLength(MAX_HOW)
        self.how.setPlaceholderText(self.tr("e.g. three days at the vocational school"))
        self.earlier = QLabel()
        self.earlier.setWordWrap(True)
        self.earlier.setStyleSheet("color: #555;")
        form.addRow(self.tr("Person"), self.person)
        form.addRow(self.tr("Date"), self.on)
        form.addRow(self.tr("How"), self.how)
        layout.addLayout(form)
        layout.addWidget(self.earlier)
        self.error, self.buttons = _buttons(self, layout)
        self.buttons.accepted.connect(self._accept)
        for signal in (self.person.currentIndexChanged, self.on.textChanged, self.how.textChanged):
            signal.connect(self._validate)
        self._validate()

    def _validate(self) -> bool:
        key = self.person.currentData()
        self.earlier.setText(
            self.tr("On record: {0}").format(self._trained[key]) if key in self._trained else ""
        )
        day = self.on.date()
        message = ""
        if key is None:
            message = self.tr("Choose the person.")
        elif day is None:
            message = self.tr("Write the date like 25-11-2026.")
        elif day > date.today():
            message = self.tr("The training date is in the future.")
        elif not self.how.text().strip():
            message = self.tr("Fill in how, e.g. three days at the vocational school.")
        self.error.show_message(message)
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(not message)
        return not message

    def _accept(self) -> None:
        if self._validate():
            self.accept()

    def draft(self) -> TrainingDraft:
        return TrainingDraft(
            int(self.person.currentData()), self.on.date() or date.today(), self.how.text().strip()
        )

    @classmethod
    def ask(
        cls, parent: QWidget | None, staff: Sequence[Person], trained: Mapping[int, str]
    ) -> TrainingDraft | None:
        dialog = cls(parent, staff, trained)
        return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None
