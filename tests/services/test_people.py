"""People and teams: Dutch names, search, validation, archive, references."""

from __future__ import annotations

from datetime import date

import pytest

from teamlead_app.data.db import Database
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.names import full_name, list_name, split_last_name, surname_alone
from teamlead_app.services.people.teams import TeamDraft


def _add(db: Database, first: str, last: str, tv: str = "", **kw: object) -> int:
    return people.save_employee(
        db,
        EmployeeDraft(first_name=first, last_name=last, tussenvoegsel=tv, **kw),  # type: ignore[arg-type]
    )


def test_dutch_name_forms() -> None:
    assert full_name("Jan", "van der", "Berg") == "Jan van der Berg"
    assert list_name("Jan", "van der", "Berg") == "Berg, Jan van der"
    assert surname_alone("van der", "Berg") == "Van der Berg"
    assert split_last_name("van der Berg") == ("van der", "Berg")
    assert split_last_name("Van Dijk") == ("van", "Dijk")
    assert split_last_name("Vandenberg") == ("", "Vandenberg")


def test_list_sorts_on_surname_without_tussenvoegsel(db: Database) -> None:
    _add(db, "Jan", "Vries", "de")
    _add(db, "Kees", "Bakker")
    _add(db, "Anouk", "Berg", "van den")
    names = [r.list_name for r in people.list_employees(db)]
    assert names == ["Bakker, Kees", "Berg, Anouk van den", "Vries, Jan de"]


def test_search_by_name_function_and_team(db: Database) -> None:
    team = people.save_team(db, TeamDraft("Lasafdeling", "Tijn"))
    _add(db, "Henk", "Smit", function="Lasser", team_id=team)
    _add(db, "Bas", "Kok", function="Monteur")
    assert [r.first_name for r in people.list_employees(db, search="lass")] == ["Henk"]
    assert [r.first_name for r in people.list_employees(db, search="lasafd")] == ["Henk"]
    assert [r.first_name for r in people.list_employees(db, search="kok mont")] == ["Bas"]
    assert people.list_employees(db, search="nobody") == []


def test_exotic_text_survives_exactly(db: Database) -> None:
    first = "Łukasz <b>&amp; 🙂"
    last = "Wiśniewski-Yılmaz øé"
    employee_id = _add(db, first, last)
    row = people.get_employee(db, employee_id).row
    assert (row.first_name, row.last_name) == (first, last)


def test_validation_names_the_field(db: Database) -> None:
    with pytest.raises(ValidationError) as info:
        _add(db, "", "Jansen")
    assert info.value.field == "first_name"
    problems = people.validate_employee(EmployeeDraft(first_name="x" * 5000, last_name="Y"))
    assert "first_name" in problems and "200" in problems["first_name"]
    problems = people.validate_employee(
        EmployeeDraft(
            first_name="A",
            last_name="B",
            date_in_service=date(2026, 5, 1),
            date_out_of_service=date(2026, 4, 1),
        )
    )
    assert set(problems) == {"date_out_of_service"}


def test_personnel_number_is_unique(db: Database) -> None:
    _add(db, "A", "One", personnel_number="1001")
    with pytest.raises(ValidationError, match="1001"):
        _add(db, "B", "Two", personnel_number="1001")
    assert len(people.list_employees(db)) == 1


def test_archive_hides_from_active_and_keeps_the_person(db: Database) -> None:
    employee_id = _add(db, "Gerrit", "Mulder", date_in_service=date(2020, 1, 1))
    with pytest.raises(ValidationError):
        people.archive_employee(db, employee_id, date(2019, 1, 1))
    people.archive_employee(db, employee_id, date(2026, 10, 31))
    today = date(2026, 11, 25)
    assert people.list_employees(db, today=today) == []
    archived = people.list_employees(db, archived=True, today=today)
    assert [r.date_out_of_service for r in archived] == [date(2026, 10, 31)]
    people.reactivate_employee(db, employee_id)
    assert len(people.list_employees(db, today=today)) == 1


def test_resolve_by_id_number_and_unambiguous_name(db: Database) -> None:
    a = _add(db, "Jan", "Vries", "de", personnel_number="P-7")
    _add(db, "Jan", "Jansen")
    _add(db, "Jan", "Jansen")
    assert people.resolve_employee(db, f"id:{a}") == a
    assert people.resolve_employee(db, f"ID: {a}") == a
    assert people.resolve_employee(db, "P-7") == a
    assert people.resolve_employee(db, "p-7") == a
    assert people.resolve_employee(db, "jan de vries") == a
    assert people.resolve_employee(db, "Vries, Jan de") == a
    with pytest.raises(NotFoundError, match="2 medewerkers"):
        people.resolve_employee(db, "Jan Jansen")
    with pytest.raises(NotFoundError, match="Geen medewerker"):
        people.resolve_employee(db, "Piet")
    with pytest.raises(NotFoundError, match="Geen medewerker met id:999"):
        people.resolve_employee(db, "id:999")


