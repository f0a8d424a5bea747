"""Typing in the people list shows exactly the rows the old rule showed (every typed word in
name, tussenvoegsel, personnel number, function or team, case and accents folded), in the
Dutch name order, with the count line to match; the names' collation keys are worked out
once per reading, not again on every key."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from pytestqt.qtbot import QtBot

from teamlead_app.services.people import employees as people
from teamlead_app.services.people import names
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.names import collate, word_matcher
from teamlead_app.services.people.teams import TeamDraft
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.pages import people_page
from teamlead_app.ui.pages.people_page import PeoplePage

PEOPLE = (
    ("Łukasz", "", "Wiśniewski", "Lasser", "Lasserij"),
    ("Jan", "de", "Vries", "Monteur", "Montage"),
    ("Jan", "", "Devries", "Lasser", ""),
    ("<b>&", "", "Bakker", "Lasser & monteur", "Lasserij"),
    ("Zoë", "van den", "Berg", "Teamleider 🙂", "Montage"),
    ("Ayşe", "", "Çelik", "Monteur", ""),
    ("Ömer", "", "Kılıç", "Werkvoorbereider", "Lasserij"),
    ("🙂", "", "Emoji", "Lasser", "Montage"),
    ("Sanne", "ter", "Berge", "Monteur", "Lasserij"),
)
SEARCHES = (
    "jan", "lasser", "de vries", "VRIES DE", "monteur", "ber", "lukasz", "Łukasz", "wisniewski",
    "<b>", "&", "<b>&", "🙂", "cel", "Çel", "kilic", "zoe", "van den", "ter berge", "jan jan",
    "P00", "p0004 lasser", "montage jan", "zzz", "", "   ", "e", "ş",
)  # fmt: skip


def _old_rule(rows: list[people.EmployeeRow], search: str) -> list[int]:
    """What the list showed before: every folded word in the row's folded text."""
    words = [collate(word) for word in search.split()]

    def text(row: people.EmployeeRow) -> str:
        fields = (row.first_name, row.tussenvoegsel, row.last_name, row.personnel_number)
        return collate(" ".join((*fields, row.function, row.team)))

    return [row.id for row in rows if all(word in text(row) for word in words)]


@pytest.fixture
def page(qtbot: QtBot, context: AppContext) -> PeoplePage:
    teams = {
        name: people.save_team(context.ctx, TeamDraft(name)) for name in ("Lasserij", "Montage")
    }
    for n, (first, tv, last, function, team) in enumerate(PEOPLE):
        people.save_employee(
            context.ctx,
            EmployeeDraft(
                first_name=first,
                tussenvoegsel=tv,
                last_name=last,
                personnel_number=f"P{n:04d}",
                function=function,
                team_id=teams.get(team),
                date_in_service=date(2020, 3, 1),
            ),
        )
    widget = PeoplePage(context)
    qtbot.addWidget(widget)
    widget.refresh()
    return widget


def _shown(page: PeoplePage) -> list[int]:
    return [page.model.row_at(page.proxy.mapToSource(page.proxy.index(r, 0)).row()).id
            for r in range(page.proxy.rowCount())]  # fmt: skip


def test_the_filtered_rows_are_what_the_old_rule_gave(
    page: PeoplePage, context: AppContext, monkeypatch: pytest.MonkeyPatch
) -> None:
    rows = people.list_employees(context.ctx)  # the Dutch name order
    assert len(rows) == len(PEOPLE)
    asked: list[str] = []
    key = names.sort_key

    def counted(first: str, tussenvoegsel: str, last: str) -> tuple[str, str, str]:
        asked.append(last)
        return key(first, tussenvoegsel, last)

    for module in (names, people, people_page):
        monkeypatch.setattr(module, "sort_key", counted, raising=False)
    for search in SEARCHES:
        page.search.setText(search)
        page.apply_search()
        expected = _old_rule(rows, search)
        assert _shown(page) == expected, search
        assert page.count_label.text().endswith(f" {len(expected)}"), search
        assert page.table.isHidden() == (not expected), search
    # Enough searches match several rows, one or none: the comparison means something.
    assert {len(_old_rule(rows, s)) for s in SEARCHES} >= {0, 1, 2, 3, len(PEOPLE)}
    # Each row's name key was worked out when the list was read, not on a key press.
    assert asked == []


words = st.text(alphabet="aAeEłŁçÇöÖ🙂<&> dvrjn", max_size=12)


@settings(max_examples=200, deadline=None)
@given(texts=st.lists(words, max_size=12), search=words)
def test_the_matcher_keeps_the_old_rule_for_any_text(texts: list[str], search: str) -> None:
    """Words narrowed one after another (each once) keep the rule: all words, any order."""
    old = [t for t in texts if all(collate(w) in collate(t) for w in search.split())]
    assert word_matcher(texts, str)(search) == old
