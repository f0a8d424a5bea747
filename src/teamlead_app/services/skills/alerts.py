"""The overview's block on craftsmanship: the single points of failure (skills with fewer than
two qualified people, red), the amber skills, topics with only one knowledge holder, and
certificates that have expired or expire within the warning
window (a setting, 90 days by default), for one team or everyone."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import date

from teamlead_app.data.context import ServiceContext
from teamlead_app.errors import StorageError
from teamlead_app.records.skills import CertificateView, CoverageRow, SkillCardView
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.skills import card_state
from teamlead_app.services.skills.certificates import certificate_alerts
from teamlead_app.services.skills.coverage import compute_coverage

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class SkillAlerts:
    today: date
    warning_days: int
    single_points: tuple[CoverageRow, ...]
    amber: tuple[CoverageRow, ...]
    # Topics with exactly one knowledge holder ("petje"): who takes over when he is away?
    single_holder: tuple[CoverageRow, ...]
    certificates: tuple[CertificateView, ...]


def skill_alerts(
    ctx: ServiceContext, team_id: int | None = None, today: date | None = None
) -> SkillAlerts:
    today = today or date.today()
    days = get_settings(ctx).certificate_warning_days
    # Only the red, amber and single-holder skills: the card names nothing else.
    coverage = compute_coverage(
        ctx, team_id=team_id, today=today, warning_days=days, flagged_only=True
    )
    certs = certificate_alerts(ctx, team_id=team_id, today=today, warning_days=days)
    return SkillAlerts(
        today,
        days,
        tuple(r for r in coverage if r.status == "red"),
        tuple(r for r in coverage if r.status == "amber"),
        tuple(r for r in coverage if r.holders == 1),
        tuple(certs),
    )


def card_lines(found: SkillAlerts) -> list[tuple[str, CoverageRow | CertificateView]]:
    """The card's lines in its order: red, amber, single holder, then the certificates."""
    lines: list[tuple[str, CoverageRow | CertificateView]] = []
    lines += [("red", r) for r in found.single_points]
    lines += [("amber", r) for r in found.amber]
    lines += [("single", r) for r in found.single_holder]
    lines += [("certificate", c) for c in found.certificates]
    return lines


def skill_card(
    ctx: ServiceContext, team_id: int | None = None, today: date | None = None, limit: int = 17
) -> SkillCardView:
    """The card's first `limit` lines and their total, as `card_lines(skill_alerts(...))`
    gives them. On a writable file the skill lines come from the day's kept state
    (card_state.py: brought up to date in one short transaction, then read by index), so
    the card costs the same for 1,000 people as for 4,000; elsewhere they are computed live."""
    today = today or date.today()
    if card_state.keeps_state(ctx):
        try:
            return _kept_card(ctx, team_id, today, limit)
        except StorageError:
            # The file took no write just now (busy, full, made read-only): the card is
            # only a prompt, so it is computed live instead of failing the overview.
            log.info("skill card: state not brought up to date, computed live")
    every = card_lines(skill_alerts(ctx, team_id, today))
    return SkillCardView(tuple(every[:limit]), len(every))


def _kept_card(ctx: ServiceContext, team_id: int | None, today: date, limit: int) -> SkillCardView:
    days = get_settings(ctx).certificate_warning_days
    with ctx.sessions.begin() as session:
        card_state.bring_up_to_date(session, today, days)
        skills, counted = card_state.read_lines(session, team_id, limit)
        if len(skills) >= limit:
            # The certificates come after every skill line: counted here, never shown.
            counted += card_state.count_certificate_alerts(session, team_id)
            return SkillCardView(tuple(skills), counted)
    certs = certificate_alerts(ctx, team_id=team_id, today=today, warning_days=days)
    lines: list[tuple[str, CoverageRow | CertificateView]] = list(skills)
    lines += [("certificate", c) for c in certs[: limit - len(lines)]]
    return SkillCardView(tuple(lines), counted + len(certs))
