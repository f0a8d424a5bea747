"""The overview's block on craftsmanship: the single points of failure (skills with fewer than
two qualified people, red), the amber skills, topics with only one knowledge holder, and
certificates that have expired or expire within the warning
window (a setting, 90 days by default), for one team or everyone."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from teamlead_app.data.context import ServiceContext
from teamlead_app.records.skills import CertificateView, CoverageRow
from teamlead_app.services.common.settings import get_settings
from teamlead_app.services.skills.certificates import certificate_alerts
from teamlead_app.services.skills.coverage import compute_coverage


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
    coverage = compute_coverage(ctx, team_id=team_id, today=today, warning_days=days)
    certs = certificate_alerts(ctx, team_id=team_id, today=today, warning_days=days)
    return SkillAlerts(
        today,
        days,
        tuple(r for r in coverage if r.status == "red"),
        tuple(r for r in coverage if r.status == "amber"),
        tuple(r for r in coverage if r.holders == 1),
        tuple(certs),
    )
