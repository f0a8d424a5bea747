"""What the conversation screen does besides typing: show it to the employee, move, cancel,
print. Kept apart so the screen itself stays about the form."""

from __future__ import annotations

from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QMessageBox

from teamlead_app.services.people import employees as people
from teamlead_app.ui.dialogs.employee_view import EmployeeViewDialog
from teamlead_app.ui.dialogs.move_dialog import CancelDialog, MoveDialog
from teamlead_app.ui.printing import save_report
from teamlead_app.util.dates import format_date, format_datetime
from teamlead_app.util.files import safe_file_name

if TYPE_CHECKING:
    from teamlead_app.ui.pages.conversation_page import ConversationPage


class ConversationActions:
    def __init__(self, page: ConversationPage) -> None:
        self.page = page

    def show_to_employee(self) -> None:
        page = self.page
        if page.view is None or (page.dirty and not page.save()):
            return
        choice = EmployeeViewDialog.ask(page, page.view)
        if choice is not None:
            page.signoff.sign_on_screen(choice)
            page.save()

    def open_goal(self, goal_id: int) -> None:
        """A new goal raised in this talk (0), or the steps of an existing one; progress lines
        already typed stay."""
        from teamlead_app.services.development import goals
        from teamlead_app.ui.dialogs.goal_dialog import GoalDialog

        page = self.page
        if page.view is None:
            return
        GoalDialog.ask(page, page.context.ctx, page.view.employee_id, goal_id or None)
        notes = page.goals.notes()
        with page.drafts.loading():
            page.goals.set_goals(
                goals.active_goals(page.context.ctx, page.view.employee_id, page.view.id)
            )
            page.goals.apply(notes)

    def move(self) -> None:
        page = self.page
        if page.view is None or (page.dirty and not page.save()):
            return
        result = MoveDialog.ask(page, page.context.ctx, page.view.id)
        if result is not None:
            page.load(page.view.id)
            message = QApplication.translate("ConversationActions", "Moved to {0}.").format(
                format_datetime(result.new_when)
            )
            page.show_banner("\n".join([message, *result.warnings]))

    def cancel(self) -> None:
        page = self.page
        if page.view is None:
            return
        answer = QMessageBox.question(
            page,
            QApplication.translate("ConversationActions", "Move instead?"),
            QApplication.translate(
                "ConversationActions",
                "Conversations are better moved than cancelled. Do you want to move it to "
                "another moment instead?",
            ),
            QMessageBox.StandardButton.Yes
            | QMessageBox.StandardButton.No
            | QMessageBox.StandardButton.Cancel,
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.move()
            return
        if answer != QMessageBox.StandardButton.No:
            return
        if CancelDialog.ask(page, page.context.ctx, page.view.id):
            page.load(page.view.id)

    def print_summary(self) -> None:
        from teamlead_app.services.exports.files import save_summary

        page = self.page
        if page.view is None or (page.dirty and not page.save()):
            return
        view = page.view
        name = QApplication.translate("ConversationActions", "Conversation summary {0} {1}")
        name = safe_file_name(
            name.format(view.employee, format_date(view.scheduled_at.date())), ".pdf"
        )
        save_report(
            page,
            QApplication.translate("ConversationActions", "Save conversation summary"),
            name,
            QApplication.translate("ConversationActions", "PDF (*.pdf)"),
            lambda path: save_summary(page.context.ctx, view.id, path),
        )

    def print_preparation(self) -> None:
        from teamlead_app.services.exports.files import save_prep

        page = self.page
        if page.view is None:
            return
        employee_id = page.view.employee_id
        row = people.get_employee(page.context.ctx, employee_id).row
        name = QApplication.translate("ConversationActions", "Preparation {0} {1}")
        save_report(
            page,
            QApplication.translate("ConversationActions", "Save preparation sheet"),
            safe_file_name(name.format(row.full_name, format_date(date.today())), ".pdf"),
            QApplication.translate("ConversationActions", "PDF (*.pdf)"),
            lambda path: save_prep(page.context.ctx, employee_id, path),
        )