def test_part_of_a_name_offers_the_people_it_fits_without_choosing(db: Database) -> None:
    """A foreman types the surname only: he is shown whom he may mean, nothing is guessed."""
    lukasz = _add(db, "Łukasz", "Wiśniewski", personnel_number="2001")
    _add(db, "Jan", "Vries", "de")
    with pytest.raises(NotFoundError) as caught:
        people.resolve_employee(db, "wisniewski")
    assert str(caught.value) == (
        "Niemand heet precies 'wisniewski'. Bedoel je (schrijf de hele naam, het "
        f"personeelsnummer of id:N):\n  - Łukasz Wiśniewski, personeelsnummer 2001, id:{lukasz}"
    )
    with pytest.raises(NotFoundError, match=r"^Geen medewerker gevonden voor 'Ws'"):
        people.resolve_employee(db, "Ws")  # too short to offer anyone
    assert people.resolve_employee(db, "Łukasz Wiśniewski") == lukasz


def test_a_bare_number_is_the_personnel_number_never_someone_elses_id(db: Database) -> None:
    """Internal id 2 and personnel number 2 belong to different people: "2" is the number."""
    first = _add(db, "Anna", "Smit", personnel_number="500")
    second = _add(db, "Bram", "Kok", personnel_number="501")
    holder = _add(db, "Carla", "Dekker", personnel_number=str(second))
    assert second != holder
    assert people.resolve_employee(db, str(second)) == holder
    assert people.resolve_employee(db, f"id:{second}") == second
    # A number that is nobody's personnel number but is an id: refused, with the way out.
    with pytest.raises(NotFoundError) as caught:
        people.resolve_employee(db, str(first))
    assert f"id:{first}" in str(caught.value)
    assert "personeelsnummer" in str(caught.value)


def test_an_ambiguous_name_lists_every_candidate(db: Database) -> None:
    team = people.save_team(db, TeamDraft("Assemblage"))
    a = _add(db, "Łukasz", "Wiśniewski", personnel_number="1001", team_id=team)
    b = _add(
        db,
        "Lukasz",
        "Wisniewski",
        personnel_number="2002",
        date_in_service=date(2015, 1, 1),
        date_out_of_service=date(2020, 6, 30),
    )
    with pytest.raises(NotFoundError) as caught:
        people.resolve_employee(db, "lukasz wisniewski", today=date(2026, 11, 25))
    message = str(caught.value)
    assert "2 medewerkers" in message
    assert f"Łukasz Wiśniewski, personeelsnummer 1001, team Assemblage, id:{a}" in message
    assert f"Lukasz Wisniewski, personeelsnummer 2002, uit dienst, id:{b}" in message
    # The personnel number still picks exactly one, archived or not.
    assert people.resolve_employee(db, "2002") == b
    assert people.resolve_employee(db, f"id:{a}") == a


def test_names_match_whatever_the_case_and_accents(db: Database) -> None:
    a = _add(db, "Łukasz", "Wiśniewski")
    b = _add(db, "Çağla", "Öztürk", date_out_of_service=date(2020, 1, 1))
    assert people.resolve_employee(db, "ŁUKASZ WIŚNIEWSKI") == a
    assert people.resolve_employee(db, "lukasz wisniewski") == a
    assert people.resolve_employee(db, "Wisniewski, Lukasz") == a
    assert people.resolve_employee(db, "cagla ozturk") == b  # archived people are found too


def test_teams_with_active_counts_and_unique_names(db: Database) -> None:
    team = people.save_team(db, TeamDraft("Assemblage", "Tijn de Boer", "Eindhoven"))
    _add(db, "A", "B", team_id=team)
    gone = _add(db, "C", "D", team_id=team)
    people.archive_employee(db, gone, date(2026, 1, 1))
    [view] = people.list_teams(db)
    assert (view.name, view.lead_name, view.location, view.active_count) == (
        "Assemblage",
        "Tijn de Boer",
        "Eindhoven",
        1,
    )
    with pytest.raises(ValidationError, match="al een team"):
        people.save_team(db, TeamDraft("assemblage"))
    assert people.resolve_team(db, "ASSEMBLAGE") == team


def test_functions_list_holds_defaults_and_stored(db: Database) -> None:
    _add(db, "A", "B", function="Kraanmachinist")
    functions = people.list_functions(db)
    assert "Kraanmachinist" in functions and "Lasser" in functions


def test_accented_surnames_sort_with_their_letter(db: Database) -> None:
    for first, last in (
        ("Emre", "Çelik"),
        ("Jan", "Zwart"),
        ("Kees", "Dekker"),
        ("Ali", "Özdemir"),
    ):
        _add(db, first, last)
    assert [r.last_name for r in people.list_employees(db)] == [
        "Çelik",
        "Dekker",
        "Özdemir",
        "Zwart",
    ]


def test_search_ignores_case_and_accents(db: Database) -> None:
    _add(db, "Łukasz", "Wiśniewski")
    _add(db, "Emre", "Çelik")
    assert [r.first_name for r in people.list_employees(db, search="łukasz")] == ["Łukasz"]
    assert [r.first_name for r in people.list_employees(db, search="wisniewski")] == ["Łukasz"]
    assert [r.first_name for r in people.list_employees(db, search="CELIK")] == ["Emre"]
