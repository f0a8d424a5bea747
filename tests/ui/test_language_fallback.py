"""A missing or damaged translation file does not stop the app: the UI stays English (the
source strings), and the problem is kept for the log and the self-test."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale

from teamlead_app.ui import translations

REAL_I18N = Path(__file__).resolve().parents[2] / "resources" / "i18n"


@pytest.fixture
def app(qapp: QCoreApplication) -> Iterator[QCoreApplication]:
    locale = QLocale()
    yield qapp
    for translator in translations._installed:
        qapp.removeTranslator(translator)
    translations._installed.clear()
    translations._problems.clear()
    QLocale.setDefault(locale)


def _install_from(folder: Path, app: QCoreApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(translations, "i18n_dir", lambda: folder)
    translations.install_language(app, "nl")


def test_the_real_translation_loads(app: QCoreApplication, monkeypatch: pytest.MonkeyPatch) -> None:
    _install_from(REAL_I18N, app, monkeypatch)
    assert translations.problems() == []
    assert QCoreApplication.translate("MainWindow", "Overview") != "Overview"


@pytest.mark.parametrize("damage", ["missing", "damaged", "empty"])
def test_a_broken_translation_gives_english_and_a_log_line(
    app: QCoreApplication,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    caplog: pytest.LogCaptureFixture,
    damage: str,
) -> None:
    if damage == "damaged":
        (tmp_path / "teamlead_nl.qm").write_bytes(b"\x3c\xb8\x64\x18 broken" * 50)
    elif damage == "empty":
        (tmp_path / "teamlead_nl.qm").write_bytes(b"")
    _install_from(tmp_path, app, monkeypatch)
    assert QCoreApplication.translate("MainWindow", "Overview") == "Overview"
    assert "teamlead_nl.qm" in translations.problems()[0]
    with caplog.at_level(logging.ERROR):
        translations.log_problems()
    assert "missing or damaged" in caplog.text
