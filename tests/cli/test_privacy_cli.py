"""`teamlead-app export person` and `teamlead-app retention`: real files, the export log,
exit codes, and no deletion without --yes."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from teamlead_app.cli import main
from teamlead_app.data.context import ServiceContext
from teamlead_app.services.storage.export_log import list_export_log
from tests.services.test_privacy import PRIVATE, full_person, pdf_text, zip_parts


def test_export_person_writes_the_zip_and_logs_it(
    ctx: ServiceContext, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    person = full_person(ctx)
    out = tmp_path / "inzage.zip"
    args = ["--db", str(db_path), "export", "person", "--employee", "1001", "--out", str(out)]
    assert main(args) == 0
    assert capsys.readouterr().out.strip() == f"Inzage-export opgeslagen: {out}"
    parts = zip_parts(out.read_bytes())
    assert PRIVATE in pdf_text(parts["inzage.pdf"])
    assert json.loads(parts["inzage.json"])["person"]["personnel_number"] == "1001"
    entry = list_export_log(ctx)[0]
    assert (entry.action, entry.scope, entry.file_name) == (
        "person",
        f"employee={person.id}",
        ".zip",
    )


def test_export_person_of_an_unknown_employee_is_exit_2(
    ctx: ServiceContext, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full_person(ctx)
    out = tmp_path / "inzage.zip"
    args = ["--db", str(db_path), "export", "person", "--employee", "Jan Janssen"]
    assert main([*args, "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "Jan Janssen" in err and "Traceback" not in err
    assert not out.exists()
    assert {e.action for e in list_export_log(ctx)} == {"pop"}  # only the fixture's rows


def test_export_person_into_a_missing_folder_is_exit_2(
    ctx: ServiceContext, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full_person(ctx)
    out = tmp_path / "nergens" / "inzage.zip"
    args = ["--db", str(db_path), "export", "person", "--employee", "1001", "--out", str(out)]
    assert main(args) == 2
    assert "bestaat niet" in capsys.readouterr().err


def _recent(ctx: ServiceContext) -> int:
    return full_person(ctx, "Recent", out=date.today() - timedelta(days=30), number="2").id


def test_retention_lists_who_is_past_it(
    ctx: ServiceContext, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    full_person(ctx)
    _recent(ctx)
    assert main(["--db", str(db_path), "retention"]) == 0
    out = capsys.readouterr().out
    assert out.strip() == (
        "Wiśniewski, Łukasz: 2 gesprekken, 1 afspraak, 2 ontwikkeldoelen, 1 POP "
        "(Team Noord); uit dienst 01-03-2023, bewaren tot en met 01-03-2025"
    )


def test_an_empty_worklist_says_so(db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--db", str(db_path), "retention"]) == 0
    assert capsys.readouterr().out.strip() == "Niemand is over de bewaartermijn."


def test_delete_without_yes_refuses(
    ctx: ServiceContext, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    person = full_person(ctx)
    assert main(["--db", str(db_path), "retention", "--delete"]) == 2
    captured = capsys.readouterr()
    assert captured.err.count("\n") == 1
    assert captured.err.startswith("Fout: niets verwijderd.") and "--delete --yes" in captured.err
    assert "(1 medewerker over de bewaartermijn)" in captured.err
    assert main(["--db", str(db_path), "list", "employees", "--archived"]) == 0
    assert f"{person.id}\tWiśniewski, Łukasz" in capsys.readouterr().out


def test_delete_with_yes_deletes_and_logs(
    ctx: ServiceContext, db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    gone = full_person(ctx)
    recent = _recent(ctx)
    assert main(["--db", str(db_path), "retention", "--delete", "--yes"]) == 0
    out = capsys.readouterr().out
    last = out.splitlines()[-1]  # one person: "1 medewerker", not "1 medewerkers"
    assert last.startswith("Verwijderd: 1 medewerker, 0 oude back-ups, ")
    assert last.endswith(" uit het exportlogboek.")
    actions = [(e.action, e.scope) for e in list_export_log(ctx)]
    assert ("delete", f"employee={gone.id}") in actions
    assert actions[0][0] == "purge"
    assert main(["--db", str(db_path), "list", "employees", "--archived", "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [row["id"] for row in listed] == [recent]


def test_export_person_takes_the_personnel_number_not_the_id(
    ctx: ServiceContext, db_path: Path, tmp_path: Path
) -> None:
    """Id 1 and personnel number "1" belong to different people: "1" is the number."""
    first = full_person(ctx)  # id 1, personnel number 1001
    holder = full_person(ctx, "Kowalski", number=str(first.id))
    assert holder.id != first.id
    out = tmp_path / "inzage.zip"
    args = ["--db", str(db_path), "export", "person", "--out", str(out)]
    assert main([*args, "--employee", str(first.id)]) == 0
    record = json.loads(zip_parts(out.read_bytes())["inzage.json"])
    assert record["person"]["last_name"] == "Kowalski"
    assert main([*args, "--employee", f"id:{first.id}"]) == 0
    record = json.loads(zip_parts(out.read_bytes())["inzage.json"])
    assert record["person"]["last_name"] == "Wiśniewski"


def test_export_person_refuses_a_bare_id_and_an_ambiguous_name(
    ctx: ServiceContext, db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = full_person(ctx)
    second = full_person(ctx, number="2002")  # the same name, another person
    out = tmp_path / "inzage.zip"
    args = ["--db", str(db_path), "export", "person", "--out", str(out)]
    assert main([*args, "--employee", str(second.id)]) == 2
    err = capsys.readouterr().err
    assert f"id:{second.id}" in err and "Traceback" not in err
    assert main([*args, "--employee", "lukasz wisniewski"]) == 2
    err = capsys.readouterr().err
    assert "2 medewerkers" in err
    assert f"personeelsnummer 1001, team Team Noord, uit dienst, id:{first.id}" in err
    assert f"personeelsnummer 2002, team Team Noord, uit dienst, id:{second.id}" in err
    assert not out.exists()
    assert "person" not in {e.action for e in list_export_log(ctx)}
