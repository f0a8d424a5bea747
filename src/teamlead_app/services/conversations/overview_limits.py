"""The overview's blocks as a card shows them: only the first few items, chosen in SQL, and
how many more there are (a week of a thousand talks is counted, not read)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import Select, func, literal, select
from sqlalchemy.orm import Session

from teamlead_app.records.overview import Hidden

__all__ = ["Hidden", "first_rows"]


def first_rows(
    session: Session, query: Select[*tuple[Any, ...]], limit: int | None
) -> tuple[list[Any], int]:
    """The query's rows, or only its first `limit` (in SQL) and how many more there are.
    The total is a separate count in the same statement (an uncorrelated subquery over the
    same conditions, no columns): a window count would make the database build every row
    before it may stop at the limit, while now an index in the query's order stops early."""
    if limit is None:
        return list(session.execute(query)), 0
    matching = query.order_by(None).with_only_columns(literal(1)).subquery()
    total = select(func.count()).select_from(matching).scalar_subquery()
    rows = list(session.execute(query.add_columns(total).limit(limit)))
    count = int(rows[0][-1]) if rows else 0
    return [tuple(row[:-1]) for row in rows], count - len(rows)
