"""HR's yearly overview: the right people for their months, POP status, goals, conversation
counts, and nothing private in any format."""

from __future__ import annotations

import csv
import io
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from teamlead_app.cli import main
from teamlead_app.data.db import Database
from teamlead_app.services import conversations, goals, people, pop
from teamlead_app.services.conversations import (
    ConversationDraft,
    ConversationPlanDraft,
)
from teamlead_app.services.export_log import list_export_log
from teamlead_app.services.year_overview import export_overview, overview_data
from teamlead_app.util.progress import Cancelled, Progress

SECRET = "PRIVÉ-MARKER-7731"


@pytest.fixture
def company(db: Database) -> dict[str, int]:
    team = people.save_team(db, people.TeamDraft("Assemblage"))
    stays = people.save_employee(
        db,
        people.EmployeeDraft(
            first_name="Łukasz",
            last_name="Wiśniewski",
            team_id=team,
            date_in_service=date(2019, 1, 1),
        ),
    )
    joined = people.save_employee(
        db,
        people.EmployeeDraft(
            first_name="Anouk", last_name="Visser", team_id=team, date_in_service=date(2025, 10, 1)
        ),
    )
    left = people.save_employee(
        db,
        people.EmployeeDraft(
            first_name="Kees",
            last_name="Bakker",
            team_id=team,
            date_in_service=date(2010, 1, 1),
            date_out_of_service=date(2025, 3, 31),
        ),
    )
    people.save_employee(
        db,
        people.EmployeeDraft(
            first_name="Oud", last_name="Gediende", date_out_of_service=date(2023, 1, 1)
        ),
    )
    for month in (2, 3, 5):
        cid = conversations.log_conversation(
            db,
            ConversationPlanDraft(employee_id=stays, when=datetime(2025, month, 10, 10, 0)),
            now=datetime(2025, 12, 1),
        ).conversation_id
        conversations.save_conversation(
            db,
            cid,
            ConversationDraft(shared_summary="Gedeeld", private_notes=SECRET, score=2),
            today=date(2025, 12, 1),
        )
    plan = pop.create_pop(db, stays, 2025)
    goals.create_goal(
        db,
        stays,
        goals.GoalDraft(
            what="=SUM(A1) lassen", category="certificate", start_date=date(2025, 1, 6)
        ),
        pop_id=plan,
    )
    pop.agree_pop(db, plan, "akkoord", date(2025, 2, 1), "paper")
    return {"stays": stays, "joined": joined, "left": left}


def test_people_counted_for_their_months(db: Database, company: dict[str, int]) -> None:
    data = overview_data(db, 2025)
    months = {e.id: e.months_in_service for e in data.employees}
    assert months == {company["stays"]: 12, company["joined"]: 3, company["left"]: 3}
    stays = next(e for e in data.employees if e.id == company["stays"])
    assert (stays.pop_status, stays.signed_by_employee, stays.signed_by_lead) == (
        "agreed",
        True,
        True,
    )
    assert stays.conversations.held == 3
    assert stays.conversations.held_by_month == {2: 1, 3: 1, 5: 1}
    assert data.totals.with_agreed_pop == 1
    assert data.totals.months_held == 3


def test_no_private_text_in_any_format(db: Database, company: dict[str, int]) -> None:
    pdf = export_overview(db, 2025, None, "pdf")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert SECRET not in text and "Gedeeld" not in text
    assert "Wiśniewski" in text and "=SUM(A1) lassen" in text
    book = openpyxl.load_workbook(io.BytesIO(export_overview(db, 2025, None, "xlsx")))
    cells = [
        str(cell.value) for sheet in book.worksheets for row in sheet.iter_rows() for cell in row
    ]
    assert not any(SECRET in cell or "Gedeeld" in cell for cell in cells)
    data = export_overview(db, 2025, None, "csv").decode("utf-8-sig")
    assert SECRET not in data


def test_xlsx_has_real_dates_and_text_stays_text(db: Database, company: dict[str, int]) -> None:
    book = openpyxl.load_workbook(io.BytesIO(export_overview(db, 2025, None, "xlsx")))
    employees, goal_sheet, months = book.worksheets
    assert employees.freeze_panes == "A2"
    assert employees.auto_filter.ref
    in_service = {row[0].value: row[4].value for row in employees.iter_rows(min_row=2)}
    assert in_service["Wiśniewski, Łukasz"] == datetime(2019, 1, 1)
    what = goal_sheet.cell(row=2, column=3)
    assert what.value == "=SUM(A1) lassen" and what.data_type == "s"
    assert months.cell(row=1, column=3).value == "jan"


def test_csv_for_dutch_excel(db: Database, company: dict[str, int]) -> None:
    raw = export_overview(db, 2025, None, "csv")
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig")), delimiter=";"))
    assert rows[0][0] == "Medewerker"
    assert rows[1][0] == "Wiśniewski, Łukasz"
    assert rows[1][6] == "06-01-2025"


def test_empty_year_is_a_valid_report_that_says_so(db: Database) -> None:
    pdf = export_overview(db, 1990, None, "pdf")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "geen gegevens voor 1990" in text.lower()
    book = openpyxl.load_workbook(io.BytesIO(export_overview(db, 1990, None, "xlsx")))
    assert book.worksheets[0].max_row == 1


def test_cancelling_stops_the_export(db: Database, company: dict[str, int]) -> None:
    with pytest.raises(Cancelled):
        export_overview(db, 2025, None, "pdf", Progress(is_cancelled=lambda: True))


def test_cli_writes_and_logs(
    db: Database, company: dict[str, int], db_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "overzicht.xlsx"
    assert (
        main(["--db", str(db_path), "export", "overview", "--year", "2025", "--out", str(out)]) == 0
    )
    assert out.exists()
    assert list_export_log(db)[0].action == "overview"
    bad = tmp_path / "overzicht.docx"
    assert (
        main(["--db", str(db_path), "export", "overview", "--year", "2025", "--out", str(bad)]) == 2
    )
    assert not bad.exists()
    missing = tmp_path / "nope" / "x.pdf"
    assert (
        main(["--db", str(db_path), "export", "overview", "--year", "2025", "--out", str(missing)])
        == 2
    )


def test_many_teams_get_a_table_instead_of_a_chart(db: Database) -> None:
    for number in range(12):
        team = people.save_team(db, people.TeamDraft(f"Ploeg {number:02d}"))
        people.save_employee(
            db, people.EmployeeDraft(first_name="A", last_name=f"Lid{number}", team_id=team)
        )
    pdf = export_overview(db, 2025, None, "pdf")
    text = "".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Ploeg 11" in text and "0 / 1 (0%)" in text
