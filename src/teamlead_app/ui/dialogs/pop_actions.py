"""What the buttons of the POP page do: goals in and out of the plan, the evaluation moments,
sign-off, evaluation, the next period and printing. Kept apart so the page stays a layout."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QApplication, QInputDialog

from teamlead_app.errors import AppError
from teamlead_app.records.development import ACTIVE_STATUSES, PopDraft
from teamlead_app.services.development import goals, pop
from teamlead_app.ui.dialogs.goal_dialog import GoalDialog
from teamlead_app.ui.dialogs.pop_evaluate_dialog import PopEvaluateDialog
from teamlead_app.ui.dialogs.pop_next_dialog import PopNextDialog
from teamlead_app.ui.dialogs.pop_signoff_dialog import PopSignoffDialog
from teamlead_app.ui.errors import show_error
from teamlead_app.ui.printing import save_report
from teamlead_app.util.dates import format_date
from teamlead_app.util.files import safe_file_name

if TYPE_CHECKING:
    from teamlead_app.ui.pages.pop_page import PopPage


class PopActions:
    def __init__(self, page: PopPage) -> None:
        self.page = page

    def _typed(self) -> tuple[bool, PopDraft | None]:
        """(ok, texts): what is typed and not saved yet, handed to the action's service call
        so it is saved in the same transaction; not ok while a typed date is wrong."""
        page = self.page
        if not page.dirty:
            return True, None
        typed = page.current_draft()
        if typed is None:
            page.show_banner(page.period_problem())
            return False, None
        return True, typed

    def _after_action(self, saved_typed: bool) -> None:
        if saved_typed:
            self.page.drafts.saved()
        self.page.reload_parts()

    # --- goals ---------------------------------------------------------------------------

    def new_goal(self) -> None:
        page = self.page
        if page.view is None or page.view.read_only:
            return
        view = page.view
        if GoalDialog.ask(page, page.context.ctx, view.employee_id, pop_id=view.id) is not None:
            page.reload_parts()

    def edit_goal(self) -> None:
        page = self.page
        goal = page.selected_goal()
        if page.view is None or goal is None:
            return
        if GoalDialog.ask(page, page.context.ctx, page.view.employee_id, goal.id) is not None:
            page.reload_parts()

    def take_goal(self) -> None:
        """Take a goal that lives outside any plan (raised in a monthly talk) into this one."""
        page = self.page
        if page.view is None or page.view.read_only:
            return
        view = page.view
        loose = [
            row
            for row in goals.list_goals(page.context.ctx, employee_id=view.employee_id)
            if row.pop_id is None and row.status in ACTIVE_STATUSES
        ]
        if not loose:
            page.show_banner(
                QApplication.translate(
                    "PopActions",
                    "There is no goal outside a POP to take in. Add a new goal instead.",
                )
            )
            return
        texts = [row.what for row in loose]
        choice, ok = QInputDialog.getItem(
            page,
            QApplication.translate("PopActions", "Take a goal into the POP"),
            QApplication.translate("PopActions", "Goal outside a POP:"),
            texts,
            0,
            False,
        )
        if not ok or choice not in texts:
            return
        self._run(
            lambda: goals.take_into_pop(page.context.ctx, loose[texts.index(choice)].id, view.id)
        )

    def release_goal(self) -> None:
        """Take the selected goal out of the plan again; it stays a goal of the person."""
        page = self.page
        goal = page.selected_goal()
        if page.view is None or goal is None or page.view.read_only:
            return
        self._run(lambda: goals.take_into_pop(page.context.ctx, goal.id, None))

    def _run(self, action: Callable[[], object]) -> None:
        try:
            action()
        except AppError as exc:
            show_error(self.page, exc)
        self.page.reload_parts()

    # --- evaluation moments --------------------------------------------------------------

    def plan_evaluations(self) -> None:
        page = self.page
        ok, typed = self._typed()
        if page.view is None or not ok:
            return
        pop_id = page.view.id
        try:
            pop.plan_evaluations(page.context.ctx, pop_id, typed=typed)
        except AppError as exc:  # e.g. the typed period runs into another plan
            page.reload_parts()
            page.show_banner(str(exc))
            return
        self._after_action(typed is not None)

    def open_moment(self, conversation_id: int) -> None:
        self.page.context.nav.open_conversation(conversation_id)

    # --- life cycle ----------------------------------------------------------------------

    def sign(self) -> None:
        page = self.page
        ok, typed = self._typed()
        if (
            ok
            and page.view is not None
            and PopSignoffDialog.ask(page, page.context.ctx, page.view, typed)
        ):
            self._after_action(typed is not None)

    def evaluate(self) -> None:
        page = self.page
        ok, typed = self._typed()
        if (
            ok
            and page.view is not None
            and PopEvaluateDialog.ask(page, page.context.ctx, page.view, typed)
        ):
            self._after_action(typed is not None)

    def start_next(self) -> None:
        page = self.page
        if page.view is not None:
            new_id = PopNextDialog.ask(page, page.context.ctx, page.view)
            if new_id is not None:
                page.context.nav.open_pop(new_id)

    # --- printing ------------------------------------------------------------------------

    def print_pop(self) -> None:
        from teamlead_app.services.exports.files import save_pop

        page = self.page
        if page.view is None or (page.dirty and not page.save()):  # print what is on screen
            return
        view, db = page.view, page.context.ctx
        save_report(
            page,
            QApplication.translate("PopActions", "Save POP form"),
            safe_file_name(
                QApplication.translate("PopActions", "POP {0} {1} {2}").format(
                    view.period_start.year, view.employee, format_date(date.today())
                ),
                ".pdf",
            ),
            QApplication.translate("PopActions", "PDF (*.pdf)"),
            lambda path: save_pop(db, view.id, path),
        )

    def print_prep(self) -> None:
        from teamlead_app.services.exports.files import save_pop_prep

        page = self.page
        if page.view is None:
            return
        employee_id, db = page.view.employee_id, page.context.ctx
        save_report(
            page,
            QApplication.translate("PopActions", "Save preparation form"),
            safe_file_name(
                QApplication.translate("PopActions", "POP preparation {0} {1}").format(
                    page.view.employee, format_date(date.today())
                ),
                ".pdf",
            ),
            QApplication.translate("PopActions", "PDF (*.pdf)"),
            lambda path: save_pop_prep(db, employee_id, path),
        )
