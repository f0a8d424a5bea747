"""Which rotation the monthly conversation screen shows: in progress on the talk's day, else
the one that ended or was evaluated in the 30 days before; never one still ahead or older."""

from __future__ import annotations

from datetime import date

from teamlead_app.data.db import Database
from teamlead_app.services.people import employees as people
from teamlead_app.services.rotations import schedule as rotations
from teamlead_app.services.rotations.draft import RotationDraft
from teamlead_app.services.rotations.recent import rotation_for_talk
from teamlead_app.services.rotations.schedule import EvaluationDraft

DAY = date(2026, 5, 20)


def _person(db: Database) -> int:
    return people.save_employee(
        db, people.EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski")
    )


def _rotation(db: Database, who: int, start: date, end: date, status: str = "gepland") -> int:
    return rotations.save_rotation(db, RotationDraft(who, start, end, status=status))


def test_none_without_rotations_or_only_far_ones(db: Database) -> None:
    who = _person(db)
    assert rotation_for_talk(db, who, DAY) is None
    _rotation(db, who, date(2026, 6, 1), date(2026, 6, 30))  # still ahead
    _rotation(db, who, date(2026, 3, 2), date(2026, 4, 19))  # ended 31 days before
    assert rotation_for_talk(db, who, DAY) is None


def test_in_progress_wins_over_just_finished(db: Database) -> None:
    who = _person(db)
    done = _rotation(db, who, date(2026, 4, 1), date(2026, 5, 1))
    rotations.evaluate_rotation(
        db, EvaluationDraft(done, "niet_voor_mij", evaluated_on=date(2026, 5, 1)), today=DAY
    )
    found = rotation_for_talk(db, who, DAY)
    assert found is not None and found.id == done and found.outcome == "niet_voor_mij"
    running = _rotation(db, who, date(2026, 5, 11), date(2026, 6, 5), status="bezig")
    found = rotation_for_talk(db, who, DAY)
    assert found is not None and found.id == running


def test_ended_within_30_days_without_evaluation(db: Database) -> None:
    who = _person(db)
    ended = _rotation(db, who, date(2026, 4, 1), date(2026, 4, 20), status="bezig")
    found = rotation_for_talk(db, who, DAY)
    assert found is not None and found.id == ended and found.outcome is None


def test_broken_off_early_counts_as_finished(db: Database) -> None:
    who = _person(db)
    stopped = _rotation(db, who, date(2026, 5, 4), date(2026, 6, 30), status="bezig")
    rotations.evaluate_rotation(
        db, EvaluationDraft(stopped, "afgebroken", evaluated_on=date(2026, 5, 15)), today=DAY
    )
    found = rotation_for_talk(db, who, DAY)
    assert found is not None and found.id == stopped and found.status == "afgebroken"


def test_other_people_do_not_show(db: Database) -> None:
    who, other = _person(db), _person(db)
    _rotation(db, other, date(2026, 5, 1), date(2026, 5, 30), status="bezig")
    assert rotation_for_talk(db, who, DAY) is None
