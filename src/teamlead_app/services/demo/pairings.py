"""Demo history step: buddy and mentor pairings (domain §3.10-3.11, issue 12).

Per team a ploegleider named from its own seniors (never a mentor in that team), buddy
training for half of the other seniors, and for each newcomer (junior, intern, BBL apprentice,
zij-instromer, starter) a mentor from the team's seniors, filled two at a time so one mentor
is at capacity; a BBL apprentice gets a leermeester; the first newcomer has two check-ins.
Besides: a completed pairing with its evaluation, a stopped one with its reason, a proposed
one, a reverse pairing (a young colleague shows a veteran new technology), a trainingsmaatje
and a rotation host. Every pairing keeps the rules (no own leader, at most two active)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy.orm import Session

from teamlead_app.data.models import BuddyTraining, Pairing, PairingCheckin, TeamLeader
from teamlead_app.data.statuses import PairingStatus
from teamlead_app.services.demo.context import DemoContext, DemoPerson
from teamlead_app.services.skills.certificates import add_months

NEWCOMER_KINDS = ("junior", "stagiair", "bbl", "zij_instromer")
_HOW = (
    "Drie dagen meegelopen op de vakschool",
    "Interne sessie 'Goed inwerken'",
    "Cursus praktijkopleider (SBB)",
)
_CHECKINS = (
    "Eerste weken: veiligheid en gereedschap doorgenomen, loopt goed mee.",
    "Zelf omgesteld onder begeleiding; volgende keer alleen proberen.",
    "Werkbon samen ingevuld; vragen gaan nu vooral over tekeningen.",
    "Rustige weken; afgesproken om de kantbank vaker zelf te doen.",
)


def _kind(person: DemoPerson) -> str:
    return {"bbl": "leermeester", "stagiair": "mentor"}.get(person.kind, "buddy")


def _newcomer(person: DemoPerson) -> bool:
    return person.active and (person.kind in NEWCOMER_KINDS or person.stage == "starter")


def _pairing(
    ctx: DemoContext,
    mentor: DemoPerson,
    mentee: DemoPerson,
    kind: str,
    start: date,
    status: str,
    **extra: object,
) -> Pairing:
    return Pairing(
        kind=kind,
        status=status,
        mentor_id=mentor.id,
        mentee_id=mentee.id,
        focus_json="{}",
        start_on=start,
        planned_end_on=add_months(start, 6),
        checkin_weeks=4 if kind != "leermeester" else 2,
        created_at=datetime.combine(start, time(8, 0)),
        **extra,
    )


def _team_pairings(
    session: Session, ctx: DemoContext, members: list[DemoPerson], first: bool
) -> list[Pairing]:
    seniors = [p for p in members if p.active and p.stage == "senior" and p.kind == "medewerker"]
    if len(seniors) < 2:
        return []
    leader, mentors = seniors[0], seniors[1:]
    session.add(TeamLeader(team_id=leader.team_id, employee_id=leader.id, role="ploegleider"))
    for i, mentor in enumerate(mentors[::2]):
        session.add(
            BuddyTraining(
                employee_id=mentor.id,
                trained_on=ctx.today - timedelta(days=300 + 90 * i),
                how=_HOW[i % len(_HOW)],
                created_at=datetime.combine(ctx.today, time(8, 0)),
            )
        )
    made: list[Pairing] = []
    newcomers = [p for p in members if _newcomer(p)]
    for i, mentee in enumerate(newcomers[: 2 * len(mentors)]):
        start = max(mentee.date_in_service, ctx.today - timedelta(days=120))
        status = PairingStatus.ACTIVE if start <= ctx.today else PairingStatus.PROPOSED
        made.append(_pairing(ctx, mentors[i // 2], mentee, _kind(mentee), start, status))
    others = [p for p in members if p.active and p not in newcomers and p not in seniors]
    if others and len(mentors) > 1:
        veteran, young = mentors[-1], others[0]
        made.append(
            _pairing(
                ctx, young, veteran, "reverse", ctx.today - timedelta(days=40), PairingStatus.ACTIVE
            )
        )
    if first and len(others) >= 2:
        old = ctx.today - timedelta(days=500)
        done = _pairing(ctx, mentors[0], others[0], "buddy", old, PairingStatus.COMPLETED)
        done.ended_on = add_months(old, 6)
        done.evaluation = "Goed op weg; kan de kantbank nu zelfstandig omstellen."
        stopped = _pairing(
            ctx, mentors[-1], others[1], "trainingsmaatje", old, PairingStatus.STOPPED
        )
        stopped.ended_on = old + timedelta(days=60)
        stopped.stop_reason = "Andere ploeg; roosters pasten niet meer."
        later = ctx.today + timedelta(days=14)
        host = _pairing(
            ctx, mentors[-1], others[-1], "rotation_host", later, PairingStatus.PROPOSED
        )
        made += [done, stopped, host]
    return made


def add_pairings(session: Session, ctx: DemoContext) -> None:
    for index, team in enumerate(ctx.teams):
        members = sorted((p for p in ctx.people if p.team_id == team.id), key=lambda p: p.id)
        made = _team_pairings(session, ctx, members, index == 0)
        session.add_all(made)
        session.flush()
        checked = [p for p in made if p.status == PairingStatus.ACTIVE]
        # Check-ins kept up, except one pairing in the first team: the overview then shows what
        # a check-in that slipped looks like, without a wall of late ones on a fresh demo.
        late = checked[0] if index == 0 and len(checked) > 1 else None
        for pairing in checked:
            _add_checkins(session, ctx, pairing, late=pairing is late)


def _add_checkins(session: Session, ctx: DemoContext, pairing: Pairing, late: bool) -> None:
    step = timedelta(weeks=pairing.checkin_weeks)
    day, n = pairing.start_on + step, 0
    last = ctx.today - step if late else ctx.today
    while day <= last:
        note = _CHECKINS[n % len(_CHECKINS)]
        session.add(
            PairingCheckin(
                pairing_id=pairing.id,
                held_on=day,
                note=note,
                shared=n == 0,
                created_at=datetime.combine(day, time(16, 0)),
            )
        )
        day, n = day + step, n + 1
