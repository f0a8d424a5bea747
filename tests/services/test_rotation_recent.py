"""Which rotation the monthly conversation screen shows: in progress on the talk's day, else
the one that ended or was evaluated in the 30 days before; never one still ahead or older."""

from __future__ import annotations

from datetime import date

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.people import employees as people
from teamlead_app.services.rotations import schedule as rotations
from teamlead_app.services.rotations.draft import RotationDraft
from teamlead_app.services.rotations.recent import rotation_for_talk
from teamlead_app.services.rotations.schedule import EvaluationDraft

DAY = date(2026, 5, 20)


def _person(ctx: ServiceContext) -> int:
    return people.save_employee(
        ctx, people.EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski")
    )


def _rotation(
    ctx: ServiceContext, who: int, start: date, end: date, status: str = "gepland"
) -> int:
    return rotations.save_rotation(ctx, RotationDraft(who, start, end, status=status))


def test_none_without_rotations_or_only_far_ones(ctx: ServiceContext) -> None:
    who = _person(ctx)
    assert rotation_for_talk(ctx, who, DAY) is None
    _rotation(ctx, who, date(2026, 6, 1), date(2026, 6, 30))  # still ahead
    _rotation(ctx, who, date(2026, 3, 2), date(2026, 4, 19))  # ended 31 days before
    assert rotation_for_talk(ctx, who, DAY) is None


def test_in_progress_wins_over_just_finished(ctx: ServiceContext) -> None:
    who = _person(ctx)
    done = _rotation(ctx, who, date(2026, 4, 1), date(2026, 5, 1))
    rotations.evaluate_rotation(
        ctx, EvaluationDraft(done, "niet_voor_mij", evaluated_on=date(2026, 5, 1)), today=DAY
    )
    found = rotation_for_talk(ctx, who, DAY)
    assert found is not None and found.id == done and found.outcome == "niet_voor_mij"
    running = _rotation(ctx, who, date(2026, 5, 11), date(2026, 6, 5), status="bezig")
    found = rotation_for_talk(ctx, who, DAY)
    assert found is not None and found.id == running


def test_ended_within_30_days_without_evaluation(ctx: ServiceContext) -> None:
    who = _person(ctx)
    ended = _rotation(ctx, who, date(2026, 4, 1), date(2026, 4, 20), status="bezig")
    found = rotation_for_talk(ctx, who, DAY)
    assert found is not None and found.id == ended and found.outcome is None


def test_broken_off_early_counts_as_finished(ctx: ServiceContext) -> None:
    who = _person(ctx)
    stopped = _rotation(ctx, who, date(2026, 5, 4), date(2026, 6, 30), status="bezig")
    rotations.evaluate_rotation(
        ctx, EvaluationDraft(stopped, "afgebroken", evaluated_on=date(2026, 5, 15)), today=DAY
    )
    found = rotation_for_talk(ctx, who, DAY)
    assert found is not None and found.id == stopped and found.status == "afgebroken"


def test_other_people_do_not_show(ctx: ServiceContext) -> None:
    who, other = _person(ctx), _person(ctx)
    _rotation(ctx, other, date(2026, 5, 1), date(2026, 5, 30), status="bezig")
    assert rotation_for_talk(ctx, who, DAY) is None
