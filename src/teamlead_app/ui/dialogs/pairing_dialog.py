"""A new buddy or mentor pairing: mentee, kind, mentor, start, planned end and how often to
check in. The suggestions for the mentee (each with the reasons that ranked them) fill the
mentor with a double-click or Enter; the rules on what is filled in show live under the form:
refusals in red block saving with their reason, warnings in amber, hints in grey (the foreman
decides on those). The dialog never touches the database: the page hands in the choices and
two functions (suggestions and rules) and saves the returned draft with one service call.
The same form changes an existing pairing (the mentee stays) or starts prefilled with the
mentee and kind (after planning a newcomer's onboarding)."""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import date
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.data.statuses import PairingStatus
from teamlead_app.labels import label
from teamlead_app.records.pairings import PairingView
from teamlead_app.services.pairings.pairings import KINDS
from teamlead_app.services.pairings.rules import (
    HINT,
    MIN_MONTHS,
    REFUSED,
    PairingCheck,
    PairingDraft,
)
from teamlead_app.services.pairings.suggestions import Suggestions
from teamlead_app.services.skills.certificates import add_months
from teamlead_app.ui.widgets.date_field import DateField
from teamlead_app.ui.widgets.form_error import FormError

Choice = tuple[int, str]
COLORS = {REFUSED: "#b3261e", HINT: "#666666"}
WARNING_COLOR = "#8a5300"


