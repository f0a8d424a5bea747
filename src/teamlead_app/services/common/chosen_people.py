"""Which people a list statement covers: everyone (None), a list of ids, or a subquery giving
ids (the overview cards choose their first people inside the statement that reads their lines,
services/cards/first_lines.py)."""

from __future__ import annotations

from collections.abc import Collection
from typing import Any, TypeAlias

from sqlalchemy import CompoundSelect, Select

People: TypeAlias = Collection[int] | Select[Any] | CompoundSelect[Any] | None
