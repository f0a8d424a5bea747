"""After every export: "Openen" opens the file, "Map tonen" its folder, through one helper,
with paths that have spaces and diacritics; a frozen app on Linux starts the viewer with the
user's own environment, not the bundle's libraries."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QMessageBox

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.people import employees as people
from teamlead_app.ui import open_files, printing


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> list[QUrl]:
    urls: list[QUrl] = []

    def open_url(url: QUrl) -> bool:
        urls.append(url)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    return urls


@pytest.fixture
def saved(tmp_path: Path) -> Path:
    folder = tmp_path / "Jürgen Müller" / "Mijn documenten"
    folder.mkdir(parents=True)
    path = folder / "gespreksverslag Łukasz #1.pdf"
    path.write_bytes(b"%PDF-1.4")
    return path


@pytest.mark.parametrize(("choice", "target"), [("open", "file"), ("folder", "folder")])
def test_open_and_show_folder(
    saved: Path,
    opened: list[QUrl],
    monkeypatch: pytest.MonkeyPatch,
    choice: str,
    target: str,
) -> None:
    monkeypatch.setattr(open_files.ExportDone, "ask", lambda _parent, _path: choice)
    open_files.finish_export(None, saved)
    expected = saved if target == "file" else saved.parent
    assert [Path(url.toLocalFile()) for url in opened] == [expected]
    assert opened[0].isLocalFile()


def test_close_opens_nothing(saved: Path, opened: list[QUrl]) -> None:
    open_files.finish_export(None, saved)  # the test box answers Close
    assert opened == []


def test_no_program_to_open_it_says_where_the_file_is(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(open_files.ExportDone, "ask", lambda _parent, _path: open_files.OPEN)
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda _url: False)
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: warned.append(a[2]))
    open_files.finish_export(None, saved)
    assert len(warned) == 1 and str(saved.parent) in warned[0]


def test_a_saved_report_offers_open_and_show_folder(
    ctx: ServiceContext,
    saved: Path,
    monkeypatch: pytest.MonkeyPatch,
    _no_export_done_box: list[Path],
) -> None:
    people.save_employee(ctx, people.EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski"))
    target = saved.with_name("team overzicht.pdf")
    monkeypatch.setattr(printing, "ask_save_path", lambda *a, **k: target)
    assert printing.export_roster(None, ctx, None) == target  # type: ignore[arg-type]
    assert _no_export_done_box == [target]
    assert target.read_bytes().startswith(b"%PDF")


def test_a_frozen_linux_app_opens_files_with_the_users_environment(
    saved: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    seen: dict[str, str | None] = {}

    def open_url(_url: QUrl) -> bool:
        for key in ("LD_LIBRARY_PATH", "QT_PLUGIN_PATH"):
            seen[key] = os.environ.get(key)
        return True

    monkeypatch.setattr(QDesktopServices, "openUrl", open_url)
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setenv("LD_LIBRARY_PATH", "/opt/teamlead/_internal")
    monkeypatch.setenv("LD_LIBRARY_PATH_ORIG", "/usr/local/lib")
    monkeypatch.setenv("QT_PLUGIN_PATH", "/opt/teamlead/_internal/PySide6/Qt/plugins")
    assert open_files.open_path(saved)
    assert seen == {"LD_LIBRARY_PATH": "/usr/local/lib", "QT_PLUGIN_PATH": None}
    assert os.environ["LD_LIBRARY_PATH"] == "/opt/teamlead/_internal"  # ours again afterwards
    assert os.environ["QT_PLUGIN_PATH"].endswith("plugins")


def test_the_box_offers_open_show_folder_and_close(saved: Path) -> None:
    box, open_button, folder_button = open_files.ExportDone.build(None, saved)
    labels = [button.text() for button in box.buttons()]
    assert {"&Open", "Show &folder", "&Close"} == set(labels)
    assert box.defaultButton() is open_button and folder_button.text() == "Show &folder"
    assert saved.name in box.text() and str(saved.parent) in box.informativeText()
    box.deleteLater()
