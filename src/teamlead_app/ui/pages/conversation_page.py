"""The conversation screen: filled in during or right after the talk, mostly by keyboard.
The buttons and the title on top; below, two columns (widgets/conversation_columns.py): the
talk with the private working note on the left, what goes on paper on the right. Alt+1..5
jump to the sections and Tab follows the reading order. Typing autosaves as a draft."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import (
    DatabaseBusyError,
    NotFoundError,
    ServerConnectionError,
    ValidationError,
)
from teamlead_app.labels import label
from teamlead_app.records.conversations import (
    ConversationDraft,
    ConversationView,
    GoalProgressDraft,
)
from teamlead_app.services.common import drafts
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationStatus
from teamlead_app.services.development import goals
from teamlead_app.ui.conflicts import Outcome, over, save_or_resolve
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.conversation_actions import ConversationActions
from teamlead_app.ui.widgets.buddy_note import BuddyNote
from teamlead_app.ui.widgets.certificate_alert import CertificateAlert
from teamlead_app.ui.widgets.conversation_columns import ConversationColumns
from teamlead_app.ui.widgets.conversation_status_bar import ConversationStatusBar
from teamlead_app.ui.widgets.draft_keeper import DraftKeeper
from teamlead_app.ui.widgets.focus_order import apply_chain, focus_chain
from teamlead_app.ui.widgets.health_hint import HealthHint
from teamlead_app.ui.widgets.rotation_note import RotationNote
from teamlead_app.ui.write_access import guard_writes
from teamlead_app.util.dates import format_datetime


class ConversationPage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.view: ConversationView | None = None
        # The edit version the typed text is based on: the view's, or a put-back draft's.
        self.base_version: int | None = None
        self.commands = ConversationActions(self)
        self._build_ui()
        self.drafts = DraftKeeper(
            self,
            context,
            drafts.CONVERSATION_DRAFT,
            self.status_line,
            self.draft_payload,
            lambda: self.view is not None and self.view.status != ConversationStatus.CANCELLED,
            self.tr("This conversation no longer exists."),
        )
        self._connect_signals()
        guard_writes(self.context.ctx, self.save_button, self.move_button, self.cancel_button)

    # --- layout --------------------------------------------------------------------------

    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← Conversations"))
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.employee_button = QPushButton(self.tr("Show to &employee"))
        self.move_button = QPushButton(self.tr("&Move…"))
        self.cancel_button = QPushButton(self.tr("Ca&ncel…"))
        self.print_button = QPushButton(self.tr("&Print summary…"))
        self.prep_button = QPushButton(self.tr("Print preparation…"))
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setToolTip(self.tr("Ctrl+S"))
        for button in (
            self.employee_button,
            self.move_button,
            self.cancel_button,
            self.print_button,
            self.prep_button,
            self.save_button,
        ):
            top.addWidget(button)
        outer.addLayout(top)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 16pt; font-weight: 600;")
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setTextFormat(Qt.TextFormat.PlainText)
        self.subtitle.setWordWrap(True)
        self.banner = QLabel()
        self.banner.setTextFormat(Qt.TextFormat.PlainText)  # a cancel note may hold '<b>&'
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff4d6; padding: 6px; border-radius: 4px;")
        self.banner.hide()
        self.health_hint = HealthHint()
        self.status_line = QLabel()
        self.status_line.setStyleSheet("color: #667;")
        self.status_bar = ConversationStatusBar()  # status, next step, versions: at the top
        self.certificate_alert = CertificateAlert()
        self.rotation_note = RotationNote()  # a rotation in progress or just finished
        self.buddy_note = BuddyNote()  # the buddy and last check-in; the onboarding moment
        for widget in (
            self.title,
            self.subtitle,
            self.status_bar,
            self.banner,
            self.certificate_alert,
            self.rotation_note,
            self.buddy_note,
        ):
            outer.addWidget(widget)
        # The editors live in the two-column body; the page keeps its well-known names.
        self.body = ConversationColumns()
        self.followups = self.body.followups
        self.answers = self.body.answers
        self.score = self.body.score
        self.score_trend = self.body.score_trend
        self.goals = self.body.goals
        self.summary = self.body.summary
        self.private_notes = self.body.private_notes
        self.agreements = self.body.agreements
        self.signoff = self.body.signoff
        self.left_scroll, self.right_scroll = self.body.left_scroll, self.body.right_scroll
        self.summary_box, self.private_box = self.body.summary_box, self.body.private_box
        outer.addWidget(self.body, 1)
        outer.addWidget(self.health_hint)
        bottom = QHBoxLayout()
        bottom.addWidget(self.status_line, 1)
        keys = QLabel(
            self.tr(
                "Alt+1 questions · Alt+2 working note · Alt+3 summary · Alt+4 agreements · "
                "Alt+5 closing · Ctrl+S save"
            )
        )
        keys.setStyleSheet("color: #667;")
        bottom.addWidget(keys)
        outer.addLayout(bottom)

    def jump_to(self, widget: QWidget) -> None:
        self.body.jump_to(widget)

    def order_tabs(self) -> None:
        """Tab follows the reading order, also through rows added when a talk is loaded."""
        chain = focus_chain(self)
        if chain != getattr(self, "_chain", None):
            apply_chain(chain)
            self._chain = chain

    def _connect_signals(self) -> None:
        for widget in (self.followups, self.answers, self.goals, self.agreements, self.signoff):
            widget.changed.connect(self._changed)
        for box in (self.summary, self.private_notes):
            box.textChanged.connect(self._changed)
        self.score.currentIndexChanged.connect(self._changed)
        self.goals.goal_requested.connect(self.commands.open_goal)
        self.save_button.clicked.connect(self.save)
        self.back_button.clicked.connect(self._back)
        self.employee_button.clicked.connect(self.commands.show_to_employee)
        self.move_button.clicked.connect(self.commands.move)
        self.cancel_button.clicked.connect(self.commands.cancel)
        self.print_button.clicked.connect(self.commands.print_summary)
        self.prep_button.clicked.connect(self.commands.print_preparation)
        QShortcut(QKeySequence.StandardKey.Save, self, self.save)
        for number, target in enumerate(self.body.section_targets(), start=1):
            QShortcut(QKeySequence(f"Alt+{number}"), self, lambda t=target: self.jump_to(t()))
        self.health_hint.add_source(self._typed_texts)
        self.status_bar.attach(self)

    # --- loading -------------------------------------------------------------------------

    def show_conversation(self, conversation_id: int) -> None:
        if self.view is not None and self.view.id != conversation_id and not self.can_close():
            return
        self.load(conversation_id)
        self._offer_draft()

    def load(self, conversation_id: int) -> None:
        try:
            view = conversations.get_conversation(self.context.ctx, conversation_id)
        except NotFoundError:
            self.context.nav.show_page("conversations")
            return
        with self.drafts.loading():
            self._show(view)
        self.drafts.target = view.id
        self.drafts.loaded()
        self.health_hint.check()
        self.order_tabs()

    def _show(self, view: ConversationView) -> None:
        self.view = view
        self.base_version = view.row_version
        self.title.setText(f"{label('conversation_kind', view.kind)} – {view.employee}")
        # When, what and who; the status is the badge below, the moves its history line.
        facts = [format_datetime(view.scheduled_at), *(p for p in (view.function, view.team) if p)]
        self.subtitle.setText("  ·  ".join(facts))
        self.certificate_alert.show_for(self.context.ctx, view.employee_id)
        self.rotation_note.show_for(self.context.ctx, view.employee_id, view.day)
        self.buddy_note.show_for(self.context.ctx, view.employee_id, view.id)
        self.followups.set_items(view.carried, date.today())
        self.answers.set_answers(view.answers)
        self.score.setCurrentIndex(max(self.score.findData(view.score), 0))
        history = conversations.score_history(self.context.ctx, view.employee_id)
        self.score_trend.set_points([p for p in history if p.conversation_id != view.id])
        self.goals.set_goals(goals.active_goals(self.context.ctx, view.employee_id, view.id))
        self.summary.setPlainText(view.shared_summary)
        self.private_notes.setPlainText(view.private_notes)
        # On the company server, the note (and score) of a talk an earlier lead held stay
        # with that lead: the box is empty and says why.
        hidden = self.tr("Working note of a previous lead: not visible")
        self.private_notes.setPlaceholderText(hidden if view.private_hidden else "")
        self.agreements.set_agreements(view.agreements)
        self.signoff.set_values(
            view.status == ConversationStatus.HELD,
            view.held_on,
            view.signoff,
            view.signoff_date,
            view.signoff_method,
            view.employee_response,
        )
        self._apply_state(view)

    def _apply_state(self, view: ConversationView) -> None:
        cancelled = view.status == ConversationStatus.CANCELLED
        held = view.status == ConversationStatus.HELD
        for widget in (self.followups, self.answers, self.goals, self.agreements):
            widget.set_read_only(cancelled)
        self.summary.setReadOnly(cancelled)
        self.private_notes.setReadOnly(cancelled or view.private_hidden)
        self.signoff.setEnabled(not cancelled)
        self.score.setEnabled(not cancelled and not view.private_hidden)
        self.signoff.held.setEnabled(not held and not cancelled)
        self.move_button.setEnabled(view.status == ConversationStatus.PLANNED)
        self.cancel_button.setEnabled(view.status == ConversationStatus.PLANNED)
        self.save_button.setEnabled(not cancelled)
        self.print_button.setEnabled(not cancelled)
        if cancelled:
            self.show_banner(
                self.tr(
                    "This conversation was cancelled ({0}). It can no longer be changed."
                ).format(view.cancel_text)
            )
        elif view.many_moves:
            self.show_banner(
                self.tr("Moved {0} times already: try to hold it this time.").format(
                    view.move_count
                )
            )
        else:
            self.banner.hide()
        self.status_bar.apply(self, view)  # a signed conversation is read-only

    def show_banner(self, text: str) -> None:
        self.banner.setText(text)
        self.banner.setVisible(bool(text))

    # --- the draft -----------------------------------------------------------------------

    def current_draft(self) -> ConversationDraft:
        assert self.view is not None
        signoff = self.signoff.signoff.currentData()
        held_box = self.signoff.held.isChecked()
        return ConversationDraft(
            answers=self.answers.answers(),
            score=self.score.currentData(),
            shared_summary=self.summary.text(),
            private_notes=self.private_notes.text(),
            agreements=self.agreements.drafts(),
            follow_ups=self.followups.drafts(),
            signoff=signoff,
            signoff_date=self.signoff.signoff_date.date() if signoff else None,
            signoff_method=str(self.signoff.method.currentData()) if signoff else None,
            employee_response=self.signoff.response.text(),
            mark_held=held_box and self.view.status == ConversationStatus.PLANNED,
            held_on=self.signoff.held_on.date() if held_box else None,
            goal_progress=tuple(
                GoalProgressDraft(goal_id, note) for goal_id, note in self.goals.updates()
            ),
            row_version=self.base_version,
        )

    @property
    def dirty(self) -> bool:
        return self.drafts.dirty

    def _changed(self) -> None:
        if not self.drafts.changed():
            return
        self.health_hint.check()
        self.order_tabs()

    def _typed_texts(self) -> list[str]:
        """Everything typed here, for the quiet health-word reminder (never a block)."""
        return [
            self.summary.text(),
            self.private_notes.text(),
            self.signoff.response.text(),
            *self.answers.answers(),
            *(a.text for a in self.agreements.drafts()),
            *(follow_up.comment for follow_up in self.followups.drafts()),
            *self.goals.notes().values(),
        ]

    def draft_payload(self) -> dict[str, Any]:
        """What the autosave keeps: the draft the save would hand over, goal notes included."""
        payload = self.current_draft().to_payload()
        payload["goal_notes"] = self.goals.notes()
        return payload

    def save_draft(self) -> None:
        self.drafts.keep()

    def _offer_draft(self) -> None:
        stored = self.drafts.stored()
        if stored is None:
            return
        draft = conversations.payload_draft(stored.payload)
        if draft is None:
            return
        question = self.tr(
            "There is unsaved text for this conversation from {0} (for example after the "
            "program was closed unexpectedly). Put it back?"
        )
        if self.drafts.offer(question, stored):
            self.apply_draft(draft, stored.payload.get("goal_notes") or {})

    def apply_draft(self, draft: ConversationDraft, goal_notes: dict[str, str]) -> None:
        if draft.row_version is not None:  # typed on that version: a newer one conflicts
            self.base_version = draft.row_version
        with self.drafts.loading():
            self._fill(draft, goal_notes)
        self.drafts.put_back()
        self.health_hint.check()
        self.order_tabs()

    def _fill(self, draft: ConversationDraft, goal_notes: dict[str, str]) -> None:
        self.answers.apply(draft.answers)
        self.score.setCurrentIndex(max(self.score.findData(draft.score), 0))
        self.summary.setPlainText(draft.shared_summary)
        self.private_notes.setPlainText(draft.private_notes)
        self.agreements.set_agreements(draft.agreements)
        self.followups.apply(draft.follow_ups)
        self.goals.apply(goal_notes)
        self.signoff.set_values(
            draft.mark_held
            or (self.view is not None and self.view.status == ConversationStatus.HELD),
            draft.held_on,
            draft.signoff,
            draft.signoff_date,
            draft.signoff_method,
            draft.employee_response,
        )

    # --- saving --------------------------------------------------------------------------

    def save(self) -> bool:
        if self.view is None or self.view.status == ConversationStatus.CANCELLED:
            return True
        if self._refuse_invalid_date():
            return False
        draft = self.current_draft()
        was = self.view.status
        view_id = self.view.id
        try:  # one call, one transaction: all that was typed, goal progress lines included
            result = save_or_resolve(
                self,
                lambda version, knowingly: conversations.save_conversation(
                    self.context.ctx, view_id, over(draft, version, knowingly)
                ),
                draft.row_version,
                [(self.tr("Working note"), draft.private_notes)],
            )
        except (ValidationError, DatabaseBusyError) as exc:
            self.show_banner(str(exc))
            return False
        except ServerConnectionError as exc:
            self.drafts.save_failed(exc)
            self.show_banner(str(exc))
            return False
        if result.outcome is not Outcome.SAVED:
            return self._not_saved(result.outcome, view_id)
        warnings = result.value or ()
        self.load(view_id)
        self.drafts.saved()
        self.show_banner("\n".join([*self.status_bar.saved_notes(was, self.view), *warnings]))
        return True

    def _not_saved(self, outcome: Outcome, view_id: int) -> bool:
        """After a conflict: their version shown (the autosaved draft keeps mine), or mine
        kept on the screen."""
        if outcome is Outcome.RELOAD:
            self.load(view_id)
            self.show_banner(self.tr("Their version is shown; your text is on the clipboard."))
        else:
            self.show_banner(self.tr("Not saved; your text is still here."))
        return False

    def _refuse_invalid_date(self) -> bool:
        """A date field that holds no date: say which one, put the cursor there."""
        row = self.agreements.invalid_row()
        field = self.signoff.invalid_field()
        if row is not None:
            message = self.tr(
                "The date under 'When' of agreement {0} is not a date; write it like 25-11-2026."
            ).format(row[0])
            widget = row[1]
        elif field is not None:
            message = self.tr("The date at '{0}' is not a date; write it like 25-11-2026.").format(
                field[0]
            )
            widget = field[1]
        else:
            return False
        self.show_banner(message)
        widget.setFocus()
        return True

    def can_close(self) -> bool:
        """Asked before leaving the page or closing the window."""
        return self.drafts.may_leave(
            self.tr("The conversation has unsaved changes. Save them now?"), self.save
        )

    def _back(self) -> None:
        if self.can_close():
            self.context.nav.show_page("conversations")
