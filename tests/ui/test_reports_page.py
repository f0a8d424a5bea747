"""The Reports page: retention worklist and deletion off the UI thread; access export."""

from __future__ import annotations

import errno
import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from teamlead_app.services.people import employees as people
from teamlead_app.services.storage.export_log import list_export_log
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.pages.reports_page import ReportsPage


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> ReportsPage:
    gone = people.save_employee(
        context.ctx,
        people.EmployeeDraft(
            first_name="Kees", last_name="Bakker", date_in_service=date(2010, 1, 1)
        ),
    )
    people.archive_employee(context.ctx, gone, date(2020, 6, 30))
    people.save_employee(context.ctx, people.EmployeeDraft(first_name="Bas", last_name="Kok"))
    widget = ReportsPage(context)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def test_worklist_lists_who_is_past_retention(page: ReportsPage) -> None:
    assert page.worklist.topLevelItemCount() == 1
    assert page.worklist.topLevelItem(0).text(0) == "Bakker, Kees"
    what_goes = page.worklist.topLevelItem(0).text(4)  # not the name a second time
    assert what_goes == "0 gesprekken, 0 afspraken, 0 ontwikkeldoelen, 0 POP's"
    assert not page.delete_button.isEnabled()
    page.worklist.topLevelItem(0).setSelected(True)
    assert page.delete_button.isEnabled()


def test_delete_runs_in_a_worker_and_removes_the_person(
    page: ReportsPage, qtbot: QtBot, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: QMessageBox.StandardButton.Yes)
    informed: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: informed.append(a[2]))
    page.worklist.topLevelItem(0).setSelected(True)
    page._delete()
    qtbot.waitUntil(lambda: bool(informed), timeout=10000)
    assert [r.last_name for r in people.list_employees(context.ctx, archived=None)] == ["Kok"]
    assert {row.action for row in list_export_log(context.ctx)} >= {"delete", "purge"}


def test_access_export_is_written_and_logged(
    page: ReportsPage, tmp_path: Path, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "inzage.zip"
    monkeypatch.setattr("teamlead_app.ui.printing.ask_save_path", lambda *a, **k: target)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page._access()
    assert target.read_bytes()[:2] == b"PK"
    assert list_export_log(context.ctx)[0].action == "person"


def test_yearly_overview_export_runs_off_the_ui_thread(
    page: ReportsPage,
    qtbot: QtBot,
    tmp_path: Path,
    context: AppContext,
    monkeypatch: pytest.MonkeyPatch,
    _no_export_done_box: list[Path],
) -> None:
    target = tmp_path / "jaaroverzicht.xlsx"
    monkeypatch.setattr("teamlead_app.ui.overview_export.ask_save_path", lambda *a, **k: target)
    page._overview("xlsx")
    qtbot.waitUntil(lambda: bool(_no_export_done_box), timeout=10000)
    assert _no_export_done_box == [target], "the box offers Openen and Map tonen for the file"
    assert target.read_bytes()[:2] == b"PK"
    assert list_export_log(context.ctx)[0].action == "overview"


def test_a_file_held_open_gets_the_close_it_message_not_a_traceback(
    page: ReportsPage, tmp_path: Path, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    target = tmp_path / "inzage.zip"
    target.write_bytes(b"open in Excel")
    monkeypatch.setattr("teamlead_app.ui.printing.ask_save_path", lambda *a, **k: target)

    def locked(_src: object, _dst: object) -> None:  # what Windows does to a file in use
        raise PermissionError(errno.EACCES, "The process cannot access the file")

    monkeypatch.setattr(os, "replace", locked)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    page._access()
    assert len(warned) == 1
    assert "Sluit het bestand in Excel of de PDF-lezer en probeer het opnieuw." in warned[0]
    assert target.read_bytes() == b"open in Excel"
    assert "person" not in {row.action for row in list_export_log(context.ctx)}
