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

Ids are handed out here and each table gets one bulk INSERT: the demo only fills an empty
database and a thousand people must take well under a second. demo_development.py builds on
these rows and shares the helpers below (dates, the agenda, the row writer).
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import cache
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from teamlead_app.data.models import (
    Agreement,
    AgreementFollowUp,
    Base,
    Conversation,
    ConversationAnswer,
    ConversationMove,
)
from teamlead_app.services.demo import (
    TAG_FORMER_BAKER,
    TAG_KENNISDRAGER,
    TAG_WANTS_PREP,
    DemoContext,
    DemoPerson,
)
from teamlead_app.services.templates import current_version, version_questions

STEP = "history"
MONTHS_BACK = 12
DAY_END = 16 * 60  # the lead's working day ends at 16:00 (settings default)
SLOTS = tuple(
    time(h, m)
    for h, m in ((7, 45), (8, 30), (9, 15), (10, 30), (11, 15), (13, 0), (13, 45), (14, 30), (15, 15))
)
INWERK_DAYS = (4, 11, 25, 39, 90, 180)  # weeks 1, 2, 4, 6 and months 3, 6 after the start
MONTHS_NL = "januari februari maart april mei juni juli augustus september oktober november december"
GROUPS = {
    "CNC-operator": "cnc",
    "Verspaner": "cnc",
    "Lasser": "las",
    "Kantbankoperator": "plaat",
    "Laseroperator": "plaat",
    "Werkvoorbereider": "kantoor",
    "Kwaliteitscontroleur": "kantoor",
}
MACHINES = {
    "cnc": "CNC-freesbank",
    "las": "lasrobot",
    "plaat": "kantbank",
    "montage": "hydraulische pers",
    "kantoor": "3D-meetmachine",
}

