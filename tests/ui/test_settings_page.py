"""Settings: saved in the database, validated, and the export log is visible."""

from __future__ import annotations

from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.storage.export_log import log_export
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
    stored = get_settings(context.ctx)
    assert stored.company_name == "Metaal <b>& Zn</b> B.V."
    assert stored.working_days == (0, 1, 2, 3)
    for box in page.day_boxes:
        box.setChecked(False)
    assert not page.save()
    assert "werkdag" in page.error.text()


def test_export_log_is_listed(qtbot: QtBot, context: AppContext) -> None:
    log_export(context.ctx, "overview", "year=2026 team=all", "jaaroverzicht.xlsx")
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    first = page.export_log.topLevelItem(0)
    assert first.text(1) == "Jaaroverzicht POP"
    assert first.text(3) == ".xlsx"  # the kind of file only, never its name
    assert first.text(2) == "jaar 2026 · alle teams"  # not "year=2026 team=all"
    shown = page.export_log.header().sectionSize(2)
    assert shown >= page.export_log.fontMetrics().horizontalAdvance(first.text(2))


def test_backups_are_listed_with_counts_and_put_back_through_the_window(
    qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QMessageBox

    from teamlead_app.services.people import employees as people
    from teamlead_app.services.storage import backups

    people.save_employee(context.ctx, people.EmployeeDraft(first_name="Łukasz", last_name="W"))
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    box = page.backups
    assert box.tree.topLevelItem(0).text(1) == "No backups yet: make one now."
    assert not box.restore_button.isEnabled()
    box.backup_now()
    assert "checked" in shown[0]
    item = box.tree.topLevelItem(0)
    assert [item.text(c) for c in (1, 2, 3)] == ["By hand", "1", "0"]
    box.tree.setCurrentItem(item)
    assert box.restore_button.isEnabled()
    box.restore_button.click()
    [(_call, path)] = [c for c in context.nav.calls if c[0] == "restore"]  # type: ignore[attr-defined]
    assert path == backups.list_backups(context.ctx.path)[0].path


def test_the_second_backup_folder_is_a_setting(
    qtbot: QtBot, context: AppContext, tmp_path: Path
) -> None:
    page = SettingsPage(context)
    qtbot.addWidget(page)
    page.refresh()
    page.backup_folder.setText(str(tmp_path))
    assert page.save()
    assert get_settings(context.ctx).backup_folder == str(tmp_path)
