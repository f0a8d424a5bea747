"""The skills part of the access export (AVG inzage): every level with its full history
(who assessed, when, on what evidence), the knowledge-holder flags, the required levels of
the person's function, and the certificates with their scans (the files go in the ZIP)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from teamlead_app.data.models import (
    Certificate,
    CertificateScan,
    CertificateType,
    Employee,
    FunctionSkill,
    PersonSkill,
    Skill,
    SkillLevel,
    Team,
)


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
