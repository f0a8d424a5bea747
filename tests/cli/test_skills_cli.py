"""The skills matrix and certificates on the command line: what is written, JSON shapes and
exit codes (0 done, 1 cells refused, 2 bad input)."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest
from openpyxl import Workbook

from teamlead_app.cli import main
from teamlead_app.data.db import Database
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.services.skills import certificates, knowledge
from teamlead_app.services.skills import levels as skills
from teamlead_app.services.skills.certificates import CertificateDraft
from teamlead_app.services.skills.levels import LevelDraft, SkillDraft
from teamlead_app.services.storage.export_log import list_export_log


def _setup(db_path: Path) -> dict[str, int]:
    db = Database(db_path)
    try:
        team = people.save_team(db, TeamDraft("Lasafdeling"))
        ids = {
            name: people.save_employee(
                db,
                EmployeeDraft(
                    first_name=name, last_name="Jansen", personnel_number=number, team_id=team
                ),
            )
            for name, number in (("Kees", "2001"), ("Anouk", "2002"))
        }
        ids["team"] = team
        ids["skill"] = skills.save_skill(db, SkillDraft("MIG/MAG-lassen", "process", team))
        skills.set_level(db, LevelDraft(ids["Kees"], ids["skill"], "U", date(2026, 1, 5), "Henk"))
        bhv = next(x.id for x in certificates.list_types(db) if x.name == "BHV")
        soon = date.today() + timedelta(days=20)
        certificates.save_certificate(
            db, CertificateDraft(ids["Anouk"], bhv, soon - timedelta(days=365), soon)
        )
        return ids
    finally:
        db.close()


def _xlsx(path: Path) -> Path:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    for row in (["Naam", "MIG/MAG-lassen", "Zetten"], ["Anouk Jansen", "L", "X"]):
        sheet.append(row)
    book.save(path)
    return path


def _levels(db_path: Path, employee_id: int) -> list[tuple[str, str]]:
    db = Database(db_path)
    try:
        return [(r.skill, r.level) for r in knowledge.person_levels(db, employee_id)]
    finally:
        db.close()


def test_import_matrix_dry_run_saves_nothing_and_names_refused_cells(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _setup(db_path)
    path = _xlsx(tmp_path / "m.xlsx")
    code = main(
        ["import", "matrix", str(path), "--team", "Lasafdeling", "--dry-run", "--db", str(db_path)]
    )
    out = capsys.readouterr().out
    assert code == 1
    assert "C2 'X'" in out and "Proefdraai" in out
    assert _levels(db_path, ids["Anouk"]) == []
    code = main(["import", "matrix", str(path), "--team", "Lasafdeling", "--db", str(db_path)])
    assert code == 1  # saved what it could, said what it refused
    assert _levels(db_path, ids["Anouk"]) == [("MIG/MAG-lassen", "L")]


def test_import_matrix_bad_file_exits_2(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _setup(db_path)
    bad = tmp_path / "m.xlsx"
    bad.write_text("geen excel", encoding="utf-8")
    assert main(["import", "matrix", str(bad), "--db", str(db_path)]) == 2
    assert "Excel" in capsys.readouterr().err


def test_export_matrix_writes_xlsx_and_pdf_and_logs(db_path: Path, tmp_path: Path) -> None:
    _setup(db_path)
    for name in ("m.xlsx", "m.pdf"):
        out = tmp_path / name
        assert (
            main(
                [
                    "export",
                    "matrix",
                    "--team",
                    "Lasafdeling",
                    "--out",
                    str(out),
                    "--db",
                    str(db_path),
                ]
            )
            == 0
        )
        assert out.stat().st_size > 1000
    assert main(["export", "matrix", "--out", str(tmp_path / "m.doc"), "--db", str(db_path)]) == 2
    db = Database(db_path)
    try:
        logged = [(r.action, r.file_name) for r in list_export_log(db)]
    finally:
        db.close()
    assert ("matrix", ".pdf") in logged and ("matrix", ".xlsx") in logged  # kind of file only


def test_list_skills_json(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _setup(db_path)
    assert main(["list", "skills", "--team", "Lasafdeling", "--json", "--db", str(db_path)]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["name"], row["group"], row["qualified"], row["coverage"]) == (
        "MIG/MAG-lassen",
        "process",
        1,
        "red",
    )


def test_list_levels_json_has_history(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _setup(db_path)
    assert main(["list", "levels", "--employee", "2001", "--json", "--db", str(db_path)]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["level"] == "U"
    assert row["history"] == [
        {
            "level": "U",
            "assessed_on": "2026-01-05",
            "assessor": "Henk",
            "evidence": "",
            "source": "matrix",
        }
    ]


def test_list_certificates_expiring(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    _setup(db_path)
    assert main(["list", "certificates", "--expiring", "30", "--json", "--db", str(db_path)]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["employee"], row["type"], row["status"], row["days_left"]) == (
        "Jansen, Anouk",
        "BHV",
        "expiring",
        20,
    )
    assert main(["list", "certificates", "--expiring", "10", "--json", "--db", str(db_path)]) == 0
    assert json.loads(capsys.readouterr().out) == []


def test_bad_input_exits_2(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ids = _setup(db_path)
    base = ["--db", str(db_path)]
    # Dates from > to.
    assert main(["list", "certificates", "--from", "01-05-2026", "--to", "01-04-2026", *base]) == 2
    assert "--from ligt na --to" in capsys.readouterr().err
    # Expiry before issue.
    args = ["add", "certificate", "--employee", "2001", "--type", "BHV", "--issued", "01-05-2026"]
    assert main([*args, "--expires", "01-04-2026", *base]) == 2
    assert "vóór de afgiftedatum" in capsys.readouterr().err
    # An archived person.
    db = Database(db_path)
    people.archive_employee(db, ids["Kees"], date(2026, 2, 1))
    db.close()
    assert main([*args, *base]) == 2
    assert "uit dienst" in capsys.readouterr().err
    level = ["add", "level", "--employee", "2001", "--skill", "MIG/MAG-lassen", "--level", "O"]
    assert main([*level, *base]) == 2
    assert main([*level[:-1], "X", *base]) == 2
    # A good one: the expiry follows the type's validity (BHV: 12 months).
    good = ["add", "certificate", "--employee", "2002", "--type", "bhv", "--issued", "01-05-2026"]
    assert main([*good, *base]) == 0
    db = Database(db_path)
    try:
        found = [c.expires_on for c in certificates.list_certificates(db, employee_id=ids["Anouk"])]
    finally:
        db.close()
    assert date(2027, 5, 1) in found
