"""`teamlead-app list goals`: filters by person and status (code or label), JSON and text."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from teamlead_app.cli import main
from teamlead_app.data.context import ServiceContext
from teamlead_app.services.development import goals, pop
from teamlead_app.services.development.goals import GoalDraft, StepDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft


@pytest.fixture
def filled(ctx: ServiceContext) -> dict[str, int]:
    lukasz = people.save_employee(
        ctx,
        EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski", personnel_number="1001"),
    )
    kees = people.save_employee(ctx, EmployeeDraft(first_name="Kees", last_name="Bakker"))
    plan = pop.create_pop(ctx, lukasz, 2026)
    welding = goals.create_goal(
        ctx,
        lukasz,
        GoalDraft(
            what="Lassen <b>&</b> TIG\nmet tweede regel",
            category="certificate",
            start_date=date(2026, 1, 5),
            target_date=date(2026, 9, 1),
        ),
        pop_id=plan,
    )
    goals.add_step(ctx, welding, StepDraft("Cursus"))
    machine = goals.create_goal(
        ctx, kees, GoalDraft(what="Nieuwe kantbank", start_date=date(2026, 1, 5))
    )
    goals.set_goal_status(ctx, machine, "achieved", on=date(2026, 4, 1))
    return {"lukasz": lukasz, "kees": kees, "plan": plan, "welding": welding, "machine": machine}


def _json(capsys: pytest.CaptureFixture[str], *argv: str) -> list[dict[str, object]]:
    assert main(list(argv)) == 0
    rows: list[dict[str, object]] = json.loads(capsys.readouterr().out)
    return rows


def test_list_goals_json(
    filled: dict[str, int], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rows = _json(capsys, "--db", str(db_path), "list", "goals", "--json")
    assert [r["id"] for r in rows] == [filled["machine"], filled["welding"]]
    welding = rows[1]
    assert welding == {
        **welding,
        "employee_id": filled["lukasz"],
        "employee": "Łukasz Wiśniewski",
        "what": "Lassen <b>&</b> TIG\nmet tweede regel",
        "category": "certificate",
        "status": "open",
        "target_date": "2026-09-01",
        "pop_id": filled["plan"],
        "steps_total": 1,
    }
    assert rows[0]["pop_id"] is None and rows[0]["achieved_on"] == "2026-04-01"


def test_filters_by_employee_and_status_label(
    filled: dict[str, int], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    db = str(db_path)
    by_number = _json(capsys, "list", "goals", "--employee", "1001", "--json", "--db", db)
    assert [r["id"] for r in by_number] == [filled["welding"]]
    for status in ("achieved", "Bereikt", "bereikt"):
        rows = _json(capsys, "list", "goals", "--status", status, "--json", "--db", db)
        assert [r["id"] for r in rows] == [filled["machine"]]
    rows = _json(
        capsys, "--lang", "en", "list", "goals", "--status", "Achieved", "--json", "--db", db
    )
    assert [r["id"] for r in rows] == [filled["machine"]]
    assert _json(capsys, "list", "goals", "--status", "in_progress", "--json", "--db", db) == []


def test_text_output_and_bad_status(
    filled: dict[str, int], db_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--db", str(db_path), "list", "goals"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[1].split("\t") == [
        str(filled["welding"]),
        "Łukasz Wiśniewski",
        "Lassen <b>&</b> TIG",
        "Certificaat of opleiding",
        "Open",
        "01-09-2026",
        "0/1",
    ]
    assert main(["--db", str(db_path), "list", "goals", "--status", "klaar"]) == 2
    error = capsys.readouterr().err
    assert "klaar" in error and "achieved" in error
    assert main(["--db", str(db_path), "list", "goals", "--employee", "Niemand"]) == 2
