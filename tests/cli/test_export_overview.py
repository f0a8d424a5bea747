"""`teamlead-app export overview --year YYYY [--team NAME] --out F.(pdf|xlsx|csv)`: the format
from the extension, a row in the export log for every file written, exit 2 with one clear line
for bad input, and never a half-written or stray file."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest

from teamlead_app.cli import main
from teamlead_app.data.context import ServiceContext
from teamlead_app.services.storage.export_log import list_export_log

from ..services.year_overview_helpers import YEAR, Company, build_company, pdf_text


@pytest.fixture
def company(ctx: ServiceContext) -> Company:
    return build_company(ctx)


@pytest.fixture
def folder(tmp_path: Path) -> Path:
    """Where the files go: apart from the database, so a stray file would show."""
    path = tmp_path / "uitvoer"
    path.mkdir()
    return path


def export(db_path: Path, out: Path, *extra: str) -> int:
    return main(
        ["--db", str(db_path), "export", "overview", "--year", str(YEAR), "--out", str(out), *extra]
    )


@pytest.mark.parametrize("suffix", [".pdf", ".xlsx", ".csv", ".PDF"])
def test_each_format_is_written_and_logged(
    ctx: ServiceContext,
    company: Company,
    db_path: Path,
    folder: Path,
    capsys: pytest.CaptureFixture[str],
    suffix: str,
) -> None:
    out = folder / f"jaaroverzicht{suffix}"
    assert export(db_path, out) == 0
    assert capsys.readouterr().out.strip() == f"Jaaroverzicht opgeslagen: {out}"
    magic = {".pdf": b"%PDF-", ".xlsx": b"PK", ".csv": b"\xef\xbb\xbfMedewerker;"}
    assert out.read_bytes().startswith(magic[suffix.lower()])
    [row] = list_export_log(ctx)
    kind = suffix.lower()
    assert (row.action, row.scope, row.file_name) == ("overview", f"year={YEAR} team=all", kind)
    assert [p.name for p in folder.iterdir()] == [out.name]  # no temporary file left


def test_one_team_by_name(
    ctx: ServiceContext, company: Company, db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "assemblage.pdf"
    assert export(db_path, out, "--team", "assemblage") == 0
    text = pdf_text(out.read_bytes())
    assert "Wiśniewski, Łukasz" in text and "Yılmaz" not in text
    assert list_export_log(ctx)[0].scope == f"year={YEAR} team={company.assembly}"


def test_another_extension_is_refused(
    ctx: ServiceContext,
    company: Company,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "overzicht.docx"
    assert export(db_path, out) == 2
    err = capsys.readouterr().err.strip()
    assert err == "Fout: --out: 'overzicht.docx' moet eindigen op .pdf, .xlsx of .csv."
    assert not out.exists() and list_export_log(ctx) == []


def test_unknown_team_missing_folder_and_a_folder_as_file(
    ctx: ServiceContext,
    company: Company,
    db_path: Path,
    folder: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert export(db_path, folder / "x.pdf", "--team", "Schilderij") == 2
    assert "Team 'Schilderij' bestaat niet." in capsys.readouterr().err
    missing = folder / "nergens" / "x.xlsx"
    assert export(db_path, missing) == 2
    assert "bestaat niet" in capsys.readouterr().err
    (folder / "map.pdf").mkdir()
    assert export(db_path, folder / "map.pdf") == 2
    assert "is een map" in capsys.readouterr().err
    assert [p.name for p in folder.iterdir()] == ["map.pdf"] and list_export_log(ctx) == []


def test_a_bad_year(ctx: ServiceContext, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "x.csv"
    args = ["--db", str(db_path), "export", "overview", "--year", "20255", "--out", str(out)]
    assert main(args) == 2
    assert not out.exists()
    with pytest.raises(SystemExit) as stop:
        main(["--db", str(db_path), "export", "overview", "--year", "vorig", "--out", str(out)])
    assert stop.value.code == 2


def test_an_empty_year_is_still_written(ctx: ServiceContext, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "leeg.pdf"
    args = ["--db", str(db_path), "export", "overview", "--year", "1990", "--out", str(out)]
    assert main(args) == 0
    assert "Er zijn geen gegevens voor 1990" in pdf_text(out.read_bytes())


def test_english_workbook(
    ctx: ServiceContext, company: Company, db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "overview.xlsx"
    assert export(db_path, out, "--lang", "en") == 0
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == [
        "Employees",
        "Goals",
        "Conversations per month",
        "Craftsmanship per team",
        "Guidance per team",
    ]
