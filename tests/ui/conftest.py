"""UI fixtures: offscreen Qt, settings in a temporary folder, a fake navigator, no modal
dialogs ever shown."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QSettings

from teamlead_app.data.context import ServiceContext
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.translations import install_language


class FakeNav:
    def __init__(self) -> None:
        self.calls: list[tuple[str, object]] = []

    def show_page(self, key: str) -> None:
        self.calls.append(("page", key))

    def open_employee(self, employee_id: int) -> None:
        self.calls.append(("employee", employee_id))

    def open_conversation(self, conversation_id: int) -> None:
        self.calls.append(("conversation", conversation_id))

    def open_pop(self, pop_id: int) -> None:
        self.calls.append(("pop", pop_id))

    def data_changed(self) -> None:
        self.calls.append(("changed", None))

    def switch_database(self, path: object) -> None:
        self.calls.append(("switch", path))

    def restore_database(self, path: object) -> None:
        self.calls.append(("restore", path))

    def connection_lost(self) -> None:
        self.calls.append(("connection lost", None))


@pytest.fixture(autouse=True)
def _qt_settings(tmp_path: Path, qapp: QCoreApplication) -> Iterator[None]:
    QCoreApplication.setOrganizationName("TeamleadTests")
    QCoreApplication.setApplicationName("TeamleadTests")
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(tmp_path))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield


@pytest.fixture(autouse=True)
def _no_export_done_box(monkeypatch: pytest.MonkeyPatch) -> list[Path]:
    """The "Opgeslagen: Openen / Map tonen" box after an export is never shown: it answers
    Close; the list collects the files it was asked about."""
    from teamlead_app.ui import open_files

    asked: list[Path] = []

    def ask(_parent: object, path: Path) -> str:
        asked.append(path)
        return open_files.CLOSE

    monkeypatch.setattr(open_files.ExportDone, "ask", ask)
    return asked


@pytest.fixture
def dutch(qapp: QCoreApplication) -> Iterator[None]:
    """The UI in Dutch for one test, English (the source strings the other tests read) and
    the locale back afterwards."""
    locale = QLocale()
    install_language(qapp, "nl")
    yield
    install_language(qapp, "en")
    QLocale.setDefault(locale)


@pytest.fixture
def nav() -> FakeNav:
    return FakeNav()


@pytest.fixture
def context(ctx: ServiceContext, nav: FakeNav) -> AppContext:
    return AppContext(ctx=ctx, nav=nav)


@pytest.fixture(autouse=True)
def _start_objects_not_frozen(monkeypatch: pytest.MonkeyPatch) -> None:
    """The app freezes its start-up objects once (main_window.settle_start_objects); a test
    process opens hundreds of windows and must keep collecting them."""
    from teamlead_app.ui import main_window

    monkeypatch.setattr(main_window, "_settled", True)