# Answers by question of the shipped maandgesprek and inwerk templates; {machine}, {senior}
# and {prep} are filled per person. Plain shop-floor Dutch, never about health.
ANSWERS: dict[str, tuple[str, ...]] = {
    "Hoe gaat het met je?": (
        "Goed, druk met de nieuwe order voor de voedingsindustrie",
        "Prima, lekker aan het werk",
        "Gaat wel, veel overwerk de laatste weken",
        "Goed. De nieuwe serie loopt lekker",
        "Druk, maar het gaat",
        "Goed, blij dat de {machine} weer draait",
    ),
    "Waar loop je tegenaan?": (
        "De {machine} staat vaak stil door gereedschap",
        "Tekeningen komen soms te laat van werkvoorbereiding",
        "Materiaal ligt niet op tijd klaar",
        "Veel spoedorders tussendoor, dan blijft het gewone werk liggen",
        "Niet zoveel eigenlijk",
        "Meetmiddelen zijn vaak zoek",
        "De overdracht van de vroege dienst is rommelig",
    ),
    "Kan ik nog wat voor je doen?": (
        "Zorgen dat het gereedschap op orde is",
        "Nee, het is goed zo",
        "Eerder laten weten welke orders eraan komen",
        "Duidelijkheid over de planning van volgende week",
        "Een tweede meetklok bij de {machine}",
    ),
    "Wat gaat er goed? Wat gaat er minder?": (
        "Samenwerking in de ploeg gaat goed; de overdracht minder",
        "Goed: minder afkeur. Minder: veel kleine series",
        "Het omstellen gaat sneller; de planning blijft onrustig",
        "Goed contact met {senior}; soms te weinig tijd om iets uit te zoeken",
    ),
    "Wat heb je deze maand geleerd?": (
        "Het omstellen van de {machine} voor een nieuw product",
        "Werken met de nieuwe meetklok",
        "Een tekening van een grote samenstelling lezen",
        "Van {senior} een handigere volgorde bij het opspannen",
        "Hoe een werkbon met de klant wordt afgehandeld",
    ),
    "Hoe staat het met de afspraken en doelen van vorige keer?": (
        "Afspraken van vorige keer zijn gedaan",
        "Loopt nog, zie de afspraken",
        "Meelopen is gepland",
        "Bijna klaar, nog één ding",
    ),
    "Wat is je volgende stap? (zelfstandiger, klantcontact, nieuwe machine, collega inwerken)": (
        "Zelfstandig omstellen",
        "Meer klantcontact",
        "De {machine} leren",
        "Een nieuwe collega inwerken",
        "Eerst dit goed onder de knie krijgen",
    ),
    "Wat heb je daarvoor nodig?": (
        "Tijd om te oefenen naast de productie",
        "Iemand die de eerste weken meekijkt, liefst {senior}",
        "Een cursus via het O&O-fonds",
        "Wat meer ruimte in de planning",
    ),
    "Wat is anders dan je verwachtte?": (
        "Meer meten en controleren dan ik dacht",
        "Het tempo ligt hoger",
        "Ik mag sneller zelf aan de slag dan ik dacht",
    ),
    "Wat heb je deze week geleerd?": (
        "De basis van tekening lezen",
        "Veilig werken aan de {machine}",
        "Waar alles ligt in de werkplaats",
    ),
    "Wat is nog onduidelijk?": (
        "Hoe de urenregistratie werkt",
        "Wie ik bel bij een storing",
        "Niets op dit moment",
    ),
    "Weet je bij wie je terecht kunt?": ("Ja, bij {senior}", "Ja, bij {senior} en bij jou"),
    "Hoe gaat het met je buddy?": (
        "Goed, {senior} legt rustig uit",
        "Prima, we werken de hele week samen",
    ),
}
SUMMARIES = (
    "Gaat goed; druk met de nieuwe serie.",
    "Wil meer variatie in het werk; kijken naar een tweede machine.",
    "Loopt tegen de planning aan; samen bekeken wat er beter kan.",
    "Tevreden over het werk en de samenwerking in de ploeg.",
    "Wachttijd bij de {machine} besproken; werkvoorbereiding zoekt een oplossing.",
    "Leert snel; volgende stap is zelfstandig omstellen.",
    "Drukke periode; het overwerk stopt na deze week.",
    "Vraagt om duidelijkheid over de planning van de komende weken.",
)
INWERK_SUMMARIES = (
    "Eerste weken gaan goed; {senior} begeleidt.",
    "Went snel; veiligheid en werkplek doorgenomen.",
    "Verwachtingen besproken; het vak valt mee, het tempo is wennen.",
)
NOTES = (
    "Wil graag meer variatie; terugkomen bij de planning van het derde kwartaal.",
    "Overweegt een opleiding; budget navragen bij HR.",
    "Was wat stil; volgende keer beginnen over het werk aan de {machine}.",
    "Wrijving met de late dienst over de overdracht; in het werkoverleg bespreken.",
    "Zou een goede buddy zijn voor een nieuwe collega.",
    "Verlofwens in de bouwvak doorgeven aan de planning.",
)
RESPONSES = (
    "Eens met het verslag.",
    "Ik wil er nog bij zeggen dat de planning echt beter moet.",
    "Graag de cursus vóór de zomer.",
    "Akkoord, en bedankt voor het meedenken.",
)
AGREEMENTS = (
    ("medewerker", "Leert de {machine} omstellen onder begeleiding van {senior}"),
    ("medewerker", "Tekening lezen oefenen met {prep}"),
    ("medewerker", "Loopt een ochtend mee met de kwaliteitscontrole"),
    ("medewerker", "Schrijft een maand lang de omsteltijden van de {machine} bij"),
    ("medewerker", "Werkt de werkinstructie voor de {machine} bij"),
    ("medewerker", "Doet mee aan de toolbox over heffen en tillen"),
    ("medewerker", "Vult de urenregistratie dagelijks in"),
    ("leidinggevende", "Veiligheidsschoenen bestellen"),
    ("leidinggevende", "VCA-herhaling aanvragen vóór {due}"),
    ("leidinggevende", "Nieuwe meetklok bestellen voor de {machine}"),
    ("leidinggevende", "Navragen bij planning of de order voor de voedingsindustrie verschuift"),
    ("leidinggevende", "Offerte opvragen bij het O&O-fonds voor de opleiding"),
    ("beiden", "Samen de taakverdeling in de ploeg doornemen"),
    ("beiden", "Na twee weken evalueren hoe het omstellen gaat"),
    ("beiden", "Samen een opleidingsplan voor het komende halfjaar maken"),
)
DONE_NOTES = ("Gedaan.", "Is geregeld.", "", "Afgerond; {senior} heeft meegekeken.")
OPEN_NOTES = (
    "Nog niet aan toegekomen door de drukte.",
    "Loopt nog; volgende maand terugkomen.",
    "Wacht op inkoop.",
)
DROP_NOTES = ("Niet meer nodig.", "Vervalt: andere oplossing gevonden.")
MOVE_WEIGHTS = (("operationele_drukte", 70), ("afwezig", 15), ("verlof", 15))
CANCELS = (
    ("operationele_drukte", ""),
    ("operationele_drukte", ""),
    ("afwezig", ""),
    ("afwezig", ""),
    ("anders", "Storing bij een klant; gesprek vervalt deze maand"),
)


# --- shared helpers (also used by demo_development.py) ----------------------------------


def group_of(function: str) -> str:
    """The kind of work behind a function, for the texts: cnc, las, plaat, montage, kantoor."""
    return GROUPS.get(function, "montage")


