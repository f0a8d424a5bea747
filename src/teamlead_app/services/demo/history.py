"""Demo history, step 1: a believable year of one-on-ones for the demo company (issue 4).

Everyone in the demo (a leaver until the day he left) gets about twelve months of monthly
conversations; newcomers first get their inwerk check-ins of weeks 1, 2, 4 and 6 and months
3 and 6 (domain.md §3.11). Past talks are ~85% held, ~10% moved first (mostly operationele
drukte, some afwezig or verlof) and ~5% cancelled (never for illness). No talk falls in the
bouwvak or between Christmas and New Year, and those months are skipped now and then. From
today on this month's talks are planned. Held talks carry answers to the template's questions,
a score, a shared summary, now and then a neutral working note and a response, the sign-off,
and agreements that later talks follow up (done, still open, dropped).

Stories per team, scaled with its size: one in eleven people overdue (nothing held for two
months; the first of them already planned again), a few talks today, one held today (or the
team's last held one) and not signed yet, one talk moved twice, the agreement of the monteur
who wants to try work preparation.

Rows go in with one bulk INSERT per table (demo_agenda.Rows); the texts are in
texts.py. development.py runs next and builds on these rows.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from sqlalchemy.orm import Session

from teamlead_app.data.models import (
    Agreement,
    AgreementFollowUp,
    Conversation,
    ConversationAnswer,
    ConversationMove,
)
from teamlead_app.services.demo.agenda import (
    SLOTS,
    Agenda,
    Rows,
    answer_rows,
    any_order,
    conversation_values,
    month_end,
    month_start,
    template,
    words_for,
    working_days,
)
from teamlead_app.services.demo.context import (
    TAG_FORMER_BAKER,
    TAG_WANTS_PREP,
    DemoContext,
    DemoPerson,
    DemoTeam,
)
from teamlead_app.services.demo.texts import (
    AGREEMENTS,
    CANCELS,
    DONE_NOTES,
    DROP_NOTES,
    INWERK_SUMMARIES,
    MOVE_WEIGHTS,
    NOTES,
    OPEN_NOTES,
    RESPONSES,
    SUMMARIES,
    dutch_day,
)

STEP = "history"
MONTHS_BACK = 12
INWERK_DAYS = (4, 11, 25, 39, 90, 180, 365)  # weeks 1, 2, 4, 6, months 3, 6, 12 after the start


# --- the history -------------------------------------------------------------------------


@dataclass
class _Role:
    overdue: bool = False
    planned_again: bool = False
    today: bool = False
    held_today: bool = False
    moved_twice: bool = False


@dataclass
class _Talk:
    person: DemoPerson
    kind: str
    at: datetime
    status: str
    moves: list[tuple[datetime, str]] = field(default_factory=list)  # earlier moments, reason
    cancel: tuple[str, str] = ("", "")
    signed: bool = True  # False: never signed (the story of the talk held today)
    id: int = 0


class _History:
    def __init__(self, session: Session, ctx: DemoContext) -> None:
        self.ctx, self.today, self.rng = ctx, ctx.today, ctx.rng_for(STEP)
        self.rows = Rows(
            session,
            (Conversation, ConversationAnswer, ConversationMove, Agreement, AgreementFollowUp),
        )
        self.agenda = Agenda()
        self.templates = {kind: template(session, kind) for kind in ("maandgesprek", "inwerk")}
        self.window = month_start(ctx.today, MONTHS_BACK)

    # stories and talks

    def _roles(self, members: list[DemoPerson]) -> dict[int, _Role]:
        rng, today = self.rng, self.today
        roles = {p.id: _Role() for p in members}
        active = [p for p in members if p.active]
        settled = [
            p
            for p in active
            if p.stage != "starter" and not p.tags and p.date_in_service <= month_start(today, 6)
        ]
        settled = rng.sample(settled, len(settled))
        overdue = len(active) // 11
        for i, person in enumerate(settled[:overdue]):
            roles[person.id].overdue, roles[person.id].planned_again = True, i == 0
        rest = settled[overdue:]
        if rest:
            roles[rest[0].id].moved_twice = True
        if today.weekday() < 5:
            if len(rest) > 1:
                roles[rest[1].id].held_today = True
            free = [p for p in active if roles[p.id] == _Role() and self._start(p) <= today]
            for person in rng.sample(free, min(len(free), max(1, len(active) // 8))):
                roles[person.id].today = True
        return roles

    def _start(self, person: DemoPerson) -> date:
        """Monthly talks start after the first check-ins for a newcomer."""
        newcomer = person.date_in_service >= self.window
        return person.date_in_service + timedelta(days=45 if newcomer else 0)

    def _monthly(self, person: DemoPerson, role: _Role) -> list[_Talk]:
        talks: list[_Talk] = []
        stop = person.date_out_of_service or month_end(self.today)
        for back in range(MONTHS_BACK, -1, -1):
            first = month_start(self.today, back)
            days = working_days(max(first, self._start(person)), min(month_end(first), stop))
            holiday_month = back >= 2 and first.month in (7, 8, 12)
            if not days or (holiday_month and self.rng.random() < 0.3):
                continue
            talk = self._month(person, role, back, days)
            if talk is not None:
                talks.append(talk)
        if person.date_out_of_service is not None and talks:
            talks[-1].status, talks[-1].cancel, talks[-1].moves = (
                "cancelled",
                ("uit_dienst", ""),
                [],
            )
        return talks

    def _month(
        self, person: DemoPerson, role: _Role, back: int, days: Sequence[date]
    ) -> _Talk | None:
        rng, team, today = self.rng, person.team_id, self.today
        if role.overdue and back < 3:  # last held three months ago: overdue all this month
            if back == 2:
                at = self.agenda.book(rng, team, any_order(rng, days))
                return (
                    _Talk(person, "maandgesprek", at, "cancelled", cancel=CANCELS[2])
                    if at
                    else None
                )
            later = [d for d in days if d > today]
            at = self.agenda.book(rng, team, later) if back == 0 and role.planned_again else None
            return _Talk(person, "maandgesprek", at, "planned") if at else None
        if back == 0 and (role.held_today or role.today):
            at = self.agenda.book(
                rng,
                team,
                [today],
                after=None if role.held_today else SLOTS[0],
                earliest=role.held_today,
            )
            if at is not None:
                status = "held" if role.held_today else "planned"
                return _Talk(person, "maandgesprek", at, status, signed=not role.held_today)
        at = self.agenda.book(rng, team, any_order(rng, days))
        if at is None:
            return None
        if at.date() >= today:
            talk = _Talk(person, "maandgesprek", at, "planned")
            if rng.random() < 0.1:
                self._move(talk, days, 1)
            return talk
        roll = rng.random()
        if back >= 2 and roll < 0.05:
            return _Talk(person, "maandgesprek", at, "cancelled", cancel=rng.choice(CANCELS))
        talk = _Talk(person, "maandgesprek", at, "held")
        if role.moved_twice and back == 3:
            self._move(talk, days, 2)
        elif roll < 0.17:
            self._move(talk, days, 1)
        return talk

    def _move(self, talk: _Talk, days: Sequence[date], count: int) -> None:
        """Earlier moments in the same month that did not go ahead (reschedule first)."""
        earlier = [d for d in days if d < talk.at.date()]
        if len(earlier) < count:
            return
        reasons = [r for r, _ in MOVE_WEIGHTS]
        weights = [w for _, w in MOVE_WEIGHTS]
        for day in sorted(self.rng.sample(earlier, count)):
            reason = self.rng.choices(reasons, weights)[0]
            if count == 2:  # the story: first the work, then absence
                reason = "afwezig" if talk.moves else "operationele_drukte"
            talk.moves.append((datetime.combine(day, self.rng.choice(SLOTS)), reason))

    def _inwerk(self, person: DemoPerson) -> list[_Talk]:
        if person.date_in_service < self.window:
            return []
        # The onboarding plan books all its talks at once, the first year ahead included.
        stop = person.date_out_of_service or date.max
        talks: list[_Talk] = []
        for offset in INWERK_DAYS:
            wanted = person.date_in_service + timedelta(days=offset)
            days = [d for d in working_days(wanted, wanted + timedelta(days=6)) if d <= stop]
            minutes = self.templates["inwerk"].minutes
            at = self.agenda.book(self.rng, person.team_id, days, minutes)
            if at is not None:
                status = "held" if at.date() < self.today else "planned"
                talks.append(_Talk(person, "inwerk", at, status))
        return talks

    # rows

    def team(self, team: DemoTeam) -> None:
        members = [p for p in self.ctx.people if p.team_id == team.id]
        roles = self._roles(members)
        talks = {p.id: self._inwerk(p) + self._monthly(p, roles[p.id]) for p in members}
        held = [
            t
            for ts in talks.values()
            for t in ts
            if t.status == "held" and t.kind == "maandgesprek"
        ]
        if held:  # the latest one is not signed yet (held today when today is a working day)
            max(held, key=lambda t: t.at).signed = False
        for person in members:
            words = words_for(person, team, members)
            own = sorted(talks[person.id], key=lambda t: t.at)
            base = self.rng.choice((3, 4, 4))
            for talk in own:
                self._conversation(talk, words, base)
            self._agreements(person, [t for t in own if t.status == "held"], words)

    def _conversation(self, talk: _Talk, words: dict[str, str], base: int) -> None:
        rng, tpl = self.rng, self.templates[talk.kind]
        fields: dict[str, Any] = {}
        if talk.status == "held":
            fields = self._held(talk, words, base)
        elif talk.status == "cancelled":
            reason, note = talk.cancel
            fields = {"cancel_reason": reason, "cancel_note": note}
            fields["cancelled_on"] = min(
                self.today, talk.at.date() - timedelta(days=rng.randint(0, 2))
            )
        values = conversation_values(talk.person.id, talk.kind, talk.at, talk.status, tpl, **fields)
        values["created_at"] = min(
            values["created_at"], talk.moves[0][0] if talk.moves else talk.at
        )
        talk.id = self.rows.add(Conversation, **values)
        if talk.status == "held":
            answer_rows(self.rows, rng, talk.id, tpl.questions, words)
        moments = [at for at, _ in talk.moves] + [talk.at]
        for (before, reason), after in zip(talk.moves, moments[1:], strict=True):
            moved_on = min(self.today, before.date() - timedelta(days=rng.randint(0, 1)))
            self.rows.add(
                ConversationMove,
                conversation_id=talk.id,
                from_at=before,
                to_at=after,
                reason=reason,
                note="",
                moved_on=moved_on,
            )

    def _held(self, talk: _Talk, words: dict[str, str], base: int) -> dict[str, Any]:
        rng, day = self.rng, talk.at.date()
        if talk.kind == "inwerk":
            return {"shared_summary": rng.choice(INWERK_SUMMARIES).format(**words)}
        chosen = rng.sample(SUMMARIES, rng.choice((1, 1, 2)))
        fields: dict[str, Any] = {
            "score": None
            if rng.random() < 0.1
            else min(5, max(1, base + rng.choice((-1, 0, 0, 0, 1)))),
            "shared_summary": " ".join(chosen).format(**words),
            "private_notes": rng.choice(NOTES).format(**words) if rng.random() < 0.15 else "",
        }
        age = (self.today - day).days
        if talk.signed and ((age > 7 and rng.random() < 0.88) or (age <= 7 and rng.random() < 0.4)):
            paper = age > 7 and rng.random() < 0.75
            signed_on = day + timedelta(days=rng.randint(0, 4) if paper else 0)
            fields["signoff"] = "akkoord" if rng.random() < 0.7 else "gezien"
            fields["signoff_date"] = min(signed_on, self.today)
            fields["signoff_method"] = "paper" if paper else "screen"
            fields["employee_response"] = rng.choice(RESPONSES) if rng.random() < 0.05 else ""
        return fields

    def _agreements(self, person: DemoPerson, held: list[_Talk], words: dict[str, str]) -> None:
        rng = self.rng
        for i, talk in enumerate(held):
            if talk.kind == "maandgesprek":
                count = rng.choices((0, 1, 2), (25, 55, 20))[0]
            else:
                count = int(rng.random() < 0.3)
            if TAG_FORMER_BAKER in person.tags and i == 1:
                self._agreement(talk, held[i + 1 :], AGREEMENTS[0], words)
            for owner_text in rng.sample(AGREEMENTS, count):
                self._agreement(talk, held[i + 1 :], owner_text, words)
        monthly = [t for t in held if t.kind == "maandgesprek"]
        if TAG_WANTS_PREP in person.tags and monthly:
            due = self.today + timedelta(days=rng.randint(14, 35))
            story = ("medewerker", "Loopt 2 dagen mee met werkvoorbereiding")
            self._agreement(monthly[-1], [], story, words, due=due)

    def _agreement(
        self,
        talk: _Talk,
        later: list[_Talk],
        owner_text: tuple[str, str],
        words: dict[str, str],
        due: date | None = None,
    ) -> None:
        """An agreement and what the next talks made of it: done, dropped, or still open
        (with a comment) until a later talk settles it; open when no talk followed yet."""
        rng, day = self.rng, talk.at.date()
        owner, text = owner_text
        later = [t for t in later if t.at.date() >= day + timedelta(days=10)]
        if due is None and later and rng.random() < 0.7:  # "before the next talk"
            due = later[0].at.date() - timedelta(days=rng.randint(0, 5))
        elif due is None:  # a few weeks, now and then a short one
            due = day + timedelta(days=rng.randint(28, 56) if rng.random() < 0.85 else 14)
        if "{due}" in text:
            due = month_start(day, -2)
            text = text.replace("{due}", dutch_day(due))
        status, closed = "open", None
        follow: list[tuple[_Talk, str, str]] = []
        for n, next_talk in enumerate(later, 1):
            roll = rng.random()
            # Still open now and then, settled later; rarely stuck after the last talk (late).
            if len(follow) < 2 and (roll < 0.02 or (roll < 0.15 and n < len(later))):
                follow.append((next_talk, "open", rng.choice(OPEN_NOTES)))
                continue
            status, notes = ("dropped", DROP_NOTES) if roll > 0.93 else ("done", DONE_NOTES)
            closed = next_talk.at.date()
            follow.append((next_talk, status, rng.choice(notes).format(**words)))
            break
        agreement_id = self.rows.add(
            Agreement,
            employee_id=talk.person.id,
            conversation_id=talk.id,
            text=text.format(**words),
            owner=owner,
            due_date=due,
            status=status,
            closed_on=closed,
            created_on=day,
        )
        for next_talk, state, comment in follow:
            self.rows.add(
                AgreementFollowUp,
                agreement_id=agreement_id,
                conversation_id=next_talk.id,
                status=state,
                comment=comment,
            )


def add_history(session: Session, ctx: DemoContext) -> None:
    """The demo history step (registered in demo_steps.STEPS)."""
    history = _History(session, ctx)
    for team in ctx.teams:
        history.team(team)
    history.rows.write(session)
