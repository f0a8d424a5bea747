"""The rules of a buddy or mentor pairing (domain §3.10), in one function that returns every
finding with its reason: hard refusals (nothing is saved) and soft warnings and hints (the
foreman decides). The form shows them live; saving refuses while a refusal stands; the CLI
exits 2 on one.

Refused: the same person on both sides, a person out of service (archived), a planned end
before the start, a mentor who leads the mentee's team (leader, ploegleider or meewerkend
voorman: a mentor has no hierarchical authority). Warnings: a mentor above capacity (a
setting, default 2 active mentees), shorter than six months for a junior, BBL apprentice or
zij-instromer, a mentor without buddy training on record, a mentor leaving before the planned
end. Hint: the same pair again within a year."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from teamlead_app.data.models import (
    PAIRING_KINDS,
    BuddyTraining,
    Employee,
    Pairing,
    Team,
    TeamLeader,
)
from teamlead_app.data.statuses import PairingStatus
from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.services.people.names import full_name
from teamlead_app.services.skills.certificates import add_months
from teamlead_app.util.dates import format_date

MIN_MONTHS = 6
# Who needs at least six months (domain §3.10: a junior; §3.11 apprentices, zij-instromers).
LONG_GUIDANCE_KINDS = ("junior", "bbl", "zij_instromer")
REPEAT_DAYS = 365
REFUSED, WARNING, HINT = "refused", "warning", "hint"


@dataclass(frozen=True)
class PairingDraft:
    mentor_id: int
    mentee_id: int
    start_on: date
    kind: str = "buddy"
    # None: start + 6 months.
    planned_end_on: date | None = None
    checkin_weeks: int = 4
    focus_skill_ids: tuple[int, ...] = ()
    focus_goal_ids: tuple[int, ...] = ()
    status: str = PairingStatus.PROPOSED
    rotation_id: int | None = None
    # The pairing's edit version when the dialog loaded it (services/common/
    # edit_versions.py); None: a new pairing, or not checked.
    row_version: int | None = None

    @property
    def end_on(self) -> date:
        return self.planned_end_on or add_months(self.start_on, MIN_MONTHS)


@dataclass(frozen=True)
class Finding:
    code: str
    severity: str  # refused, warning, hint
    message: str


@dataclass(frozen=True)
class PairingCheck:
    findings: tuple[Finding, ...] = field(default=())

    @property
    def refusals(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity == REFUSED)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity != REFUSED)

    @property
    def refused(self) -> bool:
        return bool(self.refusals)

    def codes(self) -> set[str]:
        return {f.code for f in self.findings}


def _name(person: Employee) -> str:
    return full_name(person.first_name, person.tussenvoegsel, person.last_name)


def _basic(draft: PairingDraft) -> list[Finding]:
    found = []
    if draft.kind not in PAIRING_KINDS:
        found.append(
            Finding(
                "kind",
                REFUSED,
                t(
                    f"Onbekende soort koppel: '{draft.kind}'.",
                    f"Unknown pairing kind: '{draft.kind}'.",
                ),
            )
        )
    if draft.mentor_id == draft.mentee_id:
        found.append(
            Finding(
                "same_person",
                REFUSED,
                t(
                    "Mentor en mentee zijn dezelfde persoon; kies iemand anders als mentor.",
                    "Mentor and mentee are the same person; choose someone else as mentor.",
                ),
            )
        )
    if draft.end_on < draft.start_on:
        found.append(
            Finding(
                "end_before_start",
                REFUSED,
                t(
                    f"De geplande einddatum ({format_date(draft.end_on)}) ligt vóór de "
                    f"startdatum ({format_date(draft.start_on)}).",
                    f"The planned end ({format_date(draft.end_on)}) is before the start "
                    f"({format_date(draft.start_on)}).",
                ),
            )
        )
    if not 1 <= draft.checkin_weeks <= 52:
        found.append(
            Finding(
                "checkin_weeks",
                REFUSED,
                t(
                    "Kies een check-in om de 1 tot 52 weken.",
                    "Choose a check-in every 1 to 52 weeks.",
                ),
            )
        )
    return found


def _people(
    session: Session, draft: PairingDraft, today: date
) -> tuple[list[Finding], Employee | None, Employee | None]:
    mentor = session.get(Employee, draft.mentor_id)
    mentee = session.get(Employee, draft.mentee_id)
    found = []
    for person, role in ((mentor, t("mentor", "mentor")), (mentee, t("mentee", "mentee"))):
        if person is None:
            found.append(
                Finding(
                    "unknown",
                    REFUSED,
                    t(f"De {role} is niet gevonden.", f"The {role} was not found."),
                )
            )
        elif person.date_out_of_service is not None and person.date_out_of_service < today:
            found.append(
                Finding(
                    "archived",
                    REFUSED,
                    t(
                        f"{_name(person)} ({role}) is uit dienst (gearchiveerd) sinds "
                        f"{format_date(person.date_out_of_service)}.",
                        f"{_name(person)} ({role}) is out of service (archived) since "
                        f"{format_date(person.date_out_of_service)}.",
                    ),
                )
            )
    return found, mentor, mentee


def _leader(session: Session, mentor: Employee, mentee: Employee) -> list[Finding]:
    if mentee.team_id is None:
        return []
    row = session.execute(
        select(TeamLeader.role, Team.name)
        .join(Team, Team.id == TeamLeader.team_id)
        .where(TeamLeader.team_id == mentee.team_id, TeamLeader.employee_id == mentor.id)
    ).first()
    if row is None:
        return []
    role, team = row
    return [
        Finding(
            "own_leader",
            REFUSED,
            t(
                f"{_name(mentor)} is {label('leader_role', role).lower()} van team {team}, het "
                f"team van {_name(mentee)}. Een mentor heeft geen zeggenschap over de mentee: "
                "kies een collega zonder leidinggevende rol in dit team.",
                f"{_name(mentor)} is {label('leader_role', role).lower()} of team {team}, "
                f"{_name(mentee)}'s team. A mentor has no authority over the mentee: choose a "
                "colleague without a leading role in this team.",
            ),
        )
    ]


def _capacity(
    session: Session, mentor: Employee, pairing_id: int | None, max_active: int
) -> list[Finding]:
    query = select(func.count(Pairing.id)).where(
        Pairing.mentor_id == mentor.id, Pairing.status == PairingStatus.ACTIVE
    )
    if pairing_id is not None:
        query = query.where(Pairing.id != pairing_id)
    active = int(session.scalar(query) or 0)
    if active + 1 <= max_active:
        return []
    return [
        Finding(
            "capacity",
            WARNING,
            t(
                f"{_name(mentor)} begeleidt al {active} mentee(s); met deze erbij zijn het er "
                f"{active + 1}, meer dan de {max_active} die passen naast het eigen werk.",
                f"{_name(mentor)} already guides {active} mentee(s); with this one that makes "
                f"{active + 1}, more than the {max_active} that fit beside their own work.",
            ),
        )
    ]


def _duration(draft: PairingDraft, mentee: Employee) -> list[Finding]:
    if mentee.kind not in LONG_GUIDANCE_KINDS:
        return []
    if draft.end_on >= add_months(draft.start_on, MIN_MONTHS):
        return []
    kind = {
        "junior": t("een junior", "a junior"),
        "bbl": t("een BBL-leerling", "an apprentice"),
        "zij_instromer": t("een zij-instromer", "a side-entrant"),
    }[mentee.kind]
    return [
        Finding(
            "short",
            WARNING,
            t(
                f"Korter dan zes maanden: {kind} heeft minstens een half jaar een vaste "
                "begeleider nodig.",
                f"Shorter than six months: {kind} needs one fixed guide for at least half a year.",
            ),
        )
    ]


def _training(session: Session, mentor: Employee) -> list[Finding]:
    trained = session.scalar(
        select(func.count(BuddyTraining.id)).where(BuddyTraining.employee_id == mentor.id)
    )
    if trained:
        return []
    return [
        Finding(
            "untrained",
            WARNING,
            t(
                f"Voor {_name(mentor)} staat geen buddytraining geregistreerd (bijvoorbeeld "
                "een paar dagen meelopen op de vakschool of een interne sessie).",
                f"No buddy training is on record for {_name(mentor)} (for example a few days "
                "at the vocational school or an internal session).",
            ),
        )
    ]


def _repeat(session: Session, draft: PairingDraft, pairing_id: int | None) -> list[Finding]:
    query = select(Pairing.start_on, Pairing.ended_on, Pairing.planned_end_on).where(
        Pairing.mentor_id == draft.mentor_id, Pairing.mentee_id == draft.mentee_id
    )
    if pairing_id is not None:
        query = query.where(Pairing.id != pairing_id)
    for start, ended, planned in session.execute(query):
        end = ended or planned
        if start <= draft.end_on and (draft.start_on - end).days <= REPEAT_DAYS:
            return [
                Finding(
                    "repeat",
                    HINT,
                    t(
                        f"Dit koppel was er al ({format_date(start)} – {format_date(end)}); een "
                        "ander koppel verbreedt het netwerk van de mentee.",
                        f"This pair existed before ({format_date(start)} – {format_date(end)}); "
                        "another pair widens the mentee's network.",
                    ),
                )
            ]
    return []


def _leaving(draft: PairingDraft, mentor: Employee, today: date) -> list[Finding]:
    out = mentor.date_out_of_service
    if out is None or out < today or out >= draft.end_on:
        return []
    return [
        Finding(
            "leaving",
            WARNING,
            t(
                f"{_name(mentor)} gaat uit dienst op {format_date(out)}, vóór het geplande "
                f"einde ({format_date(draft.end_on)}).",
                f"{_name(mentor)} leaves on {format_date(out)}, before the planned end "
                f"({format_date(draft.end_on)}).",
            ),
        )
    ]


def check_pairing(
    session: Session,
    draft: PairingDraft,
    *,
    today: date,
    max_active: int,
    pairing_id: int | None = None,
) -> PairingCheck:
    """Every rule on one draft: refusals first, then warnings, then hints."""
    found = _basic(draft)
    people, mentor, mentee = _people(session, draft, today)
    found += people
    if mentor is not None and mentee is not None and mentor.id != mentee.id:
        found += _leader(session, mentor, mentee)
        if draft.status in (PairingStatus.PROPOSED, PairingStatus.ACTIVE):
            found += _capacity(session, mentor, pairing_id, max_active)
            found += _duration(draft, mentee)
            found += _training(session, mentor)
            found += _leaving(draft, mentor, today)
            found += _repeat(session, draft, pairing_id)
    order = {REFUSED: 0, WARNING: 1, HINT: 2}
    return PairingCheck(tuple(sorted(found, key=lambda f: order[f.severity])))
