"""The profile page prints the Bewijs van bekwaamheid: a button next to the skills box, the
file name suggested like the other prints, the PDF written through the same service as the
CLI (export log). The file dialog is patched."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from teamlead_app.services.people import employees as people
from teamlead_app.services.skills import levels as skills
from teamlead_app.services.storage.export_log import list_export_log
from teamlead_app.ui.context import AppContext
from teamlead_app.ui.pages.profile_page import ProfilePage
from teamlead_app.util.dates import format_date


def test_print_proof_of_competence_from_the_profile(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import teamlead_app.ui.printing as printing

    db = context.ctx
    person = people.save_employee(
        db, people.EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski")
    )
    skill = skills.save_skill(db, skills.SkillDraft("Kantbank <b>&"))
    skills.set_level(
        db,
        skills.LevelDraft(
            person, skill, "U", date.today() - timedelta(days=3), assessor="Ayşe Demir"
        ),
    )
    asked: list[tuple[str, str]] = []

    def ask(_parent: object, title: str, name: str, _filter: str) -> Path:
        asked.append((title, name))
        return tmp_path / "bewijs.pdf"

    monkeypatch.setattr(printing, "ask_save_path", ask)
    page = ProfilePage(context)
    qtbot.addWidget(page)
    page.show_employee(person)
    assert page.skills_box.cornerWidget() is page.competence_button
    page.competence_button.click()
    assert asked == [
        (
            "Print proof of competence (PDF)",
            f"Proof of competence Łukasz Wiśniewski {format_date(date.today())}.pdf",
        )
    ]
    text = "".join(p.extract_text() for p in PdfReader(tmp_path / "bewijs.pdf").pages)
    assert "Bewijs van bekwaamheid" in text
    assert "Łukasz Wiśniewski" in text and "Kantbank <b>&" in text and "Ayşe Demir" in text
    logged = [(row.action, row.scope) for row in list_export_log(db)]
    assert logged == [("competence", f"employee={person}")]


def test_cancelled_dialog_writes_nothing(
    qtbot: QtBot, context: AppContext, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import teamlead_app.ui.printing as printing

    person = people.save_employee(
        context.ctx, people.EmployeeDraft(first_name="Kees", last_name="Bakker")
    )
    monkeypatch.setattr(printing, "ask_save_path", lambda *_a: None)
    page = ProfilePage(context)
    qtbot.addWidget(page)
    page.show_employee(person)
    page.competence_button.click()
    assert list_export_log(context.ctx) == [] and list(tmp_path.glob("*.pdf")) == []
