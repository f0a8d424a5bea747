"""A titled block on the overview page: a short list of lines, each optionally opening a person
or a conversation when activated, and a friendly line when there is nothing to show."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar, overload

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

T = TypeVar("T")
# A card shows at most this many lines, then "… and N more".
CARD_LIMIT = 12


@dataclass(frozen=True)
class CardLine:
    text: str
    on_open: Callable[[], None] | None = None
    tooltip: str = ""


class LazyLines(Sequence[CardLine]):
    """Card lines made only when shown: a card shows a dozen of a week's thousand talks, so
    the rest are counted, never formatted. `before`/`after`: ready lines around the items;
    `hidden`: items after these that the service only counted (they are never shown)."""

    def __init__(
        self,
        items: Sequence[T],
        make: Callable[[T], CardLine],
        *,
        before: Sequence[CardLine] = (),
        after: Sequence[CardLine] = (),
        hidden: int = 0,
    ) -> None:
        self._items, self._make, self._hidden = items, make, hidden
        self._before, self._after = tuple(before), tuple(after)

    def __len__(self) -> int:
        return len(self._before) + len(self._items) + self._hidden + len(self._after)

    @overload
    def __getitem__(self, index: int) -> CardLine: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[CardLine]: ...
    def __getitem__(self, index: int | slice) -> CardLine | Sequence[CardLine]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        if index < 0:
            index += len(self)
        if not 0 <= index < len(self):
            raise IndexError(index)
        if index < len(self._before):
            return self._before[index]
        index -= len(self._before)
        if index < len(self._items):
            return self._make(self._items[index])
        index -= len(self._items) + self._hidden
        if index < 0:
            raise IndexError("only counted, not read")
        return self._after[index]


class Card(QFrame):
    def __init__(self, title: str, empty_text: str) -> None:
        super().__init__()
        self.setObjectName("card")
        self.setStyleSheet(
            "QFrame#card { background: white; border: 1px solid #d5dde3; border-radius: 6px; }"
        )
        self._empty_text = empty_text
        layout = QVBoxLayout(self)
        self.title = QLabel(title)
        self.title.setStyleSheet("font-size: 12pt; font-weight: 600; border: none;")
        self.list = QListWidget()
        self.list.setStyleSheet("QListWidget { border: none; }")
        self.list.setWordWrap(True)
        self.empty = QLabel(empty_text)
        self.empty.setWordWrap(True)
        self.empty.setStyleSheet("color: #667; border: none;")
        layout.addWidget(self.title)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.empty)
        layout.addStretch(0)
        self.list.itemActivated.connect(self._activate)
        self.list.itemDoubleClicked.connect(self._activate)

    def set_lines(
        self, lines: Sequence[CardLine], title: str | None = None, limit: int = CARD_LIMIT
    ) -> None:
        """Show at most `limit` lines: a block is a prompt, not the whole list."""
        if title is not None:
            self.title.setText(title)
        self.list.clear()
        shown = list(lines[:limit])
        if len(lines) > limit:
            more = self.tr("… and {0} more").format(len(lines) - limit)
            shown.append(CardLine(more, lines[limit].on_open))
        for line in shown:
            item = QListWidgetItem(line.text)
            if line.tooltip:
                item.setToolTip(line.tooltip)
            item.setData(Qt.ItemDataRole.UserRole, line.on_open)
            self.list.addItem(item)
        self.list.setVisible(bool(lines))
        self.empty.setVisible(not lines)

    def _activate(self, item: QListWidgetItem) -> None:
        action = item.data(Qt.ItemDataRole.UserRole)
        if callable(action):
            action()
