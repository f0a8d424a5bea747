"""The employee importer: real CSV and XLSX files as HR and payroll systems write them."""

from __future__ import annotations

import csv
import shutil
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.db import Database
from teamlead_app.errors import ValidationError
from teamlead_app.i18n import set_language
from teamlead_app.services.people import employees as people
from teamlead_app.services.people import import_source, importing
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.importing import NEW, REJECTED, UNCHANGED, UPDATE
from teamlead_app.services.people.names import split_last_name
from teamlead_app.services.people.teams import TeamDraft

HEADER_NL = [
    "Personeelsnr",
    "Voornaam",
    "Tussenvoegsel",
    "Achternaam",
    "Functie",
    "Afdeling",
    "Datum in dienst",
    "Datum uit dienst",
    "Soort",
    "Ervaring",
    "E-mail",
]


def write_csv(
    path: Path,
    rows: Sequence[Sequence[object]],
    *,
    delimiter: str = ";",
    encoding: str = "utf-8",
) -> Path:
    with path.open("w", encoding=encoding, newline="") as handle:
        csv.writer(handle, delimiter=delimiter).writerows(rows)
    return path


def write_xlsx(path: Path, rows: Sequence[Sequence[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    assert sheet is not None
    for row in rows:
        sheet.append(list(row))
    book.save(path)
    return path


def by_row(preview: importing.ImportPreview) -> dict[int, importing.ImportRow]:
    return {row.row: row for row in preview.rows}


def messages(preview: importing.ImportPreview) -> list[str]:
    return [importing.format_problem(p) for p in preview.problems]


# --- reading the formats -------------------------------------------------------------------


def test_semicolon_csv_with_bom_maps_dutch_columns_and_keeps_text(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "personeel.csv",
        [
            HEADER_NL,
            [
                "1001",
                "Łukasz",
                "",
                "Wiśniewski",
                "Lasser",
                "Lasserij",
                "25-11-2020",
                "",
                "",
                "",
                "a@b",
            ],
            [
                "1002",
                "Jan",
                "",
                "van der Berg",
                "Monteur",
                "Assemblage",
                "1-2-26",
                "",
                "BBL-leerling",
                "starter",
                "",
            ],
            [
                "1003",
                "<b>&amp; 🙂",
                "",
                "Yılmaz, ş ø é",
                "CNC-operator",
                "",
                "2019-03-04",
                "",
                "zij instromer",
                "Senior",
                "",
            ],
        ],
        encoding="utf-8-sig",
    )
    preview = importing.preview_file(ctx, path)
    assert preview.ignored_columns == ("E-mail",)
    assert {c.column: c.field for c in preview.columns}["Personeelsnr"] == "personnel_number"
    assert preview.counts == importing.ImportCounts(new=3, update=0, unchanged=0, rejected=0)
    assert preview.new_teams == ("Lasserij", "Assemblage")
    rows = by_row(preview)
    assert sorted(rows) == [2, 3, 4]  # the header is row 1
    jan = rows[3].draft
    assert jan is not None
    assert (jan.tussenvoegsel, jan.last_name, jan.kind, jan.stage) == (
        "van der",
        "Berg",
        "bbl",
        "starter",
    )
    assert jan.date_in_service == date(2026, 2, 1)
    assert rows[4].draft is not None and rows[4].draft.kind == "zij_instromer"

    result = importing.commit(ctx, preview)
    assert (result.created, result.updated, result.skipped) == (3, 0, 0)
    stored = {r.personnel_number: r for r in people.list_employees(ctx)}
    assert stored["1001"].full_name == "Łukasz Wiśniewski"
    assert stored["1001"].team == "Lasserij"
    assert stored["1001"].date_in_service == date(2020, 11, 25)
    assert stored["1002"].list_name == "Berg, Jan van der"
    assert (stored["1003"].first_name, stored["1003"].last_name) == ("<b>&amp; 🙂", "Yılmaz, ş ø é")
    assert stored["1003"].date_in_service == date(2019, 3, 4)
    assert stored["1003"].stage == "senior"


def test_comma_csv_with_english_headers_and_quoted_commas(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "export.csv",
        [
            [" First Name ", "LAST NAME", "Job title", "Department", "Start date", "Employee ID"],
            ["Anouk", "de Boer", "Werkvoorbereider, senior", "Office", "2024-01-15", "E-7"],
            ["Mehmet", "Yılmaz", "Lasser", "Office", "15-1-24", "E-8"],
        ],
        delimiter=",",
    )
    preview = importing.preview_file(ctx, path)
    assert preview.counts.new == 2
    anouk = by_row(preview)[2].draft
    assert anouk is not None
    assert (anouk.first_name, anouk.tussenvoegsel, anouk.last_name) == ("Anouk", "de", "Boer")
    assert anouk.function == "Werkvoorbereider, senior"
    assert anouk.personnel_number == "E-7"
    assert preview.new_teams == ("Office",)


def test_windows_1252_file_with_accents(ctx: ServiceContext, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "payroll.csv",
        [["Voornaam", "Achternaam", "Functie"], ["Léon", "Müller", "Monteur – ploeg é"]],
        encoding="cp1252",
    )
    assert b"L\xe9on" in path.read_bytes()
    draft = by_row(importing.preview_file(ctx, path))[2].draft
    assert draft is not None
    assert (draft.first_name, draft.last_name, draft.function) == (
        "Léon",
        "Müller",
        "Monteur – ploeg é",
    )


def test_xlsx_with_date_cells_serials_numbers_and_a_title_row(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "hr.xlsx",
        [
            ["Personeelsoverzicht 2026"],
            [],
            ["Personeelsnummer", "Voornaam", "Achternaam", "In dienst", "Uit dienst", "Soort"],
            [1001, "Sanne", "Visser", datetime(2021, 4, 1), None, "stagiair"],
            [1002.0, "Erik", "Kok", 45000, "", "Junior"],
            [1003, "Bas", "Smit", "1-2-26", datetime(2026, 12, 31, 0, 0), "medewerker"],
        ],
    )
    preview = importing.preview_file(ctx, path)
    rows = by_row(preview)
    assert sorted(rows) == [4, 5, 6]  # the rows Excel shows
    sanne, erik, bas = (rows[n].draft for n in (4, 5, 6))
    assert sanne is not None and erik is not None and bas is not None
    assert (sanne.personnel_number, sanne.date_in_service, sanne.kind) == (
        "1001",
        date(2021, 4, 1),
        "stagiair",
    )
    assert (erik.personnel_number, erik.date_in_service, erik.kind) == (
        "1002",
        date(2023, 3, 15),
        "junior",
    )
    assert (bas.date_in_service, bas.date_out_of_service) == (date(2026, 2, 1), date(2026, 12, 31))
    assert preview.counts.new == 3


def test_end_before_start_is_rejected_by_the_dialog_rules(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    path = write_xlsx(
        tmp_path / "hr.xlsx",
        [
            ["Voornaam", "Achternaam", "Datum in dienst", "Datum uit dienst"],
            ["Bas", "Smit", "1-2-26", datetime(2025, 12, 31)],
        ],
    )
    preview = importing.preview_file(ctx, path)
    assert messages(preview) == [
        "Rij 2, kolom 'Datum uit dienst': Datum uit dienst ligt vóór de datum in dienst."
    ]


# --- rejected rows -------------------------------------------------------------------------


def test_every_bad_row_is_named_with_row_and_column(ctx: ServiceContext, tmp_path: Path) -> None:
    long_name = "x" * 5000
    path = write_csv(
        tmp_path / "bad.csv",
        [
            ["Voornaam", "Achternaam", "Datum in dienst", "Soort", "Ervaring", "Personeelsnr"],
            ["Jan", "Jansen", "31-02-2026", "", "", ""],
            [long_name, "Jansen", "", "", "", ""],
            ["", "Kok", "", "", "", ""],
            ["Piet", "Smit", "", "uitzendkracht", "", ""],
            ["Klaas", "Dekker", "", "", "expert", "1" * 41],
            ["Goed", "Genoeg", "morgen", "", "", ""],
        ],
    )
    preview = importing.preview_file(ctx, path)
    assert preview.counts.rejected == 6
    lines = messages(preview)
    assert (
        lines[0]
        == "Rij 2, kolom 'Datum in dienst': '31-02-2026' is geen geldige datum (bijv. 25-11-2026)."
    )
    assert lines[1] == "Rij 3, kolom 'Voornaam': Voornaam is te lang (max. 200 tekens)."
    assert lines[2] == "Rij 4, kolom 'Voornaam': Voornaam is verplicht."
    assert lines[3].startswith(
        "Rij 5, kolom 'Soort': 'uitzendkracht' is onbekend; kies uit Medewerker"
    )
    assert lines[4].startswith("Rij 6, kolom 'Ervaring': 'expert' is onbekend")
    assert lines[5] == "Rij 6, kolom 'Personeelsnr': Personeelsnummer is te lang (max. 40 tekens)."
    assert (
        lines[6]
        == "Rij 7, kolom 'Datum in dienst': 'morgen' is geen geldige datum (bijv. 25-11-2026)."
    )
    assert all(row.draft is None for row in preview.rows)
    assert by_row(preview)[3].name.startswith("xxx")  # so the user sees whose row it is
    set_language("en")
    assert importing.format_problem(preview.problems[0]).startswith("Row 2, column 'Datum in")


def test_duplicate_rows_in_one_file_reject_the_later_one(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "dup.csv",
        [
            ["Personeelsnr", "Voornaam", "Achternaam"],
            ["1001", "Jan", "Jansen"],
            ["", "Kees", "Bakker"],
            ["1001", "Jan", "Janssen"],
            ["", "KEES", "bakker"],
            ["1002", "Kees", "Bakker"],  # a namesake with his own number: another person
        ],
    )
    preview = importing.preview_file(ctx, path)
    assert [r.status for r in preview.rows] == [NEW, NEW, REJECTED, REJECTED, NEW]
    assert messages(preview) == [
        "Rij 4, kolom 'Personeelsnr': Personeelsnummer 1001 staat ook in rij 2, bij een andere"
        " naam; een personeelsnummer hoort bij één medewerker.",
        "Rij 5: Dubbele regel: deze medewerker staat ook in rij 3.",
    ]


def test_a_number_shared_by_two_names_is_named_in_its_column(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    """HR's messy file: the same personnel number on two different people. The message names
    the number and its column, not 'this employee', which would say they are one person."""
    path = write_csv(
        tmp_path / "dup.csv",
        [
            ["Persnr", "Voornaam", "Achternaam"],
            ["2005", "Łukasz", "Wiśniewski"],
            ["2005", "<b>&", "Nummer 🚀"],
            ["2005", "Łukasz", "Wiśniewski"],  # the same person twice stays a double line
        ],
    )
    preview = importing.preview_file(ctx, path)
    assert [r.status for r in preview.rows] == [NEW, REJECTED, REJECTED]
    assert messages(preview) == [
        "Rij 3, kolom 'Persnr': Personeelsnummer 2005 staat ook in rij 2, bij een andere naam;"
        " een personeelsnummer hoort bij één medewerker.",
        "Rij 4: Dubbele regel: deze medewerker staat ook in rij 2.",
    ]
    people.save_employee(ctx, EmployeeDraft("Łukasz", "Wiśniewski", personnel_number="2005"))
    preview = importing.preview_file(ctx, path)  # the number known in the database: the same
    assert [p.column for p in preview.problems] == ["Persnr", ""]


def test_full_name_column_is_split_only_when_reliable(ctx: ServiceContext, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "naam.csv",
        [
            ["Naam", "Functie"],
            ["Jan van der Berg", "Lasser"],
            ["Berg, Anouk van den", "Monteur"],
            ["Łukasz Wiśniewski", ""],
            ["Jean Paul Dubois", ""],
            ["Madonna", ""],
        ],
    )
    preview = importing.preview_file(ctx, path)
    names = [
        (r.draft.first_name, r.draft.tussenvoegsel, r.draft.last_name) if r.draft else None
        for r in preview.rows
    ]
    assert names == [
        ("Jan", "van der", "Berg"),
        ("Anouk", "van den", "Berg"),
        ("Łukasz", "", "Wiśniewski"),
        None,
        None,
    ]
    assert messages(preview)[0].startswith("Rij 5, kolom 'Naam': Naam is niet betrouwbaar")


# --- re-import, matching, teams ------------------------------------------------------------


def test_reimport_updates_instead_of_duplicating(ctx: ServiceContext, tmp_path: Path) -> None:
    header = ["Personeelsnr", "Voornaam", "Achternaam", "Functie", "Team", "Uit dienst"]
    first = write_csv(
        tmp_path / "jan.csv",
        [
            header,
            ["1001", "Jan", "Jansen", "Lasser", "Lasserij", ""],
            ["", "Kees", "Bakker", "", "", ""],
        ],
    )
    importing.commit(ctx, importing.preview_file(ctx, first))
    ids = {r.last_name: r.id for r in people.list_employees(ctx)}
    kees = people.get_employee(ctx, ids["Bakker"]).draft
    people.save_employee(ctx, replace(kees, cadence="paused", kind="bbl"), ids["Bakker"])

    again = importing.preview_file(ctx, first)
    assert [r.status for r in again.rows] == [UNCHANGED, UNCHANGED]
    assert [r.employee_id for r in again.rows] == [ids["Jansen"], ids["Bakker"]]

    second = write_csv(
        tmp_path / "feb.csv",
        [
            header,
            ["1001", "Jan", "Jansen-Smit", "lasser", "Lasserij", "31-01-2026"],
            ["77", "kees", "BAKKER", "", "", ""],
        ],
    )
    preview = importing.preview_file(ctx, second)
    jan, kees_row = preview.rows
    assert (jan.status, jan.employee_id, jan.changed) == (
        UPDATE,
        ids["Jansen"],
        ("last_name", "date_out_of_service"),
    )
    assert (kees_row.status, kees_row.employee_id) == (UPDATE, ids["Bakker"])
    assert set(kees_row.changed) == {"first_name", "last_name", "personnel_number"}
    result = importing.commit(ctx, preview)
    assert (result.created, result.updated) == (0, 2)
    everyone = people.list_employees(ctx, archived=None)
    assert len(everyone) == 2
    jan_now = people.get_employee(ctx, ids["Jansen"])
    assert jan_now.row.last_name == "Jansen-Smit"
    assert jan_now.row.date_out_of_service == date(2026, 1, 31)
    assert jan_now.row.team == "Lasserij"  # the team stays
    kees_now = people.get_employee(ctx, ids["Bakker"])
    assert kees_now.row.personnel_number == "77"
    # what the file does not say is kept: cadence and kind set in the app
    assert (kees_now.cadence, kees_now.row.kind) == ("paused", "bbl")


def test_empty_end_date_reactivates_and_empty_cells_keep_data(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    team = people.save_team(ctx, TeamDraft("Montage"))
    eid = people.save_employee(
        ctx,
        EmployeeDraft("Henk", "Mulder", personnel_number="5", function="Monteur", team_id=team),
    )
    people.archive_employee(ctx, eid, date(2025, 6, 30))
    path = write_csv(
        tmp_path / "h.csv",
        [
            ["Personeelsnr", "Voornaam", "Achternaam", "Functie", "Afdeling", "Datum uit dienst"],
            ["5", "Henk", "Mulder", "", "", ""],
        ],
    )
    preview = importing.preview_file(ctx, path)
    assert preview.rows[0].changed == ("date_out_of_service",)
    importing.commit(ctx, preview)
    row = people.get_employee(ctx, eid).row
    assert (row.date_out_of_service, row.function, row.team) == (None, "Monteur", "Montage")


def test_namesakes_in_the_database_need_a_number(ctx: ServiceContext, tmp_path: Path) -> None:
    people.save_employee(ctx, EmployeeDraft("Jan", "Jansen"))
    people.save_employee(ctx, EmployeeDraft("Jan", "Jansen"))
    path = write_csv(tmp_path / "j.csv", [["Voornaam", "Achternaam"], ["Jan", "Jansen"]])
    preview = importing.preview_file(ctx, path)
    assert messages(preview) == [
        "Rij 2: Er zijn 2 medewerkers met deze naam; vul het personeelsnummer in."
    ]


def test_number_in_file_differs_from_namesake_in_db_means_a_new_person(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    people.save_employee(ctx, EmployeeDraft("Jan", "Jansen", personnel_number="1"))
    path = write_csv(
        tmp_path / "j.csv", [["Personeelsnr", "Voornaam", "Achternaam"], ["2", "Jan", "Jansen"]]
    )
    assert importing.preview_file(ctx, path).rows[0].status == NEW


def test_team_column_creates_teams_once_and_forced_team_wins(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    people.save_team(ctx, TeamDraft("Montage"))
    path = write_csv(
        tmp_path / "t.csv",
        [
            ["Voornaam", "Achternaam", "Afdeling"],
            ["Jan", "Jansen", "Lasserij"],
            ["Kees", "Bakker", "lasserij"],
            ["Henk", "Smit", "MONTAGE"],
            ["Bas", "Kok", ""],
        ],
    )
    preview = importing.preview_file(ctx, path)
    assert preview.new_teams == ("Lasserij",)
    result = importing.commit(ctx, preview)
    assert result.teams_created == ("Lasserij",)
    teams = {t.name: t.active_count for t in people.list_teams(ctx)}
    assert teams == {"Lasserij": 2, "Montage": 1}
    assert {r.last_name: r.team for r in people.list_employees(ctx)}["Kok"] == ""

    forced = importing.preview_file(ctx, path, team_name="  Ploeg  B ")
    assert "Afdeling" in forced.ignored_columns
    assert {r.team_name for r in forced.rows} == {"Ploeg B"}
    assert forced.counts.update == 4
    importing.commit(ctx, forced)
    assert {r.team for r in people.list_employees(ctx)} == {"Ploeg B"}
    with pytest.raises(ValidationError, match="Teamnaam is te lang"):
        importing.preview_file(ctx, path, team_name="x" * 121)


# --- all or nothing ------------------------------------------------------------------------


def _mixed(tmp_path: Path) -> Path:
    return write_csv(
        tmp_path / "mixed.csv",
        [
            ["Voornaam", "Achternaam", "Datum in dienst"],
            ["Jan", "Jansen", "01-01-2020"],
            ["Kees", "Bakker", "31-02-2026"],
            ["Henk", "Smit", ""],
        ],
    )


def test_commit_writes_nothing_when_a_row_is_rejected(ctx: ServiceContext, tmp_path: Path) -> None:
    preview = importing.preview_file(ctx, _mixed(tmp_path))
    assert people.count_employees(ctx) == 0  # the preview itself writes nothing
    with pytest.raises(ValidationError, match="1 rij"):
        importing.commit(ctx, preview)
    assert people.count_employees(ctx) == 0


def test_skip_invalid_writes_the_valid_rows(ctx: ServiceContext, tmp_path: Path) -> None:
    preview = importing.preview_file(ctx, _mixed(tmp_path))
    result = importing.commit(ctx, preview, skip_invalid=True)
    assert (result.created, result.skipped) == (2, 1)
    assert sorted(r.last_name for r in people.list_employees(ctx)) == ["Jansen", "Smit"]


def test_a_stale_preview_rolls_back_everything(ctx: ServiceContext, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "s.csv",
        [
            ["Personeelsnr", "Voornaam", "Achternaam"],
            ["1", "Jan", "Jansen"],
            ["2", "Kees", "Bakker"],
        ],
    )
    preview = importing.preview_file(ctx, path)
    people.save_employee(ctx, EmployeeDraft("Someone", "Else", personnel_number="2"))
    with pytest.raises(ValidationError, match="Rij 3: Personeelsnummer 2 is al in gebruik"):
        importing.commit(ctx, preview)
    assert [r.last_name for r in people.list_employees(ctx)] == ["Else"]


# --- files that cannot be used -------------------------------------------------------------


def _error(ctx: ServiceContext, path: Path) -> str:
    with pytest.raises(ValidationError) as info:
        importing.preview_file(ctx, path)
    message = str(info.value)
    assert "\n" not in message and "Traceback" not in message
    return message


def test_bad_files_give_one_clear_message(ctx: ServiceContext, tmp_path: Path) -> None:
    assert "niet gevonden" in _error(ctx, tmp_path / "missing.csv")
    (tmp_path / "empty.csv").write_bytes(b"")
    assert _error(ctx, tmp_path / "empty.csv") == "empty.csv is leeg."
    (tmp_path / "bom.csv").write_bytes(b"\xef\xbb\xbf\r\n")
    assert _error(ctx, tmp_path / "bom.csv") == "bom.csv is leeg."
    (tmp_path / "bin.csv").write_bytes(bytes(range(256)) * 4)
    assert "geen leesbaar CSV- of Excel-bestand" in _error(ctx, tmp_path / "bin.csv")
    (tmp_path / "fake.xlsx").write_bytes(b"Voornaam;Achternaam\nJan;Jansen\n")
    assert "geen leesbaar" in _error(ctx, tmp_path / "fake.xlsx")
    (tmp_path / "broken.xlsx").write_bytes(b"PK\x03\x04" + b"\x00" * 200)
    assert "geen leesbaar" in _error(ctx, tmp_path / "broken.xlsx")
    (tmp_path / "old.xls").write_bytes(b"\xd0\xcf\x11\xe0" + b"\x00" * 100)
    assert ".xls" in _error(ctx, tmp_path / "old.xls")
    (tmp_path / "doc.pdf").write_bytes(b"%PDF-1.4")
    assert "Bestandstype '.pdf'" in _error(ctx, tmp_path / "doc.pdf")
    write_csv(tmp_path / "nonames.csv", [["Functie", "Afdeling"], ["Lasser", "A"]])
    assert _error(ctx, tmp_path / "nonames.csv") == "Kolom 'Achternaam' ontbreekt."
    write_csv(tmp_path / "nofirst.csv", [["Achternaam"], ["Jansen"]])
    assert _error(ctx, tmp_path / "nofirst.csv") == "Kolom 'Voornaam' ontbreekt."
    write_csv(tmp_path / "other.csv", [["Kenteken", "Merk"], ["AB-12-CD", "Volvo"]])
    assert _error(ctx, tmp_path / "other.csv").startswith(
        "Kolom 'Achternaam' ontbreekt in other.csv; geen bekende kolommen gevonden (wel: Kenteken"
    )
    (tmp_path / "quote.csv").write_text('Voornaam;Achternaam\nJan;"' + "a" * 140_000)
    assert _error(ctx, tmp_path / "quote.csv") == (
        "quote.csv: regel 2 is niet te lezen (te lange cel of verkeerd aanhalingsteken)."
    )
    write_csv(tmp_path / "header.csv", [["Voornaam", "Achternaam"]])
    assert "geen medewerkers onder de kopregel" in _error(ctx, tmp_path / "header.csv")


def test_too_big_or_too_long_files_say_so(
    ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = write_csv(
        tmp_path / "many.csv",
        [["Voornaam", "Achternaam"], *([f"P{i}", "Jansen"] for i in range(30))],
    )
    monkeypatch.setattr(import_source, "MAX_ROWS", 20)
    assert _error(ctx, path) == "many.csv heeft meer dan 20 rijen; splits het bestand."
    big = write_csv(
        tmp_path / "big.csv",
        [["Voornaam", "Achternaam"], *([f"P{i}", "J" * 90] for i in range(12000))],
    )
    monkeypatch.setattr(import_source, "MAX_BYTES", 2**20)
    assert big.stat().st_size > 2**20
    assert _error(ctx, big) == "big.csv is groter dan 1 MB; splits het bestand."


def test_row_limit_is_fifty_thousand_and_xlsx_stops_reading(
    ctx: ServiceContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert (import_source.MAX_ROWS, import_source.MAX_BYTES) == (50_000, 20 * 1024 * 1024)
    limit = str(import_source._too_many_rows(Path("hr.csv")))
    assert limit == "hr.csv heeft meer dan 50.000 rijen; splits het bestand."
    monkeypatch.setattr(import_source, "MAX_ROWS", 3)
    path = write_xlsx(
        tmp_path / "many.xlsx", [["Voornaam", "Achternaam"], *([f"P{i}", "X"] for i in range(9))]
    )
    assert "meer dan 3 rijen" in _error(ctx, path)


# --- property-based ------------------------------------------------------------------------

NAME_TEXT = st.text(
    alphabet=st.characters(exclude_categories=("Cs", "Cc")), min_size=1, max_size=200
).filter(lambda s: bool(s.split()))


@settings(max_examples=40, deadline=None)
@given(
    first=NAME_TEXT,
    last=NAME_TEXT.filter(lambda s: not split_last_name(s)[0]),
    function=st.text(alphabet=st.characters(exclude_categories=("Cs", "Cc")), max_size=120),
    delimiter=st.sampled_from([";", ","]),
    encoding=st.sampled_from(["utf-8", "utf-8-sig"]),
)
def test_any_name_comes_back_exactly(
    migrated_template: Path, first: str, last: str, function: str, delimiter: str, encoding: str
) -> None:
    with tempfile.TemporaryDirectory() as folder:
        db_file = Path(folder) / "db.sqlite"
        shutil.copy(migrated_template, db_file)
        db = Database(db_file)
        try:
            path = write_csv(
                Path(folder) / "names.csv",
                [
                    ["Personeelsnr", "Voornaam", "Achternaam", "Functie"],
                    ["1", first, last, function],
                ],
                delimiter=delimiter,
                encoding=encoding,
            )
            preview = importing.preview_file(db, path)
            assert preview.counts.new == 1, messages(preview)
            importing.commit(db, preview)
            (row,) = people.list_employees(db)
        finally:
            db.close()
    # stored the way the dialog stores it: trimmed, inner white space folded, nothing else
    assert row.first_name == " ".join(first.split())
    assert row.last_name == " ".join(last.split())
    assert row.function == " ".join(function.split())


def _formats(day: date) -> list[str]:
    return [
        day.strftime("%d-%m-%Y"),
        f"{day.day}-{day.month}-{day.year}",
        f"{day.day}-{day.month}-{day.year % 100:02d}",
        day.isoformat(),
        f"{day.isoformat()} 00:00:00",
        day.strftime("%d/%m/%Y"),
        day.strftime("%Y%m%d"),
    ]


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(day=st.dates(min_value=date(1970, 1, 1), max_value=date(2069, 12, 31)))
def test_dates_round_trip_in_every_format(ctx: ServiceContext, tmp_path: Path, day: date) -> None:
    texts = _formats(day)
    serial = (day - date(1899, 12, 30)).days
    csv_path = write_csv(
        tmp_path / "d.csv",
        [
            ["Voornaam", "Achternaam", "In dienst"],
            *([f"P{i}", "X", s] for i, s in enumerate(texts)),
        ],
    )
    xlsx_path = write_xlsx(
        tmp_path / "d.xlsx",
        [
            ["Voornaam", "Achternaam", "In dienst"],
            ["A", "X", datetime(day.year, day.month, day.day)],
            ["B", "X", day],
            ["C", "X", serial],
            ["D", "X", str(serial)],
        ],
    )
    for path in (csv_path, xlsx_path):
        preview = importing.preview_file(ctx, path)
        assert preview.counts.rejected == 0, messages(preview)
        assert {r.draft.date_in_service for r in preview.rows if r.draft} == {day}


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.one_of(
        st.binary(max_size=3000),
        st.binary(max_size=500).map(lambda b: b"PK\x03\x04" + b),
        st.text(max_size=500).map(lambda s: ("Voornaam;Achternaam\n" + s).encode()),
    ),
    suffix=st.sampled_from([".csv", ".xlsx", ".txt"]),
)
def test_random_bytes_never_raise_anything_but_validation_error(
    ctx: ServiceContext, tmp_path: Path, data: bytes, suffix: str
) -> None:
    path = tmp_path / f"random{suffix}"
    path.write_bytes(data)
    try:
        preview = importing.preview_file(ctx, path)
    except ValidationError as exc:
        assert str(exc)
    else:
        assert all(row.status in (NEW, REJECTED) for row in preview.rows)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(position=st.integers(min_value=0), value=st.integers(min_value=0, max_value=255))
def test_a_damaged_workbook_never_raises_anything_but_validation_error(
    ctx: ServiceContext, tmp_path: Path, position: int, value: int
) -> None:
    good = write_xlsx(tmp_path / "good.xlsx", [["Voornaam", "Achternaam"], ["Jan", "Jansen"]])
    data = bytearray(good.read_bytes())
    data[position % len(data)] = value
    damaged = tmp_path / "damaged.xlsx"
    damaged.write_bytes(bytes(data))
    try:
        importing.preview_file(ctx, damaged)
    except ValidationError as exc:
        assert str(exc)


@pytest.mark.parametrize("header", ["Middle name", "middle_name", "MiddleName", "Tussenvoegsel"])
def test_a_middle_name_column_is_the_tussenvoegsel(
    ctx: ServiceContext, tmp_path: Path, header: str
) -> None:
    path = write_csv(
        tmp_path / "hr.csv",
        [["First name", header, "Last name"], ["Jan", "van der", "Berg"]],
        delimiter=",",
    )
    preview = importing.preview_file(ctx, path)
    [row] = preview.rows
    assert row.draft is not None
    assert (row.draft.first_name, row.draft.tussenvoegsel, row.draft.last_name) == (
        "Jan",
        "van der",
        "Berg",
    )


def test_a_too_long_function_is_named_with_its_limit(ctx: ServiceContext, tmp_path: Path) -> None:
    path = write_csv(
        tmp_path / "hr.csv",
        [
            ["Voornaam", "Achternaam", "Functie"],
            ["Jan", "Berg", "L" * 121],
            ["Kees", "Kok", "L" * 120],
        ],
    )
    preview = importing.preview_file(ctx, path)
    assert messages(preview) == ["Rij 2, kolom 'Functie': Functie is te lang (max. 120 tekens)."]
    assert preview.counts.rejected == 1 and preview.counts.new == 1


def test_committing_with_a_rejected_row_says_how_many_in_plain_dutch(
    ctx: ServiceContext, tmp_path: Path
) -> None:
    path = write_csv(
        tmp_path / "een.csv", [["Voornaam", "Achternaam"], ["Łukasz", "Wiśniewski"], ["", "Leeg"]]
    )
    preview = importing.preview_file(ctx, path)
    with pytest.raises(ValidationError) as caught:
        importing.commit(ctx, preview)
    assert str(caught.value) == "1 rij afgekeurd; er is niets opgeslagen."  # not "rij(en)"
