"""Move a planned conversation (the default when it cannot take place): a new moment, with a
suggestion, and an optional reason. Never the nature of an illness."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from PySide6.QtCore import QDateTime, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import ValidationError
from teamlead_app.labels import choices
from teamlead_app.services.conversations import days_off
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.ui.widgets.form_error import FormError
from teamlead_app.ui.widgets.health_hint import HealthHint
from teamlead_app.util.dates import format_datetime

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext


def to_qdatetime(value: datetime) -> QDateTime:
    return QDateTime(value.year, value.month, value.day, value.hour, value.minute, 0)


def from_qdatetime(value: QDateTime) -> datetime:
    d, t = value.date(), value.time()
    return datetime(d.year(), d.month(), d.day(), t.hour(), t.minute())


class DayOffWarning(QLabel):
    """An amber line under a date: the day is a public holiday or blocked (a warning only)."""

    def __init__(self, ctx: ServiceContext) -> None:
        super().__init__()
        self.db = ctx
        self.setTextFormat(Qt.TextFormat.PlainText)  # a blocked period's own reason
        self.setWordWrap(True)
        self.setStyleSheet("color: #a15c00;")
        self.hide()

    def check(self, day: date) -> None:
        text = days_off.day_off_warning(self.db, day)
        self.setText(text)
        self.setVisible(bool(text))


class MoveDialog(QDialog):
    def __init__(self, parent: QWidget | None, ctx: ServiceContext, conversation_id: int) -> None:
        super().__init__(parent)
        self.db = ctx
        self.conversation_id = conversation_id
        self.result_: conversations.MoveResult | None = None
        view = conversations.get_conversation(ctx, conversation_id)
        self.setWindowTitle(self.tr("Move conversation"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr("Move the conversation with {0} of {1} to another moment.").format(
                view.employee, format_datetime(view.scheduled_at)
            )
        )
        intro.setTextFormat(Qt.TextFormat.PlainText)  # the name as typed, '<b>&' and all
        intro.setWordWrap(True)
        layout.addWidget(intro)
        if view.move_count >= 2:
            warning = QLabel(
                self.tr("This conversation has already been moved {0} times.").format(
                    view.move_count
                )
            )
            warning.setStyleSheet("color: #a15c00;")
            layout.addWidget(warning)
        form = QFormLayout()
        self.when = QDateTimeEdit()
        self.when.setDisplayFormat("dd-MM-yyyy HH:mm")
        self.when.setCalendarPopup(True)
        suggestion = conversations.suggest_new_time(ctx, conversation_id) or view.scheduled_at
        self.when.setDateTime(to_qdatetime(suggestion))
        self.reason = QComboBox()
        self.reason.addItem(self.tr("(no reason given)"), "")
        for code, text in choices("move_reason"):
            self.reason.addItem(text, code)
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("Short note (no medical details)"))
        form.addRow(self.tr("New moment"), self.when)
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        self.day_warning = DayOffWarning(ctx)
        layout.addWidget(self.day_warning)
        self.when.dateTimeChanged.connect(
            lambda value: self.day_warning.check(from_qdatetime(value).date())
        )
        self.day_warning.check(suggestion.date())
        self.health_hint = HealthHint()
        self.health_hint.watch(self.note)
        layout.addWidget(self.health_hint)
        self.error = FormError()
        layout.addWidget(self.error)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Move"))
        layout.addWidget(buttons)
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        self.setMinimumWidth(460)

    def _save(self) -> None:
        try:
            self.result_ = conversations.move_conversation(
                self.db,
                self.conversation_id,
                from_qdatetime(self.when.dateTime()),
                str(self.reason.currentData()),
                self.note.text(),
            )
        except ValidationError as exc:
            self.error.show_message(str(exc))
            return
        self.accept()

    @classmethod
    def ask(
        cls, parent: QWidget | None, ctx: ServiceContext, conversation_id: int
    ) -> conversations.MoveResult | None:
        dialog = cls(parent, ctx, conversation_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.result_
        return None


class CancelDialog(QDialog):
    """Cancelling needs a reason; moving is offered first."""

    def __init__(self, parent: QWidget | None, ctx: ServiceContext, conversation_id: int) -> None:
        super().__init__(parent)
        self.db = ctx
        self.conversation_id = conversation_id
        self.warnings: tuple[str, ...] = ()
        self.setWindowTitle(self.tr("Cancel conversation"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "A conversation that cannot take place is better moved than cancelled. "
                "Cancel only when it really will not happen, and give the reason."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.reason = QComboBox()
        self.reason.addItem(self.tr("(choose a reason)"), "")
        for code, text in choices("cancel_reason"):
            self.reason.addItem(text, code)
        self.note = QLineEdit()
        self.note.setMaxLength(200)
        self.note.setPlaceholderText(self.tr("Required for 'Other'; no medical details"))
        form.addRow(self.tr("Reason *"), self.reason)
        form.addRow(self.tr("Note"), self.note)
        layout.addLayout(form)
        self.health_hint = HealthHint()
        self.health_hint.watch(self.note)
        layout.addWidget(self.health_hint)
        self.error = FormError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(
            self.tr("Cancel &conversation")
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("&Back"))
        layout.addWidget(self.buttons)
        self.reason.currentIndexChanged.connect(self._validate)
        self.note.textChanged.connect(self._validate)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.setMinimumWidth(460)
        self._validate()

    def _validate(self) -> bool:
        problems = conversations.validate_cancel(str(self.reason.currentData()), self.note.text())
        message = next(iter(problems.values()), "")
        self.error.show_message(message if self.reason.currentData() else "")
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not message)
        return not message

    def _save(self) -> None:
        if not self._validate():
            return
        try:
            self.warnings = conversations.cancel_conversation(
                self.db, self.conversation_id, str(self.reason.currentData()), self.note.text()
            )
        except ValidationError as exc:
            self.error.show_message(str(exc))
            return
        self.accept()

    @classmethod
    def ask(cls, parent: QWidget | None, ctx: ServiceContext, conversation_id: int) -> bool:
        return cls(parent, ctx, conversation_id).exec() == QDialog.DialogCode.Accepted
