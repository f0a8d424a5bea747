"""The import preview dialog and the Plan-de-maand dialog, driven offscreen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale
from pytestqt.qtbot import QtBot

from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.people import employees as people
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.import_dialog import ImportDialog
from teamlead_app.ui.dialogs.plan_month_dialog import PlanMonthDialog
from teamlead_app.ui.translations import install_language


def _csv(tmp_path: Path) -> Path:
    path = tmp_path / "hr.csv"
    path.write_text(
        "Voornaam;Tussenvoegsel;Achternaam;Functie;Afdeling;Datum in dienst\n"
        "Henk;van der;Meer;Lasser;Lasafdeling;1-2-2019\n"
        "Łukasz;;Wiśniewski;CNC-operator;Lasafdeling;31-02-2026\n",
        encoding="utf-8-sig",
    )
    return path


def test_import_preview_shows_reasons_and_blocks_until_allowed(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    dialog = ImportDialog(None, context.ctx)
    qtbot.addWidget(dialog)
    dialog.load(_csv(tmp_path))
    assert dialog.table.rowCount() == 2
    assert "31-02-2026" in dialog.table.item(1, 3).text()
    assert "Rij 3" in dialog.table.item(1, 3).text()
    assert not dialog.ok.isEnabled()
    assert people.count_employees(context.ctx) == 0
    dialog.skip_invalid.setChecked(True)
    assert dialog.ok.isEnabled()
    dialog._import()
    assert [r.full_name for r in people.list_employees(context.ctx)] == ["Henk van der Meer"]


def test_import_of_a_bad_file_shows_a_message(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    bad = tmp_path / "plaatje.xlsx"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    dialog = ImportDialog(None, context.ctx)
    qtbot.addWidget(dialog)
    dialog.load(bad)
    assert dialog.summary.text()
    assert not dialog.ok.isEnabled()


def test_plan_month_creates_the_reviewed_conversations(qtbot: QtBot, context: AppContext) -> None:
    for first in ("Jan", "Kees", "Anouk"):
        people.save_employee(
            context.ctx,
            people.EmployeeDraft(
                first_name=first, last_name="Smit", date_in_service=date(2020, 1, 1)
            ),
        )
    dialog = PlanMonthDialog(None, context.ctx, None)
    qtbot.addWidget(dialog)
    dialog.month.setCurrentIndex(1)  # next month: always in the future
    assert dialog.table.rowCount() == 3
    assert "× 30 min" in dialog.load.text()
    dialog.table.cellWidget(2, 0).setChecked(False)  # type: ignore[union-attr]
    dialog._create()
    assert len(dialog.created) == 2
    assert len(conversations.list_conversations(context.ctx, status="planned")) == 2


def test_plan_month_shows_the_load_plainly_and_the_days_off(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from teamlead_app.services.conversations.days_off import BlockedPeriod, blocked_periods
    from teamlead_app.ui.dialogs.blocked_days_dialog import BlockedDaysDialog

    for first in ("Jan", "Kees"):
        people.save_employee(
            context.ctx,
            people.EmployeeDraft(
                first_name=first, last_name="Smit", date_in_service=date(2020, 1, 1)
            ),
        )
    dialog = PlanMonthDialog(None, context.ctx, None)
    qtbot.addWidget(dialog)
    dialog.month.setCurrentIndex(1)
    assert "2 gesprekken × 30 min = 1 uur" in dialog.load.text()
    year, month = dialog.month.currentData()

    def block(parent: object, db: object) -> bool:
        editor = BlockedDaysDialog(None, context.ctx)
        qtbot.addWidget(editor)
        editor._add_row(None)
        first, last, reason = editor._cells(0)
        first.setText(f"1-{month}-{year}")
        last.setText(f"28-{month}-{year}")
        reason.setText("Bouwvak")
        editor._save()
        return editor.result() == 1

    monkeypatch.setattr(BlockedDaysDialog, "ask", block)
    dialog.days_off_button.click()
    [period] = blocked_periods(context.ctx)
    assert (period.first, period.reason) == (date(year, month, 1), "Bouwvak")
    assert "Bouwvak" in dialog.skipped.text()
    assert all(
        dialog.proposal is not None and item.start.day > 28 for item in dialog.proposal.items
    )
    assert isinstance(period, BlockedPeriod)


def test_blocked_days_dialog_refuses_a_bad_line(qtbot: QtBot, context: AppContext) -> None:
    from teamlead_app.services.conversations.days_off import blocked_periods
    from teamlead_app.ui.dialogs.blocked_days_dialog import BlockedDaysDialog

    editor = BlockedDaysDialog(None, context.ctx)
    qtbot.addWidget(editor)
    editor._add_row(None)
    first, last, reason = editor._cells(0)
    first.setText("20-07-2026")
    last.setText("2026-13-01")
    assert not editor.buttons.button(editor.buttons.StandardButton.Ok).isEnabled()
    last.setText("10-07-2026")
    reason.setText("Bouwvak")
    editor._save()
    assert "Regel 1" in editor.error.text() and blocked_periods(context.ctx) == ()


def test_move_and_new_conversation_warn_about_a_holiday(qtbot: QtBot, context: AppContext) -> None:
    from datetime import datetime

    from teamlead_app.ui.dialogs.move_dialog import MoveDialog, to_qdatetime
    from teamlead_app.ui.dialogs.new_conversation_dialog import NewConversationDialog

    eid = people.save_employee(context.ctx, people.EmployeeDraft(first_name="A", last_name="B"))
    new = NewConversationDialog(None, context.ctx, eid)
    qtbot.addWidget(new)
    new.when.setDateTime(to_qdatetime(datetime(2030, 12, 25, 10, 0)))
    assert "feestdag (Eerste kerstdag)" in new.day_warning.text()
    assert not new.day_warning.isHidden()
    new.when.setDateTime(to_qdatetime(datetime(2030, 12, 23, 10, 0)))
    assert new.day_warning.isHidden()
    cid = conversations.plan_conversation(context.ctx, new.draft()).conversation_id
    move = MoveDialog(None, context.ctx, cid)
    qtbot.addWidget(move)
    move.when.setDateTime(to_qdatetime(datetime(2030, 4, 27, 10, 0)))  # a Saturday, still
    assert "Koningsdag" in move.day_warning.text()


def test_plan_month_names_the_months_in_words(
    qtbot: QtBot, context: AppContext, qapp: QCoreApplication
) -> None:
    locale = QLocale()
    install_language(qapp, "nl")
    try:
        dialog = PlanMonthDialog(None, context.ctx, None)
        qtbot.addWidget(dialog)
        today = date.today()
        months = ["januari", "februari", "maart", "april", "mei", "juni", "juli"]
        months += ["augustus", "september", "oktober", "november", "december"]
        assert dialog.month.itemText(0) == f"{months[today.month - 1]} {today.year}"
        assert dialog.month.itemData(0) == (today.year, today.month)
    finally:
        install_language(qapp, "en")
        QLocale.setDefault(locale)


@pytest.mark.qt_log_ignore("propagateSizeHints")  # the offscreen plugin, on show()
def test_a_long_reason_wraps_in_the_import_preview_instead_of_running_off(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    path = tmp_path / "hr.csv"
    path.write_text(
        "Personeelsnr;Voornaam;Achternaam\n2005;Łukasz;Wiśniewski\n2005;<b>&;Nummer 🚀\n",
        encoding="utf-8-sig",
    )
    dialog = ImportDialog(None, context.ctx)
    qtbot.addWidget(dialog)
    dialog.resize(700, 500)
    dialog.show()
    dialog.load(path)
    reason = dialog.table.item(1, 3).text()
    assert "een personeelsnummer hoort bij één medewerker" in reason
    qtbot.wait(10)  # let the layout settle as on screen
    assert dialog.table.item(1, 3).toolTip() == reason
    assert dialog.table.horizontalScrollBar().maximum() == 0  # nothing hidden to the right


def test_plan_month_with_nothing_to_plan_says_no_zero_count(
    qtbot: QtBot, context: AppContext
) -> None:
    dialog = PlanMonthDialog(None, context.ctx, None)
    qtbot.addWidget(dialog)
    assert dialog.load.text() == "Nobody needs a conversation planned in this month."
