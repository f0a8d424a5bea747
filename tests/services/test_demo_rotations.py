"""The demo company's rotations: stations from simple to complex, a history with every
outcome ("niet voor mij" included), a level raised by a rotation that names it, and a plan for
the coming quarter with one conflict per team."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Goal, GoalProgress, SkillLevel
from teamlead_app.services.demo.company import generate_company
from teamlead_app.services.people import employees as people
from teamlead_app.services.rotations import rules as rotation_rules
from teamlead_app.services.rotations import schedule as rotations
from teamlead_app.services.rotations.schedule import EvaluationDraft
from teamlead_app.services.skills import knowledge

TODAY = date(2026, 12, 7)


def test_demo_has_rotation_history_and_a_plan_with_one_conflict(ctx: ServiceContext) -> None:
    generate_company(ctx, seed=2, teams=3, size=22, today=TODAY)
    for team in people.list_teams(ctx):
        rows = rotation_rules.rotations_with_conflicts(ctx, team.id)
        done = [r.rotation for r in rows if r.rotation.outcome]
        assert {r.outcome for r in done} == {"doorgaan", "nog_niet", "niet_voor_mij", "afgebroken"}
        assert all(r.date_to < TODAY for r in done)
        planned = [r for r in rows if r.rotation.status == "gepland"]
        assert len(planned) == 3 and all(r.rotation.date_from > TODAY for r in planned)
        kinds = [c.kind for r in planned for c in r.conflicts]
        assert kinds.count("double_booking") == 2, team.name  # one conflict, seen from both
        stations = [s for s in rotations.list_stations(ctx, team.id) if s.team_id == team.id]
        assert [s.complexity for s in stations] == [1, 2, 3]
    with ctx.sessions() as session:
        raised = session.scalars(select(SkillLevel).where(SkillLevel.source == "rotation")).all()
    assert raised and all(r.rotation_id is not None for r in raised)


def test_demo_has_a_running_rotation_for_a_pop_goal_that_evaluation_moves(
    ctx: ServiceContext,
) -> None:
    generate_company(ctx, seed=2, teams=3, size=22, today=TODAY)
    for team in people.list_teams(ctx):
        running = [r for r in rotations.list_rotations(ctx, team_id=team.id) if r.status == "bezig"]
        assert len(running) == 1, team.name
        rotation = running[0]
        assert rotation.date_from < TODAY <= rotation.date_to and rotation.host
        with ctx.sessions() as session:
            goal = session.get(Goal, rotation.goal_id)
            assert goal is not None and goal.employee_id == rotation.employee_id
            assert goal.status in ("open", "in_progress")
            assert rotation.skill.split(" ")[0].lower() in goal.what.lower()
        before = {v.skill_id: v.level for v in knowledge.person_levels(ctx, rotation.employee_id)}
        assert before.get(rotation.skill_id) not in ("U", "O")
        rotations.evaluate_rotation(
            ctx,
            EvaluationDraft(rotation.id, "doorgaan", "Zelf ingesteld", "U", evaluated_on=TODAY),
            today=TODAY,
        )
        after = {v.skill_id: v for v in knowledge.person_levels(ctx, rotation.employee_id)}
        assert after[rotation.skill_id].level == "U"
        assert after[rotation.skill_id].history[0].source == "rotation"
        with ctx.sessions() as session:
            lines = session.scalars(
                select(GoalProgress.note).where(GoalProgress.goal_id == rotation.goal_id)
            ).all()
        assert any("geëvalueerd: Doorgaan" in line and "Zelf ingesteld" in line for line in lines)
