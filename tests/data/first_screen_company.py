"""A demo company plus the edge cases of the overview's first screen: talks moved, missed and
cancelled, someone out of service and someone under notice (each with a late agreement and an
unsigned talk), names and texts that must survive (Łukasz, <b>&, emoji, long text)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from pathlib import Path

from teamlead_app.data.db import Database
from teamlead_app.services.demo.company import generate_company
from teamlead_app.services.people.teams import list_teams
from tests.services.history_helpers import agreement, cancel, move, person, talk


def build_company(path: Path) -> None:
    db = Database(path)
    try:
        generate_company(db)
        today = date.today()
        team = list_teams(db)[0].id
        monday = today - timedelta(days=today.weekday())
        at = datetime.combine(monday, time(9, 0))
        lukasz = person(db, "Łukasz", "Wiśniewski", team_id=team)
        planned = talk(db, lukasz, at + timedelta(days=6), "planned")
        move(db, planned, datetime.combine(today, time(15, 30)))  # moved to today
        talk(db, lukasz, at, "held", moved_from=(at - timedelta(days=2),))
        doomed = talk(db, lukasz, at + timedelta(days=5, hours=2), "planned")
        cancel(db, doomed)
        missed_day = today.replace(day=1) - timedelta(days=3)
        talk(db, lukasz, datetime.combine(missed_day, time(10, 0)), "planned")  # missed
        agreement(db, lukasz, "Veiligheid 🦺 " + "lang verhaal " * 12, today - timedelta(days=4))
        gone = person(db, "<b>&", "Uit Dienst", team_id=team, out=today - timedelta(days=1))
        talk(db, gone, at - timedelta(days=7), "held")
        agreement(db, gone, "Niet meer tonen", today - timedelta(days=20))
        leaving = person(db, "Anouk", "Vertrek", tussenvoegsel="van", out=today + timedelta(30))
        talk(db, leaving, datetime.combine(today - timedelta(days=1), time(8, 0)), "held")
        agreement(db, leaving, "Overdracht regelen", today - timedelta(days=2))
    finally:
        db.close()
