"""`teamlead-app export calendar`: a real .ics, team and date filters, this month on by
default, clear errors with exit code 2."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from teamlead_app.cli import main
from teamlead_app.data.context import ServiceContext
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.teams import TeamDraft
from tests.services.history_helpers import person, talk


def uids(path: Path) -> set[str]:
    return {str(e["UID"]) for e in Calendar.from_ical(path.read_bytes()).walk("VEVENT")}


@pytest.fixture
def filled(ctx: ServiceContext) -> dict[str, int]:
    lasserij = people.save_team(ctx, TeamDraft("Lasserij"))
    lukasz = person(ctx, "Łukasz", "Wiśniewski", team_id=lasserij)
    jan = person(ctx, "Jan", "Vries", tussenvoegsel="de")
    this_month = datetime.combine(date.today().replace(day=1), datetime.min.time())
    return {
        "lukasz": talk(ctx, lukasz, datetime(2031, 3, 12, 9, 0), "planned"),
        "jan": talk(ctx, jan, datetime(2031, 3, 20, 10, 0), "cancelled"),
        "later": talk(ctx, jan, datetime(2031, 5, 6, 8, 0), "planned"),
        "last_month": talk(ctx, jan, this_month - timedelta(days=3), "held"),
        "this_month": talk(ctx, jan, this_month + timedelta(hours=9), "held"),
    }


def test_writes_the_calendar(
    filled: dict[str, int], db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "gesprekken.ics"
    assert main(["--db", str(db_path), "export", "calendar", "--out", str(out)]) == 0
    assert capsys.readouterr().out.strip() == (
        f"Agenda opgeslagen: {out} (4 gesprekken, waarvan 1 geannuleerd)"
    )
    found = uids(out)
    # by default from the first of this month: last month's talk stays out of the agenda
    assert f"conversation-{filled['last_month']}@teamlead-app" not in found
    assert f"conversation-{filled['this_month']}@teamlead-app" in found
    assert "Łukasz Wiśniewski" in out.read_bytes().decode("utf-8")
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".tmp-")] == []


def test_team_and_dates(filled: dict[str, int], db_path: Path, tmp_path: Path) -> None:
    out = tmp_path / "lasserij.ics"
    args = ["--db", str(db_path), "export", "calendar", "--out", str(out)]
    assert main([*args, "--team", "lasserij"]) == 0
    assert uids(out) == {f"conversation-{filled['lukasz']}@teamlead-app"}
    assert main([*args, "--from", "20-03-2031", "--to", "2031-05-06"]) == 0
    assert uids(out) == {f"conversation-{filled[k]}@teamlead-app" for k in ("jan", "later")}
    assert main([*args, "--from", "1-1-2000", "--to", "31-12-2000"]) == 0
    assert uids(out) == set()


@pytest.mark.parametrize(
    ("extra", "message"),
    [
        (["--from", "31-02-2026"], "Fout: --from: '31-02-2026' is geen geldige datum"),
        (["--to", "morgen"], "Fout: --to: 'morgen' is geen geldige datum"),
        (
            ["--from", "10-03-2031", "--to", "09-03-2031"],
            "Fout: --to ligt vóór --from (10-03-2031)",
        ),
        (["--team", "Spuiterij"], "Fout: Team 'Spuiterij' bestaat niet."),
    ],
)
def test_bad_input_exits_2_with_one_clear_line(
    filled: dict[str, int],
    db_path: Path,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    extra: list[str],
    message: str,
) -> None:
    out = tmp_path / "x.ics"
    assert main(["--db", str(db_path), "export", "calendar", "--out", str(out), *extra]) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith(message) and "Traceback" not in err and len(err.splitlines()) == 1
    assert not out.exists()


def test_missing_folder_and_missing_out(
    db_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "nergens" / "x.ics"
    assert main(["--db", str(db_path), "export", "calendar", "--out", str(out)]) == 2
    assert "bestaat niet" in capsys.readouterr().err
    with pytest.raises(SystemExit) as exit_:
        main(["--db", str(db_path), "export", "calendar"])
    assert exit_.value.code == 2
