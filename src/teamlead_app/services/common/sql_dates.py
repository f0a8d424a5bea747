"""Date arithmetic in SQL per backend (SQLite's date() modifiers, PostgreSQL's intervals), so
a rule over dates runs inside the statement that chooses the first rows."""

from __future__ import annotations

from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Date, DateTime, cast, func, literal_column, type_coerce
from sqlalchemy.orm import Session


class SqlDates:
    """Date arithmetic per backend (SQLite's date() modifiers, PostgreSQL's intervals)."""

    def __init__(self, session: Session) -> None:
        self.pg = session.get_bind().dialect.name == "postgresql"

    def day(self, moment: Any) -> ColumnElement[date]:
        return cast(moment, Date) if self.pg else type_coerce(func.date(moment), Date)

    def plus_weeks(self, day: Any, weeks: Any) -> ColumnElement[date]:
        if self.pg:
            return type_coerce(cast(day, Date) + weeks * 7, Date)
        return type_coerce(func.date(day, func.printf("+%d days", weeks * 7)), Date)

    def month_end(self, day: Any, months_on: int) -> ColumnElement[date]:
        """The last day of the month `months_on` - 1 after the month of `day`."""
        if self.pg:
            interval: ColumnElement[Any] = literal_column(
                f"interval '{months_on} month' - interval '1 day'"
            )
            return cast(func.date_trunc("month", cast(day, DateTime)) + interval, Date)
        return type_coerce(func.date(day, "start of month", f"+{months_on} month", "-1 day"), Date)
