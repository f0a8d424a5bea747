"""The Dutch UI is complete: every string the UI code marks for translation has a finished
Dutch translation, and the compiled .qm really translates."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

ROOT = Path(__file__).resolve().parents[2]
NL_TS = ROOT / "resources" / "i18n" / "teamlead_nl.ts"
UI = ROOT / "src" / "teamlead_app" / "ui"


def _entries(ts: Path) -> dict[tuple[str, str], str | None]:
    result: dict[tuple[str, str], str | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = (
                translation is not None
                and translation.get("type") not in ("unfinished", "vanished", "obsolete")
                and bool(translation.text)
            )
            text = translation.text if finished and translation is not None else None
            result[(name, message.findtext("source") or "")] = text
    return result


@pytest.fixture(scope="module")
def scanned(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], str | None]:
    """What lupdate finds in the UI code right now."""
    target = tmp_path_factory.mktemp("ts") / "scan.ts"
    lupdate = Path(sys.executable).parent / "pyside6-lupdate"
    sources = sorted(str(p) for p in UI.rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(target)], check=True)
    return _entries(target)


def test_every_ui_string_has_a_dutch_translation(
    scanned: dict[tuple[str, str], str | None],
) -> None:
    ours = _entries(NL_TS)
    missing = sorted(f"{c}: {s}" for (c, s) in scanned if not ours.get((c, s)))
    assert missing == [], "run tools/i18n.py update and translate:\n" + "\n".join(missing)


def test_the_ts_file_has_nothing_unfinished() -> None:
    unfinished = [key for key, text in _entries(NL_TS).items() if text is None]
    assert unfinished == []


def test_compiled_dutch_translates(qapp: QCoreApplication) -> None:
    qm = NL_TS.with_suffix(".qm")
    assert qm.exists(), "the set-up builds the .qm files (tools/i18n.py build)"
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.translate("MainWindow", "People") == "Mensen"
    assert translator.translate("PeoplePage", "Search by name, function or team (Ctrl+F)")