class PairingDialog(QDialog):
    def __init__(
        self,
        parent: QWidget | None,
        people: Sequence[Choice],
        trained: Mapping[int, str],
        suggest: Callable[[int, str], Suggestions],
        check: Callable[[PairingDraft], PairingCheck],
        *,
        mentee_id: int | None = None,
        kind: str | None = None,
        existing: PairingView | None = None,
    ) -> None:
        super().__init__(parent)
        self._suggest = suggest
        self._check = check
        self._trained = trained
        self._existing = existing
        self._suggestions: Suggestions | None = None
        self._build_ui(people)
        self.start.set_date(date.today())
        self.end.set_date(add_months(date.today(), MIN_MONTHS))
        if existing is not None:
            self._load(existing)
        elif mentee_id is not None:
            self.mentee.setCurrentIndex(max(self.mentee.findData(mentee_id), 0))
            self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))
        self._connect_signals()
        self._refresh_suggestions()
        self._validate()

    def _load(self, p: PairingView) -> None:
        """Editing: the mentee stays; everything else may change under the same rules."""
        self.setWindowTitle(self.tr("Change pairing"))
        if self.mentee.findData(p.mentee_id) < 0:
            self.mentee.addItem(p.mentee, p.mentee_id)
        self.mentee.setCurrentIndex(self.mentee.findData(p.mentee_id))
        self.mentee.setEnabled(False)
        if self.mentor.findData(p.mentor_id) < 0:
            self.mentor.addItem(p.mentor, p.mentor_id)
        self.mentor.setCurrentIndex(self.mentor.findData(p.mentor_id))
        self.kind.setCurrentIndex(max(self.kind.findData(p.kind), 0))
        self.start.set_date(p.start_on)
        self.end.set_date(p.planned_end_on)
        self.weeks.setValue(min(p.checkin_weeks, self.weeks.maximum()))
        self.focus.setText(", ".join(p.focus_skills) or self.tr("(none chosen)"))

    def _build_ui(self, people: Sequence[Choice]) -> None:
        self.setWindowTitle(self.tr("New pairing"))
        layout = QVBoxLayout(self)
        columns = QHBoxLayout()
        form = QFormLayout()
        self.mentee = QComboBox()
        self.mentee.addItem(self.tr("(choose)"), None)
        self.mentor = QComboBox()
        self.mentor.addItem(self.tr("(choose)"), None)
        for key, text in people:
            self.mentee.addItem(text, key)
            mark = self.tr(" · buddy training ✓") if key in self._trained else ""
            self.mentor.addItem(text + mark, key)
            if key in self._trained:
                self.mentor.setItemData(
                    self.mentor.count() - 1, self._trained[key], Qt.ItemDataRole.ToolTipRole
                )
        self.kind = QComboBox()
        for kind in KINDS:
            self.kind.addItem(label("pairing_kind", kind), kind)
        self.start = DateField(optional=False)
        self.end = DateField(optional=False)
        self.weeks = QSpinBox()
        self.weeks.setRange(1, 26)
        self.weeks.setValue(4)
        self.weeks.setSuffix(self.tr(" weeks"))
        self.weeks.setPrefix(self.tr("every "))
        for text, widget in (
            (self.tr("Mentee"), self.mentee),
            (self.tr("Kind"), self.kind),
            (self.tr("Mentor"), self.mentor),
            (self.tr("Start"), self.start),
            (self.tr("Planned end"), self.end),
            (self.tr("Check-in"), self.weeks),
        ):
            form.addRow(text, widget)
        self.focus = QLabel()
        self.focus.setWordWrap(True)
        self.focus.setTextFormat(Qt.TextFormat.PlainText)
        form.addRow(self.tr("Focus"), self.focus)
        columns.addLayout(form, 1)
        side = QVBoxLayout()
        self.suggestions_title = QLabel(self.tr("Suggestions for a mentor"))
        side.addWidget(self.suggestions_title)
        self.suggestions = QListWidget()
        self.suggestions.setWordWrap(True)
        self.suggestions.setAlternatingRowColors(True)
        self.suggestions.setSpacing(3)
        self.suggestions.setToolTip(self.tr("Double-click or press Enter to choose this mentor."))
        side.addWidget(self.suggestions, 1)
        columns.addLayout(side, 1)
        layout.addLayout(columns, 1)
        self.findings = QLabel()
        self.findings.setWordWrap(True)
        self.findings.setTextFormat(Qt.TextFormat.RichText)
        self.findings.setStyleSheet("padding: 4px;")
        layout.addWidget(self.findings)
        self.error = FormError()
        layout.addWidget(self.error)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        layout.addWidget(self.buttons)
        self.setMinimumSize(900, 480)

    def _connect_signals(self) -> None:
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        self.mentee.currentIndexChanged.connect(self._refresh_suggestions)
        self.kind.currentIndexChanged.connect(self._refresh_suggestions)
        self.mentor.currentIndexChanged.connect(self._validate)
        self.weeks.valueChanged.connect(self._validate)
        self._start_seen = self.start.date()
        self.start.textChanged.connect(self._start_changed)
        for field in (self.start, self.end):
            field.textChanged.connect(self._validate)
        self.suggestions.itemActivated.connect(self._use_suggestion)
        self.suggestions.itemDoubleClicked.connect(self._use_suggestion)

    def _start_changed(self) -> None:
        """An end still at its default (start + 6 months) follows a new start."""
        new, old = self.start.date(), self._start_seen
        if new is None:
            return
        if old is not None and self.end.date() == add_months(old, MIN_MONTHS):
            self.end.set_date(add_months(new, MIN_MONTHS))
        self._start_seen = new

    def _refresh_suggestions(self) -> None:
        self.suggestions.clear()
        mentee = self.mentee.currentData()
        self._suggestions = None
        if mentee is None:
            self.suggestions.addItem(self.tr("Choose the mentee to see suggestions."))
        else:
            found = self._suggest(mentee, self.kind.currentData())
            self._suggestions = found
            if self._existing is None:
                self.focus.setText(", ".join(found.gap_skills) or self.tr("(no gap skills)"))
            for i, c in enumerate(found.candidates):
                head = c.name
                if c.buddy_training:
                    head += self.tr(" · buddy training ✓")
                item = QListWidgetItem(head + "\n" + "\n".join(f"  • {r}" for r in c.reasons))
                item.setData(Qt.ItemDataRole.UserRole, i)
                self.suggestions.addItem(item)
            if not found.candidates:
                item = QListWidgetItem(found.empty_reason or self.tr("No suggestions."))
                item.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.suggestions.addItem(item)
        self._validate()

    def _use_suggestion(self, item: QListWidgetItem) -> None:
        index = item.data(Qt.ItemDataRole.UserRole)
        if index is None or self._suggestions is None:
            return
        candidate = self._suggestions.candidates[int(index)]
        self.mentor.setCurrentIndex(max(self.mentor.findData(candidate.employee_id), 0))

    def _validate(self) -> bool:
        message = ""
        if self.mentee.currentData() is None:
            message = self.tr("Choose the mentee.")
        elif self.mentor.currentData() is None:
            message = self.tr("Choose the mentor, or pick one from the suggestions.")
        elif self.start.date() is None or self.end.date() is None:
            message = self.tr("Write the dates like 25-11-2026.")
        check = PairingCheck() if message else self._check(self.draft())
        lines = []
        for f in check.findings:
            color = COLORS.get(f.severity, WARNING_COLOR)
            prefix = {
                REFUSED: self.tr("Not possible:"),
                HINT: self.tr("Note:"),
            }.get(f.severity, self.tr("Warning:"))
            lines.append(f'<p style="color:{color}; margin:2px">{prefix} {escape(f.message)}</p>')
        self.findings.setText("".join(lines))
        self.findings.setVisible(bool(lines))
        self.error.show_message(message)
        ok = not message and not check.refused
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setEnabled(ok)
        return ok

    def _accept(self) -> None:
        if self._validate():
            self.accept()

    def draft(self) -> PairingDraft:
        p = self._existing
        return PairingDraft(
            mentor_id=self.mentor.currentData(),
            mentee_id=self.mentee.currentData(),
            start_on=self.start.date() or date.today(),
            kind=self.kind.currentData(),
            planned_end_on=self.end.date(),
            checkin_weeks=self.weeks.value(),
            # A new pairing works on the mentee's gap skills (shown under the suggestions).
            focus_skill_ids=p.focus_skill_ids if p else self._gap_ids(),
            focus_goal_ids=p.focus_goal_ids if p else (),
            status=p.status if p else PairingStatus.PROPOSED,
            rotation_id=p.rotation_id if p else None,
            row_version=p.row_version if p else None,
        )

    def _gap_ids(self) -> tuple[int, ...]:
        found = self._suggestions
        if found is None or found.mentee_id != self.mentee.currentData():
            return ()
        return found.gap_skill_ids

    @classmethod
    def ask(
        cls,
        parent: QWidget | None,
        people: Sequence[Choice],
        trained: Mapping[int, str],
        suggest: Callable[[int, str], Suggestions],
        check: Callable[[PairingDraft], PairingCheck],
        *,
        mentee_id: int | None = None,
        kind: str | None = None,
        existing: PairingView | None = None,
    ) -> PairingDraft | None:
        dialog = cls(
            parent,
            people,
            trained,
            suggest,
            check,
            mentee_id=mentee_id,
            kind=kind,
            existing=existing,
        )
        return dialog.draft() if dialog.exec() == QDialog.DialogCode.Accepted else None
