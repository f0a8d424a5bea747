"""Certificates with expiry: an editable list of types with a default validity, per person the
issue and expiry dates and an optional scan (PDF or image, at most 10 MB, kept in the
database), and the alerts for expired and soon-expiring certificates."""

from __future__ import annotations

import calendar
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, select
from sqlalchemy.orm import aliased

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import (
    Certificate,
    CertificateScan,
    CertificateType,
    Employee,
    Skill,
    Team,
)
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.records.skills import CertificateView
from teamlead_app.services.people.names import list_name
from teamlead_app.services.skills.levels import check_active

MAX_SCAN_BYTES = 10 * 1024 * 1024
MAX_NOTE = 200
# Magic bytes -> mime type; nothing else is accepted as a scan.
SCAN_SIGNATURES = (
    (b"%PDF-", "application/pdf"),
    (b"\x89PNG\r\n\x1a\n", "image/png"),
    (b"\xff\xd8\xff", "image/jpeg"),
    (b"GIF87a", "image/gif"),
    (b"GIF89a", "image/gif"),
    (b"II*\x00", "image/tiff"),
    (b"MM\x00*", "image/tiff"),
)
STATUSES = ("valid", "expiring", "expired", "no_expiry")
# The certificate an alert is about, beside the one that may renew it.
_candidate = aliased(Certificate)


@dataclass(frozen=True)
class CertificateTypeView:
    id: int
    name: str
    validity_months: int | None
    in_use: int


@dataclass(frozen=True)
class CertificateTypeDraft:
    name: str
    validity_months: int | None = None


@dataclass(frozen=True)
class CertificateDraft:
    employee_id: int
    type_id: int
    issued_on: date
    expires_on: date | None = None
    note: str = ""


@dataclass(frozen=True)
class ScanFile:
    file_name: str
    mime: str
    data: bytes


def add_months(day: date, months: int) -> date:
    month = day.month - 1 + months
    year = day.year + month // 12
    month = month % 12 + 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def status_of(expires_on: date | None, today: date, warning_days: int) -> str:
    if expires_on is None:
        return "no_expiry"
    if expires_on < today:
        return "expired"
    if expires_on <= today + timedelta(days=warning_days):
        return "expiring"
    return "valid"


# --- types -------------------------------------------------------------------------------


def list_types(ctx: ServiceContext) -> list[CertificateTypeView]:
    used = (
        select(Certificate.type_id, func.count().label("n"))
        .group_by(Certificate.type_id)
        .subquery()
    )
    query = (
        select(CertificateType, func.coalesce(used.c.n, 0))
        .outerjoin(used, used.c.type_id == CertificateType.id)
        .order_by(func.lower(CertificateType.name))
    )
    with ctx.sessions() as session:
        return [
            CertificateTypeView(ct.id, ct.name, ct.validity_months, int(n))
            for ct, n in session.execute(query)
        ]


def validate_type(draft: CertificateTypeDraft) -> dict[str, str]:
    problems: dict[str, str] = {}
    name = " ".join(draft.name.split())
    if not name:
        problems["name"] = t("Naam is verplicht.", "Name is required.")
    elif len(name) > 200:
        problems["name"] = t("Naam is te lang (max. 200 tekens).", "Name is too long (max 200).")
    if draft.validity_months is not None and not 1 <= draft.validity_months <= 600:
        problems["validity_months"] = t(
            "Geldigheid: 1 tot 600 maanden, of leeg voor geen vervaldatum.",
            "Validity: 1 to 600 months, or empty for no expiry.",
        )
    return problems


def save_type(ctx: ServiceContext, draft: CertificateTypeDraft, type_id: int | None = None) -> int:
    problems = validate_type(draft)
    if problems:
        field, message = next(iter(problems.items()))
        raise ValidationError(message, field=field)
    name = " ".join(draft.name.split())
    with ctx.sessions.begin() as session:
        other = session.scalar(
            select(CertificateType.id).where(func.lower(CertificateType.name) == name.lower())
        )
        if other is not None and other != type_id:
            raise ValidationError(
                t(f"Het certificaat '{name}' bestaat al.", f"Certificate '{name}' already exists."),
                field="name",
            )
        row = CertificateType() if type_id is None else session.get(CertificateType, type_id)
        if row is None:
            raise NotFoundError(t("Certificaatsoort niet gevonden.", "Certificate type not found."))
        row.name = name
        row.validity_months = draft.validity_months
        session.add(row)
        session.flush()
        return row.id


