"""Level changes and certificates on the person's timeline: "Kantbank: L → U (Henk)",
"Certificaat BHV behaald, geldig tot 11-01-2027" and, when that day has passed,
"Certificaat BHV verlopen", and rotations: "Roulatie: Meelopen met afdeling" on its first day
and "Roulatie geëvalueerd: niet voor mij" on the day of its evaluation. Three queries for the
whole person."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from teamlead_app.data.models import (
    Certificate,
    CertificateType,
    Rotation,
    RotationForm,
    Skill,
    SkillLevel,
)
from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.reports.matrix_style import level_text
from teamlead_app.services.people.timeline import TimelineEvent, register_timeline_source
from teamlead_app.util.dates import format_date


def skill_events(session: Session, employee_id: int) -> list[TimelineEvent]:
    rows = session.execute(
        select(SkillLevel, Skill.name)
        .join(Skill, Skill.id == SkillLevel.skill_id)
        .where(SkillLevel.employee_id == employee_id)
        .order_by(SkillLevel.skill_id, SkillLevel.assessed_on, SkillLevel.id)
    ).all()
    events: list[TimelineEvent] = []
    previous: dict[int, str] = {}
    for level, skill in rows:
        before = previous.get(level.skill_id, "-")
        previous[level.skill_id] = level.level
        title = t(
            f"{skill}: {level_text(before)} → {level_text(level.level)} "
            f"({label('iluo_level', level.level).lower()})",
            f"{skill}: {level_text(before)} → {level_text(level.level)} "
            f"({label('iluo_level', level.level).lower()})",
        )
        who = t(f"beoordeeld door {level.assessor}", f"assessed by {level.assessor}")
        detail = " · ".join(x for x in (who if level.assessor else "", level.evidence) if x)
        events.append(TimelineEvent(level.assessed_on, "skill_level", title, detail))
    today = date.today()
    certs = session.execute(
        select(Certificate, CertificateType.name)
        .join(CertificateType, CertificateType.id == Certificate.type_id)
        .where(Certificate.employee_id == employee_id)
    ).all()
    for cert, kind in certs:
        until = (
            t(
                f"geldig tot {format_date(cert.expires_on)}",
                f"valid until {format_date(cert.expires_on)}",
            )
            if cert.expires_on
            else t("verloopt niet", "does not expire")
        )
        events.append(
            TimelineEvent(
                cert.issued_on,
                "certificate_issued",
                t(f"Certificaat {kind} behaald", f"Certificate {kind} obtained"),
                until,
                ref_id=cert.id,
            )
        )
        if cert.expires_on is not None and cert.expires_on < today:
            events.append(
                TimelineEvent(
                    cert.expires_on,
                    "certificate_expired",
                    t(f"Certificaat {kind} verlopen", f"Certificate {kind} expired"),
                    ref_id=cert.id,
                )
            )
    return events


def rotation_events(session: Session, employee_id: int) -> list[TimelineEvent]:
    rows = session.execute(
        select(Rotation, RotationForm.name, Skill.name)
        .outerjoin(RotationForm, RotationForm.id == Rotation.form_id)
        .outerjoin(Skill, Skill.id == Rotation.skill_id)
        .where(Rotation.employee_id == employee_id)
    ).all()
    events: list[TimelineEvent] = []
    for r, form, skill in rows:
        until = t(f"tot en met {format_date(r.date_to)}", f"until {format_date(r.date_to)}")
        goal = f"{skill} → {r.target_level}" if skill and r.target_level else (skill or "")
        detail = " · ".join(x for x in (until, r.department, goal) if x)
        name = form or t("roulatie", "rotation")
        events.append(
            TimelineEvent(
                r.date_from,
                "rotation",
                t(f"Roulatie: {name}", f"Rotation: {name}"),
                detail,
                ref_id=r.id,
            )
        )
        if r.evaluated_on is not None and r.outcome is not None:
            outcome = label("rotation_outcome", r.outcome).lower()
            parts = [
                r.learned,
                t(f"volgende stap: {r.next_step}", f"next step: {r.next_step}")
                if r.next_step
                else "",
            ]
            events.append(
                TimelineEvent(
                    r.evaluated_on,
                    "rotation_evaluated",
                    t(f"Roulatie geëvalueerd: {outcome}", f"Rotation evaluated: {outcome}"),
                    " · ".join(x for x in parts if x),
                    ref_id=r.id,
                )
            )
    return events


register_timeline_source(skill_events)
register_timeline_source(rotation_events)
