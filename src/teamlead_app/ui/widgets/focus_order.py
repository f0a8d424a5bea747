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
    items = [layout.itemAt(i) for i in range(layout.count())]
    if isinstance(layout, QGridLayout):
        places = [layout.getItemPosition(i)[:2] for i in range(layout.count())]
        return [item for _place, item in sorted(zip(places, items, strict=True), key=_first)]
    return items


def _first(pair: tuple[tuple[int, int], QLayoutItem]) -> tuple[int, int]:
    return pair[0]


def _walk_layout(layout: QLayout, found: list[QWidget]) -> None:
    for item in _items(layout):
        widget = item.widget()
        if widget is not None:
            _walk_widget(widget, found)
        elif item.layout() is not None:
            _walk_layout(item.layout(), found)


def _walk_widget(widget: QWidget, found: list[QWidget]) -> None:
    if isinstance(widget, QScrollArea):
        if widget.widget() is not None:
            _walk_widget(widget.widget(), found)
    elif isinstance(widget, QSplitter):
        for index in range(widget.count()):
            _walk_widget(widget.widget(index), found)
    elif widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        found.append(widget)
    elif widget.layout() is not None:
        _walk_layout(widget.layout(), found)


def focus_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab can reach under `root`, in reading order (hidden or disabled ones too:
    Qt skips those itself while tabbing)."""
    found: list[QWidget] = []
    if root.layout() is not None:
        _walk_layout(root.layout(), found)
    return found


def apply_chain(widgets: list[QWidget]) -> None:
    for first, second in pairwise(widgets):
        QWidget.setTabOrder(first, second)
