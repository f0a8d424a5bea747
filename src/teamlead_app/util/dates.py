"""Dutch dates: shown as 25-11-2026; read as 25-11-2026, 1-2-26, 2026-11-25 or Excel serials."""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta

from teamlead_app.i18n import t

_DUTCH = re.compile(r"^\s*(\d{1,2})[-/.](\d{1,2})[-/.](\d{2}|\d{4})\s*$")
_ISO = re.compile(r"^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ][\d:.]+)?\s*$")
_EXCEL_EPOCH = date(1899, 12, 30)


def format_date(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def format_datetime(value: datetime | None) -> str:
    return value.strftime("%d-%m-%Y %H:%M") if value else ""


_MONTHS_NL = (
    "januari februari maart april mei juni juli augustus september oktober november december"
)
_MONTHS_EN = "January February March April May June July August September October November December"


def format_month(year: int, month: int) -> str:
    """A month in words, "maart 2026" ("March 2026" in English): "03-2026" reads as a date."""
    return f"{t(_MONTHS_NL, _MONTHS_EN).split()[month - 1]} {year}"


def parse_date(text: str, *, pivot: int = 70) -> date:
    """Parse a date a Dutch HR export or a user writes. Raises ValueError when it is no date.
    Two-digit years: below `pivot` is 20xx, from `pivot` on 19xx."""
    match = _DUTCH.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        if len(match.group(3)) == 2:
            year += 2000 if year < pivot else 1900
        return date(year, month, day)
    match = _ISO.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        return date(year, month, day)
    raise ValueError(text)


def from_excel_serial(serial: float) -> date:
    if not 1 <= serial < 2958466:
        raise ValueError(serial)
    return _EXCEL_EPOCH + timedelta(days=int(serial))
