"""The overview's blocks as a card shows them: only the first few items, chosen in SQL, and
how many more there are (a week of a thousand talks is counted, not read)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func
from sqlalchemy.orm import Session

from teamlead_app.records.overview import Hidden

__all__ = ["Hidden", "first_rows"]


def first_rows(
    session: Session, query: Select[*tuple[Any, ...]], limit: int | None
) -> tuple[list[Any], int]:
    """The query's rows, or only its first `limit` (in SQL) and how many more there are."""
    if limit is None:
        return list(session.execute(query)), 0
    rows = list(session.execute(query.add_columns(func.count().over()).limit(limit)))
    total = int(rows[0][-1]) if rows else 0
    return [tuple(row[:-1]) for row in rows], total - len(rows)
