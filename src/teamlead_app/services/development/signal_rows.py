"""The overview's signal lists as a card shows them: the first rows of an ordered query and
how many there are in all, in one statement."""

from __future__ import annotations

from typing import Any

from sqlalchemy import func
from sqlalchemy.orm import Session


def first(query: Any, limit: int | None) -> Any:
    """The first `limit` rows, each with the number of rows in all as its last column (a
    window count in the same statement: the rest is counted, never read or named). The
    signal lists are ordered by name or due day, which no index gives, so the database
    sorts every row anyway and the window count costs no second pass."""
    query = query.add_columns(func.count().over())
    return query if limit is None else query.limit(limit)


def rows(session: Session, query: Any) -> tuple[list[tuple[Any, ...]], int]:
    """The rows of a `first` query without the count, and the count."""
    found = [tuple(row) for row in session.execute(query)]
    return [row[:-1] for row in found], (found[0][-1] if found else 0)
