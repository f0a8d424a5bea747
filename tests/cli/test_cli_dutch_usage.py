"""argparse's own words (usage line, help headings, mistyped input) are Dutch in Dutch."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from teamlead_app.cli import main
from teamlead_app.i18n import set_language

ENGLISH = ("usage:", "options", "positional arguments", "show this help", "argument ")


@pytest.fixture(autouse=True)
def _dutch() -> Iterator[None]:
    set_language("nl")
    yield
    set_language("nl")


def _error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as info:
        main(list(argv))
    assert info.value.code == 2
    return capsys.readouterr().err


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (
            ["export", "summary", "--conversation", "abc", "--out", "x.pdf"],
            "Fout: --conversation: 'abc' is geen geheel getal.",
        ),
        (["export", "summary", "--conversation", "3"], "Fout: dit ontbreekt nog: --out."),
        (["list"], "Fout: dit ontbreekt nog: opdracht."),
        (["list", "employees", "--team"], "Fout: --team: hier hoort een waarde achter."),
        (["list", "employees", "--foo"], "Fout: onbekend op deze plek: --foo."),
        (["bogus"], "Fout: opdracht: 'bogus' bestaat niet (kies uit 'demo', 'import'"),
        (["export", "overview", "--year", "20x6", "--out", "x.pdf"], "'20x6' is geen geheel"),
    ],
)
def test_mistyped_commands_are_told_in_dutch(
    capsys: pytest.CaptureFixture[str], argv: list[str], expected: str
) -> None:
    err = _error(capsys, *argv)
    assert expected in err
    assert err.startswith("gebruik: teamlead-app")
    assert not any(word in err for word in ENGLISH), err


def test_help_is_dutch(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as info:
        main(["export", "summary", "--help"])
    assert info.value.code == 0
    out = capsys.readouterr().out
    assert out.startswith("gebruik: teamlead-app export summary")
    assert "opties:" in out
    assert "-h, --help" in out and "deze hulp tonen" in out
    assert not any(word in out for word in ENGLISH), out


def test_english_stays_english(capsys: pytest.CaptureFixture[str]) -> None:
    err = _error(capsys, "--lang", "en", "export", "summary", "--conversation", "abc")
    assert err.startswith("usage: teamlead-app")
    assert "Error: argument --conversation: invalid int value: 'abc'" in err


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["list", "goals"], "Geen ontwikkeldoelen gevonden."),
        (["list", "employees"], "Geen medewerkers gevonden (met --archived: wie uit dienst is)."),
        (
            ["list", "conversations", "--from", "01-01-2025"],
            "Geen gesprekken gevonden; kies eventueel een andere periode met --from en --to.",
        ),
    ],
)
def test_an_empty_list_says_so_on_stderr(
    db_path: Path, capsys: pytest.CaptureFixture[str], argv: list[str], message: str
) -> None:
    assert main(["--db", str(db_path), *argv]) == 0
    captured = capsys.readouterr()
    assert captured.out == ""  # a script reading the rows still gets none
    assert captured.err.strip() == message
    assert main(["--db", str(db_path), *argv, "--json"]) == 0
    captured = capsys.readouterr()
    assert captured.out.strip() == "[]"
    assert captured.err == ""


def test_every_option_of_a_command_says_what_it_does(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["import", "employees", "--help"])
    out = capsys.readouterr().out
    assert "--dry-run       proefdraai: alles controleren, niets opslaan" in out
    assert "--skip-invalid  de goede rijen opslaan en de afgekeurde overslaan" in out
    assert "--team NAAM     iedereen in dit team zetten" in out
    assert "BESTAND" in out and "TEAM" not in out
    with pytest.raises(SystemExit):
        main(["export", "overview", "--help"])
    out = capsys.readouterr().out
    assert "--year JJJJ" in out and "--out BESTAND" in out and "YEAR" not in out
