"""Craftsmanship data for the yearly-overview tests, on top of year_overview_helpers'
company: skills red/amber/green, rotations of 2025 with every outcome (and ones that must
not count) and certificates expiring in and around 2025. Built through the real services.
Evaluation texts carry a marker that must never reach the overview."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.rotations import schedule as rotations
from teamlead_app.services.skills import certificates
from teamlead_app.services.skills import levels as skills

from .year_overview_helpers import TODAY, Company, employee

LEARNED = "GELEERD-3318"


@dataclass(frozen=True)
class Craft:
    home_person: int


def _level(ctx: ServiceContext, who: int, skill: int, level: str) -> None:
    skills.set_level(ctx, skills.LevelDraft(who, skill, level, date(2025, 3, 1)), today=TODAY)


def _rotation(
    ctx: ServiceContext, who: int, start: date, end: date, status: str = "bezig", outcome: str = ""
) -> int:
    rid = rotations.save_rotation(
        ctx, rotations.RotationDraft(employee_id=who, date_from=start, date_to=end, status=status)
    )
    if outcome:
        draft = rotations.EvaluationDraft(rid, outcome, learned=LEARNED, evaluated_on=end)
        rotations.evaluate_rotation(ctx, draft, today=TODAY)
    return rid


def add_craft(ctx: ServiceContext, c: Company) -> Craft:
    """Assemblage: 'Draaien' red (1 qualified), 'Lassen' amber (2, one on a rotation on the
    report date), 'Frezen' green (3); a company-wide red skill; @home one red skill.
    Rotations held in 2025: Assemblage doorgaan, nog niet, niet voor mij, afgebroken and one
    running without evaluation; @home one doorgaan. Certificates expired in 2025: 2 in
    Assemblage (one the last day of 2024), 1 in @home."""
    extra = employee(ctx, "Ünal", "Demir", c.assembly, date(2020, 1, 1))
    home_person = employee(ctx, "Sanne", "de Wit", c.home_team, date(2021, 1, 1))
    draaien = skills.save_skill(ctx, skills.SkillDraft("Draaien", team_id=c.assembly))
    lassen = skills.save_skill(ctx, skills.SkillDraft("Lassen", team_id=c.assembly))
    frezen = skills.save_skill(ctx, skills.SkillDraft("Frezen", team_id=c.assembly))
    skills.save_skill(ctx, skills.SkillDraft("BHV-kennis", group="sector"))
    skills.save_skill(ctx, skills.SkillDraft("Webshop", team_id=c.home_team))
    _level(ctx, c.stays, draaien, "U")
    _level(ctx, c.stays, lassen, "U")
    _level(ctx, c.joined, lassen, "O")
    for who in (c.stays, c.joined, extra):
        _level(ctx, who, frezen, "U")
    # 2025, by the person's own team.
    _rotation(ctx, c.stays, date(2025, 2, 3), date(2025, 2, 28), outcome="doorgaan")
    _rotation(ctx, c.stays, date(2025, 4, 7), date(2025, 4, 30), outcome="nog_niet")
    _rotation(ctx, extra, date(2025, 5, 5), date(2025, 5, 30), outcome="niet_voor_mij")
    _rotation(ctx, extra, date(2025, 9, 1), date(2025, 9, 30), outcome="afgebroken")
    _rotation(ctx, c.joined, date(2025, 12, 15), date(2026, 1, 9))  # running over the turn
    _rotation(ctx, home_person, date(2025, 6, 2), date(2025, 6, 27), outcome="doorgaan")
    # Not held in 2025: one of 2024, one only planned, one starting in 2026.
    _rotation(ctx, c.stays, date(2024, 3, 4), date(2024, 3, 29), outcome="doorgaan")
    _rotation(ctx, extra, date(2025, 11, 3), date(2025, 11, 28), status="gepland")
    _rotation(ctx, c.joined, date(2026, 1, 12), date(2026, 1, 30))  # away on the report date
    vca = certificates.save_type(ctx, certificates.CertificateTypeDraft("Testcertificaat Ł", 120))
    for who, expires in (
        (c.stays, date(2025, 6, 30)),
        (extra, date(2024, 12, 31)),  # expired on 1 January 2025
        (extra, date(2025, 12, 31)),  # valid through 2025
        (c.joined, date(2024, 12, 30)),  # expired in 2024
        (home_person, date(2025, 8, 1)),
    ):
        draft = certificates.CertificateDraft(who, vca, date(2015, 1, 1), expires)
        certificates.save_certificate(ctx, draft)
    return Craft(home_person)
