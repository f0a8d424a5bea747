"""`teamlead-app export summary` and `export prep`: real PDFs, the export log, exit codes."""

from __future__ import annotations

from pathlib import Path

import pytest

from teamlead_app.cli import main
from teamlead_app.data.context import ServiceContext
from teamlead_app.services.storage.export_log import list_export_log
from tests.reports.test_summary import (
    LAST_WORD,
    PRIVATE_MARKER,
    SHARED,
    History,
    build_history,
    pdf_text,
)


@pytest.fixture
def history(ctx: ServiceContext) -> History:
    return build_history(ctx)


def _run(db_path: Path, *args: str) -> int:
    return main(["--db", str(db_path), "export", *args])


def test_summary(
    ctx: ServiceContext,
    history: History,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "verslag.pdf"
    assert _run(db_path, "summary", "--conversation", str(history.second), "--out", str(out)) == 0
    assert capsys.readouterr().out.strip() == f"Gespreksverslag opgeslagen: {out}"
    _, text = pdf_text(out.read_bytes())
    assert SHARED in text and "Lasrobot <b>&</b> instellen" in text
    assert LAST_WORD in text and "pagina 1 van" in text
    assert PRIVATE_MARKER not in text
    logged = list_export_log(ctx)
    assert [(e.action, e.scope, e.file_name) for e in logged] == [
        ("summary", f"conversation={history.second} employee={history.employee_id}", ".pdf")
    ]


def test_prep_by_personnel_number(
    ctx: ServiceContext,
    history: History,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "voorbereiding.pdf"
    assert _run(db_path, "prep", "--employee", "1001", "--out", str(out)) == 0
    assert capsys.readouterr().out.strip() == f"Voorbereidingsblad opgeslagen: {out}"
    _, text = pdf_text(out.read_bytes())
    assert "Voorbereidingsblad – Łukasz Wiśniewski" in text
    assert "Openstaande afspraken" in text and "Zelfstandig TIG-lassen op RVS" in text
    assert PRIVATE_MARKER not in text
    logged = list_export_log(ctx)
    assert [(e.action, e.scope, e.file_name) for e in logged] == [
        ("prep", f"employee={history.employee_id}", ".pdf")
    ]


def test_prep_by_name(ctx: ServiceContext, history: History, db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "voorbereiding.pdf"
    assert _run(db_path, "prep", "--employee", "Łukasz Wiśniewski", "--out", str(out)) == 0
    assert out.read_bytes().startswith(b"%PDF")


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (("summary", "--conversation", "9999"), "Fout: Gesprek niet gevonden."),
        (("prep", "--employee", "Niemand"), "Fout: Geen medewerker gevonden voor 'Niemand'."),
    ],
)
def test_unknown_is_exit_2_with_one_line(
    ctx: ServiceContext,
    history: History,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    args: tuple[str, ...],
    message: str,
) -> None:
    out = tmp_path / "x.pdf"
    assert _run(db_path, *args, "--out", str(out)) == 2
    assert capsys.readouterr().err.strip() == message
    assert not out.exists() and list_export_log(ctx) == []


def test_cancelled_conversation_is_refused(
    ctx: ServiceContext,
    history: History,
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    out = tmp_path / "x.pdf"
    args = ("summary", "--conversation", str(history.cancelled), "--out", str(out))
    assert _run(db_path, *args) == 2
    assert capsys.readouterr().err.strip() == "Fout: Een geannuleerd gesprek heeft geen verslag."
    assert not out.exists() and list_export_log(ctx) == []


def test_missing_folder_is_exit_2(
    ctx: ServiceContext, history: History, db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "bestaat-niet" / "x.pdf"
    assert _run(db_path, "prep", "--employee", "1001", "--out", str(out)) == 2
    assert not out.exists() and list_export_log(ctx) == []
