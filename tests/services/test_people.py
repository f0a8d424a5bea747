"""People and teams: Dutch names, search, validation, archive, references."""

from __future__ import annotations

from datetime import date

import pytest

from teamlead_app.data.context import ServiceContext
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.names import full_name, list_name, split_last_name, surname_alone
from teamlead_app.services.people.teams import TeamDraft


def _add(ctx: ServiceContext, first: str, last: str, tv: str = "", **kw: object) -> int:
    return people.save_employee(
        ctx,
        EmployeeDraft(first_name=first, last_name=last, tussenvoegsel=tv, **kw),  # type: ignore[arg-type]
    )


def test_dutch_name_forms() -> None:
    assert full_name("Jan", "van der", "Berg") == "Jan van der Berg"
    assert list_name("Jan", "van der", "Berg") == "Berg, Jan van der"
    assert surname_alone("van der", "Berg") == "Van der Berg"
    assert split_last_name("van der Berg") == ("van der", "Berg")
    assert split_last_name("Van Dijk") == ("van", "Dijk")
    assert split_last_name("Vandenberg") == ("", "Vandenberg")


def test_list_sorts_on_surname_without_tussenvoegsel(ctx: ServiceContext) -> None:
    _add(ctx, "Jan", "Vries", "de")
    _add(ctx, "Kees", "Bakker")
    _add(ctx, "Anouk", "Berg", "van den")
    names = [r.list_name for r in people.list_employees(ctx)]
    assert names == ["Bakker, Kees", "Berg, Anouk van den", "Vries, Jan de"]


def test_search_by_name_function_and_team(ctx: ServiceContext) -> None:
    team = people.save_team(ctx, TeamDraft("Lasafdeling", "Tijn"))
    _add(ctx, "Henk", "Smit", function="Lasser", team_id=team)
    _add(ctx, "Bas", "Kok", function="Monteur")
    assert [r.first_name for r in people.list_employees(ctx, search="lass")] == ["Henk"]
    assert [r.first_name for r in people.list_employees(ctx, search="lasafd")] == ["Henk"]
    assert [r.first_name for r in people.list_employees(ctx, search="kok mont")] == ["Bas"]
    assert people.list_employees(ctx, search="nobody") == []


def test_exotic_text_survives_exactly(ctx: ServiceContext) -> None:
    first = "Łukasz <b>&amp; 🙂"
    last = "Wiśniewski-Yılmaz øé"
    employee_id = _add(ctx, first, last)
    row = people.get_employee(ctx, employee_id).row
    assert (row.first_name, row.last_name) == (first, last)


def test_validation_names_the_field(ctx: ServiceContext) -> None:
    with pytest.raises(ValidationError) as info:
        _add(ctx, "", "Jansen")
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


def test_personnel_number_is_unique(ctx: ServiceContext) -> None:
    _add(ctx, "A", "One", personnel_number="1001")
    with pytest.raises(ValidationError, match="1001"):
        _add(ctx, "B", "Two", personnel_number="1001")
    assert len(people.list_employees(ctx)) == 1


def test_archive_hides_from_active_and_keeps_the_person(ctx: ServiceContext) -> None:
    employee_id = _add(ctx, "Gerrit", "Mulder", date_in_service=date(2020, 1, 1))
    with pytest.raises(ValidationError):
        people.archive_employee(ctx, employee_id, date(2019, 1, 1))
    people.archive_employee(ctx, employee_id, date(2026, 10, 31))
    today = date(2026, 11, 25)
    assert people.list_employees(ctx, today=today) == []
    archived = people.list_employees(ctx, archived=True, today=today)
    assert [r.date_out_of_service for r in archived] == [date(2026, 10, 31)]
    people.reactivate_employee(ctx, employee_id)
    assert len(people.list_employees(ctx, today=today)) == 1


def test_resolve_by_id_number_and_unambiguous_name(ctx: ServiceContext) -> None:
    a = _add(ctx, "Jan", "Vries", "de", personnel_number="P-7")
    _add(ctx, "Jan", "Jansen")
    _add(ctx, "Jan", "Jansen")
    assert people.resolve_employee(ctx, f"id:{a}") == a
    assert people.resolve_employee(ctx, f"ID: {a}") == a
    assert people.resolve_employee(ctx, "P-7") == a
    assert people.resolve_employee(ctx, "p-7") == a
    assert people.resolve_employee(ctx, "jan de vries") == a
    assert people.resolve_employee(ctx, "Vries, Jan de") == a
    with pytest.raises(NotFoundError, match="2 medewerkers"):
        people.resolve_employee(ctx, "Jan Jansen")
    with pytest.raises(NotFoundError, match="Geen medewerker"):
        people.resolve_employee(ctx, "Piet")
    with pytest.raises(NotFoundError, match="Geen medewerker met id:999"):
        people.resolve_employee(ctx, "id:999")


