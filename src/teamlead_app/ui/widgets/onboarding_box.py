"""Inwerken on a newcomer's profile: the buddy line, the onboarding talks with their dates and
state (Enter or a double-click opens the talk in the ordinary conversation screen), the
checklist to tick off (one call per tick), and the buttons to plan the onboarding, choose the
buddy and print the plan. Hidden for people who are neither new nor have a plan."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
)

from teamlead_app.errors import AppError
from teamlead_app.labels import label
from teamlead_app.records.onboarding import OnboardingPlanView
from teamlead_app.services.pairings import onboarding_plan
from teamlead_app.services.pairings.onboarding_views import buddy_summary
from teamlead_app.services.pairings.onboarding_views import onboarding_plan as read_plan
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.errors import show_error
from teamlead_app.util.dates import format_date


class OnboardingBox(QGroupBox):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.employee_id: int | None = None
        self._kind = ""
        self._build_ui()
        self._connect_signals()

    def _build_ui(self) -> None:
        self.setTitle(self.tr("Onboarding"))
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.buddy = QLabel()
        self.buddy.setTextFormat(Qt.TextFormat.PlainText)
        self.buddy.setWordWrap(True)
        top.addWidget(self.buddy, 1)
        self.plan_button = QPushButton(self.tr("Pl&an onboarding…"))
        self.buddy_button = QPushButton(self.tr("Choose b&uddy…"))
        self.print_button = QPushButton(self.tr("Print onboarding p&lan…"))
        for button in (self.plan_button, self.buddy_button, self.print_button):
            top.addWidget(button)
        layout.addLayout(top)
        lists = QHBoxLayout()
        self.talks = QListWidget()
        self.talks.setToolTip(self.tr("Enter or double-click opens the talk."))
        self.tasks = QListWidget()
        lists.addWidget(self.talks, 1)
        lists.addWidget(self.tasks, 1)
        layout.addLayout(lists)
        self.empty = QLabel(
            self.tr(
                "No onboarding plan yet. 'Plan onboarding…' plans the talks at weeks 1, 2, 4 "
                "and 6 and months 3, 6 and 12, the checklist and the first-year plan."
            )
        )
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #555;")
        layout.addWidget(self.empty)
        self.setMaximumHeight(230)

    def _connect_signals(self) -> None:
        self.plan_button.clicked.connect(self._plan)
        self.buddy_button.clicked.connect(self._choose_buddy)
        self.print_button.clicked.connect(self._print)
        self.talks.itemActivated.connect(self._open_talk)
        self.talks.itemDoubleClicked.connect(self._open_talk)
        self.tasks.itemChanged.connect(self._ticked)

    def show_employee(self, employee_id: int, kind: str, stage: str, archived: bool) -> None:
        self.employee_id = employee_id
        self._kind = kind
        plan = read_plan(self.context.ctx, employee_id)
        self.setVisible(
            plan is not None or (onboarding_plan.is_newcomer(kind, stage) and not archived)
        )
        self._fill(plan, archived)

    def _fill(self, plan: OnboardingPlanView | None, archived: bool) -> None:
        self.talks.clear()
        self.tasks.blockSignals(True)
        self.tasks.clear()
        has_plan = plan is not None
        for widget in (self.talks, self.tasks, self.print_button):
            widget.setVisible(has_plan)
        self.empty.setVisible(not has_plan)
        self.plan_button.setVisible(not has_plan and not archived)
        buddy = plan.buddy if plan is not None else None
        self.buddy_button.setVisible(buddy is None and not archived)
        self.buddy.setText(buddy_summary(buddy) or self.tr("No buddy yet."))
        if plan is not None:
            for talk in plan.talks:
                day = format_date(talk.day) if talk.day else "–"
                state = (
                    label("conversation_status", talk.status) if talk.status else self.tr("removed")
                )
                item = QListWidgetItem(f"{talk.label} · {day} · {state}")
                item.setData(Qt.ItemDataRole.UserRole, talk.conversation_id)
                if talk.note:
                    item.setToolTip(talk.note)
                self.talks.addItem(item)
            for task in plan.tasks:
                text = task.text
                if task.done_on:
                    text += "  (" + format_date(task.done_on) + ")"
                item = QListWidgetItem(text)
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                done = Qt.CheckState.Checked if task.done_on else Qt.CheckState.Unchecked
                item.setCheckState(done)
                item.setData(Qt.ItemDataRole.UserRole, task.id)
                self.tasks.addItem(item)
        self.tasks.blockSignals(False)

    def _reload(self) -> None:
        self.context.nav.data_changed()

    def _plan(self) -> None:
        from teamlead_app.ui.pairing_flow import offer_onboarding

        if self.employee_id is not None and offer_onboarding(
            self, self.context.ctx, self.employee_id
        ):
            self._reload()

    def _choose_buddy(self) -> None:
        from teamlead_app.services.pairings.onboarding_plan import pairing_kind_for
        from teamlead_app.ui.pairing_flow import ask_pairing

        if self.employee_id is None:
            return
        kind = pairing_kind_for(self._kind)
        if ask_pairing(self, self.context.ctx, mentee_id=self.employee_id, kind=kind) is not None:
            self._reload()

    def _open_talk(self, item: QListWidgetItem) -> None:
        conversation_id = item.data(Qt.ItemDataRole.UserRole)
        if conversation_id:
            self.context.nav.open_conversation(int(conversation_id))

    def _ticked(self, item: QListWidgetItem) -> None:
        done = item.checkState() == Qt.CheckState.Checked
        try:
            onboarding_plan.set_task_done(
                self.context.ctx, int(item.data(Qt.ItemDataRole.UserRole)), done
            )
        except AppError as exc:
            show_error(self, exc)
        if self.employee_id is not None:
            self._fill(read_plan(self.context.ctx, self.employee_id), False)

    def _print(self) -> None:
        from teamlead_app.services.exports.files import save_onboarding_plan
        from teamlead_app.ui.printing import save_report

        employee_id = self.employee_id
        if employee_id is None:
            return
        db = self.context.ctx
        save_report(
            self,
            QApplication.translate("Printing", "Save onboarding plan"),
            QApplication.translate("Printing", "onboarding-plan-{0}.pdf").format(employee_id),
            QApplication.translate("Printing", "PDF (*.pdf)"),
            lambda path: save_onboarding_plan(db, employee_id, path),
        )
