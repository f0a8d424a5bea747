"""The shared pieces of the list dialogs: the button row and ask-then-delete."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox, QVBoxLayout, QWidget
from pytestqt.qtbot import QtBot

from teamlead_app.errors import ValidationError
from teamlead_app.ui.widgets import lists


def _answer(monkeypatch: pytest.MonkeyPatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent: object, _title: str, text: str) -> QMessageBox.StandardButton:
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_the_button_row(qtbot: QtBot) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    buttons = lists.list_buttons(QVBoxLayout(widget))
    assert [b.text() for b in buttons] == ["&Add…", "&Edit…", "&Delete", "Close"]


def test_delete_only_after_yes(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    deleted: list[int] = []
    asked = _answer(monkeypatch, QMessageBox.StandardButton.No)
    lists.delete_after_asking(widget, "Delete", "Kantbank <b>&", lambda: deleted.append(1))
    assert asked == ["Delete 'Kantbank <b>&'?"] and deleted == []
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    lists.delete_after_asking(widget, "Delete", "Kantbank", lambda: deleted.append(1))
    assert deleted == [1]


def test_a_refusal_is_shown_not_raised(qtbot: QtBot, monkeypatch: pytest.MonkeyPatch) -> None:
    widget = QWidget()
    qtbot.addWidget(widget)
    _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    shown: list[str] = []
    monkeypatch.setattr("teamlead_app.ui.errors.show_error", lambda _p, exc: shown.append(str(exc)))

    def refuse() -> None:
        raise ValidationError("Dit type is nog in gebruik.")

    lists.delete_after_asking(widget, "Delete", "VCA", refuse)
    assert shown == ["Dit type is nog in gebruik."]
