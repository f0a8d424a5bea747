"""No English word on a Dutch screen, wherever the string was made: the main window's pages,
the dialogs and the employee view are rendered in Dutch with the demo company, and every
visible text (labels, buttons, group titles, tabs, list lines, table headers and cells,
combo items, placeholders, tooltips, window titles, rich text) is checked for English words.

This catches what the lupdate check (test_translations.py) cannot see: a string built
outside `tr()` (a helper, a dict of labels, another object's `tr`) is never extracted and
stays English at run time."""

from __future__ import annotations

import re
from collections.abc import Iterator

from PySide6.QtCore import QAbstractListModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)
from pytestqt.qtbot import QtBot
from sqlalchemy import text

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.demo.company import generate_company
from teamlead_app.ui.dialogs.blocked_days_dialog import BlockedDaysDialog
from teamlead_app.ui.dialogs.employee_dialog import EmployeeDialog
from teamlead_app.ui.dialogs.employee_view import EmployeeViewDialog
from teamlead_app.ui.dialogs.goal_dialog import GoalDialog
from teamlead_app.ui.dialogs.import_dialog import ImportDialog
from teamlead_app.ui.dialogs.move_dialog import MoveDialog
from teamlead_app.ui.dialogs.new_conversation_dialog import NewConversationDialog
from teamlead_app.ui.dialogs.plan_month_dialog import PlanMonthDialog
from teamlead_app.ui.dialogs.teams_dialog import TeamsDialog
from teamlead_app.ui.dialogs.templates_dialog import TemplatesDialog
from teamlead_app.ui.main_window import MainWindow

# Words a Dutch screen never shows (whole words, case-sensitive where Dutch shares the
# word in another case). Dutch words that look English (Team, Status, Plan, Open, Export,
# Week, Score, Agenda) are left out on purpose; "Back-up" is Dutch too.
ENGLISH = re.compile(
    r"\b(?:the|The|and|with|for|For|from|this|This|that|your|Your|"
    r"Earlier|earlier|Summary|Agreements?|agreements?|Conversations?|conversations?|"
    r"Employee|employee|People|people|Overview|Settings|Save|Cancel|Close|Delete|Remove|"
    r"Add|Edit|New|Search|Print|Today|today|Month|month|Overdue|overdue|Nobody|never|"
    r"days|hours|planned|held|moved|cancelled|Seen|agree|Name|Date|Function|Goals?|"
    r"goals?|Steps?|Development|Welcome|Signed|signed|Reports|Notes?|notes|Minutes|Kind|"
    r"Duration|Reason|Previous|Next|Back(?!-up)|Yes|Apply|Choose|Select|Load|Import|import)\b"
)


def _visible_texts(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) for everything a user reads in `root` and its children."""
    yield "window title", root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        name = type(widget).__name__
        yield f"{name} tooltip", widget.toolTip()
        if isinstance(widget, QLabel):
            yield name, re.sub(r"<[^>]+>", " ", widget.text())
        elif isinstance(widget, QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QLineEdit):
            yield f"{name} placeholder", widget.placeholderText()
        elif isinstance(widget, QTextEdit | QPlainTextEdit):
            yield f"{name} placeholder", widget.placeholderText()
            yield name, widget.toPlainText()
        if isinstance(widget, QTabWidget):
            for index in range(widget.count()):
                yield "tab", widget.tabText(index)
        if isinstance(widget, QComboBox):
            for index in range(widget.count()):
                yield "combo item", widget.itemText(index)
        if isinstance(widget, QAbstractItemView):
            yield from _view_texts(widget)


def _view_texts(view: QAbstractItemView) -> Iterator[tuple[str, str]]:
    model = view.model()
    if model is None:
        return
    columns = 1 if isinstance(model, QAbstractListModel) else model.columnCount(QModelIndex())
    for column in range(columns):
        header = model.headerData(column, Qt.Orientation.Horizontal)
        yield "table header", str(header or "")
    for row in range(min(model.rowCount(QModelIndex()), 30)):
        for column in range(columns):
            index = model.index(row, column)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    yield "cell", value


def english_in(root: QWidget) -> list[str]:
    found = []
    for where, shown in _visible_texts(root):
        match = ENGLISH.search(shown or "")
        if match:
            found.append(f"{type(root).__name__} / {where}: {match.group()!r} in {shown[:80]!r}")
    return found


def _ids(ctx: ServiceContext) -> tuple[int, int, int]:
    """A held conversation with carried agreements, its person, a planned conversation."""
    with ctx.sessions() as session:
        held = session.execute(
            text(
                "SELECT c.id FROM conversation c "
                "JOIN agreement_followup f ON f.conversation_id = c.id "
                "WHERE c.status = 'held' AND c.shared_summary != '' AND EXISTS "
                "(SELECT 1 FROM agreement a WHERE a.conversation_id = c.id) "
                "ORDER BY c.id DESC LIMIT 1"
            )
        ).scalar_one()
        person = session.execute(
            text("SELECT employee_id FROM conversation WHERE id = :c"), {"c": held}
        ).scalar_one()
        planned = session.execute(
            text("SELECT id FROM conversation WHERE status = 'planned' ORDER BY id LIMIT 1")
        ).scalar_one()
    return held, person, planned


def test_the_employee_view_is_dutch(qtbot: QtBot, ctx: ServiceContext, dutch: None) -> None:
    generate_company(ctx)
    held, _person, _planned = _ids(ctx)
    view = conversations.get_conversation(ctx, held)
    assert view.carried and view.shared_summary and view.agreements
    dialog = EmployeeViewDialog(None, view)
    qtbot.addWidget(dialog)
    shown = dialog.browser.toPlainText()
    assert "Eerdere afspraken" in shown and "Samenvatting" in shown and "Afspraken" in shown
    assert english_in(dialog) == []


def test_every_page_is_dutch(qtbot: QtBot, ctx: ServiceContext, dutch: None) -> None:
    generate_company(ctx)
    held, person, _planned = _ids(ctx)
    window = MainWindow()
    qtbot.addWidget(window)
    window.attach(ctx)
    found: list[str] = []
    for row in range(window.nav.count()):
        window.nav.setCurrentRow(row)
        found += english_in(window)
    window.open_employee(person)
    found += english_in(window)
    window.open_conversation(held)
    found += english_in(window)
    assert found == []


def test_every_dialog_is_dutch(qtbot: QtBot, ctx: ServiceContext, dutch: None) -> None:
    generate_company(ctx)
    _held, person, planned = _ids(ctx)
    dialogs: list[QWidget] = [
        PlanMonthDialog(None, ctx, None),
        NewConversationDialog(None, ctx, person),
        MoveDialog(None, ctx, planned),
        EmployeeDialog(None, ctx, person),
        EmployeeDialog(None, ctx, None),
        TemplatesDialog(None, ctx),
        TeamsDialog(None, ctx),
        ImportDialog(None, ctx),
        GoalDialog(None, ctx, person),
        BlockedDaysDialog(None, ctx),
    ]
    found: list[str] = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        found += english_in(dialog)
    assert found == []
