"""The skills matrix and certificates on the command line:

- `import matrix FILE.xlsx [--team NAME] [--dry-run]`: exit 0 when every cell was read, 1 when
  cells were refused (the rest is saved, unless --dry-run), 2 when the file cannot be used;
- `export matrix [--team NAME] --out F.xlsx|F.pdf`;
- `list skills [--team NAME] [--json]`, `list levels --employee REF [--json]`,
  `list certificates [--expiring DAYS] [--employee REF] [--from] [--to] [--json]`;
- `add certificate ...`, `add level ...`: exit 2 on bad input (expiry before issue, a person
  out of service, an unknown type or skill)."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from teamlead_app.cli import EXIT_OK, EXIT_REJECTED
from teamlead_app.cli.common import open_db, option_date, print_json
from teamlead_app.cli.exports import _check_folder
from teamlead_app.data.context import ServiceContext
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import t
from teamlead_app.labels import label
from teamlead_app.services.common import settings
from teamlead_app.services.exports.files import save_matrix
from teamlead_app.services.people import employees as people
from teamlead_app.services.skills import certificates, knowledge, matrix_import
from teamlead_app.services.skills import coverage as skill_coverage
from teamlead_app.services.skills import levels as skills
from teamlead_app.util.dates import format_date


def _team(ctx: ServiceContext, name: str | None) -> int | None:
    return people.resolve_team(ctx, name) if name else None


def cmd_import_matrix(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        team_id = _team(db, args.team)
        preview = matrix_import.preview_matrix(db, Path(args.file), team_id)
        print(
            t(
                f"Bestand: {preview.path.name}, tabblad '{preview.sheet}'",
                f"File: {preview.path.name}, sheet '{preview.sheet}'",
            )
        )
        for sheet in preview.skipped_sheets:
            print(
                t(
                    f"Tabblad '{sheet}' overgeslagen (alleen het eerste wordt gelezen).",
                    f"Sheet '{sheet}' skipped (only the first is read).",
                )
            )
        print(
            t(
                f"Medewerkers herkend: {len(preview.people)}, vaardigheden: "
                f"{len(preview.known_skills)} bekend, {len(preview.new_skills)} nieuw, "
                f"niveaus: {len(preview.levels)} ({preview.changes} gewijzigd), "
                f"geweigerde cellen: {len(preview.problems)}",
                f"People matched: {len(preview.people)}, skills: {len(preview.known_skills)} "
                f"known, {len(preview.new_skills)} new, levels: {len(preview.levels)} "
                f"({preview.changes} changed), refused cells: {len(preview.problems)}",
            )
        )
        if preview.new_skills:
            names = ", ".join(name for name, _ in preview.new_skills)
            print(t(f"Nieuwe vaardigheden: {names}", f"New skills: {names}"))
        for problem in preview.problems:
            print(f"  {matrix_import.format_problem(problem)}")
        code = EXIT_REJECTED if preview.problems else EXIT_OK
        if args.dry_run:
            print(t("Proefdraai: er is niets opgeslagen.", "Dry run: nothing was saved."))
            return code
        assessor = args.assessor or settings.get_settings(db).lead_name
        result = matrix_import.commit_matrix(db, preview, assessor)
        print(
            t(
                f"Opgeslagen: {result.skills_created} nieuwe vaardigheden, "
                f"{result.levels_changed} niveaus gewijzigd.",
                f"Saved: {result.skills_created} new skills, {result.levels_changed} levels "
                "changed.",
            )
        )
        return code
    finally:
        db.close()


def cmd_export_matrix(args: argparse.Namespace) -> int:
    out = Path(args.out)
    fmt = out.suffix.lower().lstrip(".")
    if fmt not in ("xlsx", "pdf"):
        raise ValidationError(
            t(
                f"--out: gebruik een bestandsnaam op .xlsx of .pdf, niet '{out.name}'.",
                f"--out: use a file name ending in .xlsx or .pdf, not '{out.name}'.",
            )
        )
    _check_folder(out)
    db = open_db(args)
    try:
        team_id = _team(db, args.team)
        save_matrix(db, team_id, fmt, out)
    finally:
        db.close()
    print(t(f"Matrix opgeslagen: {out}", f"Matrix written: {out}"))
    return EXIT_OK


def cmd_list_skills(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        team_id = _team(db, args.team)
        days = settings.get_settings(db).certificate_warning_days
        rows = skill_coverage.compute_coverage(db, team_id=team_id, warning_days=days)
    finally:
        db.close()
    if args.json:
        print_json(
            {
                "id": r.skill_id,
                "name": r.skill,
                "group": r.group,
                "team": r.team,
                "requires_certificate": r.certificate_type or None,
                "qualified": r.qualified,
                "coverage": r.status,
                "knowledge_holders": r.holders,
            }
            for r in rows
        )
        return EXIT_OK
    for r in rows:
        print(
            "\t".join(
                [
                    r.team,
                    label("skill_group", r.group),
                    r.skill,
                    str(r.qualified),
                    label("coverage", r.status),
                ]
            )
        )
    return EXIT_OK


def cmd_list_levels(args: argparse.Namespace) -> int:
    db = open_db(args)
    try:
        rows = knowledge.person_levels(db, people.resolve_employee(db, args.employee))
    finally:
        db.close()
    if args.json:
        print_json(
            {
                "skill_id": r.skill_id,
                "skill": r.skill,
                "group": r.group,
                "team": r.team,
                "level": r.level,
                "required": r.required,
                "gap": r.gap,
                "knowledge_holder": r.knowledge_holder,
                "history": [
                    {
                        "level": h.level,
                        "assessed_on": h.assessed_on,
                        "assessor": h.assessor,
                        "evidence": h.evidence,
                        "source": h.source,
                    }
                    for h in r.history
                ],
            }
            for r in rows
        )
        return EXIT_OK
    for r in rows:
        required = f" ({t('vereist', 'required')} {r.required})" if r.required else ""
        print(f"{r.skill}\t{r.level}{required}")
    return EXIT_OK


def cmd_list_certificates(args: argparse.Namespace) -> int:
    date_from = option_date(args.date_from, "--from")
    date_to = option_date(args.date_to, "--to")
    if date_from and date_to and date_from > date_to:
        raise ValidationError(t("--from ligt na --to.", "--from is after --to."))
    if args.expiring is not None and not 0 <= args.expiring <= 3650:
        raise ValidationError(t("--expiring: 0 tot 3650 dagen.", "--expiring: 0 to 3650 days."))
    db = open_db(args)
    try:
        employee_id = people.resolve_employee(db, args.employee) if args.employee else None
        team_id = _team(db, args.team)
        days = settings.get_settings(db).certificate_warning_days
        if args.expiring is not None:
            rows = certificates.certificate_alerts(
                db, employee_id=employee_id, team_id=team_id, warning_days=args.expiring
            )
        else:
            rows = certificates.list_certificates(
                db, employee_id=employee_id, team_id=team_id, warning_days=days
            )
    finally:
        db.close()
    rows = [
        r
        for r in rows
        if (date_from is None or (r.expires_on is not None and r.expires_on >= date_from))
        and (date_to is None or (r.expires_on is not None and r.expires_on <= date_to))
    ]
    today = date.today()
    if args.json:
        print_json(
            {
                "id": r.id,
                "employee_id": r.employee_id,
                "employee": r.employee,
                "team": r.team,
                "type": r.type_name,
                "issued_on": r.issued_on,
                "expires_on": r.expires_on,
                "status": r.status,
                "days_left": r.days_left(today),
                "has_scan": r.has_scan,
            }
            for r in rows
        )
        return EXIT_OK
    for r in rows:
        print(
            "\t".join(
                [
                    r.employee,
                    r.type_name,
                    format_date(r.expires_on),
                    label("certificate_status", r.status),
                ]
            )
        )
    return EXIT_OK


def cmd_add_certificate(args: argparse.Namespace) -> int:
    issued = option_date(args.issued, "--issued")
    expires = option_date(args.expires, "--expires")
    assert issued is not None
    db = open_db(args)
    try:
        employee_id = people.resolve_employee(db, args.employee)
        wanted = args.type.strip().casefold()
        kind = next((k for k in certificates.list_types(db) if k.name.casefold() == wanted), None)
        if kind is None:
            raise NotFoundError(
                t(
                    f"Onbekende certificaatsoort: {args.type}",
                    f"Unknown certificate type: {args.type}",
                )
            )
        if expires is None and kind.validity_months:
            expires = certificates.add_months(issued, kind.validity_months)
        draft = certificates.CertificateDraft(employee_id, kind.id, issued, expires)
        if args.scan:
            certificates.read_scan(Path(args.scan))  # refuse a bad scan before saving anything
        cert_id = certificates.save_certificate(db, draft)
        if args.scan:
            certificates.attach_scan(db, cert_id, Path(args.scan))
    finally:
        db.close()
    print(t(f"Certificaat vastgelegd (id {cert_id}).", f"Certificate recorded (id {cert_id})."))
    return EXIT_OK


def cmd_add_level(args: argparse.Namespace) -> int:
    day = option_date(args.date, "--date") or date.today()
    level = skills.parse_level(args.level)
    if level is None:
        raise ValidationError(
            t(
                f"--level: '{args.level}' is geen niveau (–, I, L, U, O of 0-4).",
                f"--level: '{args.level}' is not a level (–, I, L, U, O or 0-4).",
            )
        )
    db = open_db(args)
    try:
        employee_id = people.resolve_employee(db, args.employee)
        team_id = _team(db, args.team)
        wanted = args.skill.strip().casefold()
        found = [s for s in skills.list_skills(db, team_id) if s.name.casefold() == wanted]
        if len(found) != 1:
            raise NotFoundError(
                t(
                    f"Vaardigheid '{args.skill}' niet (eenduidig) gevonden; geef --team mee.",
                    f"Skill '{args.skill}' not found (or ambiguous); pass --team.",
                )
            )
        draft = skills.LevelDraft(
            employee_id, found[0].id, level, day, args.assessor, args.evidence
        )
        changed = skills.set_level(db, draft)
    finally:
        db.close()
    print(
        t(
            "Niveau vastgelegd." if changed else "Niveau was al zo.",
            "Level recorded." if changed else "Level unchanged.",
        )
    )
    return EXIT_OK
