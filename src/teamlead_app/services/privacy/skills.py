"""The skills part of the access export (AVG inzage): every level with its full history
(who assessed, when, on what evidence), the knowledge-holder flags, the required levels of
the person's function, the certificates with their scans (the files go in the ZIP) and the
rotations: the person's own in full, and the ones he hosted (period and form only: the
guest's evaluation is the guest's data)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from teamlead_app.data.models import (
    Certificate,
    CertificateScan,
    CertificateType,
    Employee,
    FunctionSkill,
    Goal,
    PersonSkill,
    Rotation,
    RotationForm,
    Skill,
    SkillLevel,
    Station,
    Team,
)
from teamlead_app.services.people.names import full_name


def skill_record(session: Session, employee_id: int) -> list[dict[str, Any]]:
    employee = session.get(Employee, employee_id)
    function_id = employee.function_id if employee else None
    current = {
        p.skill_id: p
        for p in session.scalars(select(PersonSkill).where(PersonSkill.employee_id == employee_id))
    }
    required: dict[int, str] = {}
    if function_id is not None:
        required = {
            s: lv
            for s, lv in session.execute(
                select(FunctionSkill.skill_id, FunctionSkill.level).where(
                    FunctionSkill.function_id == function_id
                )
            )
        }
    history: dict[int, list[dict[str, Any]]] = {}
    for row in session.scalars(
        select(SkillLevel)
        .where(SkillLevel.employee_id == employee_id)
        .order_by(SkillLevel.assessed_on, SkillLevel.id)
    ):
        history.setdefault(row.skill_id, []).append(
            {
                "level": row.level,
                "assessed_on": row.assessed_on,
                "assessor": row.assessor,
                "evidence": row.evidence,
                "source": row.source,
                "rotation_id": row.rotation_id,
                "recorded_at": row.created_at,
            }
        )
    ids = set(current) | set(history) | set(required)
    skills = session.execute(
        select(Skill, Team.name).outerjoin(Team, Team.id == Skill.team_id).where(Skill.id.in_(ids))
    ).all()
    return [
        {
            "skill_id": skill.id,
            "skill": skill.name,
            "group": skill.skill_group,
            "team": team or "",
            "level": current[skill.id].level if skill.id in current else "-",
            "knowledge_holder": bool(current[skill.id].knowledge_holder)
            if skill.id in current
            else False,
            "required_level": required.get(skill.id),
            "history": history.get(skill.id, []),
        }
        for skill, team in sorted(skills, key=lambda r: (r[0].skill_group, r[0].name.lower()))
    ]


def certificate_record(
    session: Session, employee_id: int
) -> tuple[list[dict[str, Any]], list[tuple[str, bytes]]]:
    """The certificates (with the name the scan has in the ZIP) and the scan files."""
    rows = session.execute(
        select(Certificate, CertificateType.name, CertificateScan)
        .join(CertificateType, CertificateType.id == Certificate.type_id)
        .outerjoin(CertificateScan, CertificateScan.certificate_id == Certificate.id)
        .where(Certificate.employee_id == employee_id)
        .order_by(Certificate.issued_on, Certificate.id)
    ).all()
    record: list[dict[str, Any]] = []
    files: list[tuple[str, bytes]] = []
    for cert, kind, scan in rows:
        name = f"scans/{cert.id}-{_safe(scan.file_name)}" if scan is not None else None
        record.append(
            {
                "id": cert.id,
                "type": kind,
                "issued_on": cert.issued_on,
                "expires_on": cert.expires_on,
                "note": cert.note,
                "scan_file": name,
                "scan_type": scan.mime if scan is not None else None,
                "created_at": cert.created_at,
            }
        )
        if scan is not None and name is not None:
            files.append((name, scan.data))
    return record, files


def _safe(file_name: str) -> str:
    """A file name safe inside a ZIP on every system: no folders, no odd characters."""
    base = file_name.replace("\\", "/").rsplit("/", 1)[-1]
    kept = "".join(ch if ch.isalnum() or ch in "-_." else "_" for ch in base).strip("._")
    return kept[:80] or "scan"


def rotation_record(session: Session, employee_id: int) -> dict[str, list[dict[str, Any]]]:
    host, target = aliased(Employee), aliased(Team)
    rows = session.execute(
        select(Rotation, RotationForm.name, Station.name, target.name, host, Skill.name, Goal.what)
        .outerjoin(RotationForm, RotationForm.id == Rotation.form_id)
        .outerjoin(Station, Station.id == Rotation.station_id)
        .outerjoin(target, target.id == Rotation.target_team_id)
        .outerjoin(host, host.id == Rotation.host_id)
        .outerjoin(Skill, Skill.id == Rotation.skill_id)
        .outerjoin(Goal, Goal.id == Rotation.goal_id)
        .where(Rotation.employee_id == employee_id)
        .order_by(Rotation.date_from, Rotation.id)
    ).all()
    own = [
        {
            "id": r.id,
            "form": form or "",
            "station": station or "",
            "team": team or "",
            "department": r.department,
            "host": full_name(h.first_name, h.tussenvoegsel, h.last_name) if h else "",
            "date_from": r.date_from,
            "date_to": r.date_to,
            "skill": skill or "",
            "target_level": r.target_level,
            "goal": goal or "",
            "status": r.status,
            "learned": r.learned,
            "new_level": r.new_level,
            "next_step": r.next_step,
            "shared_with_team": r.shared_with_team,
            "outcome": r.outcome,
            "evaluated_on": r.evaluated_on,
            "created_at": r.created_at,
        }
        for r, form, station, team, h, skill, goal in rows
    ]
    hosted = [
        {"date_from": r.date_from, "date_to": r.date_to, "form": form or ""}
        for r, form in session.execute(
            select(Rotation, RotationForm.name)
            .outerjoin(RotationForm, RotationForm.id == Rotation.form_id)
            .where(Rotation.host_id == employee_id)
            .order_by(Rotation.date_from, Rotation.id)
        )
    ]
    return {"own": own, "hosted": hosted}
