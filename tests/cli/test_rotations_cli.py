"""The rotation planner on the command line: the JSON list with conflicts, the schedule and
the Bewijs van bekwaamheid as PDFs (text read back with pypdf, logged with ids only) and exit
code 2 on bad input."""

from __future__ import annotations

import io
import json
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from teamlead_app.cli import main
from teamlead_app.data.db import Database
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.services.rotations import schedule as rotations
from teamlead_app.services.rotations.draft import RotationDraft
from teamlead_app.services.rotations.schedule import EvaluationDraft
from teamlead_app.services.skills import levels as skills
from teamlead_app.services.skills.levels import LevelDraft, SkillDraft
from teamlead_app.services.storage.export_log import list_export_log

LONG = "Kantbank <b>& 🛠 " + "heel lange naam " * 10


def _setup(db_path: Path) -> dict[str, int]:
    db = Database(db_path)
    try:
        team = people.save_team(db, TeamDraft("Lasafdeling"))
        ids = {
            name: people.save_employee(
                db,
                EmployeeDraft(first_name=first, last_name=last, personnel_number=nr, team_id=team),
            )
            for name, first, last, nr in (
                ("lukasz", "Łukasz", "Wiśniewski", "3001"),
                ("henk", "Henk", "Smit", "3002"),
                ("kees", "Kees", "Bakker", "3003"),
            )
        }
        skill = skills.save_skill(db, SkillDraft(LONG, "machine", team))
        skills.set_level(db, LevelDraft(ids["kees"], skill, "U", date(2026, 1, 5), "Tijn"))
        form = rotations.list_forms(db)[4].id
        done = rotations.save_rotation(
            db,
            RotationDraft(
                ids["lukasz"],
                date(2026, 11, 2),
                date(2026, 11, 20),
                form,
                ids["henk"],
                skill_id=skill,
                target_level="U",
            ),
        )
        rotations.evaluate_rotation(
            db, EvaluationDraft(done, "doorgaan", "Omstellen", "U"), today=date(2026, 11, 23)
        )
        # Planned: Łukasz away again while only Kees and he are at U: a coverage conflict.
        rotations.save_rotation(
            db, RotationDraft(ids["lukasz"], date(2027, 1, 4), date(2027, 1, 15), form)
        )
        ids["skill"] = skill
        return ids
    finally:
        db.close()


def _text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    # Wrapped cells break lines anywhere: compare on single spaces.
    return " ".join(" ".join(page.extract_text() for page in reader.pages).split())


def test_list_rotations_json_with_conflicts(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    ids = _setup(db_path)
    base = ["--db", str(db_path), "--json"]
    assert main(["list", "rotations", "--employee", "3001", *base]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert [(r["from"], r["status"], r["outcome"]) for r in rows] == [
        ("2026-11-02", "afgerond", "doorgaan"),
        ("2027-01-04", "gepland", None),
    ]
    assert rows[0]["host"] == "Henk Smit" and rows[0]["employee_id"] == ids["lukasz"]
    assert rows[0]["conflicts"] == []
    [conflict] = rows[1]["conflicts"]
    assert conflict["kind"] == "coverage" and "1 gekwalificeerde" in conflict["message"]
    assert main(["list", "rotations", "--from", "01-12-2026", *base]) == 0
    assert [r["from"] for r in json.loads(capsys.readouterr().out)] == ["2027-01-04"]


def test_export_schedule_pdf(db_path: Path, tmp_path: Path) -> None:
    _setup(db_path)
    out = tmp_path / "schema.pdf"
    args = ["export", "rotations", "--team", "Lasafdeling", "--from", "26-10-2026"]
    assert main([*args, "--to", "31-01-2027", "--out", str(out), "--db", str(db_path)]) == 0
    text = _text(out)
    assert "Roulatieschema – Lasafdeling" in text
    assert "Wiśniewski, Łukasz" in text and "B1" in text  # Henk hosts rotation 1
    assert "Meelopen met afdeling" in text and "Afgerond: Doorgaan" in text
    assert "Kantbank <b>&" in text  # the skill name printed literally
    assert "wk 45" in text
    db = Database(db_path)
    try:
        [entry] = list_export_log(db)
    finally:
        db.close()
    assert entry.action == "rotations" and "Łukasz" not in entry.scope


def test_export_competence_pdf(db_path: Path, tmp_path: Path) -> None:
    ids = _setup(db_path)
    out = tmp_path / "bewijs.pdf"
    assert (
        main(
            ["export", "competence", "--employee", "3001", "--out", str(out), "--db", str(db_path)]
        )
        == 0
    )
    text = _text(out)
    assert "Bewijs van bekwaamheid – Łukasz Wiśniewski" in text
    assert "U – Zelfstandig" in text and "23-11-2026" in text
    assert "Henk Smit" in text  # the host signed it off
    assert "Roulatie Meelopen met afdeling" in text
    assert "Handtekening" in text
    db = Database(db_path)
    try:
        [entry] = list_export_log(db)
    finally:
        db.close()
    assert entry.scope == f"employee={ids['lukasz']}"


@pytest.mark.parametrize(
    "argv",
    [
        ["list", "rotations", "--from", "31-02-2026"],
        ["list", "rotations", "--from", "01-02-2027", "--to", "01-01-2027"],
        ["list", "rotations", "--employee", "9999"],
        ["export", "rotations", "--out", "{tmp}/schema.docx"],
        ["export", "rotations", "--team", "Bestaat niet", "--out", "{tmp}/s.pdf"],
        [
            "export",
            "rotations",
            "--from",
            "01-01-2027",
            "--to",
            "01-01-2026",
            "--out",
            "{tmp}/s.pdf",
        ],
        ["export", "competence", "--employee", "9999", "--out", "{tmp}/b.pdf"],
        ["export", "competence", "--employee", "3001", "--out", "{tmp}/nope/b.pdf"],
    ],
)
def test_bad_input_exits_2(
    db_path: Path, tmp_path: Path, argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    _setup(db_path)
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    assert main([*args, "--db", str(db_path)]) == 2
    assert "Fout:" in capsys.readouterr().err
    assert not list(tmp_path.glob("*.pdf"))
