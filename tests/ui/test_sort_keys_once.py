"""A list sorts on a key worked out once per row, compared without a Python call per
comparison; the people list shows the service's Dutch order ("Çelik" with C)."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.models.table import Column, RowTableModel, SortProxy
from teamlead_app.ui.pages.people_page import PeoplePage
from teamlead_app.ui.widgets.lists import row_table


@dataclass(frozen=True)
class Person:
    name: str
    number: int


def test_sorting_asks_each_rows_key_once(qtbot: QtBot) -> None:
    asked: list[int] = []

    def key(p: Person) -> int:
        asked.append(p.number)
        return p.number

    model: RowTableModel[Person] = RowTableModel(
        [Column("Naam", lambda p: p.name), Column("Nr", lambda p: str(p.number), key)]
    )
    proxy = SortProxy()
    proxy.setSourceModel(model)
    table = row_table(proxy)
    qtbot.addWidget(table)
    rows = [Person(f"P{n}", (n * 7919) % 500) for n in range(500)]
    model.set_rows(rows)
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)
    # Once per row and sort (the view may ask twice), not per comparison (about 9,000).
    assert len(asked) in (500, 1000)
    shown = [proxy.index(r, 1).data() for r in range(proxy.rowCount())]
    assert shown == [str(n) for n in sorted((p.number for p in rows), reverse=True)]
    asked.clear()
    model.set_rows(rows[:100])  # new rows keep the chosen order
    assert len(asked) == 100
    assert proxy.index(0, 1).data() == str(max(p.number for p in rows[:100]))


def test_the_selection_follows_its_row_when_sorted(qtbot: QtBot) -> None:
    model: RowTableModel[Person] = RowTableModel(
        [
            Column("Naam", lambda p: p.name),
            Column("Nr", lambda p: str(p.number), lambda p: p.number),
        ]
    )
    proxy = SortProxy()
    proxy.setSourceModel(model)
    table = row_table(proxy)
    qtbot.addWidget(table)
    model.set_rows([Person("Anna", 3), Person("Bram", 1), Person("Cor", 2)])
    table.selectRow(0)  # Anna
    table.sortByColumn(1, Qt.SortOrder.AscendingOrder)
    selected = table.selectionModel().selectedRows()[0]
    assert proxy.index(selected.row(), 0).data() == "Anna" and selected.row() == 2


def test_the_people_list_shows_the_dutch_order(qtbot: QtBot, context: AppContext) -> None:
    for first, tv, last in (("Zeynep", "", "Zwart"), ("Ayşe", "", "Çelik"), ("Jan", "de", "Vries")):
        people.save_employee(
            context.ctx, EmployeeDraft(first_name=first, tussenvoegsel=tv, last_name=last)
        )
    page = PeoplePage(context)
    qtbot.addWidget(page)
    page.refresh()
    shown = [page.proxy.index(r, 0).data() for r in range(page.proxy.rowCount())]
    assert shown == ["Çelik, Ayşe", "Vries, Jan de", "Zwart, Zeynep"]
