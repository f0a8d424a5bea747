"""The demo company's matrix: every team 25-40 skills, a few red and amber, one knowledge
holder who is the only one for the team's topic, certificates expired and expiring."""

from __future__ import annotations

from datetime import date

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.demo.company import generate_company
from teamlead_app.services.people import employees as people
from teamlead_app.services.skills import certificates, knowledge
from teamlead_app.services.skills import coverage as skill_coverage

TODAY = date(2026, 12, 7)


def test_every_demo_team_has_a_believable_matrix(ctx: ServiceContext) -> None:
    generate_company(ctx, seed=2, teams=3, size=22, today=TODAY)
    for team in people.list_teams(ctx):
        rows = skill_coverage.compute_coverage(ctx, team_id=team.id, today=TODAY)
        assert 25 <= len(rows) <= 40, team.name
        status = [r.status for r in rows]
        assert 1 <= status.count("red") <= 4, team.name
        assert 1 <= status.count("amber") <= 3, team.name
        assert {r.group for r in rows} == {"machine", "process", "topic", "sector", "soft"}
        [only] = [r for r in rows if r.holders == 1 and r.qualified == 1]
        [holder] = [h for h in knowledge.who_knows(ctx, only.skill_id, TODAY) if h.knowledge_holder]
        assert holder.level == "O"
        # A level has a history of sign-offs, never just one jump for everyone.
        levels = knowledge.person_levels(ctx, holder.employee_id)
        assert any(len(r.history) > 1 for r in levels)
    alerts = certificates.certificate_alerts(ctx, today=TODAY)
    assert {a.status for a in alerts} == {"expired", "expiring"}
    assert len(certificates.list_certificates(ctx, today=TODAY)) > 3 * len(alerts)
