"""A card makes the lines it shows and counts the rest: the same lines and the same
"… and N more" as a card given every line, without formatting a week's thousand talks."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from teamlead_app.ui.widgets.card import CARD_LIMIT, Card, CardLine, LazyLines


def _lines(card: Card) -> list[str]:
    return [card.list.item(i).text() for i in range(card.list.count())]


def test_a_card_shows_the_same_lines_from_lazy_lines(qtbot: QtBot) -> None:
    made: list[int] = []

    def make(n: int) -> CardLine:
        made.append(n)
        return CardLine(f"Gesprek {n}")

    first, lazy = Card("Week", "Leeg"), Card("Week", "Leeg")
    qtbot.addWidget(first)
    qtbot.addWidget(lazy)
    before, after = [CardLine("Vandaag: geen gesprekken.")], [CardLine("Nog 3 gepland.")]
    first.set_lines(before + [CardLine(f"Gesprek {n}") for n in range(1000)] + after)
    lazy.set_lines(LazyLines(range(1000), make, before=before, after=after))
    assert _lines(lazy) == _lines(first) and _lines(lazy)[-1] == "… and 990 more"
    assert len(made) <= CARD_LIMIT + 1


def test_counted_items_add_to_the_more_line(qtbot: QtBot) -> None:
    card = Card("Te tekenen", "Leeg")
    qtbot.addWidget(card)
    card.set_lines(LazyLines(range(13), lambda n: CardLine(f"Regel {n}"), hidden=40))
    assert _lines(card)[:2] == ["Regel 0", "Regel 1"] and _lines(card)[-1] == "… and 41 more"
    lines = LazyLines(range(2), lambda n: CardLine(str(n)), hidden=1, after=[CardLine("x")])
    assert len(lines) == 4 and lines[-1].text == "x" and lines[1:2][0].text == "1"
