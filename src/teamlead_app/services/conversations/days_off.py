"""Days without conversations: Dutch public holidays and the days the lead blocks (leave,
bouwvak, a shutdown).

* **Public holidays** come from the maintained `holidays` library (`country_holidays("NL")`:
  Nieuwjaarsdag, Goede vrijdag, Pasen, Koningsdag, Bevrijdingsdag in lustrum years,
  Hemelvaart, Pinksteren, Kerst), named in the app's language. No hand-written list.
* **Blocked periods** are date ranges with a reason, kept in the database (the `setting`
  table, key BLOCKED_KEY, as JSON): one user action replaces the whole list in one
  transaction.

"Plan de maand" plans on none of these days; moving or planning a talk onto one gives a
warning (not a refusal: the lead may have a reason).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

import holidays
from sqlalchemy.orm import Session

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Setting
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import language, t
from teamlead_app.util.dates import format_date

__all__ = [
    "BLOCKED_KEY",
    "REASON_MAX",
    "BlockedPeriod",
    "blocked_periods",
    "day_off_warning",
    "day_off_warning_in",
    "days_off",
    "days_off_in",
    "public_holidays",
    "save_blocked_periods",
]

BLOCKED_KEY = "blocked_days"
REASON_MAX = 80


@dataclass(frozen=True)
class BlockedPeriod:
    """A range of days (both ends included) without conversations, e.g. the bouwvak."""

    first: date
    last: date
    reason: str

    def covers(self, day: date) -> bool:
        return self.first <= day <= self.last


def public_holidays(first: date, last: date) -> dict[date, str]:
    """The Dutch public holidays from `first` to `last`, by day, named in the app's language."""
    names = holidays.country_holidays(
        "NL",
        years=range(first.year, last.year + 1),
        language="en_US" if language() == "en" else "nl",
    )
    return {day: str(name) for day, name in sorted(names.items()) if first <= day <= last}


def _read(session: Session) -> tuple[BlockedPeriod, ...]:
    row = session.get(Setting, BLOCKED_KEY)
    if row is None:
        return ()
    try:
        stored = json.loads(row.value)
        periods = [
            BlockedPeriod(
                date.fromisoformat(p["first"]), date.fromisoformat(p["last"]), p["reason"]
            )
            for p in stored
        ]
    except (ValueError, KeyError, TypeError):
        return ()  # unreadable: plan as if nothing were blocked rather than not at all
    return tuple(sorted(periods, key=lambda p: (p.first, p.last)))


def blocked_periods(ctx: ServiceContext) -> tuple[BlockedPeriod, ...]:
    """The lead's blocked periods, earliest first."""
    with ctx.sessions() as session:
        return _read(session)


def _check(periods: Sequence[BlockedPeriod]) -> list[BlockedPeriod]:
    checked = []
    for number, period in enumerate(periods, start=1):
        reason = " ".join(period.reason.split())
        if period.last < period.first:
            raise ValidationError(
                t(
                    f"Regel {number}: de einddatum ligt vóór de begindatum.",
                    f"Line {number}: the end date is before the start date.",
                ),
                field="last",
            )
        if not reason:
            raise ValidationError(
                t(
                    f"Regel {number}: geef een reden (bijvoorbeeld bouwvak of verlof).",
                    f"Line {number}: give a reason (for instance bouwvak or leave).",
                ),
                field="reason",
            )
        if len(reason) > REASON_MAX:
            raise ValidationError(
                t(
                    f"Regel {number}: de reden is te lang (max. {REASON_MAX} tekens).",
                    f"Line {number}: the reason is too long (max. {REASON_MAX} characters).",
                ),
                field="reason",
            )
        checked.append(BlockedPeriod(period.first, period.last, reason))
    return sorted(checked, key=lambda p: (p.first, p.last))


def save_blocked_periods(ctx: ServiceContext, periods: Sequence[BlockedPeriod]) -> None:
    """Replace the blocked periods (ValidationError names the line that is wrong)."""
    checked = _check(periods)
    value = json.dumps(
        [
            {"first": p.first.isoformat(), "last": p.last.isoformat(), "reason": p.reason}
            for p in checked
        ],
        ensure_ascii=False,
    )
    with ctx.sessions.begin() as session:
        row = session.get(Setting, BLOCKED_KEY)
        if row is None:
            session.add(Setting(key=BLOCKED_KEY, value=value))
        else:
            row.value = value


def _blocked_days(periods: Iterable[BlockedPeriod], first: date, last: date) -> dict[date, str]:
    found: dict[date, str] = {}
    for period in periods:
        day = max(period.first, first)
        while day <= min(period.last, last):
            found.setdefault(day, period.reason)
            day += timedelta(days=1)
    return found


def days_off_in(session: Session, first: date, last: date) -> dict[date, str]:
    """Public holidays and blocked days from `first` to `last`: day -> why (the holiday's
    name or the blocked period's reason). A holiday's name wins over a blocked reason."""
    return {**_blocked_days(_read(session), first, last), **public_holidays(first, last)}


def days_off(ctx: ServiceContext, first: date, last: date) -> dict[date, str]:
    with ctx.sessions() as session:
        return days_off_in(session, first, last)


def day_off_warning(ctx: ServiceContext, day: date) -> str:
    """A warning when `day` is a public holiday or a blocked day, else ""."""
    with ctx.sessions() as session:
        return day_off_warning_in(session, day)


def day_off_warning_in(session: Session, day: date) -> str:
    """day_off_warning inside a service's transaction."""
    holiday = public_holidays(day, day).get(day)
    if holiday:
        return t(
            f"{format_date(day)} is een feestdag ({holiday}).",
            f"{format_date(day)} is a public holiday ({holiday}).",
        )
    blocked = _blocked_days(_read(session), day, day).get(day)
    if blocked:
        return t(
            f"{format_date(day)} is geblokkeerd voor gesprekken ({blocked}).",
            f"{format_date(day)} is blocked for conversations ({blocked}).",
        )
    return ""