def test_part_of_a_name_offers_the_people_it_fits_without_choosing(ctx: ServiceContext) -> None:
    """A foreman types the surname only: he is shown whom he may mean, nothing is guessed."""
    lukasz = _add(ctx, "Łukasz", "Wiśniewski", personnel_number="2001")
    _add(ctx, "Jan", "Vries", "de")
    with pytest.raises(NotFoundError) as caught:
        people.resolve_employee(ctx, "wisniewski")
    assert str(caught.value) == (
        "Niemand heet precies 'wisniewski'. Bedoel je (schrijf de hele naam, het "
        f"personeelsnummer of id:N):\n  - Łukasz Wiśniewski, personeelsnummer 2001, id:{lukasz}"
    )
    with pytest.raises(NotFoundError, match=r"^Geen medewerker gevonden voor 'Ws'"):
        people.resolve_employee(ctx, "Ws")  # too short to offer anyone
    assert people.resolve_employee(ctx, "Łukasz Wiśniewski") == lukasz


def test_a_bare_number_is_the_personnel_number_never_someone_elses_id(ctx: ServiceContext) -> None:
    """Internal id 2 and personnel number 2 belong to different people: "2" is the number."""
    first = _add(ctx, "Anna", "Smit", personnel_number="500")
    second = _add(ctx, "Bram", "Kok", personnel_number="501")
    holder = _add(ctx, "Carla", "Dekker", personnel_number=str(second))
    assert second != holder
    assert people.resolve_employee(ctx, str(second)) == holder
    assert people.resolve_employee(ctx, f"id:{second}") == second
    # A number that is nobody's personnel number but is an id: refused, with the way out.
    with pytest.raises(NotFoundError) as caught:
        people.resolve_employee(ctx, str(first))
    assert f"id:{first}" in str(caught.value)
    assert "personeelsnummer" in str(caught.value)


def test_an_ambiguous_name_lists_every_candidate(ctx: ServiceContext) -> None:
    team = people.save_team(ctx, TeamDraft("Assemblage"))
    a = _add(ctx, "Łukasz", "Wiśniewski", personnel_number="1001", team_id=team)
    b = _add(
        ctx,
        "Lukasz",
        "Wisniewski",
        personnel_number="2002",
        date_in_service=date(2015, 1, 1),
        date_out_of_service=date(2020, 6, 30),
    )
    with pytest.raises(NotFoundError) as caught:
        people.resolve_employee(ctx, "lukasz wisniewski", today=date(2026, 11, 25))
    message = str(caught.value)
    assert "2 medewerkers" in message
    assert f"Łukasz Wiśniewski, personeelsnummer 1001, team Assemblage, id:{a}" in message
    assert f"Lukasz Wisniewski, personeelsnummer 2002, uit dienst, id:{b}" in message
    # The personnel number still picks exactly one, archived or not.
    assert people.resolve_employee(ctx, "2002") == b
    assert people.resolve_employee(ctx, f"id:{a}") == a


def test_names_match_whatever_the_case_and_accents(ctx: ServiceContext) -> None:
    a = _add(ctx, "Łukasz", "Wiśniewski")
    b = _add(ctx, "Çağla", "Öztürk", date_out_of_service=date(2020, 1, 1))
    assert people.resolve_employee(ctx, "ŁUKASZ WIŚNIEWSKI") == a
    assert people.resolve_employee(ctx, "lukasz wisniewski") == a
    assert people.resolve_employee(ctx, "Wisniewski, Lukasz") == a
    assert people.resolve_employee(ctx, "cagla ozturk") == b  # archived people are found too


def test_teams_with_active_counts_and_unique_names(ctx: ServiceContext) -> None:
    team = people.save_team(ctx, TeamDraft("Assemblage", "Tijn de Boer", "Eindhoven"))
    _add(ctx, "A", "B", team_id=team)
    gone = _add(ctx, "C", "D", team_id=team)
    people.archive_employee(ctx, gone, date(2026, 1, 1))
    [view] = people.list_teams(ctx)
    assert (view.name, view.lead_name, view.location, view.active_count) == (
        "Assemblage",
        "Tijn de Boer",
        "Eindhoven",
        1,
    )
    with pytest.raises(ValidationError, match="al een team"):
        people.save_team(ctx, TeamDraft("assemblage"))
    assert people.resolve_team(ctx, "ASSEMBLAGE") == team


def test_functions_list_holds_defaults_and_stored(ctx: ServiceContext) -> None:
    _add(ctx, "A", "B", function="Kraanmachinist")
    functions = people.list_functions(ctx)
    assert "Kraanmachinist" in functions and "Lasser" in functions


def test_accented_surnames_sort_with_their_letter(ctx: ServiceContext) -> None:
    for first, last in (
        ("Emre", "Çelik"),
        ("Jan", "Zwart"),
        ("Kees", "Dekker"),
        ("Ali", "Özdemir"),
    ):
        _add(ctx, first, last)
    assert [r.last_name for r in people.list_employees(ctx)] == [
        "Çelik",
        "Dekker",
        "Özdemir",
        "Zwart",
    ]


def test_search_ignores_case_and_accents(ctx: ServiceContext) -> None:
    _add(ctx, "Łukasz", "Wiśniewski")
    _add(ctx, "Emre", "Çelik")
    assert [r.first_name for r in people.list_employees(ctx, search="łukasz")] == ["Łukasz"]
    assert [r.first_name for r in people.list_employees(ctx, search="wisniewski")] == ["Łukasz"]
    assert [r.first_name for r in people.list_employees(ctx, search="CELIK")] == ["Emre"]
