"""A development goal: what and why, category, success criterion, support, dates, status, the
small steps and the progress log. Live validation keeps OK disabled until the form is right;
achieving or stopping a goal asks first, and reopening a closed goal is a deliberate click."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.data.statuses import GoalStatus
from teamlead_app.errors import AppError
from teamlead_app.labels import choices, label
from teamlead_app.records.development import FINAL_STATUSES, GoalView
from teamlead_app.services.development import goals
from teamlead_app.services.development.goals import GoalDraft
from teamlead_app.ui.conflicts import Outcome, save_or_resolve
from teamlead_app.ui.widgets.date_field import DateField
from teamlead_app.ui.widgets.form_error import FormError
from teamlead_app.ui.widgets.goal_steps import GoalStepsEditor
from teamlead_app.ui.widgets.health_hint import HealthHint
from teamlead_app.ui.widgets.text_box import TextBox
from teamlead_app.ui.widgets.version_history import tint_locked
from teamlead_app.util.dates import format_date

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext


class GoalDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        ctx: ServiceContext,
        employee_id: int,
        goal_id: int | None = None,
        pop_id: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.db = ctx
        self.employee_id = employee_id
        self.pop_id = pop_id
        self.view: GoalView | None = goals.get_goal(ctx, goal_id) if goal_id else None
        self.saved_id: int | None = None
        self._reopen = False
        self._status_index = 0
        self._pending: list[str] = []  # progress lines written in this dialog, oldest first
        self._build_ui()
        self._connect_signals()
        self._load()
        self._validate()

    # --- layout --------------------------------------------------------------------------

    def _build_ui(self) -> None:
        self.setWindowTitle(self.tr("Edit goal") if self.view else self.tr("New goal"))
        self.setMinimumSize(720, 640)
        outer = QVBoxLayout(self)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4d6; padding: 6px; border-radius: 4px;")
        self.banner.hide()
        outer.addWidget(self.banner)
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addLayout(self._form())
        steps_box = QGroupBox(self.tr("Steps: what, who, when"))
        self.steps = GoalStepsEditor()
        QVBoxLayout(steps_box).addWidget(self.steps)
        layout.addWidget(steps_box)
        layout.addWidget(self._progress_box())
        layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)
        self.health_hint = HealthHint()
        outer.addWidget(self.health_hint)
        self.error = FormError()
        outer.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        outer.addWidget(self.buttons)

    def _form(self) -> QFormLayout:
        form = QFormLayout()
        self.what = QLineEdit()
        self.what.setPlaceholderText(self.tr("e.g. set up the press brake on my own"))
        self.why = TextBox(lines=2, hint=self.tr("Link to the work and what the company needs"))
        self.category = QComboBox()
        for code, text in choices("goal_category"):
            self.category.addItem(text, code)
        self.success = TextBox(lines=2, hint=self.tr("How will we know it is achieved?"))
        self.support = TextBox(lines=2, hint=self.tr("Time, a course, a buddy, budget…"))
        self.start = DateField(optional=False)
        self.target = DateField()
        self.status = QComboBox()
        for code, text in choices("goal_status"):
            self.status.addItem(text, code)
        self.reopen_button = QPushButton(self.tr("&Reopen…"))
        status_row = QWidget()  # a widget, not a layout: the label's mnemonic needs a buddy
        status_layout = QHBoxLayout(status_row)
        status_layout.setContentsMargins(0, 0, 0, 0)
        status_layout.addWidget(self.status, 1)
        status_layout.addWidget(self.reopen_button)
        form.addRow(self.tr("&What *"), self.what)
        form.addRow(self.tr("Wh&y"), self.why)
        form.addRow(self.tr("&Category"), self.category)
        form.addRow(self.tr("Success criterion"), self.success)
        form.addRow(self.tr("Support needed"), self.support)
        form.addRow(self.tr("&Start date *"), self.start)
        form.addRow(self.tr("&Target date"), self.target)
        form.addRow(self.tr("Stat&us"), status_row)
        return form

    def _progress_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Progress (newest first)"))
        layout = QVBoxLayout(box)
        self.progress = QListWidget()
        self.progress.setWordWrap(True)
        self.progress.setMinimumHeight(90)
        self.progress.setMaximumHeight(160)
        self.progress_empty = QLabel(
            self.tr("No progress written yet. A line per monthly conversation is enough.")
        )
        self.progress_empty.setStyleSheet("color: #667;")
        line = QHBoxLayout()
        self.progress_line = QLineEdit()
        self.progress_line.setPlaceholderText(self.tr("One line about the progress"))
        self.progress_button = QPushButton(self.tr("&Add progress"))
        line.addWidget(self.progress_line, 1)
        line.addWidget(self.progress_button)
        layout.addWidget(self.progress)
        layout.addWidget(self.progress_empty)
        layout.addLayout(line)
        return box

    def _connect_signals(self) -> None:
        self.what.textChanged.connect(self._validate)
        for box in (self.why, self.success, self.support):
            box.textChanged.connect(self._validate)
        for field in (self.start, self.target):
            field.textChanged.connect(self._validate)
        self.category.currentIndexChanged.connect(self._validate)
        self.status.activated.connect(self._status_chosen)
        self.reopen_button.clicked.connect(self._ask_reopen)
        self.steps.changed.connect(self._validate)
        self.progress_button.clicked.connect(self._add_progress)
        self.progress_line.returnPressed.connect(self._add_progress)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        self.health_hint.watch(self.what, self.why, self.success, self.support, self.progress_line)
        self.health_hint.add_source(lambda: [edit.draft.what for edit in self.steps.edits()])
        self.steps.changed.connect(self.health_hint.check)

    # --- loading -------------------------------------------------------------------------

    def _load(self) -> None:
        view = self.view
        if view is None:
            self.start.set_date(date.today())
            self._set_status("open")
            self.reopen_button.hide()
            self._show_progress()
            return
        self.what.setText(view.what)
        self.why.setPlainText(view.why)
        self.category.setCurrentIndex(max(self.category.findData(view.category), 0))
        self.success.setPlainText(view.success_criterion)
        self.support.setPlainText(view.support_needed)
        self.start.set_date(view.start_date)
        self.target.set_date(view.target_date)
        self._set_status(view.status)
        self.steps.set_steps(view.steps)
        self._show_progress()
        closed = view.status in FINAL_STATUSES
        self.status.setEnabled(not closed)
        self.reopen_button.setVisible(closed)
        if view.read_only:
            self._make_read_only()
            return
        lines = [self._lock_signed_texts()] if view.signed_locked else []
        if closed:
            day = view.achieved_on or view.stopped_on
            lines.append(
                self.tr("This goal is '{0}' since {1}. Reopen it to change the status.").format(
                    label("goal_status", view.status), format_date(day)
                )
            )
        self._show_banner("\n".join(lines))

    def _lock_signed_texts(self) -> str:
        """A goal of a signed POP: what was signed (what, category, target date) is read-only;
        the rest stays open (signed_versions.py)."""
        for edit in (self.what, self.target):
            edit.setReadOnly(True)
            tint_locked(edit)
        self.category.setEnabled(False)
        return self.tr(
            "This goal is part of the signed POP: what, category and target date are fixed. "
            "To change them, choose 'Change after signing' on the POP page. Progress, steps "
            "and status can still be updated."
        )

    def _make_read_only(self) -> None:
        self._show_banner(
            self.tr(
                "This goal belongs to an evaluated POP and can only be read. Open goals "
                "continue in the POP of the next period."
            )
        )
        for edit in (self.what, self.start, self.target):
            edit.setReadOnly(True)
        for box in (self.why, self.success, self.support):
            box.setReadOnly(True)
        for widget in (self.category, self.status, self.progress_line, self.progress_button):
            widget.setEnabled(False)
        self.reopen_button.hide()
        self.steps.set_read_only(True)
        self.buttons.setStandardButtons(QDialogButtonBox.StandardButton.Close)

    def _show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    def _set_status(self, code: str) -> None:
        self.status.setCurrentIndex(max(self.status.findData(code), 0))
        self._status_index = self.status.currentIndex()

    def _show_progress(self) -> None:
        self.progress.clear()
        today = format_date(date.today())
        for note in reversed(self._pending):
            self.progress.addItem(self.tr("{0}  {1}  (new)").format(today, note))
        stored = self.view.progress if self.view else ()
        for line in reversed(stored):
            self.progress.addItem(f"{format_date(line.written_on)}  {line.note}")
        empty = self.progress.count() == 0
        self.progress.setVisible(not empty)
        self.progress_empty.setVisible(empty)

    # --- status --------------------------------------------------------------------------

    def _status_chosen(self, index: int) -> None:
        """Achieving or stopping a goal closes it: ask before it sticks."""
        code = str(self.status.itemData(index))
        original = self.view.status if self.view else "open"
        if code in FINAL_STATUSES and code != original:
            answer = QMessageBox.question(
                self,
                self.tr("Close the goal?"),
                self.tr(
                    "Set the goal to '{0}'? Then it is closed: steps can no longer be added "
                    "until it is reopened."
                ).format(label("goal_status", code)),
            )
            if answer != QMessageBox.StandardButton.Yes:
                self.status.setCurrentIndex(self._status_index)
                return
        self._status_index = index
        self._validate()

    def _ask_reopen(self) -> None:
        answer = QMessageBox.question(
            self,
            self.tr("Reopen the goal?"),
            self.tr("Reopen this goal? Its date of achieving or stopping is cleared on OK."),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        self._reopen = True
        self.status.setEnabled(True)
        self._set_status(GoalStatus.IN_PROGRESS)
        self.reopen_button.hide()
        self._show_banner("")
        self._validate()

    # --- progress ------------------------------------------------------------------------

    def _add_progress(self) -> None:
        note = self.progress_line.text()
        if not note.strip():
            return
        self._pending.append(note)
        self.progress_line.clear()
        self._show_progress()

    # --- result --------------------------------------------------------------------------

    def draft(self) -> GoalDraft:
        return GoalDraft(
            what=self.what.text(),
            why=self.why.text(),
            category=str(self.category.currentData()),
            success_criterion=self.success.text(),
            support_needed=self.support.text(),
            start_date=self.start.date(),
            target_date=self.target.date(),
            status=str(self.status.currentData()),
            steps=tuple(self.steps.edits()),
            progress=tuple(self._pending),
            reopen=self._reopen,
            row_version=self.view.row_version if self.view else None,
        )

    def _validate(self) -> bool:
        message = ""
        if not self.start.is_valid():
            message = self.tr("'Start date' is not a date; write e.g. 25-11-2026.")
        elif not self.target.is_valid():
            message = self.tr("'Target date' is not a date; write e.g. 25-11-2026.")
        else:
            draft = self.draft()
            problems = goals.validate_goal(draft)
            message = next(iter(problems.values()), "") or self.steps.problem()
            start = draft.start_date
            if not message and start is not None and draft.steps:
                stored = {step.id: step.planned_on for step in self.view.steps} if self.view else {}
                message = goals.step_date_problem(draft.steps, stored, start)
        self.error.show_message(message)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(not message)
        return not message

    def _save(self) -> None:
        """One call saves everything (texts, status, steps, progress) or nothing: on a refusal
        the dialog stays open with all that was typed, and OK can simply be pressed again."""
        if not self._validate():
            return
        draft = self.draft()
        try:
            result = save_or_resolve(
                self,
                lambda version, _knowingly: goals.save_goal(
                    self.db,
                    self.view.id if self.view else None,
                    replace(draft, row_version=version),
                    employee_id=self.employee_id,
                    pop_id=self.pop_id,
                ),
                draft.row_version,
            )
        except AppError as exc:
            self.error.show_message(str(exc))
            return
        if result.value is not None:
            self.saved_id = result.value.id
            self.accept()
        elif result.outcome is Outcome.RELOAD and self.view is not None:
            # Their version in the fields (mine is on the clipboard); this dialog's unsaved
            # progress lines are theirs to lose too, so they go with it.
            self.view = goals.get_goal(self.db, self.view.id)
            self._pending.clear()
            self._load()
            self._validate()

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        ctx: ServiceContext,
        employee_id: int,
        goal_id: int | None = None,
        pop_id: int | None = None,
    ) -> int | None:
        """Show the dialog; the saved goal's id, or None when cancelled or only read."""
        dialog = cls(parent, ctx, employee_id, goal_id, pop_id)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            return dialog.saved_id
        return None
