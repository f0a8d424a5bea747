"""Long work runs off the UI thread with progress, and cancelling stops it."""

from __future__ import annotations

import time

from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from teamlead_app.ui.jobs import run_with_progress
from teamlead_app.util.progress import Cancelled, Progress


def _slow(progress: Progress) -> str:
    for step in range(200):
        progress.step(step, 200)
        time.sleep(0.005)
    return "klaar"


def test_result_arrives_in_the_ui_thread(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    results: list[object] = []
    run_with_progress(parent, "bezig", lambda p: _slow(p) * 1, results.append, results.append)
    qtbot.waitUntil(lambda: bool(results), timeout=10000)
    assert results == ["klaar"]


def test_cancel_raises_cancelled_in_the_work(qtbot: QtBot) -> None:
    parent = QWidget()
    qtbot.addWidget(parent)
    outcome: list[object] = []
    thread = run_with_progress(parent, "bezig", _slow, outcome.append, outcome.append)
    thread._worker.cancel_event.set()  # type: ignore[attr-defined]  # what Cancel does
    qtbot.waitUntil(lambda: bool(outcome), timeout=10000)
    assert isinstance(outcome[0], Cancelled)


def test_work_runs_in_the_callers_language(qtbot: QtBot) -> None:
    """A QThread starts with an empty context: without copying the caller's, an English
    window would get Dutch messages from its exports."""
    from teamlead_app.i18n import speaking, t

    parent = QWidget()
    qtbot.addWidget(parent)
    said: list[object] = []
    with speaking("en"):
        run_with_progress(parent, "busy", lambda _p: t("klaar", "done"), said.append, said.append)
    qtbot.waitUntil(lambda: bool(said), timeout=10000)
    assert said == ["done"]
