"""`teamlead-app list conversations`: by person and period, JSON and text, bad dates exit 2,
and never any note text."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import pytest

from teamlead_app.cli import main
from teamlead_app.data.context import ServiceContext
from teamlead_app.records.conversations import ConversationDraft
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft

SECRET = "Werkaantekening <b>geheim</b> & privé"
NOW = datetime(2026, 1, 1, 8, 0)


@pytest.fixture
def filled(ctx: ServiceContext) -> dict[str, int]:
    lukasz = people.save_employee(
        ctx, EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski", personnel_number="1001")
    )
    kees = people.save_employee(ctx, EmployeeDraft(first_name="Kees", last_name="Bakker"))

    def plan(person: int, when: datetime) -> int:
        draft = ConversationPlanDraft(person, when)
        return conversations.plan_conversation(ctx, draft, now=NOW).conversation_id

    held = plan(lukasz, datetime(2026, 2, 2, 10, 0))
    conversations.save_conversation(
        ctx,
        held,
        ConversationDraft(score=4, mark_held=True, private_notes=SECRET, shared_summary=SECRET),
        today=date(2026, 2, 2),
    )
    moved = plan(lukasz, datetime(2026, 3, 2, 10, 0))
    conversations.move_conversation(ctx, moved, datetime(2026, 3, 4, 10, 0), now=NOW)
    other = plan(kees, datetime(2026, 3, 3, 9, 0))
    return {"lukasz": lukasz, "kees": kees, "held": held, "moved": moved, "other": other}


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, object]]:
    assert main(list(argv)) == 0
    captured = capsys.readouterr()
    assert SECRET not in captured.out
    rows: list[dict[str, object]] = json.loads(captured.out)
    return rows


def test_json_rows(
    filled: dict[str, int], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _json(capsys, "--db", str(db_path), "list", "conversations", "--json")
    assert [r["id"] for r in rows] == [filled["held"], filled["other"], filled["moved"]]
    assert rows[0] == {
        "id": filled["held"],
        "employee_id": filled["lukasz"],
        "employee": "Łukasz Wiśniewski",
        "kind": "maandgesprek",
        "status": "held",
        "state": "held",
        "scheduled_at": "2026-02-02T10:00:00",
        "duration_minutes": 30,
        "held_on": "2026-02-02",
        "move_count": 0,
        "score": 4,
        "cancel_reason": None,
        "signoff": None,
    }
    assert (rows[2]["status"], rows[2]["move_count"], rows[2]["held_on"]) == ("planned", 1, None)
    assert rows[2]["state"] == "missed"  # March has ended: never held, so missed


def test_filters_by_person_and_dates(
    filled: dict[str, int], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    base = ("list", "conversations", "--json", "--db", str(db_path))
    by_name = _json(capsys, *base, "--employee", "Łukasz Wiśniewski")
    assert [r["id"] for r in by_name] == [filled["held"], filled["moved"]]
    by_number = _json(capsys, *base, "--employee", "1001", "--from", "1-3-2026")
    assert [r["id"] for r in by_number] == [filled["moved"]]
    march_3 = _json(capsys, *base, "--from", "2026-03-03", "--to", "03-03-2026")
    assert [r["id"] for r in march_3] == [filled["other"]]


def test_text_output(
    filled: dict[str, int], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "list", "conversations", "--employee", "Kees Bakker"]) == 0
    out = capsys.readouterr().out
    # Planned for March and never held: missed once March has ended (the test runs later).
    assert out.splitlines() == [
        f"{filled['other']}\t03-03-2026 09:00\tBakker, Kees\tMaandgesprek\tGemist\t30\t\t0"
    ]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (("--from", "31-02-2026"), "--from: '31-02-2026' is geen geldige datum"),
        (("--to", "morgen"), "--to: 'morgen' is geen geldige datum"),
        (("--from", "2026-03-05", "--to", "2026-03-01"), "--to ligt vóór --from."),
        (("--employee", "Niemand"), "Geen medewerker gevonden voor 'Niemand'."),
    ],
)
def test_bad_input_exits_2_with_one_clear_line(
    filled: dict[str, int],
    db_path: Path,
    capsys: pytest.CaptureFixture[str],
    argv: tuple[str, ...],
    message: str,
) -> None:
    assert main(["--db", str(db_path), "list", "conversations", *argv]) == 2
    err = capsys.readouterr().err
    assert len(err.strip().splitlines()) == 1
    assert message in err
    assert "Traceback" not in err


def test_english(filled: dict[str, int], db_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["--lang", "en", "--db", str(db_path), "list", "conversations", "--to", "x"]) == 2
    assert "'x' is not a valid date" in capsys.readouterr().err
