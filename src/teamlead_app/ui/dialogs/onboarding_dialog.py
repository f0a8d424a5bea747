"""Plan a newcomer's onboarding: the inwerkgesprekken at weeks 1, 2, 4, 6 and months 3, 6, 12
(each can be moved or left out), the checklist of the kind (one item a line, editable), and
which gap skills become goals of the first-year draft POP in week 6. The dialog never touches
the database: it gets the proposal and returns a draft; the caller saves it with one call."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.labels import label
from teamlead_app.services.pairings.onboarding import onboarding_schedule
from teamlead_app.services.pairings.onboarding_plan import (
    OnboardingDraft,
    OnboardingProposal,
    TalkDraft,
)
from teamlead_app.ui.widgets.date_field import DateField
from teamlead_app.ui.widgets.form_error import FormError


class OnboardingDialog(QDialog):
    def __init__(self, parent: QWidget | None, proposal: OnboardingProposal) -> None:
        super().__init__(parent)
        self.proposal = proposal
        self._rows: list[tuple[str, QCheckBox, DateField, QLabel]] = []
        self._build_ui()
        self._connect_signals()
        self.start.set_date(proposal.start_on)
        self._fill_days()
        self._validate()

    def _build_ui(self) -> None:
        p = self.proposal
        self.setWindowTitle(self.tr("Plan onboarding"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "{0} is new here ({1}). Plan the onboarding talks, the checklist and the "
                "first-year plan; choose the buddy right after."
            ).format(p.name, label("employee_kind", p.kind))
        )
        intro.setWordWrap(True)
        intro.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(intro)
        form = QFormLayout()
        self.start = DateField(optional=False)
        self.start.setMaximumWidth(160)
        form.addRow(self.tr("First working day"), self.start)
        layout.addLayout(form)
        columns = QHBoxLayout()
        columns.addWidget(self._talks_box(), 3)
        side = QVBoxLayout()
        side.addWidget(self._checklist_box(), 3)
        side.addWidget(self._goals_box(), 2)
        columns.addLayout(side, 2)
        layout.addLayout(columns, 1)
        self.error = FormError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.plan_button = self.buttons.addButton(
            self.tr("&Plan onboarding"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Later"))
        layout.addWidget(self.buttons)
        self.setMinimumSize(960, 560)

    def _talks_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Onboarding talks (inwerkgesprekken)"))
        grid = QGridLayout(box)
        for row, moment in enumerate(onboarding_schedule(date.today())):
            check = QCheckBox(moment.label)
            check.setChecked(True)
            day = DateField(optional=False)
            note = QLabel()
            note.setWordWrap(True)
            note.setStyleSheet("color: #555;")
            grid.addWidget(check, row, 0)
            grid.addWidget(day, row, 1)
            grid.addWidget(note, row, 2)
            self._rows.append((moment.code, check, day, note))
        grid.setColumnStretch(2, 1)
        grid.setRowStretch(len(self._rows), 1)
        return box

    def _checklist_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Checklist (one item a line)"))
        inner = QVBoxLayout(box)
        self.checklist = QPlainTextEdit("\n".join(self.proposal.checklist))
        inner.addWidget(self.checklist)
        return box

    def _goals_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Goals of the first-year plan (draft POP, week 6)"))
        inner = QVBoxLayout(box)
        self.goals = QListWidget()
        for goal in self.proposal.goals:
            item = QListWidgetItem(goal.text)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            item.setData(Qt.ItemDataRole.UserRole, goal.skill_id)
            self.goals.addItem(item)
        inner.addWidget(self.goals)
        if not self.proposal.goals:
            self.goals.setVisible(False)
            empty = QLabel(
                self.tr(
                    "No gap skills: the function has no required levels yet, or they are all "
                    "reached. The draft POP starts empty."
                )
            )
            empty.setWordWrap(True)
            empty.setStyleSheet("color: #555;")
            inner.addWidget(empty)
        return box

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.start.textChanged.connect(self._fill_days)
        for _code, check, day, _note in self._rows:
            check.toggled.connect(self._validate)
            day.textChanged.connect(self._validate)

    def _fill_days(self) -> None:
        """A new first working day moves every talk with it."""
        start = self.start.date()
        if start is None:
            self._validate()
            return
        zij = self.proposal.kind == "zij_instromer"
        moments = {m.code: m for m in onboarding_schedule(start, zij_instromer=zij)}
        for code, _check, day, note in self._rows:
            day.set_date(moments[code].day)
            note.setText(moments[code].note)
        self._validate()

    def _validate(self) -> bool:
        start = self.start.date()
        message = ""
        chosen = [(check, day) for _c, check, day, _n in self._rows if check.isChecked()]
        for _code, check, day, _note in self._rows:
            day.setEnabled(check.isChecked())
        days = [day.date() for _check, day in chosen]
        if start is None:
            message = self.tr("Write the first working day like 25-11-2026.")
        elif not chosen:
            message = self.tr("Keep at least one onboarding talk.")
        elif any(d is None for d in days):
            message = self.tr("Write the dates of the talks like 25-11-2026.")
        elif any(d is not None and d < start for d in days):
            message = self.tr("A talk is before the first working day.")
        elif len(set(days)) != len(days):
            message = self.tr("Two talks on the same day.")
        self.error.show_message(message)
        self.plan_button.setEnabled(not message)
        return not message

    def _accept(self) -> None:
        if self._validate():
            self.accept()

    def draft(self) -> OnboardingDraft:
        talks = tuple(
            TalkDraft(code, day.date() or date.today())
            for code, check, day, _note in self._rows
            if check.isChecked()
        )
        goals = tuple(
            int(self.goals.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.goals.count())
            if self.goals.item(i).checkState() == Qt.CheckState.Checked
        )
        return OnboardingDraft(
            self.proposal.employee_id,
            self.start.date() or self.proposal.start_on,
            talks,
            tuple(self.checklist.toPlainText().splitlines()),
            goals,
        )

    @classmethod
    def ask(cls, parent: QWidget | None, proposal: OnboardingProposal) -> OnboardingDraft | None:
        dialog = cls(parent, proposal)
        return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None
