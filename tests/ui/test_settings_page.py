"""Settings: saved in the database, validated, and the export log is visible."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from teamlead_app.services.export_log import log_export
from teamlead_app.services.settings import get_settings
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.pages.settings_page import SettingsPage


def test_settings_round_trip_and_validation(qtbot: QtBot, context: AppContext) -> None:
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    page.company_name.setText("Metaal <b>& Zn</b> B.V.")
    page.lead_name.setText("Tijn de Boer")
    page.day_boxes[4].setChecked(False)
    assert page.save()
    stored = get_settings(context.db)
    assert stored.company_name == "Metaal <b>& Zn</b> B.V."
    assert stored.working_days == (0, 1, 2, 3)
    for box in page.day_boxes:
        box.setChecked(False)
    assert not page.save()
    assert "werkdag" in page.error.text()


def test_export_log_is_listed(qtbot: QtBot, context: AppContext) -> None:
    log_export(context.db, "overview", "year=2026 team=all", "jaaroverzicht.xlsx")
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    first = page.export_log.topLevelItem(0)
    assert first.text(1) == "Jaaroverzicht POP"
    assert first.text(3) == ".xlsx"  # the kind of file only, never its name
