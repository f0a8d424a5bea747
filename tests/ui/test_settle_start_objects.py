"""Once the first database is on screen, the start-up objects are moved out of the cyclic
garbage collector's sight (gc.freeze), once per process and after the first paint: a full
collection then no longer walks them in the middle of a screen."""

from __future__ import annotations

import gc

import pytest
from pytestqt.qtbot import QtBot

from teamlead_app.data.context import ServiceContext
from teamlead_app.ui import main_window
from teamlead_app.ui.main_window import MainWindow


def test_attaching_the_first_database_freezes_the_start_objects_once(
    qtbot: QtBot, ctx: ServiceContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(main_window, "_settled", False)
    gc.unfreeze()
    window = MainWindow()
    qtbot.addWidget(window)
    try:
        window.attach(ctx)
        assert gc.get_freeze_count() == 0  # not before the first paint
        qtbot.waitUntil(lambda: gc.get_freeze_count() > 0)
        frozen = gc.get_freeze_count()
        main_window.settle_start_objects()  # a second database: nothing more is frozen
        assert gc.get_freeze_count() == frozen
    finally:
        gc.unfreeze()
        window.detach()
