"""A read-only table model over a list of frozen *View rows: each column is a header and a
function from row to display text. Sorting uses an optional sort key per column."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, Generic, TypeVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

Row = TypeVar("Row")
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ROW_ROLE = Qt.ItemDataRole.UserRole + 2

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column(Generic[Row]):
    header: str
    text: Callable[[Row], str]
    sort_key: Callable[[Row], Any] | None = None
    tooltip: Callable[[Row], str] | None = None


class RowTableModel(QAbstractTableModel, Generic[Row]):
    def __init__(self, columns: Sequence[Column[Row]], parent: Any = None) -> None:
        super().__init__(parent)
        self._columns = list(columns)
        self._rows: list[Row] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def set_rows(self, rows: Sequence[Row]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        if self._sort is not None:
            self._rows = [self._rows[i] for i in self._order(*self._sort)]
        self.endResetModel()

    def _order(self, column: int, order: Qt.SortOrder) -> list[int]:
        """The rows' positions in the column's order: each row's sort key worked out once,
        then compared in C by Python's (stable) sort, never a Python call per comparison."""
        col = self._columns[column]
        keys = [col.sort_key(r) if col.sort_key else col.text(r).casefold() for r in self._rows]
        descending = order == Qt.SortOrder.DescendingOrder
        try:
            return sorted(range(len(keys)), key=keys.__getitem__, reverse=descending)
        except TypeError:  # keys of mixed kinds: compare their text
            texts = [str(key) for key in keys]
            return sorted(range(len(keys)), key=texts.__getitem__, reverse=descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self._columns):
            return
        self.layoutAboutToBeChanged.emit()
        positions = self._order(column, order)
        new_row = {old: new for new, old in enumerate(positions)}
        self._rows = [self._rows[i] for i in positions]
        kept = self.persistentIndexList()
        moved = [self.index(new_row[index.row()], index.column()) for index in kept]
        self.changePersistentIndexList(kept, moved)
        self._sort = (column, order)
        self.layoutChanged.emit()

    def row_at(self, row: int) -> Row:
        return self._rows[row]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        column = self._columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.text(row)
        if role == SORT_ROLE:
            return column.sort_key(row) if column.sort_key else column.text(row).casefold()
        if role == Qt.ItemDataRole.ToolTipRole and column.tooltip:
            return column.tooltip(row)
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if (
            role == Qt.ItemDataRole.DisplayRole
            and orientation == Qt.Orientation.Horizontal
            and 0 <= section < len(self._columns)
        ):
            return self._columns[section].header
        return None


class SortProxy(QSortFilterProxyModel):
    """Sorts on the column's sort key, not on the display text: the source model orders its
    rows (a key per row, worked out once) and the proxy shows them in that order, so a
    thousand rows are not sorted through a Python comparison each. Filters as usual."""

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        source = self.sourceModel()
        if source is not None:
            source.sort(column, order)
