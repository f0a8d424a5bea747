"""Tab order in reading order for a screen whose rows come and go.

Qt's default tab order is the order in which widgets were created, so rows added when a record
is loaded (answers, agreements, goal lines) land at the end of the chain, after the buttons at
the bottom. `focus_chain` reads the layouts instead: top to bottom, grids row by row, into
group boxes, scroll areas and splitters; `apply_chain` makes Tab follow that list."""

from __future__ import annotations

from itertools import pairwise

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QGridLayout, QLayout, QLayoutItem, QScrollArea, QSplitter, QWidget


def _items(layout: QLayout) -> list[QLayoutItem]:
    pairs: list[tuple[tuple[int, int], QLayoutItem]] = []
    for index in range(layout.count()):
        item = layout.itemAt(index)
        if item is None:
            continue
        if isinstance(layout, QGridLayout):
            position: tuple[int, int, int, int] = layout.getItemPosition(index)  # type: ignore[assignment]
            pairs.append((position[:2], item))
        else:
            pairs.append(((0, index), item))
    return [item for _place, item in sorted(pairs, key=_first)]


def _first(pair: tuple[tuple[int, int], QLayoutItem]) -> tuple[int, int]:
    return pair[0]


def _walk_layout(layout: QLayout | None, found: list[QWidget]) -> None:
    if layout is None:
        return
    for item in _items(layout):
        widget = item.widget()
        if widget is not None:
            _walk_widget(widget, found)
        else:
            _walk_layout(item.layout(), found)


def _walk_widget(widget: QWidget | None, found: list[QWidget]) -> None:
    if widget is None:
        return
    if isinstance(widget, QScrollArea):
        _walk_widget(widget.widget(), found)
    elif isinstance(widget, QSplitter):
        for index in range(widget.count()):
            _walk_widget(widget.widget(index), found)
    elif widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        found.append(widget)
    else:
        _walk_layout(widget.layout(), found)


def focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab can reach under `root`, in reading order (hidden or disabled ones too:
    Qt skips those itself while tabbing)."""
    found: list[QWidget] = []
    _walk_layout(root.layout(), found)
    return found


def apply_chain(widgets: list[QWidget]) -> None:
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
