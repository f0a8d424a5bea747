"""Levels with their history, knowledge-holder flags and certificates (with the scan) are in
the access export, and the retention deletion removes every one of them, scan bytes too."""

from __future__ import annotations

import io
import json
import zipfile
from datetime import date
from pathlib import Path

from pypdf import PdfReader
from sqlalchemy import func, select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import Certificate, CertificateScan, PersonSkill, SkillLevel
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.services.privacy import access as privacy
from teamlead_app.services.skills import certificates, knowledge
from teamlead_app.services.skills import levels as skills
from teamlead_app.services.skills.certificates import CertificateDraft
from teamlead_app.services.skills.levels import LevelDraft, SkillDraft
from tests.services.test_privacy import PAST

OUT = date(2023, 3, 1)
SCAN = b"%PDF-1.4\nSCANBYTES-9Z\n%%EOF\n"


def _person(ctx: ServiceContext, tmp_path: Path, name: str, out: date | None) -> int:
    team = people.resolve_team(ctx, "Lassen") if people.list_teams(ctx) else None
    if team is None:
        team = people.save_team(ctx, TeamDraft("Lassen"))
    who = people.save_employee(
        ctx, EmployeeDraft(first_name="Kees", last_name=name, team_id=team, function="Lasser")
    )
    skill = next((s.id for s in skills.list_skills(ctx, team) if s.name == "TIG-lassen"), None)
    if skill is None:
        skill = skills.save_skill(ctx, SkillDraft("TIG-lassen", "process", team))
    for level, day, evidence in (
        ("L", date(2022, 1, 10), "BEWIJS-L-" + name),
        ("U", date(2022, 9, 1), "BEWIJS-U-" + name),
    ):
        skills.set_level(ctx, LevelDraft(who, skill, level, day, "Henk", evidence))
    knowledge.set_knowledge_holder(ctx, who, skill, True)
    kind = next(x.id for x in certificates.list_types(ctx) if x.name == "Lascertificaat")
    cert = certificates.save_certificate(
        ctx, CertificateDraft(who, kind, date(2021, 5, 1), date(2024, 5, 1), "NOTITIE-" + name)
    )
    scan = tmp_path / f"scan-{name}.pdf"
    scan.write_bytes(SCAN.replace(b"9Z", name.encode()))
    certificates.attach_scan(ctx, cert, scan)
    if out is not None:
        people.archive_employee(ctx, who, out)
    return who


def test_access_export_has_levels_history_certificates_and_scans(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    who = _person(ctx, tmp_path, "Vlasblom", OUT)
    archive = zipfile.ZipFile(io.BytesIO(privacy.access_export(ctx, who, today=PAST)))
    record = json.loads(archive.read("inzage.json"))
    [level] = record["skill_levels"]
    assert (level["skill"], level["level"], level["knowledge_holder"]) == ("TIG-lassen", "U", True)
    assert [(h["level"], h["assessed_on"], h["evidence"]) for h in level["history"]] == [
        ("L", "2022-01-10", "BEWIJS-L-Vlasblom"),
        ("U", "2022-09-01", "BEWIJS-U-Vlasblom"),
    ]
    [cert] = record["certificates"]
    assert (cert["type"], cert["expires_on"], cert["note"]) == (
        "Lascertificaat",
        "2024-05-01",
        "NOTITIE-Vlasblom",
    )
    assert cert["scan_file"] == f"scans/{cert['id']}-scan-Vlasblom.pdf"
    assert archive.read(cert["scan_file"]).startswith(b"%PDF-1.4\nSCANBYTES-Vlasblom")
    pdf = archive.read("inzage.pdf")
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    for marker in ("TIG-lassen", "BEWIJS-L-Vlasblom", "BEWIJS-U-Vlasblom", "Lascertificaat"):
        assert marker in text
    assert "NOTITIE-Vlasblom" in text and "scan-Vlasblom.pdf" in text


def _rows(ctx: ServiceContext, who: int) -> dict[str, int]:
    with ctx.sessions() as s:
        certs = select(Certificate.id).where(Certificate.employee_id == who)
        return {
            "levels": int(s.scalar(select(func.count()).where(SkillLevel.employee_id == who)) or 0),
            "current": int(
                s.scalar(select(func.count()).where(PersonSkill.employee_id == who)) or 0
            ),
            "certificates": int(
                s.scalar(select(func.count()).where(Certificate.employee_id == who)) or 0
            ),
            "scans": int(
                s.scalar(select(func.count()).where(CertificateScan.certificate_id.in_(certs))) or 0
            ),
        }


def test_retention_deletion_removes_levels_certificates_and_scans(
    ctx: ServiceContext, db_path: Path, tmp_path: Path
) -> None:
    gone = _person(ctx, tmp_path, "Vlasblom", OUT)
    stays = _person(ctx, tmp_path, "Blijft", None)
    assert _rows(ctx, gone) == {"levels": 2, "current": 1, "certificates": 1, "scans": 1}
    with ctx.sessions() as s:
        scan_ids = list(
            s.scalars(
                select(CertificateScan.certificate_id)
                .join(Certificate)
                .where(Certificate.employee_id == gone)
            )
        )
    privacy.delete_person(ctx, gone, PAST)
    assert _rows(ctx, gone) == {"levels": 0, "current": 0, "certificates": 0, "scans": 0}
    with ctx.sessions() as s:
        assert (
            s.scalar(select(func.count()).where(CertificateScan.certificate_id.in_(scan_ids))) == 0
        )
    assert _rows(ctx, stays) == {"levels": 2, "current": 1, "certificates": 1, "scans": 1}
    ctx.close()
    content = db_path.read_bytes()
    assert b"SCANBYTES-Vlasblom" not in content and b"BEWIJS-U-Vlasblom" not in content
    assert b"SCANBYTES-Blijft" in content
