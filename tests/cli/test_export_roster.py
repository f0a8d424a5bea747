"""`teamlead-app export roster`: writes a real PDF, filters on team, clear errors, exit codes."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from teamlead_app.cli import main
from teamlead_app.data.context import ServiceContext
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft


def pdf_text(path: Path) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(path.read_bytes())).pages)


@pytest.fixture
def filled(ctx: ServiceContext) -> ServiceContext:
    welding = people.save_team(ctx, TeamDraft("Lasserij", "Henk de Vries", "Hal 2"))
    assembly = people.save_team(ctx, TeamDraft("Assemblage"))
    people.save_employee(
        ctx,
        EmployeeDraft(
            first_name="Łukasz",
            last_name="Wiśniewski",
            function="Lasser",
            team_id=welding,
            personnel_number="1001",
            date_in_service=date(2021, 4, 1),
        ),
    )
    people.save_employee(
        ctx, EmployeeDraft(first_name="Mehmet", last_name="Yılmaz", team_id=assembly)
    )
    return ctx


def test_writes_the_roster_of_all_teams(
    filled: ServiceContext, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "rooster.pdf"
    assert main(["--db", str(db_path), "export", "roster", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"Teamoverzicht opgeslagen: {out}"
    assert out.read_bytes().startswith(b"%PDF-")
    text = pdf_text(out)
    assert "Wiśniewski, Łukasz" in text and "Yılmaz, Mehmet" in text
    assert "01-04-2021" in text and "pagina 1 van 1" in text
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".tmp-")] == []


def test_one_team_and_overwrite(filled: ServiceContext, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "lasserij.pdf"
    out.write_bytes(b"old")
    assert (
        main(["--db", str(db_path), "export", "roster", "--team", "lasserij", "--out", str(out)])
        == 0
    )
    text = pdf_text(out)
    assert "Teamoverzicht – Lasserij" in text and "Wiśniewski, Łukasz" in text
    assert "Yılmaz" not in text


def test_english(
    filled: ServiceContext, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "roster.pdf"
    assert main(["--lang", "en", "--db", str(db_path), "export", "roster", "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith("Team roster written:")
    assert "Personnel number" in pdf_text(out)


def test_unknown_team_is_exit_2(
    filled: ServiceContext, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "x.pdf"
    code = main(["--db", str(db_path), "export", "roster", "--team", "Nope", "--out", str(out)])
    assert code == 2
    assert capsys.readouterr().err.strip() == "Fout: Team 'Nope' bestaat niet."
    assert not out.exists()


def test_missing_folder_is_exit_2(
    filled: ServiceContext, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "bestaat-niet" / "x.pdf"
    assert main(["--db", str(db_path), "export", "roster", "--out", str(out)]) == 2
    err = capsys.readouterr().err.strip()
    assert err == f"Fout: De map {out.parent} bestaat niet."
    assert not out.parent.exists()


def test_out_is_required(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["export", "roster"])
    assert info.value.code == 2
    assert "--out" in capsys.readouterr().err


def test_empty_database_gives_a_pdf_that_says_so(db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "leeg.pdf"
    assert main(["--db", str(db_path), "export", "roster", "--out", str(out)]) == 0
    assert "Er zijn nog geen medewerkers." in pdf_text(out)
