"""Evaluate a POP at the end of its period: how the year went, in a few sentences. After OK the
plan is read-only; the next period starts from it."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import AppError
from teamlead_app.labels import label
from teamlead_app.records.development import PopDraft, PopView
from teamlead_app.services.development import pop
from teamlead_app.ui.widgets.date_field import DateField
from teamlead_app.ui.widgets.form_error import FormError
from teamlead_app.ui.widgets.text_box import TextBox

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext


class PopEvaluateDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        ctx: ServiceContext,
        view: PopView,
        typed: PopDraft | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = ctx
        self.view = view
        self.typed = typed  # the page's unsaved texts: saved in the same transaction
        self._build_ui()
        self._connect_signals()
        self.evaluation.setPlainText(view.evaluation)
        self.evaluated_on.set_date(date.today())
        self._validate()

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Evaluate the POP"))
        self.setMinimumWidth(560)
        layout = QVBoxLayout(self)
        lines = [f"• {goal.what} – {label('goal_status', goal.status)}" for goal in self.view.goals]
        summary = QLabel(
            self.tr("Goals of this plan:") + "\n" + "\n".join(lines)
            if lines
            else self.tr("This plan has no goals.")
        )
        summary.setWordWrap(True)
        summary.setStyleSheet("color: #445;")
        layout.addWidget(summary)
        form = QFormLayout()
        self.evaluation = TextBox(
            lines=8,
            hint=self.tr("What went well, what did not, what is next?"),
        )
        self.evaluated_on = DateField(optional=False)
        form.addRow(self.tr("&Evaluation *"), self.evaluation)
        form.addRow(self.tr("&Date *"), self.evaluated_on)
        layout.addLayout(form)
        warning = QLabel(
            self.tr(
                "After the evaluation the plan can only be read. Open goals can be carried "
                "over to the plan for the next period."
            )
        )
        warning.setWordWrap(True)
        warning.setStyleSheet("color: #667;")
        layout.addWidget(warning)
        self.error = FormError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Evaluate"))
        layout.addWidget(self.buttons)

    def _connect_signals(self) -> None:
        self.evaluation.textChanged.connect(self._validate)
        self.evaluated_on.textChanged.connect(self._validate)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)

    def _validate(self) -> bool:
        message = ""
        if not self.evaluation.text().strip():
            message = self.tr("Write the evaluation under 'Evaluation'.")
        elif not self.evaluated_on.is_valid():
            message = self.tr("'Date' is not a date; write e.g. 25-11-2026.")
        self.error.show_message(message)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(not message)
        return not message

    def _save(self) -> None:
        if not self._validate():
            return
        try:
            pop.evaluate_pop(
                self.db,
                self.view.id,
                self.evaluation.text(),
                self.evaluated_on.date(),
                typed=self.typed,
            )
        except AppError as exc:
            self.error.show_message(str(exc))
            return
        self.accept()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ctx: ServiceContext,
        view: PopView,
        typed: PopDraft | None = None,
    ) -> bool:
        """Show the dialog; True when the plan was evaluated."""
        return cls(parent, ctx, view, typed).exec() == QDialog.DialogCode.Accepted
