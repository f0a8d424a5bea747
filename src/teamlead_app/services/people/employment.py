"""In or out of service. "Datum uit dienst" is the last day of employment: until that day has
passed the person is in service (a date in the future is notice, shown as "uit dienst per
30-06-2030"), and only from the day after are they out of service (archived). Retention counts
from that real end date."""

from __future__ import annotations

from datetime import date

from sqlalchemy import ColumnElement, or_

from teamlead_app.data.models import Employee


def is_out_of_service(date_out_of_service: date | None, today: date) -> bool:
    """Out of service (archived): the last day of employment has passed."""
    return date_out_of_service is not None and date_out_of_service < today


def leaving_on(date_out_of_service: date | None, today: date) -> date | None:
    """The announced last day of someone still in service (notice), else None."""
    if date_out_of_service is not None and date_out_of_service >= today:
        return date_out_of_service
    return None


def in_service(today: date) -> ColumnElement[bool]:
    """SQL: not out of service on `today` (no end date, or one not yet passed)."""
    return or_(Employee.date_out_of_service.is_(None), Employee.date_out_of_service >= today)


def out_of_service(today: date) -> ColumnElement[bool]:
    """SQL: out of service on `today` (the end date has passed)."""
    return Employee.date_out_of_service < today
