"""One POP (persoonlijk ontwikkelingsplan): the longer view in the employee's own words and the
lead's, strengths and development points, the goals, the support, the evaluation moments and
the sign-off. Typing autosaves as a draft; Ctrl+S saves. An evaluated plan is read-only."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.data.statuses import PopStatus
from teamlead_app.errors import (
    DatabaseBusyError,
    NotFoundError,
    ServerConnectionError,
    ValidationError,
)
from teamlead_app.labels import label
from teamlead_app.records.development import GoalView, PopDraft, PopView, SupportItem
from teamlead_app.services.common import drafts
from teamlead_app.services.development import pop
from teamlead_app.ui.conflicts import Outcome, save_or_resolve
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.pop_actions import PopActions
from teamlead_app.ui.dialogs.pop_sections import (
    TEXTS,
    MomentsBox,
    PopTextsBox,
    period_title,
    signoff_summary,
)
from teamlead_app.ui.widgets.date_field import DateField
from teamlead_app.ui.widgets.draft_keeper import DraftKeeper
from teamlead_app.ui.widgets.goal_list_box import GoalListBox
from teamlead_app.ui.widgets.goal_support import GoalSupportEditor
from teamlead_app.ui.widgets.health_hint import HealthHint
from teamlead_app.ui.widgets.version_history import VersionBar, added_after_signing, tint_locked
from teamlead_app.ui.write_access import guard_writes
from teamlead_app.util.dates import format_date


class PopPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.view: PopView | None = None
        self.base_version: int | None = None  # the edit version the typed text goes over
        self.pop_actions = PopActions(self)
        self._build_ui()
        self.drafts = DraftKeeper(
            self,
            context,
            drafts.POP_DRAFT,
            self.status_line,
            self.payload,
            lambda: self.view is not None and not self.view.locked,
            self.tr("This POP no longer exists."),
        )
        self._connect_signals()
        guard_writes(
            self.context.ctx,
            self.save_button,
            self.sign_button,
            self.response_button,
            self.evaluate_button,
            self.next_button,
        )

    # --- layout --------------------------------------------------------------------------

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Development"))
        self.profile_button = QPushButton(self.tr("Pro&file"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        top.addWidget(self.back_button)
        top.addWidget(self.profile_button)
        top.addStretch(1)
        top.addWidget(self.save_button)
        outer.addLayout(top)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle = QLabel()
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4d6; padding: 6px; border-radius: 4px;")
        self.banner.hide()
        self.version_bar = VersionBar()  # signed: locked, change as a new version
        for widget in (self.title, self.subtitle, self.version_bar, self.banner):
            outer.addWidget(widget)
        outer.addLayout(self._action_row())
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._period_box())  # created first: the tab order follows
        self.texts = PopTextsBox()
        self.goals = GoalListBox(self.tr("Development goals for this period"))
        self.support = GoalSupportEditor()
        self.moments = MomentsBox()
        layout.addWidget(self.texts)
        layout.addWidget(self.goals)
        layout.addWidget(self._group(self.tr("Support"), self.support))
        layout.addWidget(self.moments)
        self.signoff_text = QLabel()
        self.signoff_text.setTextFormat(Qt.TextFormat.PlainText)
        self.signoff_text.setWordWrap(True)
        layout.addWidget(self._group(self.tr("Sign-off"), self.signoff_text))
        self.evaluation_text = QLabel()
        self.evaluation_text.setTextFormat(Qt.TextFormat.PlainText)
        self.evaluation_text.setWordWrap(True)
        self.evaluation_box = self._group(self.tr("Evaluation"), self.evaluation_text)
        layout.addWidget(self.evaluation_box)
        layout.addStretch(1)
        self.scroll_area = QScrollArea()
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setWidget(body)
        outer.addWidget(self.scroll_area, 1)
        self.health_hint = HealthHint()
        outer.addWidget(self.health_hint)
        self.status_line = QLabel()
        self.status_line.setStyleSheet("color: #667;")
        outer.addWidget(self.status_line)

    def _action_row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        self.sign_button = QPushButton(self.tr("&Agree (sign)…"))
        # Signed: the employee's response is the one thing that may still be added (§5.7).
        self.response_button = QPushButton(self.tr("Employee's respo&nse…"))
        self.response_button.hide()
        self.evaluate_button = QPushButton(self.tr("E&valuate…"))
        self.next_button = QPushButton(self.tr("Start &next year…"))
        self.print_button = QPushButton(self.tr("&Print POP…"))
        self.prep_button = QPushButton(self.tr("Print prepa&ration form…"))
        for button in (
            self.sign_button,
            self.response_button,
            self.evaluate_button,
            self.next_button,
        ):
            row.addWidget(button)
        row.addStretch(1)
        row.addWidget(self.print_button)
        row.addWidget(self.prep_button)
        return row

    def _group(self, title: str, widget: QWidget) -> QGroupBox:
        box = QGroupBox(title)
        QVBoxLayout(box).addWidget(widget)
        return box

    def _period_box(self) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        self.period_start = DateField(optional=False)
        self.period_end = DateField(optional=False)
        for field in (self.period_start, self.period_end):
            field.setMaximumWidth(120)
        row.addWidget(QLabel(self.tr("Period from")))
        row.addWidget(self.period_start)
        row.addWidget(QLabel(self.tr("to")))
        row.addWidget(self.period_end)
        row.addSpacing(24)
        note = QLabel(self.tr("A development document, not an assessment: no right or wrong."))
        note.setStyleSheet("color: #667;")
        row.addWidget(note, 1)
        return box

    def _connect_signals(self) -> None:
        self.texts.changed.connect(self._changed)
        for field in (self.period_start, self.period_end):
            field.textChanged.connect(self._changed)
        self.support.changed.connect(self._changed)
        self.health_hint.watch(*self.texts.boxes.values())
        self.health_hint.add_source(lambda: [i.description for i in self.support.items()])
        self.support.changed.connect(self.health_hint.check)
        self.save_button.clicked.connect(self.save)
        self.back_button.clicked.connect(self._back)
        self.profile_button.clicked.connect(self._profile)
        actions = self.pop_actions
        self.sign_button.clicked.connect(actions.sign)
        self.response_button.clicked.connect(actions.sign)  # the dialog knows it is signed
        self.evaluate_button.clicked.connect(actions.evaluate)
        self.next_button.clicked.connect(actions.start_next)
        self.print_button.clicked.connect(actions.print_pop)
        self.prep_button.clicked.connect(actions.print_prep)
        self.goals.new_button.clicked.connect(actions.new_goal)
        self.goals.edit_button.clicked.connect(actions.edit_goal)
        self.goals.take_button.clicked.connect(actions.take_goal)
        self.goals.release_button.clicked.connect(actions.release_goal)
        self.goals.table.doubleClicked.connect(lambda _i: actions.edit_goal())
        self.moments.plan_button.clicked.connect(actions.plan_evaluations)
        self.moments.opened.connect(actions.open_moment)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        QShortcut(QKeySequence.StandardKey.New, self, actions.new_goal)
        self.version_bar.bind(self.context.ctx, self.reload_parts, self.show_banner)
        QShortcut(QKeySequence(Qt.Key.Key_Return), self.goals.table, actions.edit_goal)

    # --- loading -------------------------------------------------------------------------

    def show_pop(self, pop_id: int) -> None:
        if self.view is not None and self.view.id != pop_id and not self.can_close():
            return
        self.drafts.dirty = False
        self.load(pop_id)
        self.scroll_area.verticalScrollBar().setValue(0)
        self._offer_draft()

    def load(self, pop_id: int, keep_texts: bool = False) -> None:
        """Show the stored plan; with `keep_texts` the typed texts, period and support stay
        (after a goal, sign-off or moment changed, which saved on its own)."""
        try:
            view = pop.get_pop(self.context.ctx, pop_id)
        except NotFoundError:
            self.context.nav.show_page("development")
            return
        with self.drafts.loading():
            self._show(view, keep_texts)
        self.drafts.target = view.id
        self.health_hint.check()
        if not keep_texts:
            self.drafts.loaded()

    def _show(self, view: PopView, keep_texts: bool) -> None:
        self.view = view
        self.base_version = view.row_version
        self.title.setText(self.tr("POP {0} – {1}").format(period_title(view), view.employee))
        facts = [part for part in (view.function, view.team) if part]
        if view.lead_name:
            facts.append(self.tr("lead: {0}").format(view.lead_name))
        facts.append(label("pop_status", view.status))
        self.subtitle.setText("  ·  ".join(facts))
        if not keep_texts:
            self.apply_draft(view.draft())
        self.goals.set_goals(view.goals, view.read_only, added_after_signing(view))
        self.moments.set_moments(view)
        self.signoff_text.setText(signoff_summary(view))
        self.evaluation_text.setText(
            self.tr("Evaluated on {0}:").format(format_date(view.evaluated_on))
            + "\n"
            + view.evaluation
        )
        self.evaluation_box.setVisible(view.status == PopStatus.EVALUATED)
        self._apply_state(view)

    def reload_parts(self) -> None:
        if self.view is not None:
            self.load(self.view.id, keep_texts=self.dirty)

    def refresh(self) -> None:
        self.reload_parts()

    def _apply_state(self, view: PopView) -> None:
        read_only = view.read_only
        locked = view.locked  # signed: the texts change only as a new version
        self.texts.set_read_only(locked)
        for box in self.texts.boxes.values():
            tint_locked(box, locked=locked)
        for field in (self.period_start, self.period_end):
            field.setReadOnly(locked)
        self.support.set_read_only(locked)
        self.save_button.setEnabled(not locked)
        self.version_bar.show_info("pop", view.id, view.version, locked=locked and not read_only)
        signed = view.signoff is not None
        self.sign_button.setEnabled(not read_only and not signed)
        self.response_button.setVisible(signed and not read_only)
        self.sign_button.setToolTip(
            self.tr(
                "This POP is signed already. To change it, choose 'Change after signing': "
                "the new version is signed again."
            )
            if signed and not read_only
            else ""
        )
        self.evaluate_button.setEnabled(view.status == PopStatus.AGREED)
        self.next_button.setEnabled(read_only)
        if read_only:
            self.show_banner(
                self.tr(
                    "This POP was evaluated on {0} and can only be read. Start the plan for the "
                    "next period with 'Start next year…'; open goals can go along."
                ).format(format_date(view.evaluated_on))
            )
        else:
            self.show_banner("")

    def selected_goal(self) -> GoalView | None:
        return self.goals.selected_goal()

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # --- the draft -----------------------------------------------------------------------

    def period_problem(self) -> str:
        """Which period date is no date, by its label on the screen."""
        if not self.period_start.is_valid() or self.period_start.date() is None:
            return self.tr("'Period from' is not a date; write e.g. 25-11-2026.")
        return self.tr("'to' (end of the period) is not a date; write e.g. 25-11-2026.")

    def current_draft(self) -> PopDraft | None:
        """The plan as typed; None while a period date is not a date."""
        start, end = self.period_start.date(), self.period_end.date()
        if self.view is None or start is None or end is None:
            return None
        texts = self.texts.texts()
        return PopDraft(
            period_start=start,
            period_end=end,
            ambition=texts["ambition"],
            lead_perspective=texts["lead_perspective"],
            strengths=texts["strengths"],
            development_points=texts["development_points"],
            support=self.support.items(),
            evaluation=self.view.evaluation,
            row_version=self.base_version,
        )

    def payload(self) -> dict[str, Any]:
        """What the autosave keeps: exactly what is on the screen, dates as typed."""
        result: dict[str, Any] = dict(self.texts.texts())
        result["period_start"] = self.period_start.text()
        result["period_end"] = self.period_end.text()
        result["support"] = [[item.kind, item.description] for item in self.support.items()]
        # The edit version it was typed on: put back after a crash, saving it over a newer
        # version (someone else's save meanwhile) asks instead of overwriting.
        result["row_version"] = self.base_version
        return result

    def apply_draft(self, draft: PopDraft) -> None:
        with self.drafts.loading():
            self.period_start.set_date(draft.period_start)
            self.period_end.set_date(draft.period_end)
            self.texts.set_texts({name: getattr(draft, name) for name in TEXTS})
            self.support.set_items(draft.support)

    def _apply_payload(self, payload: dict[str, Any]) -> None:
        typed_on = payload.get("row_version")
        if isinstance(typed_on, int):
            self.base_version = typed_on
        with self.drafts.loading():
            self.period_start.setText(str(payload.get("period_start", "")))
            self.period_end.setText(str(payload.get("period_end", "")))
            self.texts.set_texts({name: str(payload.get(name, "")) for name in TEXTS})
            support = payload.get("support") or []
            self.support.set_items(tuple(SupportItem(str(k), str(d)) for k, d in support))
        self.health_hint.check()
        self.drafts.put_back()

    @property
    def dirty(self) -> bool:
        return self.drafts.dirty

    def _changed(self) -> None:
        self.drafts.changed()

    def save_draft(self) -> None:
        self.drafts.keep()

    def _offer_draft(self) -> None:
        stored = self.drafts.stored()
        if stored is None or self.view is None:
            return
        same = {**stored.payload, "row_version": self.base_version} == self.payload()
        if self.view.locked or same:
            self.drafts.discard()
            return
        question = self.tr(
            "There is unsaved text for this POP from {0} (for example after the program was "
            "closed unexpectedly). Put it back?"
        )
        if self.drafts.offer(question, stored):
            self._apply_payload(stored.payload)

    # --- saving --------------------------------------------------------------------------

    def save(self) -> bool:
        if self.view is None or self.view.locked:
            return True
        draft = self.current_draft()
        if draft is None:
            self.show_banner(self.period_problem())
            return False
        view_id = self.view.id
        try:
            result = save_or_resolve(
                self,
                lambda version, _knowingly: pop.update_pop(
                    self.context.ctx, view_id, replace(draft, row_version=version)
                ),
                draft.row_version,
            )
        except (ValidationError, DatabaseBusyError) as exc:
            self.show_banner(str(exc))
            return False
        except ServerConnectionError as exc:
            self.drafts.save_failed(exc)
            self.show_banner(str(exc))
            return False
        if result.outcome is not Outcome.SAVED:
            # Theirs shown (mine on the clipboard and in the autosaved draft), or mine kept.
            if result.outcome is Outcome.RELOAD:
                self.load(view_id)
            return False
        self.load(view_id)
        self.drafts.saved()  # update_pop discarded the autosaved draft with the save
        return True

    def can_close(self) -> bool:
        """Asked before leaving the page or closing the window."""
        return self.drafts.may_leave(
            self.tr("The POP has unsaved changes. Save them now?"), self.save
        )

    def _back(self) -> None:
        if self.can_close():
            self.context.nav.show_page("development")

    def _profile(self) -> None:
        if self.view is not None:
            self.context.nav.open_employee(self.view.employee_id)