def month_start(day: date, back: int) -> date:
    """The first day of the month `back` months before `day` (negative: later)."""
    index = day.year * 12 + day.month - 1 - back
    return date(index // 12, index % 12 + 1, 1)


def month_end(day: date) -> date:
    return month_start(day, -1) - timedelta(days=1)


def is_holiday(day: date) -> bool:
    """No talks in the bouwvak (regio midden, 25 July - 14 August), from 21 December to
    2 January, and on King's Day."""
    md = (day.month, day.day)
    return (7, 25) <= md <= (8, 14) or md >= (12, 21) or md <= (1, 2) or md == (4, 27)


@cache
def working_days(first: date, last: date) -> tuple[date, ...]:
    count = (last - first).days + 1
    days = (first + timedelta(days=i) for i in range(max(0, count)))
    return tuple(d for d in days if d.weekday() < 5 and not is_holiday(d))


def dutch_day(day: date) -> str:
    return f"{day.day} {MONTHS_NL.split()[day.month - 1]}"


class Agenda:
    """The leads' agendas: one talk per team and slot, so no lead is ever double-booked."""

    def __init__(self) -> None:
        self.taken: set[tuple[int, datetime]] = set()

    def book(
        self,
        rng: random.Random,
        team_id: int,
        days: Sequence[date],
        minutes: int = 30,
        *,
        after: time | None = None,
        earliest: bool = False,
    ) -> datetime | None:
        """A free slot on the first of `days` that has one (random, or the earliest)."""
        for day in days:
            free = [
                datetime.combine(day, s)
                for s in SLOTS
                if s.hour * 60 + s.minute + minutes <= DAY_END and (after is None or s > after)
            ]
            free = [at for at in free if (team_id, at) not in self.taken]
            if free:
                at = free[0] if earliest else rng.choice(free)
                self.taken.add((team_id, at))
                return at
        return None


class Rows:
    """Rows per table with ids handed out here, written with one bulk INSERT per table in the
    order given (parents first, for the foreign keys)."""

    def __init__(self, session: Session, models: Sequence[type[Base]]) -> None:
        self.tables: dict[type[Base], list[dict[str, Any]]] = {m: [] for m in models}
        self.next_id = {
            m: (session.scalar(select(func.max(m.__table__.c.id))) or 0) + 1 for m in models
        }

    def add(self, model: type[Base], **values: Any) -> int:
        new_id = self.next_id[model]
        self.next_id[model] += 1
        self.tables[model].append({"id": new_id, **values})
        return new_id

    def write(self, session: Session) -> None:
        for model, rows in self.tables.items():
            if rows:
                session.execute(insert(model), rows)


@dataclass(frozen=True)
class Template:
    id: int
    minutes: int
    questions: tuple[str, ...]


def template(session: Session, kind: str) -> Template:
    """The current Dutch template of a kind (seeded when missing)."""
    row = current_version(session, kind, "nl")
    return Template(row.id, row.default_minutes, tuple(q.text for q in version_questions(row)))


def conversation_values(
    employee_id: int, kind: str, at: datetime, status: str, tpl: Template, **fields: Any
) -> dict[str, Any]:
    """Every column of a conversation row; planned two to three weeks ahead, as leads do."""
    created = datetime.combine(at.date() - timedelta(days=14 + at.day % 8), time(16, 0))
    values: dict[str, Any] = {
        "employee_id": employee_id,
        "kind": kind,
        "status": status,
        "scheduled_at": at,
        "duration_minutes": tpl.minutes,
        "template_version_id": tpl.id,
        "pop_id": None,
        "held_on": at.date() if status == "held" else None,
        "score": None,
        "shared_summary": "",
        "private_notes": "",
        "signoff": None,
        "signoff_date": None,
        "signoff_method": None,
        "employee_response": "",
        "cancel_reason": "",
        "cancel_note": "",
        "cancelled_on": None,
        "created_at": created,
        "updated_at": at + timedelta(minutes=45) if status == "held" else created,
    }
    values.update(fields)
    return values


def answer_rows(
    rows: Rows, rng: random.Random, conversation_id: int, questions: Sequence[str], words: Any
) -> None:
    """Short answers to most of the questions that have some in ANSWERS."""
    for position, question in enumerate(questions):
        bank = ANSWERS.get(question)
        if bank and rng.random() < (0.95 if position < 3 else 0.55):
            text = rng.choice(bank).format(**words)
            rows.add(ConversationAnswer, conversation_id=conversation_id, position=position, answer=text)


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
            talks[-1].status, talks[-1].cancel, talks[-1].moves = "cancelled", ("uit_dienst", ""), []
        return talks

    def _month(
        self, person: DemoPerson, role: _Role, back: int, days: Sequence[date]
    ) -> _Talk | None:
        rng, team, today = self.rng, person.team_id, self.today
        if role.overdue and back < 3:  # last held three months ago: overdue all this month
            if back == 2:
                at = self.agenda.book(rng, team, rng.sample(days, len(days)))
                return _Talk(person, "maandgesprek", at, "cancelled", cancel=CANCELS[2]) if at else None
            later = [d for d in days if d > today]
            at = self.agenda.book(rng, team, later) if back == 0 and role.planned_again else None
            return _Talk(person, "maandgesprek", at, "planned") if at else None
        if back == 0 and (role.held_today or role.today):
            at = self.agenda.book(
                rng, team, [today], after=None if role.held_today else SLOTS[0], earliest=role.held_today
            )
            if at is not None:
                status = "held" if role.held_today else "planned"
                return _Talk(person, "maandgesprek", at, status, signed=not role.held_today)
        at = self.agenda.book(rng, team, rng.sample(days, len(days)))
        if at is None:
            return None
        if at.date() >= today:
            talk = _Talk(person, "maandgesprek", at, "planned")
            if rng.random() < 0.1:
                self._move(talk, days, 1)
            return talk
        roll = rng.random()
        if back >= 2 and roll < 0.06:
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
        stop = min(person.date_out_of_service or date.max, self.today + timedelta(days=21))
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

    def team(self, team_id: int) -> None:
        members = [p for p in self.ctx.people if p.team_id == team_id]
        roles = self._roles(members)
        talks = {p.id: self._inwerk(p) + self._monthly(p, roles[p.id]) for p in members}
        held = [
            t for ts in talks.values() for t in ts if t.status == "held" and t.kind == "maandgesprek"
        ]
        if held:  # the latest one is not signed yet (held today when today is a working day)
            max(held, key=lambda t: t.at).signed = False
        for person in members:
            words = self._words(person, members)
            own = sorted(talks[person.id], key=lambda t: t.at)
            base = self.rng.choice((3, 4, 4))
            for talk in own:
                self._conversation(talk, words, base)
            self._agreements(person, [t for t in own if t.status == "held"], words)

    def _words(self, person: DemoPerson, members: list[DemoPerson]) -> dict[str, str]:
        others = [p for p in members if p.active and p.id != person.id]
        seniors = sorted(
            (p for p in others if p.stage == "senior"), key=lambda p: TAG_KENNISDRAGER not in p.tags
        )
        preps = [p for p in others if p.function == "Werkvoorbereider" and p.kind != "stagiair"]
        return {
            "machine": MACHINES[group_of(person.function)],
            "senior": seniors[0].first_name if seniors else "Henk",
            "prep": preps[0].first_name if preps else "de werkvoorbereider",
        }

    def _conversation(self, talk: _Talk, words: dict[str, str], base: int) -> None:
        rng, tpl = self.rng, self.templates[talk.kind]
        fields: dict[str, Any] = {}
        if talk.status == "held":
            fields = self._held(talk, words, base)
        elif talk.status == "cancelled":
            reason, note = talk.cancel
            fields = {"cancel_reason": reason, "cancel_note": note}
            fields["cancelled_on"] = min(self.today, talk.at.date() - timedelta(days=rng.randint(0, 2)))
        values = conversation_values(talk.person.id, talk.kind, talk.at, talk.status, tpl, **fields)
        values["created_at"] = min(values["created_at"], talk.moves[0][0] if talk.moves else talk.at)
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
            "score": None if rng.random() < 0.1 else min(5, max(1, base + rng.choice((-1, 0, 0, 0, 1)))),
            "shared_summary": " ".join(chosen).format(**words),
            "private_notes": rng.choice(NOTES).format(**words) if rng.random() < 0.15 else "",
        }
        age = (self.today - day).days
        if talk.signed and (age > 7 and rng.random() < 0.88 or age <= 7 and rng.random() < 0.4):
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
        due = due or day + timedelta(days=rng.randint(14, 49))
        if "{due}" in text:
            due = month_start(day, -2)
            text = text.replace("{due}", dutch_day(due))
        status, closed, follow = "open", None, []
        for next_talk in later:
            if next_talk.at.date() < day + timedelta(days=10):
                continue
            roll = rng.random()
            if roll < 0.7 or len(follow) >= 2:
                status, notes = "done", DONE_NOTES
            elif roll < 0.78:
                status, notes = "dropped", DROP_NOTES
            else:
                follow.append((next_talk, "open", rng.choice(OPEN_NOTES)))
                continue
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
        history.team(team.id)
    history.rows.write(session)
