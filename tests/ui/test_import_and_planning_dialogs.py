"""The import preview dialog and the Plan-de-maand dialog, driven offscreen."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from pytestqt.qtbot import QtBot

from teamlead_app.services import conversations, people
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.dialogs.import_dialog import ImportDialog
from teamlead_app.ui.dialogs.plan_month_dialog import PlanMonthDialog


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
    dialog = ImportDialog(None, context.db)
    qtbot.addWidget(dialog)
    dialog.load(_csv(tmp_path))
    assert dialog.table.rowCount() == 2
    assert "31-02-2026" in dialog.table.item(1, 3).text()
    assert "Rij 3" in dialog.table.item(1, 3).text()
    assert not dialog.ok.isEnabled()
    assert people.count_employees(context.db) == 0
    dialog.skip_invalid.setChecked(True)
    assert dialog.ok.isEnabled()
    dialog._import()
    assert [r.full_name for r in people.list_employees(context.db)] == ["Henk van der Meer"]


def test_import_of_a_bad_file_shows_a_message(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    bad = tmp_path / "plaatje.xlsx"
    bad.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)))
    dialog = ImportDialog(None, context.db)
    qtbot.addWidget(dialog)
    dialog.load(bad)
    assert dialog.summary.text()
    assert not dialog.ok.isEnabled()


def test_plan_month_creates_the_reviewed_conversations(qtbot: QtBot, context: AppContext) -> None:
    for first in ("Jan", "Kees", "Anouk"):
        people.save_employee(
            context.db,
            people.EmployeeDraft(
                first_name=first, last_name="Smit", date_in_service=date(2020, 1, 1)
            ),
        )
    dialog = PlanMonthDialog(None, context.db, None)
    qtbot.addWidget(dialog)
    dialog.month.setCurrentIndex(1)  # next month: always in the future
    assert dialog.table.rowCount() == 3
    assert "× 30 min" in dialog.load.text()
    dialog.table.cellWidget(2, 0).setChecked(False)  # type: ignore[union-attr]
    dialog._create()
    assert len(dialog.created) == 2
    assert len(conversations.list_conversations(context.db, status="planned")) == 2
