"""`teamlead-app import employees`: the report, what is written, and the exit codes."""

from __future__ import annotations

import csv
import json
from collections.abc import Sequence
from pathlib import Path

import pytest

from teamlead_app.cli import main
from teamlead_app.data.db import Database
from teamlead_app.services.people import employees as people

HEADER = ["Personeelsnr", "Voornaam", "Achternaam", "Functie", "Afdeling", "Datum in dienst"]
GOOD = [
    ["1001", "Łukasz", "Wiśniewski", "Lasser", "Lasserij", "25-11-2020"],
    ["1002", "Jan", "van der Berg", "Monteur", "Assemblage", "1-2-26"],
]
BAD = [
    ["1003", "Kees", "Bakker", "Monteur", "Assemblage", "31-02-2026"],
    ["1004", "", "Smit", "", "", ""],
    ["1001", "Łukasz", "Wiśniewski", "", "", ""],
]


def write_csv(path: Path, rows: Sequence[Sequence[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as handle:
        csv.writer(handle, delimiter=";").writerows(rows)
    return path


def run(db_path: Path, *args: str) -> int:
    return main(["import", "employees", *args, "--db", str(db_path)])


def names(db_path: Path) -> list[str]:
    database = Database(db_path)
    try:
        return [r.full_name for r in people.list_employees(database, archived=None)]
    finally:
        database.close()


def test_good_file_is_written_and_exits_0(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "hr.csv", [HEADER, *GOOD])
    assert run(db_path, str(path)) == 0
    out = capsys.readouterr().out
    assert "Nieuw: 2, bijgewerkt: 0, ongewijzigd: 0, afgekeurd: 0" in out
    assert "Nieuwe teams: Lasserij, Assemblage" in out
    assert "Opgeslagen: 2 nieuw, 0 bijgewerkt." in out
    assert sorted(names(db_path)) == ["Jan van der Berg", "Łukasz Wiśniewski"]

    assert main(["--db", str(db_path), "list", "employees", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert {r["team"] for r in listed} == {"Lasserij", "Assemblage"}

    assert run(db_path, str(path)) == 0  # again: nothing new, nothing duplicated
    assert "Nieuw: 0, bijgewerkt: 0, ongewijzigd: 2, afgekeurd: 0" in capsys.readouterr().out
    assert len(names(db_path)) == 2


def test_rejected_rows_are_all_listed_and_nothing_is_written(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "hr.csv", [HEADER, *GOOD, *BAD])
    assert run(db_path, str(path)) == 1
    out = capsys.readouterr().out
    assert "Nieuw: 2, bijgewerkt: 0, ongewijzigd: 0, afgekeurd: 3" in out
    rejected = out.split("Afgekeurde rijen:\n", 1)[1].splitlines()[:3]
    assert rejected == [
        "  Rij 4, kolom 'Datum in dienst': '31-02-2026' is geen geldige datum (bijv. 25-11-2026).",
        "  Rij 5, kolom 'Voornaam': Voornaam is verplicht.",
        "  Rij 6: Dubbele regel: deze medewerker staat ook in rij 2.",
    ]
    assert "Er is niets opgeslagen." in out
    assert names(db_path) == []


def test_skip_invalid_writes_the_good_rows_and_still_exits_1(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "hr.csv", [HEADER, *GOOD, *BAD])
    assert run(db_path, str(path), "--skip-invalid") == 1
    out = capsys.readouterr().out
    assert "Rij 5, kolom 'Voornaam'" in out
    assert "Opgeslagen: 2 nieuw, 0 bijgewerkt." in out
    assert "Afgekeurd en niet opgeslagen: 3 rijen." in out
    assert len(names(db_path)) == 2

    good = write_csv(tmp_path / "good.csv", [HEADER, *GOOD])
    assert run(db_path, str(good), "--skip-invalid") == 0


def test_dry_run_writes_nothing_and_exits_as_it_would(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    good = write_csv(tmp_path / "good.csv", [HEADER, *GOOD])
    bad = write_csv(tmp_path / "bad.csv", [HEADER, *GOOD, *BAD])
    assert run(db_path, str(good), "--dry-run") == 0
    assert "Proefdraai: er is niets opgeslagen." in capsys.readouterr().out
    assert run(db_path, str(bad), "--dry-run", "--skip-invalid") == 1
    assert "Rij 6: Dubbele regel" in capsys.readouterr().out
    assert names(db_path) == []
    database = Database(db_path)
    try:
        assert people.list_teams(database) == []  # not even the teams
    finally:
        database.close()


def test_team_option_puts_everyone_in_one_team(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "hr.csv", [HEADER, *GOOD])
    assert run(db_path, str(path), "--team", "Ploeg Noord") == 0
    out = capsys.readouterr().out
    assert "Genegeerde kolommen: Afdeling" in out
    assert "Nieuwe teams: Ploeg Noord" in out
    assert main(["--db", str(db_path), "list", "employees", "--team", "ploeg noord"]) == 0
    assert len(capsys.readouterr().out.splitlines()) == 2


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("missing.csv", None, "Fout: Bestand"),
        ("empty.csv", b"", "Fout: empty.csv is leeg."),
        ("garbage.csv", bytes(range(256)), "Fout: garbage.csv is geen leesbaar"),
        ("cars.csv", b"Kenteken;Merk\nAB-12-CD;Volvo\n", "Fout: Kolom 'Achternaam' ontbreekt"),
        ("notes.docx", b"PK\x03\x04", "Fout: Bestandstype '.docx'"),
    ],
)
def test_unusable_file_is_one_line_on_stderr_and_exit_2(
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    name: str,
    content: bytes | None,
    expected: str,
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    assert run(db_path, str(path)) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    lines = captured.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith(expected)


def test_usage_error_and_english_report(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as info:
        main(["import", "employees", "--db", str(db_path)])
    assert info.value.code == 2
    capsys.readouterr()
    path = write_csv(tmp_path / "hr.csv", [HEADER, *GOOD, BAD[0]])
    assert main(["--lang", "en", "import", "employees", str(path), "--db", str(db_path)]) == 1
    out = capsys.readouterr().out
    assert "New: 2, updated: 0, unchanged: 0, rejected: 1" in out
    assert "Row 4, column 'Datum in dienst': '31-02-2026' is not a valid date" in out
    assert "Nothing was saved." in out


def test_a_too_long_function_is_reported_with_its_limit(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    row = ["1005", "Anna", "Smit", "L" * 121, "Assemblage", ""]
    path = write_csv(tmp_path / "hr.csv", [HEADER, row])
    assert run(db_path, str(path)) == 1
    out = capsys.readouterr().out
    assert "  Rij 2, kolom 'Functie': Functie is te lang (max. 120 tekens)." in out
    assert names(db_path) == []


def test_one_rejected_row_is_one_rij(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    path = write_csv(tmp_path / "hr.csv", [HEADER, *GOOD, BAD[1]])
    assert run(db_path, str(path), "--skip-invalid") == 1
    assert "Afgekeurd en niet opgeslagen: 1 rij." in capsys.readouterr().out