def delete_type(ctx: ServiceContext, type_id: int) -> None:
    with ctx.sessions.begin() as session:
        used = session.scalar(
            select(func.count()).select_from(Certificate).where(Certificate.type_id == type_id)
        )
        if used:
            raise ValidationError(
                t(
                    f"Deze soort staat bij {used} certificaat/certificaten en kan niet weg.",
                    f"This type is used by {used} certificate(s) and cannot be deleted.",
                )
            )
        session.execute(delete(CertificateType).where(CertificateType.id == type_id))


# --- certificates per person -------------------------------------------------------------


def validate_certificate(draft: CertificateDraft) -> dict[str, str]:
    problems: dict[str, str] = {}
    if draft.expires_on is not None and draft.expires_on < draft.issued_on:
        problems["expires_on"] = t(
            "De vervaldatum ligt vóór de afgiftedatum.", "The expiry date is before the issue date."
        )
    if len(draft.note) > MAX_NOTE:
        problems["note"] = t(
            f"Opmerking is te lang (max. {MAX_NOTE} tekens).",
            f"Note is too long (max {MAX_NOTE} characters).",
        )
    return problems


def save_certificate(
    ctx: ServiceContext, draft: CertificateDraft, certificate_id: int | None = None
) -> int:
    problems = validate_certificate(draft)
    if problems:
        field, message = next(iter(problems.items()))
        raise ValidationError(message, field=field)
    with ctx.sessions.begin() as session:
        check_active(session.get(Employee, draft.employee_id), date.today())
        if session.get(CertificateType, draft.type_id) is None:
            raise NotFoundError(t("Certificaatsoort niet gevonden.", "Certificate type not found."))
        if certificate_id is None:
            row = Certificate(created_at=datetime.now().replace(microsecond=0))
        else:
            found = session.get(Certificate, certificate_id)
            if found is None or found.employee_id != draft.employee_id:
                raise NotFoundError(t("Certificaat niet gevonden.", "Certificate not found."))
            row = found
        row.employee_id = draft.employee_id
        row.type_id = draft.type_id
        row.issued_on = draft.issued_on
        row.expires_on = draft.expires_on
        row.note = " ".join(draft.note.split())
        session.add(row)
        session.flush()
        return row.id


def delete_certificate(ctx: ServiceContext, certificate_id: int) -> None:
    with ctx.sessions.begin() as session:
        session.execute(delete(Certificate).where(Certificate.id == certificate_id))


