"""The POP page: texts and support saved exactly, draft autosave and recovery, unsaved changes
on leaving, goals in and out of the plan, evaluation moments, sign-off, evaluation (read-only)
and the next year's plan with the chosen goals carried over."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QDialog, QInputDialog, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from teamlead_app.records.development import SupportItem
from teamlead_app.services.common import drafts
from teamlead_app.services.common.drafts import POP_DRAFT
from teamlead_app.services.development import goals, pop
from teamlead_app.services.development.goals import GoalDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.services.storage.export_log import list_export_log
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.goal_dialog import GoalDialog
from teamlead_app.ui.dialogs.pop_evaluate_dialog import PopEvaluateDialog
from teamlead_app.ui.dialogs.pop_next_dialog import PopNextDialog
from teamlead_app.ui.dialogs.pop_signoff_dialog import PopSignoffDialog
from teamlead_app.ui.pages.pop_page import PopPage
from teamlead_app.util.dates import format_date
from tests.ui.conftest import FakeNav

YEAR = date.today().year + 1  # a future year: every default evaluation moment lies ahead
AMBITION = "Łukasz: over drie jaar <b>voorman</b> & opleider 🙂"


@pytest.fixture
def plan(context: AppContext) -> tuple[int, int]:
    """(employee id, POP id): a draft plan for YEAR."""
    team = people.save_team(context.ctx, TeamDraft("Plaatwerk", lead_name="Tijn de Boer"))
    employee = people.save_employee(
        context.ctx,
        EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski", team_id=team),
    )
    return employee, pop.create_pop(context.ctx, employee, YEAR)


def answer(monkeypatch: pytest.MonkeyPatch, reply: QMessageBox.StandardButton) -> None:
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: reply)


@pytest.fixture
def page(qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch) -> PopPage:
    answer(monkeypatch, QMessageBox.StandardButton.No)
    widget = PopPage(context)
    qtbot.addWidget(widget)
    return widget


def run_dialog(monkeypatch: pytest.MonkeyPatch, cls: type[QDialog], fill: object) -> None:
    """`cls.exec` fills the dialog in and presses OK instead of showing it."""

    def exec_(self: QDialog) -> int:
        fill(self)  # type: ignore[operator]
        self._save()  # type: ignore[attr-defined]
        return self.result()

    monkeypatch.setattr(cls, "exec", exec_)


def test_texts_and_support_round_trip_exactly(
    page: PopPage, plan: tuple[int, int], context: AppContext
) -> None:
    _employee, pop_id = plan
    page.show_pop(pop_id)
    assert page.title.text().endswith(f"{YEAR} – Łukasz Wiśniewski")
    page.texts.boxes["ambition"].setPlainText(AMBITION)
    page.texts.boxes["lead_perspective"].setPlainText("Eerst zelfstandig <i>monteur</i>")
    page.texts.boxes["strengths"].setPlainText("Nauwkeurig & rustig")
    page.texts.boxes["development_points"].setPlainText("Nee zeggen")
    page.support.add_row()
    page.support._rows[0].kind.setCurrentIndex(page.support._rows[0].kind.findData("meelopen"))
    page.support._rows[0].description.setText("Twee dagen met Kees <b>&</b>")
    assert page.dirty
    assert page.save()

    view = pop.get_pop(context.ctx, pop_id)
    assert view.ambition == AMBITION
    assert view.lead_perspective == "Eerst zelfstandig <i>monteur</i>"
    assert (view.strengths, view.development_points) == ("Nauwkeurig & rustig", "Nee zeggen")
    assert view.support == (SupportItem("meelopen", "Twee dagen met Kees <b>&</b>"),)
    assert not page.dirty
    assert drafts.load_draft(context.ctx, POP_DRAFT, pop_id) is None
    assert page.texts.boxes["ambition"].toPlainText() == AMBITION


def shortcut(widget: QWidget, key: QKeySequence) -> QShortcut:
    """The widget's shortcut for `key` (pressing it needs a shown, active window)."""
    return next(s for s in widget.findChildren(QShortcut) if s.key() == key)


