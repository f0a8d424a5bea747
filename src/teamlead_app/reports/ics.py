"""The calendar file (.ics) for Outlook and other agendas: data in, bytes out.

* One VEVENT per conversation with a stable UID from the record id, so importing a newer
  export updates the same appointment instead of adding a second one.
* SEQUENCE rises with every change the calendar must take over (a move, a cancellation);
  a cancelled conversation stays in the file as STATUS:CANCELLED so the agenda drops it.
* Times are local wall time with TZID=Europe/Amsterdam and a VTIMEZONE written as yearly
  rules (last Sunday of March and of October), the form Outlook itself writes. The library's
  own VTIMEZONE lists every transition as RDATE, which Outlook reads wrongly (appointments an
  hour off in summer, e.g. iCalcreator issue #86, mangstadt/biweekly #76).
* Titles are neutral (kind and name); CLASS:PRIVATE hides even those from colleagues who can
  see a shared Outlook calendar. Nothing else about the conversation is written.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vRecur

__all__ = ["PRODID", "TZID", "CalendarData", "CalendarEvent", "render_ics"]

TZID = "Europe/Amsterdam"
AMSTERDAM = ZoneInfo(TZID)
PRODID = "-//Teamlead App//Gesprekken//NL"


@dataclass(frozen=True)
class CalendarEvent:
    uid: str
    # Local wall time in Europe/Amsterdam (naive), as conversations are stored.
    start: datetime
    minutes: int
    title: str
    sequence: int
    cancelled: bool = False


@dataclass(frozen=True)
class CalendarData:
    name: str
    events: Sequence[CalendarEvent]
    # When the file was made (DTSTAMP); an aware datetime.
    stamp: datetime


def _amsterdam() -> Timezone:
    """Central European Time with the EU summer-time rule (in force since 1996)."""
    zone = Timezone()
    zone.add("tzid", TZID)
    summer = TimezoneDaylight()
    summer.add("tzname", "CEST")
    summer.add("dtstart", datetime(1970, 3, 29, 2, 0))
    summer.add("rrule", vRecur(freq="YEARLY", bymonth=3, byday="-1SU"))
    summer.add("tzoffsetfrom", timedelta(hours=1))
    summer.add("tzoffsetto", timedelta(hours=2))
    winter = TimezoneStandard()
    winter.add("tzname", "CET")
    winter.add("dtstart", datetime(1970, 10, 25, 3, 0))
    winter.add("rrule", vRecur(freq="YEARLY", bymonth=10, byday="-1SU"))
    winter.add("tzoffsetfrom", timedelta(hours=2))
    winter.add("tzoffsetto", timedelta(hours=1))
    zone.add_component(summer)
    zone.add_component(winter)
    return zone


def _event(item: CalendarEvent, stamp: datetime) -> Event:
    start = item.start.replace(tzinfo=AMSTERDAM)
    event = Event()
    event.add("uid", item.uid)
    event.add("dtstamp", stamp)
    event.add("dtstart", start)
    event.add("dtend", start + timedelta(minutes=item.minutes))
    event.add("summary", item.title)
    event.add("sequence", item.sequence)
    event.add("status", "CANCELLED" if item.cancelled else "CONFIRMED")
    event.add("class", "PRIVATE")
    event.add("transp", "TRANSPARENT" if item.cancelled else "OPAQUE")
    return event


def render_ics(data: CalendarData) -> bytes:
    """The .ics file: a PUBLISH calendar with the Amsterdam VTIMEZONE and the events."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("method", "PUBLISH")
    calendar.add("x-wr-calname", data.name)
    calendar.add("x-wr-timezone", TZID)
    calendar.add_component(_amsterdam())
    for item in data.events:
        calendar.add_component(_event(item, data.stamp))
    return bytes(calendar.to_ical())
