"""The three in-place row editors (agreements, goal steps, POP support) are one RowEditor and
behave alike: loading rows is not typing, read-only means no adding or removing and texts that
cannot change, and the column headers only show above rows."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from teamlead_app.records.conversations import AgreementDraft
from teamlead_app.records.development import StepView, SupportItem
from teamlead_app.ui.widgets.agreements_editor import AgreementsEditor
from teamlead_app.ui.widgets.goal_steps import GoalStepsEditor
from teamlead_app.ui.widgets.goal_support import GoalSupportEditor
from teamlead_app.ui.widgets.row_editor import RowEditor

ITEMS = {
    AgreementsEditor: (
        AgreementDraft("Kantbank <b>&</b> 🔧 omstellen", due_date=date(2026, 12, 1)),
    ),
    GoalStepsEditor: (
        StepView(1, 1, "Meelopen met Łukasz", "Kees", date(2026, 12, 1), None, date(2026, 11, 1)),
    ),
    GoalSupportEditor: (SupportItem("training", "VCA-cursus"),),
}


@pytest.fixture(params=list(ITEMS), ids=lambda cls: cls.__name__)
def editor(request: pytest.FixtureRequest, qtbot: QtBot) -> RowEditor:
    widget: RowEditor = request.param()
    qtbot.addWidget(widget)
    return widget


def test_loading_rows_is_not_typing_but_typing_is(editor: RowEditor) -> None:
    seen: list[bool] = []
    editor.changed.connect(lambda: seen.append(True))
    editor.set_rows(ITEMS[type(editor)])
    editor.set_rows(ITEMS[type(editor)])  # reloading removes the old rows first
    seen.clear()
    assert len(editor._rows) == 1
    text = next(f for f in editor._rows[0].fields() if isinstance(f, QLineEdit))
    assert text.text() in {"Kantbank <b>&</b> 🔧 omstellen", "Meelopen met Łukasz", "VCA-cursus"}
    text.setText(text.text() + "!")
    assert seen


def test_read_only_means_no_adding_removing_or_changing(editor: RowEditor) -> None:
    editor.set_rows(ITEMS[type(editor)])
    editor.set_read_only(True)
    row = editor._rows[0]
    assert editor.add_button.isHidden() and not editor.add_button.isEnabled()
    assert row.remove.isHidden()
    for field in row.fields():
        assert field.isReadOnly() if isinstance(field, QLineEdit) else not field.isEnabled()
    editor.set_read_only(False)
    assert editor.add_button.isEnabled() and not row.remove.isHidden()


def test_headers_only_above_rows_and_the_hint_when_empty(editor: RowEditor) -> None:
    assert not editor.empty.isHidden()
    assert all(header.isHidden() for header in editor._headers)
    editor.add_button.click()
    assert editor.empty.isHidden()
    assert not any(header.isHidden() for header in editor._headers)
    editor._rows[0].remove.click()
    assert not editor.empty.isHidden() and not editor._rows
