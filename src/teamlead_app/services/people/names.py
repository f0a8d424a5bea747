"""Dutch name rules: sort on the surname without the tussenvoegsel; "Berg, Jan van der" in
lists, "Jan van der Berg" in text, "Van der Berg" when no first name precedes it."""

from __future__ import annotations

import functools
import unicodedata
from collections.abc import Callable, Sequence
from typing import TypeVar

T = TypeVar("T")

TUSSENVOEGSELS = (
    "van der",
    "van den",
    "van de",
    "van 't",
    "in 't",
    "van",
    "de",
    "den",
    "der",
    "ter",
    "ten",
    "te",
    "'t",
    "op de",
    "in de",
    "uit de",
    "van het",
)


def full_name(first: str, tussenvoegsel: str, last: str) -> str:
    return " ".join(part for part in (first, tussenvoegsel, last) if part)


def list_name(first: str, tussenvoegsel: str, last: str) -> str:
    """ "Vries, Jan de": for lists, sorted on the surname."""
    rest = " ".join(part for part in (first, tussenvoegsel) if part)
    return f"{last}, {rest}" if rest else last


def surname_alone(tussenvoegsel: str, last: str) -> str:
    """ "Van der Berg": the tussenvoegsel takes a capital when no first name precedes it."""
    if not tussenvoegsel:
        return last
    return f"{tussenvoegsel[:1].upper()}{tussenvoegsel[1:]} {last}"


@functools.lru_cache(maxsize=1 << 16)
def collate(text: str) -> str:
    """A sort key the Dutch way: case and accents do not count ("Çelik" sorts with C,
    "Łukasz" with L), which SQLite's lower() cannot do. Worked out once per text: lists
    sort and search the same names again and again."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ł", "l").replace("Ł", "L"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def sort_key(first: str, tussenvoegsel: str, last: str) -> tuple[str, str, str]:
    return (collate(last), collate(first), collate(tussenvoegsel))


def split_last_name(value: str) -> tuple[str, str]:
    """Split "van der Berg" into ("van der", "Berg") when HR put both in one column."""
    text = " ".join(value.split())
    lowered = text.lower()
    for prefix in sorted(TUSSENVOEGSELS, key=len, reverse=True):
        if lowered.startswith(prefix + " ") and len(text) > len(prefix) + 1:
            return text[: len(prefix)].lower(), text[len(prefix) + 1 :]
    return "", text


def word_matcher(rows: Sequence[T], text_of: Callable[[T], str]) -> Callable[[str], list[T]]:
    """Filter `rows` by typed words again and again (a list being typed into): each row's
    folded text is worked out once here, so a keystroke is only substring tests. Every word
    must occur, in any order, case and accents folded ("lukasz" finds "Łukasz")."""
    texts = [collate(text_of(row)) for row in rows]
    pairs = list(zip(texts, rows, strict=True))

    def matching(search: str) -> list[T]:
        # Narrowed word by word, each a comprehension whose test runs in C: no generator
        # and all() per row, so four thousand rows cost about as little as a thousand.
        found = pairs
        for word in {collate(word) for word in search.split()}:
            found = [pair for pair in found if word in pair[0]]
        return [row for _text, row in found]

    return matching
