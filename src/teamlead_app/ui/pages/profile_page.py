"""The employee profile: who the person is, and one timeline of everything that happened
(in service, conversations, agreements, goals, POP)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from teamlead_app.errors import NotFoundError
from teamlead_app.labels import label
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.people import employees as people
from teamlead_app.services.people import timeline
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.archive_dialog import ArchiveDialog
from teamlead_app.ui.dialogs.employee_dialog import EmployeeDialog
from teamlead_app.ui.widgets.onboarding_box import OnboardingBox
from teamlead_app.ui.widgets.score_trend import ScoreTrend
from teamlead_app.ui.widgets.skills_box import SkillsBox
from teamlead_app.ui.write_access import guard_writes
from teamlead_app.util.dates import format_date


def _html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


class ProfilePage(QWidget):
    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.employee_id: int | None = None
        self._build_ui()
        self._connect_signals()
        guard_writes(
            self.context.ctx,
            self.edit_button,
            self.archive_button,
            self.new_conversation_button,
            self.goal_button,
        )

    def _build_ui(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.back_button = QPushButton(self.tr("← People"))
        top.addWidget(self.back_button)
        top.addStretch(1)
        self.edit_button = QPushButton(self.tr("&Edit…"))
        self.archive_button = QPushButton(self.tr("Ar&chive…"))
        top.addWidget(self.edit_button)
        top.addWidget(self.archive_button)
        layout.addLayout(top)
        self.name = QLabel()
        self.name.setStyleSheet("font-size: 20pt; font-weight: 600;")
        self.name.setWordWrap(True)
        self.name.setTextFormat(Qt.TextFormat.PlainText)
        self.facts = QLabel()
        self.facts.setWordWrap(True)
        self.facts.setStyleSheet("color: #444; font-size: 11pt;")
        self.facts.setTextFormat(Qt.TextFormat.PlainText)
        layout.addWidget(self.name)
        layout.addWidget(self.facts)
        self.counts = QLabel()
        self.counts.setStyleSheet("color: #444;")
        layout.addWidget(self.counts)
        layout.addLayout(self._score_row())
        self.action_row = QHBoxLayout()
        self.new_conversation_button = QPushButton(self.tr("&New conversation…"))
        self.prep_button = QPushButton(self.tr("Print &preparation sheet…"))
        self.action_row.addWidget(self.new_conversation_button)
        self.action_row.addWidget(self.prep_button)
        self.pop_button = QPushButton(self.tr("P&OP of this year…"))
        self.goal_button = QPushButton(self.tr("New &goal…"))
        self.action_row.addWidget(self.pop_button)
        self.action_row.addWidget(self.goal_button)
        self.action_row.addStretch(1)
        self.access_button = QPushButton(self.tr("Access e&xport (AVG)…"))
        self.access_button.setToolTip(
            self.tr("Everything stored about this person, including working notes")
        )
        self.action_row.addWidget(self.access_button)
        layout.addLayout(self.action_row)
        self.onboarding_box = OnboardingBox(self.context)
        layout.addWidget(self.onboarding_box)
        self.skills_box = SkillsBox(self.context)
        self.skills_box.setMaximumHeight(260)
        self.competence_button = QPushButton(self.tr("Print proof of compe&tence…"))
        self.skills_box.setCornerWidget(self.competence_button, Qt.Corner.TopRightCorner)
        layout.addWidget(self.skills_box)
        heading = QLabel(self.tr("Timeline"))
        heading.setStyleSheet("font-size: 13pt; font-weight: 600; margin-top: 12px;")
        layout.addWidget(heading)
        self.timeline = QTreeWidget()
        self.timeline.setColumnCount(3)
        self.timeline.setHeaderLabels([self.tr("Date"), self.tr("What"), self.tr("Details")])
        self.timeline.setRootIsDecorated(False)
        self.timeline.setAlternatingRowColors(True)
        self.timeline.setWordWrap(True)
        self.timeline.setColumnWidth(0, 110)
        self.timeline.setColumnWidth(1, 520)
        layout.addWidget(self.timeline, 1)

    def _score_row(self) -> QHBoxLayout:
        """The monthly "how is it going?" as a trend of the last six, with dates."""
        row = QHBoxLayout()
        title = QLabel(self.tr("How is it going (own estimate)"))
        title.setStyleSheet("font-weight: 600;")
        self.score_trend = ScoreTrend()
        hint = QLabel(self.tr("1–5, last six talks · for you only, never for HR"))
        hint.setStyleSheet("color: #667;")
        row.addWidget(title, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addSpacing(8)
        row.addWidget(self.score_trend)
        row.addSpacing(8)
        row.addWidget(hint, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addStretch(1)
        return row

    def _connect_signals(self) -> None:
        self.back_button.clicked.connect(lambda: self.context.nav.show_page("people"))
        self.edit_button.clicked.connect(self._edit)
        self.archive_button.clicked.connect(self._archive)
        self.new_conversation_button.clicked.connect(self._new_conversation)
        self.prep_button.clicked.connect(self._print_preparation)
        self.access_button.clicked.connect(self._access_export)
        self.competence_button.clicked.connect(self._print_competence)
        self.pop_button.clicked.connect(self._open_pop)
        self.goal_button.clicked.connect(self._new_goal)
        self.timeline.itemActivated.connect(self._open_item)
        self.timeline.itemDoubleClicked.connect(self._open_item)

    def show_employee(self, employee_id: int) -> None:
        self.employee_id = employee_id
        self.refresh()

    def refresh(self) -> None:
        if self.employee_id is None:
            return
        try:
            detail = people.get_employee(self.context.ctx, self.employee_id)
        except NotFoundError:
            self.context.nav.show_page("people")
            return
        row = detail.row
        self.name.setText(row.full_name)
        facts = [
            row.function or self.tr("no function"),
            row.team or self.tr("no team"),
            label("employee_kind", row.kind),
            label("stage", row.stage),
        ]
        if row.date_in_service:
            facts.append(self.tr("in service since {0}").format(format_date(row.date_in_service)))
        if row.leaving_on is not None:
            facts.append(self.tr("out of service as of {0}").format(format_date(row.leaving_on)))
        elif row.date_out_of_service:
            facts.append(
                self.tr("out of service since {0}").format(format_date(row.date_out_of_service))
            )
        if row.personnel_number:
            facts.append(self.tr("personnel no. {0}").format(row.personnel_number))
        self.facts.setText("  ·  ".join(facts))
        self.archive_button.setEnabled(not row.archived)
        for button in (self.new_conversation_button, self.pop_button, self.goal_button):
            button.setEnabled(not row.archived)
        counts = conversations.conversation_counts(self.context.ctx, employee_id=row.id)
        open_count = len(conversations.open_agreements(self.context.ctx, row.id))
        self.counts.setText(
            self.tr(
                "Conversations: {0} held, {1} planned, {2} missed, {3} moved, {4} cancelled"
                "  ·  open agreements: {5}"
            ).format(
                counts.held,
                counts.planned,
                counts.missed,
                counts.moved,
                counts.cancelled,
                open_count,
            )
        )
        self.score_trend.set_points(conversations.score_history(self.context.ctx, row.id))
        self.skills_box.show_employee(row.id, row.archived)
        self.onboarding_box.show_employee(row.id, row.kind, row.stage, row.archived)
        self._fill_timeline()

    def _fill_timeline(self) -> None:
        assert self.employee_id is not None
        self.timeline.clear()
        for event in timeline.employee_timeline(self.context.ctx, self.employee_id):
            item = QTreeWidgetItem([format_date(event.when), event.title, event.detail])
            item.setData(0, Qt.ItemDataRole.UserRole, event)
            item.setToolTip(1, event.title)
            item.setToolTip(2, event.detail)
            self.timeline.addTopLevelItem(item)
        if self.timeline.topLevelItemCount() == 0:
            self.timeline.addTopLevelItem(QTreeWidgetItem(["", self.tr("Nothing recorded yet.")]))

    def _open_item(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        event = item.data(0, Qt.ItemDataRole.UserRole)
        conversation_id = getattr(event, "conversation_id", None)
        if conversation_id:
            self.context.nav.open_conversation(conversation_id)

    def _new_conversation(self) -> None:
        from teamlead_app.ui.dialogs.new_conversation_dialog import NewConversationDialog

        result = NewConversationDialog.ask(self, self.context.ctx, self.employee_id)
        if result is not None:
            self.context.nav.open_conversation(result.conversation_id)

    def _print_preparation(self) -> None:
        from teamlead_app.services.exports.files import save_prep
        from teamlead_app.ui.printing import save_report

        if self.employee_id is None:
            return
        from datetime import date

        from teamlead_app.util.files import safe_file_name

        employee_id = self.employee_id
        person = self.name.text()
        save_report(
            self,
            self.tr("Save preparation sheet"),
            safe_file_name(
                self.tr("Preparation {0} {1}").format(person, format_date(date.today())), ".pdf"
            ),
            self.tr("PDF (*.pdf)"),
            lambda path: save_prep(self.context.ctx, employee_id, path),
        )

    def _print_competence(self) -> None:
        from teamlead_app.ui.printing_skills import export_competence

        if self.employee_id is not None:
            export_competence(self, self.context.ctx, self.employee_id, self.name.text())

    def _open_pop(self) -> None:
        """This year's POP; without one, a draft after a yes."""
        from datetime import date

        from PySide6.QtWidgets import QMessageBox

        from teamlead_app.errors import AppError
        from teamlead_app.services.development import pop
        from teamlead_app.ui.errors import show_error

        if self.employee_id is None:
            return
        year = date.today().year
        found = pop.pop_for_year(self.context.ctx, self.employee_id, year)
        if found is not None:
            self.context.nav.open_pop(found.id)
            return
        answer = QMessageBox.question(
            self,
            self.tr("New POP"),
            self.tr("There is no POP for {0} yet. Start a draft POP?").format(year),
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        try:
            pop_id = pop.create_pop(self.context.ctx, self.employee_id, year)
        except AppError as exc:
            show_error(self, exc)
            return
        self.context.nav.open_pop(pop_id)

    def _new_goal(self) -> None:
        from teamlead_app.ui.dialogs.goal_dialog import GoalDialog

        if self.employee_id is not None and GoalDialog.ask(
            self, self.context.ctx, self.employee_id
        ):
            self.refresh()

    def _access_export(self) -> None:
        from teamlead_app.services.privacy.access import access_file_name, write_access_export
        from teamlead_app.ui.printing import save_report

        if self.employee_id is None:
            return
        employee_id = self.employee_id
        save_report(
            self,
            self.tr("Save access export"),
            access_file_name(employee_id),
            self.tr("ZIP (*.zip)"),
            lambda path: write_access_export(self.context.ctx, employee_id, path),
        )

    def _edit(self) -> None:
        if self.employee_id is not None and EmployeeDialog.ask(
            self, self.context.ctx, self.employee_id
        ):
            self.refresh()

    def _archive(self) -> None:
        if self.employee_id is None:
            return
        row = people.get_employee(self.context.ctx, self.employee_id).row
        if ArchiveDialog.ask(self, self.context.ctx, row):
            self.refresh()
