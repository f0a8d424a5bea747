"""Rotations are in the access export (the person's own in full, the ones he hosted by period
and form) and disappear with the retention deletion (a host's name leaves the rotations of
others, the rows stay)."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import func, select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Rotation
from teamlead_app.services.development import goals
from teamlead_app.services.development.goal_rules import GoalDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.services.privacy import access as privacy
from teamlead_app.services.rotations import schedule as rotations
from teamlead_app.services.rotations.draft import RotationDraft
from teamlead_app.services.rotations.schedule import EvaluationDraft
from teamlead_app.services.skills import levels as skills
from teamlead_app.services.skills.levels import SkillDraft
from tests.services.test_privacy import PAST

OUT = date(2023, 3, 1)


def _setup(ctx: ServiceContext) -> tuple[int, int, int]:
    team = people.save_team(ctx, TeamDraft("Lassen"))
    gone = people.save_employee(
        ctx,
        EmployeeDraft(first_name="Kees", last_name="Vlasblom", team_id=team),
    )
    stays = people.save_employee(
        ctx, EmployeeDraft(first_name="Anouk", last_name="Blijft", team_id=team)
    )
    skill = skills.save_skill(ctx, SkillDraft("TIG-lassen", "process", team))
    goal = goals.create_goal(ctx, gone, GoalDraft("DOEL-ROULATIE", start_date=date(2022, 1, 3)))
    own = rotations.save_rotation(
        ctx,
        RotationDraft(
            gone,
            date(2022, 2, 7),
            date(2022, 2, 18),
            rotations.list_forms(ctx)[2].id,
            stays,
            department="AFDELING-X",
            skill_id=skill,
            target_level="U",
            goal_id=goal,
        ),
    )
    rotations.evaluate_rotation(
        ctx,
        EvaluationDraft(own, "niet_voor_mij", "GELEERD-1", None, "STAP-ROULATIE", True),
        today=date(2022, 2, 21),
    )
    # Kees hosted Anouk once.
    rotations.save_rotation(
        ctx, RotationDraft(stays, date(2022, 5, 2), date(2022, 5, 6), host_id=gone)
    )
    people.archive_employee(ctx, gone, OUT)
    return gone, stays, own


def test_access_export_has_own_and_hosted_rotations(ctx: ServiceContext) -> None:
    gone, _stays, _own = _setup(ctx)
    archive = zipfile.ZipFile(io.BytesIO(privacy.access_export(ctx, gone, today=PAST)))
    record = json.loads(archive.read("inzage.json"))
    [own] = record["rotations"]["own"]
    assert (own["department"], own["host"], own["outcome"], own["learned"]) == (
        "AFDELING-X",
        "Anouk Blijft",
        "niet_voor_mij",
        "GELEERD-1",
    )
    assert (own["goal"], own["skill"], own["shared_with_team"]) == (
        "DOEL-ROULATIE",
        "TIG-lassen",
        True,
    )
    [hosted] = record["rotations"]["hosted"]
    assert set(hosted) == {"date_from", "date_to", "form"}  # nothing of the guest's evaluation
    pdf = archive.read("inzage.pdf")
    text = " ".join(" ".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages).split())
    for marker in ("Roulaties", "AFDELING-X", "GELEERD-1", "STAP-ROULATIE", "Niet voor mij"):
        assert marker in text
    assert "Als begeleider" in text and "02-05-2022 – 06-05-2022" in text


def test_retention_deletion_removes_rotations(ctx: ServiceContext, db_path: Path) -> None:
    gone, stays, _own = _setup(ctx)
    privacy.delete_person(ctx, gone, PAST)
    with ctx.sessions() as s:
        assert s.scalar(select(func.count()).where(Rotation.employee_id == gone)) == 0
        [left] = s.scalars(select(Rotation)).all()
    assert (left.employee_id, left.host_id) == (stays, None)
    ctx.close()
    content = db_path.read_bytes()
    assert b"GELEERD-1" not in content and b"AFDELING-X" not in content
