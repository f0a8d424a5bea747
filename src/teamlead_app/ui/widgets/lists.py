"""Small shared pieces of the list pages: a read-only sortable row table, and a team filter
that keeps its choice when refilled."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QAbstractItemModel, QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTableView,
    QWidget,
)

from teamlead_app.services.people import employees as people

if TYPE_CHECKING:
    from teamlead_app.data.context import ServiceContext


def row_table(proxy: QSortFilterProxyModel) -> QTableView:
    """A table of whole rows: select one, sort by column, no editing in place."""
    table = QTableView()
    table.setModel(proxy)
    table.setSortingEnabled(True)
    table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.verticalHeader().hide()
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    header.setStretchLastSection(True)
    # Fit columns to a sample of rows: measuring 1,000 rows costs a quarter of a second.
    header.setResizeContentsPrecision(60)
    return table


def fill_team_combo(combo: QComboBox, ctx: ServiceContext, all_text: str) -> list[people.TeamView]:
    """(Re)fill a team filter, keeping the current choice, without firing change signals."""
    current = combo.currentData()
    combo.blockSignals(True)
    combo.clear()
    combo.addItem(all_text, None)
    teams = people.list_teams(ctx)
    for team in teams:
        combo.addItem(team.name, team.id)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    combo.blockSignals(False)
    return teams


def list_buttons(layout: QBoxLayout) -> tuple[QPushButton, QPushButton, QPushButton, QPushButton]:
    """The row under an editable list in a dialog: Add…, Edit…, Delete, and Close at the
    right; returned in that order for the dialog to connect."""
    texts = (  # literal calls, so lupdate finds them
        QCoreApplication.translate("ListButtons", "&Add…"),
        QCoreApplication.translate("ListButtons", "&Edit…"),
        QCoreApplication.translate("ListButtons", "&Delete"),
        QCoreApplication.translate("ListButtons", "Close"),
    )
    buttons = tuple(QPushButton(text) for text in texts)
    row = QHBoxLayout()
    for button in buttons[:3]:
        row.addWidget(button)
    row.addStretch(1)
    row.addWidget(buttons[3])
    layout.addLayout(row)
    return buttons  # type: ignore[return-value]


def editable_list(
    layout: QBoxLayout,
    model: QAbstractItemModel,
    add: Callable[[], None],
    edit: Callable[[], None],
    delete: Callable[[], None],
    close: Callable[[], None],
) -> tuple[QTableView, QPushButton, QPushButton, QPushButton]:
    """The table of an editable list in a dialog, in the service's order, with its button row
    wired: Add…, Edit… (also a double-click), Delete and Close. Returns the table and the
    add, edit and delete buttons (for enabling them by selection)."""
    table = row_table(model)  # type: ignore[arg-type]
    table.setSortingEnabled(False)
    layout.addWidget(table, 1)
    add_button, edit_button, delete_button, close_button = list_buttons(layout)
    add_button.clicked.connect(add)
    edit_button.clicked.connect(edit)
    delete_button.clicked.connect(delete)
    table.doubleClicked.connect(lambda _index: edit())
    close_button.clicked.connect(close)
    return table, add_button, edit_button, delete_button


def delete_after_asking(
    parent: QWidget, title: str, name: str, delete: Callable[[], object]
) -> None:
    """Ask "Delete 'name'?", then delete; a refusal (e.g. still in use) is shown, not raised."""
    from teamlead_app.errors import AppError
    from teamlead_app.ui.errors import show_error

    question = QCoreApplication.translate("ListButtons", "Delete '{0}'?").format(name)
    if QMessageBox.question(parent, title, question) != QMessageBox.StandardButton.Yes:
        return
    try:
        delete()
    except AppError as exc:
        show_error(parent, exc)
