"""The edit version of the records edited in a form (models.py `_edit_version`, migration
0009): it goes up by one per transaction that changes the row, however many UPDATEs the
unit of work sends (a save flushes halfway, then writes more). The ORM's own counter would
count statements; so the mappers say `version_id_generator=False` and this hook sets the new
number once, before the first flush that changes the row. The ORM still puts the version it
read into every UPDATE's WHERE: a row changed by another transaction meanwhile is not
overwritten (StaleDataError, services/common/edit_versions.py)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import Session, SessionTransaction

_BUMPED = "edit_versions_bumped"


@event.listens_for(Session, "before_flush")
def _bump_versions(session: Session, _context: Any, _instances: Any) -> None:
    bumped: set[Any] = session.info.setdefault(_BUMPED, set())
    for obj in session.dirty:
        state = inspect(obj)
        if state.mapper.version_id_col is None or state.key in bumped:
            continue
        if not session.is_modified(obj, include_collections=False):
            continue
        history = state.attrs.version.history
        if not history.has_changes():
            obj.version = (obj.version or 0) + 1
        bumped.add(state.key)


@event.listens_for(Session, "after_transaction_end")
def _forget(session: Session, transaction: SessionTransaction) -> None:
    if transaction.parent is None:
        session.info.pop(_BUMPED, None)
