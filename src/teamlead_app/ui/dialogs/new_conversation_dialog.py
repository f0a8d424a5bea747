"""Plan a conversation, or log one after the fact (held in the past)."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import ValidationError
from teamlead_app.labels import choices
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft, PlanResult
from teamlead_app.services.people import employees as people
from teamlead_app.ui.dialogs.move_dialog import DayOffWarning, from_qdatetime, to_qdatetime
from teamlead_app.ui.widgets.form_error import FormError

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext

DEFAULT_MINUTES = {"maandgesprek": 30, "functionering": 60, "ontwikkel": 60, "inwerk": 20}


class NewConversationDialog(QDialog):
    def __init__(
        self, parent: QWidget | None, ctx: ServiceContext, employee_id: int | None
    ) -> None:
        super().__init__(parent)
        self.db = ctx
        self.result_: PlanResult | None = None
        self.setWindowTitle(self.tr("New conversation"))
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.employee = QComboBox()
        for row in people.list_employees(ctx):
            self.employee.addItem(row.list_name, row.id)
        self.employee.setCurrentIndex(max(self.employee.findData(employee_id), 0))
        self.kind = QComboBox()
        for code, text in choices("conversation_kind"):
            self.kind.addItem(text, code)
        start = (datetime.now() + timedelta(days=1)).replace(
            hour=10, minute=0, second=0, microsecond=0
        )
        self.when = QDateTimeEdit(to_qdatetime(start))
        self.when.setDisplayFormat("ddd dd-MM-yyyy HH:mm")
        self.when.setCalendarPopup(True)
        self.minutes = QSpinBox()
        self.minutes.setRange(5, 480)
        self.minutes.setSingleStep(5)
        self.minutes.setValue(30)
        self.minutes.setSuffix(self.tr(" min"))
        self.held = QCheckBox(self.tr("Already held (record it afterwards)"))
        form.addRow(self.tr("Employee"), self.employee)
        form.addRow(self.tr("Kind"), self.kind)
        form.addRow(self.tr("Date and time"), self.when)
        form.addRow(self.tr("Duration"), self.minutes)
        form.addRow("", self.held)
        layout.addLayout(form)
        self.day_warning = DayOffWarning(ctx)
        layout.addWidget(self.day_warning)
        self.when.dateTimeChanged.connect(self._check_day)
        self.held.toggled.connect(self._check_day)
        self._check_day()
        self.error = FormError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.employee.count() > 0
        )
        if self.employee.count() == 0:
            self.error.show_message(self.tr("There is nobody in the team yet."))
        self.setMinimumWidth(440)

    def _check_day(self) -> None:
        """Planning on a public holiday or a blocked day gets a warning (not a recorded talk)."""
        if self.held.isChecked():
            self.day_warning.hide()
        else:
            self.day_warning.check(from_qdatetime(self.when.dateTime()).date())

    def _kind_changed(self) -> None:
        self.minutes.setValue(DEFAULT_MINUTES.get(str(self.kind.currentData()), 15))

    def draft(self) -> ConversationPlanDraft:
        return ConversationPlanDraft(
            employee_id=int(self.employee.currentData()),
            when=from_qdatetime(self.when.dateTime()),
            kind=str(self.kind.currentData()),
            duration_minutes=self.minutes.value(),
        )

    def _save(self) -> None:
        try:
            if self.held.isChecked():
                self.result_ = conversations.log_conversation(self.db, self.draft())
            else:
                self.result_ = conversations.plan_conversation(self.db, self.draft())
        except ValidationError as exc:
            self.error.show_message(str(exc))
            return
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx: ServiceContext, employee_id: int | None = None
    ) -> PlanResult | None:
        dialog = cls(parent, ctx, employee_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_
        return None
