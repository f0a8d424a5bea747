"""Skills matrix: ILUO history never overwritten, coverage (red/amber/green incl. both amber
cases and certificate validity), knowledge holders, required levels, certificates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import func, select

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import PersonSkill, SkillLevel
from teamlead_app.errors import ValidationError
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.services.skills import certificates, knowledge
from teamlead_app.services.skills import coverage as skill_coverage
from teamlead_app.services.skills import levels as skills
from teamlead_app.services.skills.certificates import CertificateDraft, CertificateTypeDraft
from teamlead_app.services.skills.levels import LevelDraft, SkillDraft

TODAY = date(2026, 12, 7)


def _team(ctx: ServiceContext) -> int:
    return people.save_team(ctx, TeamDraft("Verspaning"))


def _person(ctx: ServiceContext, team: int, first: str, **kw: object) -> int:
    draft = EmployeeDraft(first_name=first, last_name="Jansen", team_id=team, **kw)  # type: ignore[arg-type]
    return people.save_employee(ctx, draft)


def _level(ctx: ServiceContext, who: int, skill: int, level: str, day: date = TODAY) -> bool:
    return skills.set_level(ctx, LevelDraft(who, skill, level, day, "Henk", "bewijs"), today=TODAY)


def _status(ctx: ServiceContext, skill_id: int, **kw: object) -> skill_coverage.CoverageRow:
    rows = skill_coverage.compute_coverage(ctx, today=TODAY, **kw)  # type: ignore[arg-type]
    [row] = [r for r in rows if r.skill_id == skill_id]
    return row


def _type_id(ctx: ServiceContext, name: str) -> int:
    return next(t.id for t in certificates.list_types(ctx) if t.name == name)


def test_default_certificate_types_are_there(ctx: ServiceContext) -> None:
    names = {t.name: t.validity_months for t in certificates.list_types(ctx)}
    assert {"VCA basis", "VCA VOL", "NEN 3140 VOP", "NEN 3140 VP", "BHV"} <= set(names)
    assert {"Heftruck", "Hoogwerker", "Lascertificaat"} <= set(names)
    assert names["BHV"] == 12


def test_level_history_is_never_overwritten(ctx: ServiceContext) -> None:
    team = _team(ctx)
    jan = _person(ctx, team, "Jan")
    lathe = skills.save_skill(ctx, SkillDraft("CNC-draaibank", "machine", team))
    assert _level(ctx, jan, lathe, "I", date(2025, 1, 6))
    assert _level(ctx, jan, lathe, "L", date(2025, 6, 2))
    assert _level(ctx, jan, lathe, "U", date(2026, 3, 2))
    assert not _level(ctx, jan, lathe, "U")  # the same level again is no change
    history = skills.level_history(ctx, jan, lathe)
    assert [(h.level, h.assessed_on) for h in history] == [
        ("U", date(2026, 3, 2)),
        ("L", date(2025, 6, 2)),
        ("I", date(2025, 1, 6)),
    ]
    assert all(h.assessor == "Henk" for h in history)
    with ctx.sessions() as session:
        assert session.scalar(select(func.count()).select_from(SkillLevel)) == 3
        assert session.get(PersonSkill, (jan, lathe)).level == "U"  # type: ignore[union-attr]
    # Back to "–" is a change too, added as a new row.
    assert _level(ctx, jan, lathe, "-")
    assert [h.level for h in skills.level_history(ctx, jan, lathe)] == ["-", "U", "L", "I"]


def test_level_validation(ctx: ServiceContext) -> None:
    team = _team(ctx)
    jan = _person(ctx, team, "Jan")
    skill = skills.save_skill(ctx, SkillDraft("Zetten", "process", team))
    with pytest.raises(ValidationError, match="geen niveau"):
        _level(ctx, jan, skill, "X")
    with pytest.raises(ValidationError, match="toekomst"):
        _level(ctx, jan, skill, "U", date(2027, 1, 1))
    gone = _person(ctx, team, "Piet", date_out_of_service=date(2026, 1, 1))
    with pytest.raises(ValidationError, match="uit dienst"):
        _level(ctx, gone, skill, "U")


def test_parse_level_accepts_letters_numbers_and_empty() -> None:
    assert [skills.parse_level(x) for x in ("u", " O ", "3", "0", "", "–", "2.0")] == [
        "U",
        "O",
        "U",
        "-",
        "-",
        "-",
        "L",
    ]
    assert skills.parse_level("X") is None
    assert skills.parse_level("3+") is None


def test_coverage_red_below_two_green_at_two(ctx: ServiceContext) -> None:
    team = _team(ctx)
    a, b, c = (_person(ctx, team, n) for n in ("Anouk", "Bas", "Cees"))
    skill = skills.save_skill(ctx, SkillDraft("Kantbank", "machine", team))
    _level(ctx, a, skill, "O")
    _level(ctx, c, skill, "L")  # not qualified
    assert (_status(ctx, skill).qualified, _status(ctx, skill).status) == (1, "red")
    _level(ctx, b, skill, "U")
    assert (_status(ctx, skill).qualified, _status(ctx, skill).status) == (2, "green")


def test_coverage_amber_when_one_of_two_is_leaving(ctx: ServiceContext) -> None:
    team = _team(ctx)
    a = _person(ctx, team, "Anouk")
    b = _person(ctx, team, "Bas", date_out_of_service=date(2027, 2, 1))
    gone = _person(ctx, team, "Gerrit", date_out_of_service=date(2026, 1, 1))
    skill = skills.save_skill(ctx, SkillDraft("Lasrobot", "machine", team))
    _level(ctx, a, skill, "U")
    _level(ctx, b, skill, "U")
    with ctx.sessions.begin() as session:  # a level from before Gerrit left still stands
        session.add(PersonSkill(employee_id=gone, skill_id=skill, level="O"))
    row = _status(ctx, skill)
    assert (row.qualified, row.leaving, row.status) == (2, 1, "amber")


def test_coverage_amber_when_one_of_two_is_away_on_rotation(ctx: ServiceContext) -> None:
    team = _team(ctx)
    a, b = _person(ctx, team, "Anouk"), _person(ctx, team, "Bas")
    skill = skills.save_skill(ctx, SkillDraft("Speedline", "process", team))
    _level(ctx, a, skill, "U")
    _level(ctx, b, skill, "O")
    assert _status(ctx, skill).status == "green"
    assert _status(ctx, skill, away_ids=[b]).status == "amber"


def test_required_certificate_counts_only_while_valid_and_expiring_is_amber(
    ctx: ServiceContext,
) -> None:
    team = _team(ctx)
    a, b, c = (_person(ctx, team, n) for n in ("Anouk", "Bas", "Cees"))
    weld = _type_id(ctx, "Lascertificaat")
    skill = skills.save_skill(ctx, SkillDraft("TIG-lassen", "process", team, weld))
    for who in (a, b, c):
        _level(ctx, who, skill, "U")
    # Nobody has the certificate: nobody counts.
    assert (_status(ctx, skill).qualified, _status(ctx, skill).status) == (0, "red")
    certificates.save_certificate(
        ctx, CertificateDraft(a, weld, date(2025, 1, 1), date(2028, 1, 1))
    )
    certificates.save_certificate(
        ctx, CertificateDraft(b, weld, date(2024, 1, 1), date(2027, 1, 31))
    )
    certificates.save_certificate(
        ctx, CertificateDraft(c, weld, date(2020, 1, 1), date(2026, 11, 1))
    )
    row = _status(ctx, skill)
    # c's certificate has expired; b's runs out within 90 days: amber.
    assert (row.qualified, row.certificate_expiring, row.status) == (2, 1, "amber")
    assert _status(ctx, skill, warning_days=30).status == "green"
    view = skill_coverage.matrix_view(ctx, team_id=team, today=TODAY)
    assert view.cell(c, skill).certified is False
    assert view.cell(a, skill).certified is True
    # c renews: three qualified, green again.
    certificates.save_certificate(
        ctx, CertificateDraft(c, weld, date(2026, 12, 1), date(2029, 12, 1))
    )
    assert (_status(ctx, skill).qualified, _status(ctx, skill).status) == (3, "green")


def test_knowledge_holders_and_who_knows(ctx: ServiceContext) -> None:
    team = _team(ctx)
    a, b, c = (_person(ctx, team, n) for n in ("Anouk", "Bas", "Cees"))
    cam = skills.save_skill(ctx, SkillDraft("Programmeren (CAM)", "process", team))
    _level(ctx, a, cam, "U")
    _level(ctx, b, cam, "O")
    _level(ctx, c, cam, "I")
    knowledge.set_knowledge_holder(ctx, a, cam, True)
    names = [(r.employee_id, r.knowledge_holder) for r in knowledge.who_knows(ctx, cam, TODAY)]
    assert names == [(a, True), (b, False)]
    assert _status(ctx, cam).holders == 1


def test_required_level_gives_the_gap(ctx: ServiceContext) -> None:
    team = _team(ctx)
    jan = _person(ctx, team, "Jan", function="CNC-operator")
    lathe = skills.save_skill(ctx, SkillDraft("Draaibank DMG", "machine", team))
    knowledge.set_required_level(ctx, "CNC-operator", lathe, "U")
    _level(ctx, jan, lathe, "L")
    [row] = knowledge.person_levels(ctx, jan)
    assert (row.level, row.required, row.gap) == ("L", "U", True)
    _level(ctx, jan, lathe, "O")
    assert knowledge.person_levels(ctx, jan)[0].gap is False
    assert knowledge.required_levels(ctx) == {("CNC-operator", lathe): "U"}


def test_skill_names_unique_per_team_and_delete_keeps_history(ctx: ServiceContext) -> None:
    team = _team(ctx)
    jan = _person(ctx, team, "Jan")
    skill = skills.save_skill(ctx, SkillDraft("Meten <b>&", "process", team))
    with pytest.raises(ValidationError, match="al een vaardigheid"):
        skills.save_skill(ctx, SkillDraft("meten <b>&", "topic", team))
    _level(ctx, jan, skill, "L")
    with pytest.raises(ValidationError, match="geschiedenis"):
        skills.delete_skill(ctx, skill)
    empty = skills.save_skill(ctx, SkillDraft("Hydrauliek", "topic", team))
    skills.delete_skill(ctx, empty)
    assert [s.name for s in skills.list_skills(ctx, team)] == ["Meten <b>&"]


def test_certificate_expiry_before_issue_is_refused(ctx: ServiceContext) -> None:
    team = _team(ctx)
    jan = _person(ctx, team, "Jan")
    with pytest.raises(ValidationError, match="vóór de afgiftedatum"):
        certificates.save_certificate(
            ctx, CertificateDraft(jan, _type_id(ctx, "BHV"), date(2026, 5, 1), date(2026, 4, 1))
        )


def test_certificate_alerts_skip_renewed_and_people_out_of_service(ctx: ServiceContext) -> None:
    team = _team(ctx)
    jan, kees = _person(ctx, team, "Jan"), _person(ctx, team, "Kees")
    bhv, vca = _type_id(ctx, "BHV"), _type_id(ctx, "VCA basis")
    certificates.save_certificate(
        ctx, CertificateDraft(jan, bhv, date(2025, 1, 1), date(2026, 1, 1))
    )
    certificates.save_certificate(
        ctx, CertificateDraft(jan, bhv, date(2026, 1, 1), date(2027, 1, 1))
    )
    certificates.save_certificate(
        ctx, CertificateDraft(kees, vca, date(2016, 3, 1), date(2026, 3, 1))
    )
    alerts = certificates.certificate_alerts(ctx, today=TODAY, warning_days=90)
    assert [(a.employee_id, a.type_name, a.status) for a in alerts] == [
        (kees, "VCA basis", "expired"),
        (jan, "BHV", "expiring"),
    ]
    people.archive_employee(ctx, kees, date(2026, 12, 1))
    assert [a.employee_id for a in certificates.certificate_alerts(ctx, today=TODAY)] == [jan]


def test_scan_is_refused_when_too_big_or_not_a_pdf_or_image(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    team = _team(ctx)
    jan = _person(ctx, team, "Jan")
    cert = certificates.save_certificate(
        ctx, CertificateDraft(jan, _type_id(ctx, "Heftruck"), date(2024, 1, 1), None)
    )
    text = tmp_path / "scan.docx"
    text.write_bytes(b"PK\x03\x04 not a pdf")
    with pytest.raises(ValidationError, match="geen PDF of afbeelding"):
        certificates.attach_scan(ctx, cert, text)
    huge = tmp_path / "huge.pdf"
    with huge.open("wb") as out:
        out.write(b"%PDF-1.4\n")
        out.seek(10 * 1024 * 1024 + 1)
        out.write(b"\n")
    with pytest.raises(ValidationError, match="10 MB"):
        certificates.attach_scan(ctx, cert, huge)
    assert certificates.get_scan(ctx, cert) is None
    png = tmp_path / "scan.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 20)
    certificates.attach_scan(ctx, cert, png)
    scan = certificates.get_scan(ctx, cert)
    assert scan is not None and (scan.file_name, scan.mime) == ("scan.png", "image/png")


def test_certificate_type_in_use_cannot_be_deleted(ctx: ServiceContext) -> None:
    team = _team(ctx)
    jan = _person(ctx, team, "Jan")
    new = certificates.save_type(ctx, CertificateTypeDraft("F-gassen", 60))
    certificates.save_certificate(ctx, CertificateDraft(jan, new, date(2025, 1, 1)))
    with pytest.raises(ValidationError, match="kan niet weg"):
        certificates.delete_type(ctx, new)
    with pytest.raises(ValidationError, match="bestaat al"):
        certificates.save_type(ctx, CertificateTypeDraft("bhv", 12))
    assert certificates.add_months(date(2026, 1, 31), 1) == date(2026, 2, 28)


def test_timeline_shows_level_changes_and_certificates(ctx: ServiceContext) -> None:
    from teamlead_app.services.people import timeline

    team = _team(ctx)
    jan = _person(ctx, team, "Jan")
    skill = skills.save_skill(ctx, SkillDraft("Kantbank", "machine", team))
    _level(ctx, jan, skill, "L", date(2025, 3, 3))
    _level(ctx, jan, skill, "U", date(2026, 2, 2))
    bhv = _type_id(ctx, "BHV")
    certificates.save_certificate(
        ctx, CertificateDraft(jan, bhv, date(2024, 1, 1), date(2025, 1, 1))
    )
    events = {(e.when, e.kind, e.title) for e in timeline.employee_timeline(ctx, jan)}
    assert (date(2026, 2, 2), "skill_level", "Kantbank: L → U (zelfstandig)") in events
    assert (date(2025, 3, 3), "skill_level", "Kantbank: – → L (onder begeleiding)") in events
    assert (date(2024, 1, 1), "certificate_issued", "Certificaat BHV behaald") in events
    assert (date(2025, 1, 1), "certificate_expired", "Certificaat BHV verlopen") in events


def test_preparation_sheet_lists_expired_and_expiring_certificates(ctx: ServiceContext) -> None:
    import io

    from pypdf import PdfReader

    from teamlead_app.reports.prep import render_pdf
    from teamlead_app.services.exports.conversations import prep_data

    team = _team(ctx)
    jan = _person(ctx, team, "Jan")
    certificates.save_certificate(
        ctx, CertificateDraft(jan, _type_id(ctx, "BHV"), date(2025, 1, 1), date(2026, 12, 1))
    )
    certificates.save_certificate(
        ctx, CertificateDraft(jan, _type_id(ctx, "VCA basis"), date(2020, 1, 1), date(2030, 1, 1))
    )
    data = prep_data(ctx, jan, today=TODAY)
    assert [(c.type_name, c.status) for c in data.certificates] == [("BHV", "expired")]
    pdf = render_pdf(data)
    text = "\n".join(p.extract_text() for p in PdfReader(io.BytesIO(pdf)).pages)
    assert "Certificaten: verlopen of bijna verlopen" in text and "6 dagen geleden" in text
    assert "VCA basis" not in text
