"""The calendar export, parsed back with icalendar: one event per conversation, stable UIDs,
moves raise the SEQUENCE, cancelled ones are cancelled, Europe/Amsterdam, neutral titles and
nothing private in the file."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar, Event

from teamlead_app.data.context import ServiceContext
from teamlead_app.i18n import set_language
from teamlead_app.reports.ics import CalendarData, CalendarEvent, render_ics
from teamlead_app.services.exports.calendar import conversation_uid, export_calendar
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.teams import TeamDraft
from tests.services.history_helpers import agreement, cancel, move, person, talk

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
NOW = datetime(2026, 3, 1, 11, 0, tzinfo=UTC)
SECRET = "geheime werkaantekening over de thuissituatie"


def events(content: bytes) -> dict[str, Event]:
    calendar = Calendar.from_ical(content)
    return {str(event["UID"]): event for event in calendar.walk("VEVENT")}


@pytest.fixture
def company(ctx: ServiceContext) -> dict[str, int]:
    lasserij = people.save_team(ctx, TeamDraft("Lasserij"))
    lukasz = person(ctx, "Łukasz", "Wiśniewski 😀", team_id=lasserij)
    jan = person(ctx, "Jan", "Vries", tussenvoegsel="de")
    ids = {
        "lasserij": lasserij,
        "planned": talk(ctx, lukasz, datetime(2026, 3, 12, 9, 0), "planned", notes=SECRET),
        "summer": talk(ctx, jan, datetime(2026, 7, 2, 14, 30), "planned", minutes=60),
        "held": talk(ctx, jan, datetime(2026, 3, 2, 8, 0), "held", notes=SECRET),
        "cancelled": talk(ctx, jan, datetime(2026, 3, 20, 10, 0), "cancelled", notes=SECRET),
        "moved": talk(
            ctx,
            lukasz,
            datetime(2026, 3, 26, 13, 0),
            "planned",
            moved_from=(datetime(2026, 3, 5, 9), datetime(2026, 3, 19, 9)),
            notes=SECRET,
        ),
        "old": talk(ctx, jan, datetime(2026, 2, 2, 8, 0), "held"),
    }
    agreement(ctx, jan, SECRET, date(2026, 4, 1), conversation_id=ids["held"])
    return ids


def test_one_event_per_conversation_with_amsterdam_time(
    ctx: ServiceContext, company: dict[str, int]
) -> None:
    export = export_calendar(ctx, date_from=date(2026, 3, 1), now=NOW)
    found = events(export.content)
    wanted = ("planned", "summer", "held", "cancelled", "moved")
    assert set(found) == {conversation_uid(company[k]) for k in wanted}
    assert (export.events, export.cancelled) == (5, 1)
    planned = found[f"conversation-{company['planned']}@teamlead-app"]
    start = planned["DTSTART"].dt
    assert start == datetime(2026, 3, 12, 9, 0, tzinfo=AMSTERDAM)
    assert str(start.tzinfo) == "Europe/Amsterdam" and start.utcoffset() == timedelta(hours=1)
    assert planned["DTEND"].dt - start == timedelta(minutes=30)
    assert planned["DTSTAMP"].dt == NOW
    assert (str(planned["STATUS"]), str(planned["CLASS"])) == ("CONFIRMED", "PRIVATE")
    summer = found[conversation_uid(company["summer"])]
    assert summer["DTSTART"].dt.utcoffset() == timedelta(hours=2)
    assert summer["DTEND"].dt - summer["DTSTART"].dt == timedelta(hours=1)
    text = export.content.decode("utf-8")
    assert "DTSTART;TZID=Europe/Amsterdam:20260312T090000" in text


def test_a_proper_vtimezone_outlook_reads(ctx: ServiceContext, company: dict[str, int]) -> None:
    calendar = Calendar.from_ical(export_calendar(ctx, now=NOW).content)
    (zone,) = calendar.walk("VTIMEZONE")
    assert str(zone["TZID"]) == "Europe/Amsterdam"
    text = zone.to_ical().decode()
    assert "RRULE:FREQ=YEARLY;BYDAY=-1SU;BYMONTH=3" in text and "RDATE" not in text
    tz = zone.to_tz()
    for moment in (
        datetime(2026, 3, 29, 1, 30),
        datetime(2026, 3, 29, 3, 30),
        datetime(2026, 10, 25, 4, 0),
        datetime(2035, 7, 1, 9, 0),
        datetime(2040, 12, 1, 9, 0),
    ):
        ours = moment.replace(tzinfo=tz).utcoffset()
        assert ours == moment.replace(tzinfo=AMSTERDAM).utcoffset(), moment
    assert str(calendar["METHOD"]) == "PUBLISH" and str(calendar["X-WR-TIMEZONE"]) == (
        "Europe/Amsterdam"
    )


def test_uids_are_stable_and_a_move_updates_the_same_event(
    ctx: ServiceContext, company: dict[str, int]
) -> None:
    first = events(export_calendar(ctx, now=NOW).content)
    again = events(export_calendar(ctx, now=NOW + timedelta(hours=3)).content)
    assert set(first) == set(again)
    uid = conversation_uid(company["planned"])
    assert int(first[uid]["SEQUENCE"]) == 0
    assert int(first[conversation_uid(company["moved"])]["SEQUENCE"]) == 2

    move(ctx, company["planned"], datetime(2026, 3, 17, 10, 15), note=SECRET)
    moved = events(export_calendar(ctx, now=NOW + timedelta(days=1)).content)
    assert set(moved) == set(first)
    assert moved[uid]["DTSTART"].dt == datetime(2026, 3, 17, 10, 15, tzinfo=AMSTERDAM)
    assert int(moved[uid]["SEQUENCE"]) == 1 > int(first[uid]["SEQUENCE"])


def test_cancelled_conversations_are_cancelled_in_the_calendar(
    ctx: ServiceContext, company: dict[str, int]
) -> None:
    uid = conversation_uid(company["moved"])
    before = events(export_calendar(ctx, now=NOW).content)[uid]
    cancel(ctx, company["moved"], note=SECRET)
    after = events(export_calendar(ctx, now=NOW).content)[uid]
    assert str(before["STATUS"]) == "CONFIRMED" and str(after["STATUS"]) == "CANCELLED"
    assert int(after["SEQUENCE"]) == int(before["SEQUENCE"]) + 1 == 3
    assert after["DTSTART"].dt == before["DTSTART"].dt
    stored = events(export_calendar(ctx, now=NOW).content)[conversation_uid(company["cancelled"])]
    assert str(stored["STATUS"]) == "CANCELLED" and int(stored["SEQUENCE"]) == 1


def test_neutral_titles_and_nothing_private(ctx: ServiceContext, company: dict[str, int]) -> None:
    content = export_calendar(ctx, now=NOW).content
    text = content.decode("utf-8")
    assert "geheime" not in text and "thuissituatie" not in text
    assert "afwezig" not in text.lower() and "anders" not in text.lower()
    found = events(content)
    assert str(found[conversation_uid(company["moved"])]["SUMMARY"]) == (
        "Maandgesprek – Łukasz Wiśniewski 😀"
    )
    assert str(found[conversation_uid(company["held"])]["SUMMARY"]) == "Maandgesprek – Jan de Vries"
    assert {"DESCRIPTION", "LOCATION", "COMMENT", "ATTENDEE"}.isdisjoint(
        key for event in found.values() for key in event
    )
    # folded lines stay within 75 octets and never split a character
    assert all(len(line.encode("utf-8")) <= 75 for line in text.split("\r\n"))


def test_english_titles(ctx: ServiceContext, company: dict[str, int]) -> None:
    set_language("en")
    found = events(export_calendar(ctx, now=NOW).content)
    assert str(found[conversation_uid(company["held"])]["SUMMARY"]) == (
        "Monthly one-on-one – Jan de Vries"
    )


def test_filters_on_team_and_dates(ctx: ServiceContext, company: dict[str, int]) -> None:
    team = events(export_calendar(ctx, company["lasserij"], now=NOW).content)
    assert set(team) == {conversation_uid(company[k]) for k in ("planned", "moved")}
    march = events(export_calendar(ctx, None, date(2026, 3, 2), date(2026, 3, 20), now=NOW).content)
    wanted = ("planned", "held", "cancelled")  # both ends included
    assert set(march) == {conversation_uid(company[k]) for k in wanted}
    assert export_calendar(ctx, None, date(2027, 1, 1), now=NOW).events == 0


def test_render_is_pure_and_an_empty_calendar_parses() -> None:
    data = CalendarData("Gesprekken", (), NOW)
    assert render_ics(data) == render_ics(data)
    calendar = Calendar.from_ical(render_ics(data))
    assert calendar.walk("VEVENT") == [] and len(calendar.walk("VTIMEZONE")) == 1
    one = CalendarData(
        "Gesprekken", (CalendarEvent("x@y", datetime(2026, 1, 5, 9), 30, "<b>& 🔧", 0),), NOW
    )
    (event,) = Calendar.from_ical(render_ics(one)).walk("VEVENT")
    assert str(event["SUMMARY"]) == "<b>& 🔧"
