"""The rotation that belongs on the monthly conversation screen: the one in progress on the
conversation's day, else the one that finished in the 30 days before it (domain §3.9: the
talk is where the rotation is discussed). One query for the person."""

from __future__ import annotations

from datetime import date, timedelta

from teamlead_app.data.context import ServiceContext
from teamlead_app.records.rotations import ACTIVE_STATUSES, RotationView
from teamlead_app.services.rotations.schedule import list_rotations

RECENT_DAYS = 30


def is_running(rotation: RotationView, day: date) -> bool:
    return rotation.status in ACTIVE_STATUSES and rotation.date_from <= day <= rotation.date_to


def rotation_for_talk(ctx: ServiceContext, employee_id: int, day: date) -> RotationView | None:
    """In progress on `day` (the first to end when there are two), else the latest one that
    ended (or was evaluated or broken off) within RECENT_DAYS before `day`; None otherwise.
    A rotation still ahead on `day` is not shown."""
    since = day - timedelta(days=RECENT_DAYS)
    found = list_rotations(ctx, employee_id=employee_id, date_from=since, date_to=day)
    running = [r for r in found if is_running(r, day)]
    if running:
        return min(running, key=lambda r: (r.date_to, r.id))
    finished = [
        r
        for r in found
        if r.date_to < day
        or (r.status not in ACTIVE_STATUSES and since <= (r.evaluated_on or r.date_to) <= day)
    ]
    return max(finished, key=lambda r: (r.evaluated_on or r.date_to, r.id), default=None)
