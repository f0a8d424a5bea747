"""`teamlead-app demo`: makes the company, refuses a filled file, checks its numbers."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from teamlead_app.cli import main


def _employees(path: Path, capsys: pytest.CaptureFixture[str]) -> list[dict[str, object]]:
    assert main(["--db", str(path), "list", "employees", "--json"]) == 0
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return rows


def test_demo_makes_the_company(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "demo"]) == 0
    assert capsys.readouterr().out.strip() == (
        "Demobedrijf gemaakt: 2 teams, 44 medewerkers, 2 uit dienst."
    )
    rows = _employees(db_path, capsys)
    assert len(rows) == 44
    assert "Łukasz Wiśniewski" in {r["name"] for r in rows}


def test_demo_sizes_and_english(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = tmp_path / "new.sqlite"
    assert main(["--lang", "en", "--db", str(path), "demo", "--teams", "1", "--size", "1"]) == 0
    assert capsys.readouterr().out.strip() == (
        "Demo company made: 1 team, 1 employee, 1 out of service."
    )


def test_demo_same_seed_same_people(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    made = []
    for name in ("a.sqlite", "b.sqlite"):
        path = tmp_path / name
        assert main(["--db", str(path), "demo", "--seed", "9", "--teams", "3", "--size", "5"]) == 0
        capsys.readouterr()
        made.append(
            [(r["name"], r["personnel_number"], r["team"]) for r in _employees(path, capsys)]
        )
    assert made[0] == made[1]
    assert len(made[0]) == 15


def test_demo_refuses_a_database_with_people(
    db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "demo", "--teams", "1", "--size", "3"]) == 0
    capsys.readouterr()
    assert main(["--db", str(db_path), "demo"]) == 2
    err = capsys.readouterr().err
    assert err.startswith("Fout: ") and "bevat al medewerkers" in err
    assert len(err.strip().splitlines()) == 1
    assert len(_employees(db_path, capsys)) == 3


@pytest.mark.parametrize(
    ("option", "value"), [("--teams", "0"), ("--teams", "101"), ("--size", "0"), ("--size", "201")]
)
def test_demo_rejects_numbers_out_of_range(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], option: str, value: str
) -> None:
    path = tmp_path / "never.sqlite"
    assert main(["--db", str(path), "demo", option, value]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(f"Fout: {option}: Kies ")
    assert not path.exists()


def test_demo_rejects_a_number_that_is_not_one(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(tmp_path / "x.sqlite"), "demo", "--teams", "veel"])
    assert exit_.value.code == 2
    assert "--teams" in capsys.readouterr().err
