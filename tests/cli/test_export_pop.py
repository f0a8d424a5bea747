"""`teamlead-app export pop` and `export pop-prep`: real PDFs, the export log, exit codes."""

from __future__ import annotations

import io
from datetime import date
from pathlib import Path

import pytest
from pypdf import PdfReader

from teamlead_app.cli import main
from teamlead_app.data.context import ServiceContext
from teamlead_app.services.development import goals, pop
from teamlead_app.services.development.goals import GoalDraft
from teamlead_app.services.exports.pop import year_pop_id
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.storage.export_log import list_export_log


def pdf_text(path: Path) -> str:
    reader = PdfReader(io.BytesIO(path.read_bytes()))
    return "\n".join(page.extract_text() for page in reader.pages)


@pytest.fixture
def lukasz(ctx: ServiceContext) -> int:
    person = people.save_employee(
        ctx,
        EmployeeDraft(
            first_name="Łukasz", last_name="Wiśniewski", function="Lasser", personnel_number="1001"
        ),
    )
    plan = pop.create_pop(ctx, person, 2025)
    goals.create_goal(
        ctx,
        person,
        GoalDraft("Lasrobot <b>&</b> instellen", start_date=date(2025, 2, 1)),
        pop_id=plan,
    )
    return person


def test_pop_of_a_given_year(
    ctx: ServiceContext,
    lukasz: int,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "pop.pdf"
    args = ["--db", str(db_path), "export", "pop", "--employee", "1001", "--year", "2025"]
    assert main([*args, "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"POP opgeslagen: {out}"
    text = pdf_text(out)
    assert "Persoonlijk ontwikkelingsplan (POP)" in text
    assert "Łukasz Wiśniewski" in text and "Lasrobot <b>&</b> instellen" in text
    logged = list_export_log(ctx)
    assert [(e.action, e.scope, e.file_name) for e in logged] == [
        ("pop", f"employee={lukasz} pop={year_pop_id(ctx, lukasz, 2025)} year=2025", ".pdf")
    ]


def test_default_year_is_this_year(
    ctx: ServiceContext, lukasz: int, db_path: Path, tmp_path: Path
) -> None:
    this_year = date.today().year
    pop.create_pop(ctx, lukasz, this_year)
    out = tmp_path / "dit-jaar.pdf"
    args = ["--db", str(db_path), "export", "pop", "--employee", "Łukasz Wiśniewski"]
    assert main([*args, "--out", str(out)]) == 0
    assert f"01-01-{this_year} – 31-12-{this_year}" in pdf_text(out)
    plan = year_pop_id(ctx, lukasz, this_year)
    assert list_export_log(ctx)[0].scope == f"employee={lukasz} pop={plan} year={this_year}"


def test_no_pop_for_the_year_is_exit_2(
    ctx: ServiceContext,
    lukasz: int,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "pop.pdf"
    args = ["--db", str(db_path), "export", "pop", "--employee", "1001", "--year", "2019"]
    assert main([*args, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.strip() == "Fout: Łukasz Wiśniewski heeft geen POP voor 2019."
    assert not out.exists() and list_export_log(ctx) == []


@pytest.mark.parametrize("year", ["-5", "0", "99999"])
def test_an_impossible_year_is_a_clear_exit_2_not_a_traceback(
    ctx: ServiceContext,
    lukasz: int,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    year: str,
) -> None:
    out = tmp_path / "pop.pdf"
    args = ["--db", str(db_path), "export", "pop", "--employee", "1001", "--year", year]
    assert main([*args, "--out", str(out)]) == 2  # 0 is no "this year" either
    assert capsys.readouterr().err.strip() == f"Fout: Geen geldig jaar: {year}."
    assert not out.exists() and list_export_log(ctx) == []


@pytest.mark.parametrize("command", ["pop", "pop-prep"])
def test_unknown_employee_is_exit_2(
    lukasz: int,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    command: str,
) -> None:
    out = tmp_path / "x.pdf"
    args = ["--db", str(db_path), "export", command, "--employee", "Jan Janssen"]
    assert main([*args, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Jan Janssen" in err and "Traceback" not in err
    assert not out.exists()


def test_missing_folder_is_exit_2(
    lukasz: int, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nergens" / "pop.pdf"
    args = ["--db", str(db_path), "export", "pop", "--employee", "1001", "--year", "2025"]
    assert main([*args, "--out", str(out)]) == 2
    assert "bestaat niet" in capsys.readouterr().err


def test_preparation_form_with_name(
    ctx: ServiceContext,
    lukasz: int,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "voorbereiding.pdf"
    args = ["--db", str(db_path), "export", "pop-prep", "--employee", "1001"]
    assert main([*args, "--out", str(out)]) == 0
    assert capsys.readouterr().out.startswith("Voorbereidingsformulier POP-gesprek opgeslagen")
    text = pdf_text(out)
    assert "Łukasz Wiśniewski" in text and "Bij welke collega wil je eens meelopen?" in text
    logged = list_export_log(ctx)
    assert [(e.action, e.scope) for e in logged] == [("pop_prep", f"employee={lukasz}")]


def test_blank_preparation_form_in_english(
    ctx: ServiceContext, lukasz: int, db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "blank.pdf"
    assert (
        main(["--lang", "en", "--db", str(db_path), "export", "pop-prep", "--out", str(out)]) == 0
    )
    text = pdf_text(out)
    assert "Where will you be in three years?" in text and "Łukasz" not in text
    assert [(e.action, e.scope) for e in list_export_log(ctx)] == [("pop_prep", "blank")]
