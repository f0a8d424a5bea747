"""The export half of the self-test: it finds every `export` command in the CLI's own parser
(so a new export is covered without editing the self-test), runs each through the CLI into a
folder with spaces and diacritics, and reads each file back."""

from __future__ import annotations

import argparse
from pathlib import Path

import pytest

from teamlead_app.cli.self_test import (
    DemoIds,
    UnknownOption,
    demo_ids,
    export_argv,
    export_commands,
    run_exports,
)
from teamlead_app.data.context import ServiceContext
from teamlead_app.services.demo.company import generate_company


def test_every_cli_export_is_found_and_can_be_filled(tmp_path: Path) -> None:
    commands = export_commands()
    assert {
        "roster",
        "overview",
        "summary",
        "prep",
        "calendar",
        "pop",
        "pop-prep",
        "person",
        "pairing",
    } <= set(commands)
    ids = DemoIds(employee=3, conversation=7, pop=2, year=2026, pairing=4)
    for name, parser in commands.items():
        argv = export_argv(name, parser, ids, tmp_path / f"{name}.pdf")
        assert argv[:2] == ["export", name]


def test_a_required_option_it_does_not_know_is_named(tmp_path: Path) -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--skill", required=True)
    parser.add_argument("--out", required=True)
    with pytest.raises(UnknownOption, match="--skill"):
        export_argv("skills", parser, DemoIds(1, None, None, 2026), tmp_path / "x.pdf")


@pytest.fixture
def demo(ctx: ServiceContext) -> ServiceContext:
    generate_company(ctx)
    return ctx


def test_every_export_is_written_and_read_back(
    demo: ServiceContext, db_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "Jürgen Müller" / "export map"
    folder.mkdir(parents=True)
    ids = demo_ids(demo)
    assert ids.conversation is not None and ids.pop is not None
    results = run_exports(db_path, ids, folder, "nl")
    failed = [f"{r.name}: {r.error}" for r in results if r.summary is None]
    assert failed == []
    kinds = {r.name: r.summary.kind for r in results if r.summary is not None}
    assert kinds["roster.pdf"] == "pdf" and kinds["overview.xlsx"] == "xlsx"
    assert kinds["calendar.ics"] == "ics" and kinds["person.zip"] == "zip"
    pdfs = [r for r in results if r.summary is not None and r.summary.kind == "pdf"]
    assert len(pdfs) == len(export_commands()) - 2  # all but the calendar and the ZIP
    assert all(r.summary is not None and r.summary.pages >= 1 for r in pdfs)


def test_a_broken_export_is_reported_not_raised(
    demo: ServiceContext, db_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        "teamlead_app.services.exports.roster.export_roster", lambda *a, **k: b"%PDF-1.4 cut"
    )
    results = {r.name: r for r in run_exports(db_path, demo_ids(demo), tmp_path, "nl")}
    assert results["roster.pdf"].summary is None
    assert "EOF" in results["roster.pdf"].error
    assert results["pop.pdf"].summary is not None