def test_ctrl_s_saves(page: PopPage, plan: tuple[int, int], context: AppContext) -> None:
    page.show_pop(plan[1])
    page.texts.boxes["strengths"].setPlainText("Snel van begrip")
    shortcut(page, QKeySequence(QKeySequence.StandardKey.Save)).activated.emit()
    assert pop.get_pop(context.ctx, plan[1]).strengths == "Snel van begrip"
    assert not page.dirty


def test_a_bad_period_is_refused_with_a_message(
    page: PopPage, plan: tuple[int, int], context: AppContext
) -> None:
    page.show_pop(plan[1])
    page.period_end.setText(f"01-01-{YEAR - 1}")
    assert not page.save()
    assert "vóór" in page.banner.text()
    page.period_end.setText("no date")
    assert not page.save()
    assert page.banner.text() == "'to' (end of the period) is not a date; write e.g. 25-11-2026."
    assert pop.get_pop(context.ctx, plan[1]).period_end == date(YEAR, 12, 31)
    page.period_end.setText(f"31-12-{YEAR}")
    page.period_start.setText("31-02")
    assert not page.save()
    assert page.banner.text() == "'Period from' is not a date; write e.g. 25-11-2026."


def test_typing_is_kept_as_a_draft_and_offered_back(
    qtbot: QtBot,
    page: PopPage,
    plan: tuple[int, int],
    context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    _employee, pop_id = plan
    page.drafts.timer.setInterval(10)
    page.show_pop(pop_id)
    page.texts.boxes["ambition"].setPlainText(AMBITION)
    qtbot.waitUntil(lambda: drafts.load_draft(context.ctx, POP_DRAFT, pop_id) is not None)
    stored = drafts.load_draft(context.ctx, POP_DRAFT, pop_id)
    assert stored is not None and stored.payload["ambition"] == AMBITION
    assert pop.get_pop(context.ctx, pop_id).ambition == ""  # not saved for real

    # after a crash: a fresh page offers the draft back
    answer(monkeypatch, QMessageBox.StandardButton.Yes)
    again = PopPage(context)
    qtbot.addWidget(again)
    again.show_pop(pop_id)
    assert again.texts.boxes["ambition"].toPlainText() == AMBITION
    assert again.dirty
    assert again.save()
    assert pop.get_pop(context.ctx, pop_id).ambition == AMBITION

    # declining the offer throws the draft away
    again.texts.boxes["strengths"].setPlainText("Weggegooid")
    again.save_draft()
    answer(monkeypatch, QMessageBox.StandardButton.No)
    third = PopPage(context)
    qtbot.addWidget(third)
    third.show_pop(pop_id)
    assert third.texts.boxes["strengths"].toPlainText() == ""
    assert drafts.load_draft(context.ctx, POP_DRAFT, pop_id) is None


def test_leaving_with_unsaved_changes_asks(
    page: PopPage,
    plan: tuple[int, int],
    context: AppContext,
    nav: FakeNav,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    page.show_pop(plan[1])
    assert page.can_close()  # nothing typed: no question
    page.texts.boxes["strengths"].setPlainText("Half af")
    page.save_draft()
    answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    page.back_button.click()
    assert ("page", "development") not in nav.calls
    answer(monkeypatch, QMessageBox.StandardButton.Save)
    assert page.can_close()
    assert pop.get_pop(context.ctx, plan[1]).strengths == "Half af"
    page.texts.boxes["strengths"].setPlainText("Weg ermee")
    answer(monkeypatch, QMessageBox.StandardButton.Discard)
    page.back_button.click()
    assert ("page", "development") in nav.calls
    assert pop.get_pop(context.ctx, plan[1]).strengths == "Half af"
    assert drafts.load_draft(context.ctx, POP_DRAFT, plan[1]) is None


def test_goals_in_and_out_of_the_plan(
    page: PopPage,
    plan: tuple[int, int],
    context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    employee, pop_id = plan
    page.show_pop(pop_id)
    assert not page.goals.empty.isHidden()
    page.texts.boxes["strengths"].setPlainText("Nog niet opgeslagen")

    def fill(dialog: GoalDialog) -> None:
        dialog.what.setText("Zelfstandig de kantbank instellen")
        dialog.start.setText(f"01-02-{YEAR}")

    run_dialog(monkeypatch, GoalDialog, fill)
    page.pop_actions.new_goal()
    assert [g.what for g in page.view.goals] == ["Zelfstandig de kantbank instellen"]  # type: ignore[union-attr]
    assert page.goals.model.rowCount() == 1
    # typed text survives the goal being added
    assert page.texts.boxes["strengths"].toPlainText() == "Nog niet opgeslagen"
    assert page.dirty

    loose = goals.create_goal(context.ctx, employee, GoalDraft("Klantgesprek voeren"))
    monkeypatch.setattr(QInputDialog, "getItem", lambda *a, **k: ("Klantgesprek voeren", True))
    page.pop_actions.take_goal()
    assert goals.get_goal(context.ctx, loose).pop_id == pop_id
    assert page.goals.model.rowCount() == 2

    page.goals.table.selectRow(
        [page.goals.proxy.index(r, 0).data() for r in range(2)].index("Klantgesprek voeren")
    )
    page.goals.release_button.click()
    assert goals.get_goal(context.ctx, loose).pop_id is None
    assert page.goals.model.rowCount() == 1


def test_plan_evaluation_moments(page: PopPage, plan: tuple[int, int], nav: FakeNav) -> None:
    page.show_pop(plan[1])
    assert not page.moments.empty.isHidden()
    page.moments.plan_button.click()
    assert page.moments.moments.count() == 2
    assert page.moments.moments.item(0).text().startswith(f"01-07-{YEAR}")
    assert not page.moments.plan_button.isEnabled()
    item = page.moments.moments.item(1)
    page.moments.moments.itemActivated.emit(item)
    assert nav.calls[-1] == ("conversation", page.view.evaluation_moments[1].conversation_id)  # type: ignore[union-attr]


def test_sign_evaluate_and_start_next_year_with_carry_over(
    page: PopPage,
    plan: tuple[int, int],
    context: AppContext,
    nav: FakeNav,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    employee, pop_id = plan
    db = context.ctx
    keep = goals.create_goal(
        db, employee, GoalDraft("Lasrobot", start_date=date(YEAR, 1, 2)), pop_id
    )
    leave = goals.create_goal(db, employee, GoalDraft("Excel", start_date=date(YEAR, 1, 2)), pop_id)
    page.show_pop(pop_id)
    assert not page.evaluate_button.isEnabled() and not page.next_button.isEnabled()

    def sign(dialog: PopSignoffDialog) -> None:
        dialog.signoff.setCurrentIndex(dialog.signoff.findData("gezien"))
        dialog.method.setCurrentIndex(dialog.method.findData("screen"))
        dialog.signoff_date.setText(f"15-01-{YEAR}")
        dialog.lead_date.setText(f"14-01-{YEAR}")
        dialog.response.setPlainText("Łukasz: eens <b>&</b> blij")

    run_dialog(monkeypatch, PopSignoffDialog, sign)
    page.sign_button.click()
    view = pop.get_pop(db, pop_id)
    assert (view.status, view.signoff, view.signoff_method) == ("agreed", "gezien", "screen")
    assert (view.signoff_date, view.lead_signed_on) == (date(YEAR, 1, 15), date(YEAR, 1, 14))
    assert view.employee_response == "Łukasz: eens <b>&</b> blij"
    assert "Łukasz: eens <b>&</b> blij" in page.signoff_text.text()
    assert page.evaluate_button.isEnabled()

    def evaluate(dialog: PopEvaluateDialog) -> None:
        dialog.evaluation.setPlainText("Goed jaar <b>&</b> verder")

    run_dialog(monkeypatch, PopEvaluateDialog, evaluate)
    page.evaluate_button.click()
    assert page.view is not None and page.view.read_only
    assert pop.get_pop(db, pop_id).evaluation == "Goed jaar <b>&</b> verder"
    assert all(box.isReadOnly() for box in page.texts.boxes.values())
    assert page.period_start.isReadOnly()
    assert not page.save_button.isEnabled() and not page.sign_button.isEnabled()
    assert not page.goals.new_button.isEnabled() and not page.moments.plan_button.isEnabled()
    assert not page.banner.isHidden()
    assert page.next_button.isEnabled()
    page.texts.boxes["strengths"].setPlainText("wordt niet bewaard")
    assert not page.dirty

    def carry_one(dialog: PopNextDialog) -> None:
        assert dialog.chosen() == [keep, leave]  # all open goals by default
        dialog.goals.item(1).setCheckState(Qt.CheckState.Unchecked)

    run_dialog(monkeypatch, PopNextDialog, carry_one)
    page.next_button.click()
    kind, new_id = nav.calls[-1]
    assert kind == "pop" and isinstance(new_id, int) and new_id != pop_id
    following = pop.get_pop(db, new_id)
    assert (following.status, following.period_start) == ("draft", date(YEAR + 1, 1, 1))
    assert [(g.what, g.carried_from_id) for g in following.goals] == [("Lasrobot", keep)]


def test_the_main_window_opens_a_pop_and_asks_before_closing(
    qtbot: QtBot, plan: tuple[int, int], context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from teamlead_app.ui.main_window import USER_ROLE, MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(context.ctx)
    window.open_pop(plan[1])
    page = window.stack.currentWidget()
    assert isinstance(page, PopPage) and page.view is not None and page.view.id == plan[1]
    assert window.nav.currentItem().data(USER_ROLE) == "development"
    page.texts.boxes["strengths"].setPlainText("Nog niet bewaard")
    answer(monkeypatch, QMessageBox.StandardButton.Cancel)
    assert not window.close()
    window.show_page("development")
    assert window.stack.currentWidget() is page  # leaving was refused as well
    answer(monkeypatch, QMessageBox.StandardButton.Save)
    window.show_page("development")
    assert window.stack.currentWidget() is window.page("development")
    assert pop.get_pop(context.ctx, plan[1]).strengths == "Nog niet bewaard"


def test_print_pop_and_preparation_form(
    page: PopPage,
    plan: tuple[int, int],
    context: AppContext,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    import teamlead_app.ui.printing as printing

    targets = iter([tmp_path / "pop.pdf", tmp_path / "prep.pdf"])
    suggested: list[str] = []

    def ask(_parent: object, _title: str, name: str, _filter: str) -> Path:
        suggested.append(name)
        return next(targets)

    monkeypatch.setattr(printing, "ask_save_path", ask)
    page.show_pop(plan[1])
    page.texts.boxes["ambition"].setPlainText(AMBITION)
    page.print_button.click()  # saves the typed text first, then prints it
    page.prep_button.click()
    pop_text = "".join(p.extract_text() for p in PdfReader(tmp_path / "pop.pdf").pages)
    prep_text = "".join(p.extract_text() for p in PdfReader(tmp_path / "prep.pdf").pages)
    assert "Łukasz Wiśniewski" in pop_text and "<b>voorman</b> &" in pop_text
    assert "Łukasz Wiśniewski" in prep_text
    assert pop.get_pop(context.ctx, plan[1]).ambition == AMBITION
    year = pop.get_pop(context.ctx, plan[1]).period_start.year
    logged = {(row.action, row.scope) for row in list_export_log(context.ctx)}
    assert logged == {
        ("pop", f"employee={plan[0]} pop={plan[1]} year={year}"),
        ("pop_prep", f"employee={plan[0]}"),
    }
    today = format_date(date.today())
    assert suggested == [
        f"POP {year} Łukasz Wiśniewski {today}.pdf",
        f"POP preparation Łukasz Wiśniewski {today}.pdf",
    ]


def test_the_autosave_timer_writes_no_pop_draft_after_a_deletion(
    page: PopPage, plan: tuple[int, int], context: AppContext
) -> None:
    from teamlead_app.data.models import Draft, Employee

    employee_id, pop_id = plan
    page.show_pop(pop_id)
    page.texts.boxes["ambition"].setPlainText("Getypt vlak voor het verwijderen")
    assert page.dirty and page.drafts.timer.isActive()
    with context.ctx.sessions.begin() as session:  # the retention deletes the person meanwhile
        session.delete(session.get(Employee, employee_id))
    page.drafts.timer.timeout.emit()
    with context.ctx.sessions() as session:
        assert session.query(Draft).count() == 0
    assert not page.drafts.timer.isActive()
    assert page.status_line.text() == page.tr("This POP no longer exists.")


def _count_commits(context: AppContext) -> list[int]:
    from sqlalchemy import event

    commits: list[int] = []
    event.listen(context.ctx.engine, "commit", lambda _conn: commits.append(1))
    return commits


def test_signing_with_unsaved_texts_is_one_transaction(
    page: PopPage, plan: tuple[int, int], context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What is typed and the sign-off land together: the signed version holds the typed text,
    and there is no moment where the text is saved but the plan not signed."""
    _employee, pop_id = plan
    page.show_pop(pop_id)
    page.texts.boxes["ambition"].setPlainText(AMBITION)
    assert page.dirty

    def sign(dialog: PopSignoffDialog) -> None:
        dialog.signoff.setCurrentIndex(dialog.signoff.findData("akkoord"))
        dialog.signoff_date.setText(f"15-01-{YEAR}")

    run_dialog(monkeypatch, PopSignoffDialog, sign)
    commits = _count_commits(context)
    page.sign_button.click()
    view = pop.get_pop(context.ctx, pop_id)
    assert (view.status, view.ambition) == ("agreed", AMBITION)
    assert len(commits) == 1
    assert not page.dirty
    assert drafts.load_draft(context.ctx, POP_DRAFT, pop_id) is None


def test_a_refused_evaluation_plan_keeps_the_typed_period_unsaved(
    page: PopPage, plan: tuple[int, int], context: AppContext
) -> None:
    """Planning the moments with a typed period that clashes with another plan: refused as a
    whole, nothing of it saved, the typed text still on screen."""
    employee, pop_id = plan
    pop.create_pop(context.ctx, employee, YEAR + 1)
    page.show_pop(pop_id)
    page.period_end.setText(f"30-06-{YEAR + 1}")  # runs into next year's plan
    page.moments.plan_button.click()
    view = pop.get_pop(context.ctx, pop_id)
    assert view.period_end == date(YEAR, 12, 31) and not view.evaluation_moments
    assert page.dirty and page.period_end.text() == f"30-06-{YEAR + 1}"
    assert "overlapt" in page.banner.text() or "overlaps" in page.banner.text()


def test_a_save_that_finds_the_server_gone_keeps_the_text_without_a_dialog(
    page: PopPage,
    plan: tuple[int, int],
    context: AppContext,
    nav: FakeNav,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The POP page handles a lost company-server connection like the conversation screen
    (tests/ui/test_server_connection.py runs that against a real server stopped mid-work)."""
    from teamlead_app.errors import ServerConnectionError

    def gone(*_args: object) -> None:
        raise ServerConnectionError("De verbinding met de server is weggevallen.")

    def no_box(*_args: object, **_kwargs: object) -> None:
        raise AssertionError("no dialog for a lost connection")

    _employee, pop_id = plan
    page.show_pop(pop_id)
    page.texts.boxes["ambition"].setPlainText(AMBITION)
    monkeypatch.setattr(pop, "update_pop", gone)
    monkeypatch.setattr(QMessageBox, "warning", no_box)
    assert not page.save()
    assert "weggevallen" in page.status_line.text()
    assert ("connection lost", None) in nav.calls
    assert page.dirty and page.texts.boxes["ambition"].toPlainText() == AMBITION
    kept = drafts.load_draft(context.ctx, POP_DRAFT, pop_id)
    assert kept is not None and kept.payload["ambition"] == AMBITION