def read_scan(path: Path) -> ScanFile:
    """The file as a scan, or a ValidationError saying why not (too big, not a PDF/image)."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ValidationError(
            t(f"{path.name} kan niet worden gelezen.", f"{path.name} cannot be read.")
        ) from exc
    if size > MAX_SCAN_BYTES:
        megabytes = size / (1024 * 1024)
        raise ValidationError(
            t(
                f"{path.name} is {megabytes:.1f} MB; een scan mag hoogstens 10 MB zijn.",
                f"{path.name} is {megabytes:.1f} MB; a scan may be at most 10 MB.",
            )
        )
    data = path.read_bytes()
    for signature, mime in SCAN_SIGNATURES:
        if data.startswith(signature):
            return ScanFile(path.name[:200], mime, data)
    raise ValidationError(
        t(
            f"{path.name} is geen PDF of afbeelding (PNG, JPEG, GIF, TIFF).",
            f"{path.name} is not a PDF or an image (PNG, JPEG, GIF, TIFF).",
        )
    )


def attach_scan(ctx: ServiceContext, certificate_id: int, path: Path) -> None:
    scan = read_scan(path)
    with ctx.sessions.begin() as session:
        if session.get(Certificate, certificate_id) is None:
            raise NotFoundError(t("Certificaat niet gevonden.", "Certificate not found."))
        row = session.get(CertificateScan, certificate_id)
        if row is None:
            row = CertificateScan(certificate_id=certificate_id)
            session.add(row)
        row.file_name, row.mime, row.data = scan.file_name, scan.mime, scan.data


def get_scan(ctx: ServiceContext, certificate_id: int) -> ScanFile | None:
    with ctx.sessions() as session:
        row = session.get(CertificateScan, certificate_id)
        return None if row is None else ScanFile(row.file_name, row.mime, row.data)


def list_certificates(
    ctx: ServiceContext,
    *,
    employee_id: int | None = None,
    team_id: int | None = None,
    expiring_days: int | None = None,
    today: date | None = None,
    warning_days: int = 90,
) -> list[CertificateView]:
    """Certificates in one query. `expiring_days`: only expired ones and those expiring within
    that many days, of people still in service (the alert list)."""
    today = today or date.today()
    query = (
        select(Certificate, CertificateType.name, Employee, Team.name, CertificateScan.file_name)
        .join(CertificateType, CertificateType.id == Certificate.type_id)
        .join(Employee, Employee.id == Certificate.employee_id)
        .outerjoin(Team, Team.id == Employee.team_id)
        .outerjoin(CertificateScan, CertificateScan.certificate_id == Certificate.id)
    )
    if employee_id is not None:
        query = query.where(Certificate.employee_id == employee_id)
    if team_id is not None:
        query = query.where(Employee.team_id == team_id)
    if expiring_days is not None:
        query = query.where(
            Certificate.expires_on.is_not(None),
            Certificate.expires_on <= today + timedelta(days=expiring_days),
            Employee.date_out_of_service.is_(None) | (Employee.date_out_of_service >= today),
        )
    days = warning_days if expiring_days is None else expiring_days
    with ctx.sessions() as session:
        rows = [
            CertificateView(
                c.id,
                e.id,
                list_name(e.first_name, e.tussenvoegsel, e.last_name),
                team or "",
                c.type_id,
                type_name,
                c.issued_on,
                c.expires_on,
                c.note,
                status_of(c.expires_on, today, days),
                scan or "",
            )
            for c, type_name, e, team, scan in session.execute(query)
        ]
    return sorted(rows, key=lambda r: (r.expires_on or date.max, r.employee, r.type_name))


def certificate_alerts(
    ctx: ServiceContext,
    *,
    employee_id: int | None = None,
    team_id: int | None = None,
    today: date | None = None,
    warning_days: int = 90,
) -> list[CertificateView]:
    """Expired and expiring certificates that have not been renewed, of people in service."""
    today = today or date.today()
    candidates = list_certificates(
        ctx,
        employee_id=employee_id,
        team_id=team_id,
        expiring_days=warning_days,
        today=today,
    )
    if not candidates:
        return []
    renewed = _renewed_pairs(ctx, {c.employee_id for c in candidates}, today, warning_days)
    latest: dict[tuple[int, int], CertificateView] = {}
    for cert in candidates:  # sorted by expiry: a later one replaces an older one
        if (cert.employee_id, cert.type_id) not in renewed:
            latest[(cert.employee_id, cert.type_id)] = cert
    return sorted(latest.values(), key=lambda r: (r.expires_on or date.max, r.employee))


def alert_pairs(today: date, warning_days: int, employee_ids: list[int] | None = None) -> Any:
    """The statement of certificate_alerts' (person, type) pairs, with the person's team (0:
    none): an expired or expiring certificate, the person in service, and none of that type
    valid beyond the window. The overview's card counts these without reading them (and its
    kept state stores them per person: `employee_ids`)."""
    horizon = today + timedelta(days=warning_days)
    renewed = select(Certificate.id).where(
        Certificate.employee_id == Employee.id,
        Certificate.type_id == _candidate.type_id,
        Certificate.expires_on.is_(None) | (Certificate.expires_on > horizon),
    )
    pairs = (
        select(
            _candidate.employee_id,
            _candidate.type_id,
            func.coalesce(Employee.team_id, 0).label("team_id"),
        )
        .join(Employee, Employee.id == _candidate.employee_id)
        .where(
            _candidate.expires_on.is_not(None),
            _candidate.expires_on <= horizon,
            Employee.date_out_of_service.is_(None) | (Employee.date_out_of_service >= today),
            ~renewed.exists(),
        )
        .distinct()
    )
    if employee_ids is not None:
        pairs = pairs.where(_candidate.employee_id.in_(employee_ids))
    return pairs


def _renewed_pairs(
    ctx: ServiceContext, employee_ids: set[int], today: date, warning_days: int
) -> set[tuple[int, int]]:
    """(person, type) with a certificate valid beyond the warning window or without expiry."""
    horizon = today + timedelta(days=warning_days)
    query = select(Certificate.employee_id, Certificate.type_id).where(
        Certificate.employee_id.in_(employee_ids),
        Certificate.expires_on.is_(None) | (Certificate.expires_on > horizon),
    )
    with ctx.sessions() as session:
        return {(e, ty) for e, ty in session.execute(query)}


def skills_requiring(ctx: ServiceContext, type_id: int) -> list[str]:
    with ctx.sessions() as session:
        return list(session.scalars(select(Skill.name).where(Skill.certificate_type_id == type_id)))
