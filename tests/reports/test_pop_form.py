"""The POP form: a plan built through the real services, rendered, and read back with pypdf."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date, datetime

import pytest
from pypdf import PdfReader
from reportlab.platypus import KeepTogether, Paragraph

from teamlead_app.data.context import ServiceContext
from teamlead_app.errors import NotFoundError
from teamlead_app.i18n import set_language
from teamlead_app.records.conversations import ConversationDraft
from teamlead_app.records.development import SupportItem
from teamlead_app.reports import pop_form
from teamlead_app.services.common.settings import AppSettings, save_settings
from teamlead_app.services.conversations.save import save_conversation
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft, log_conversation
from teamlead_app.services.development import goals, pop
from teamlead_app.services.development.goals import GoalDraft, StepDraft
from teamlead_app.services.exports.pop import export_pop, pop_form_data
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft
from teamlead_app.services.people.teams import TeamDraft

PRIVATE_MARKER = "WERKAANTEKENING-XQ7"
SHARED_MARKER = "SAMENVATTING-XQ7"


def pages(pdf: bytes) -> list[str]:
    return [page.extract_text().replace("\xa0", " ") for page in PdfReader(io.BytesIO(pdf)).pages]


def text_of(pdf: bytes) -> str:
    return "\n".join(pages(pdf))


def words(text: str) -> str:
    """The text with every run of white space as one space: pypdf breaks lines where the PDF
    does, so a phrase may span a line break."""
    return re.sub(r"\s+", " ", text)


def employee(ctx: ServiceContext, first: str = "Łukasz", last: str = "Wiśniewski") -> int:
    team = people.save_team(ctx, TeamDraft("Lasserij", "Henk de Vries", "Hal 2"))
    return people.save_employee(
        ctx,
        EmployeeDraft(
            first_name=first,
            last_name=last,
            function="Lasser",
            team_id=team,
            personnel_number="1001",
            date_in_service=date(2019, 4, 1),
        ),
    )


def previous_year(ctx: ServiceContext, person: int) -> tuple[int, int]:
    """An evaluated 2025 plan with one achieved goal and one open goal; returns (pop, open goal)."""
    old = pop.create_pop(ctx, person, 2025)
    done = goals.create_goal(
        ctx,
        person,
        GoalDraft(
            "MIG/MAG-certificaat halen", category="certificate", start_date=date(2025, 1, 10)
        ),
        pop_id=old,
    )
    goals.add_progress(ctx, done, "Examen gehaald met een 8.", written_on=date(2025, 6, 20))
    goals.set_goal_status(ctx, done, "achieved", on=date(2025, 6, 20))
    robot = goals.create_goal(
        ctx,
        person,
        GoalDraft(
            "Zelfstandig de lasrobot instellen",
            why="Gerrit gaat in 2027 met pensioen; zijn kennis van de robot moet blijven.",
            category="employability",
            success_criterion="Stelt een nieuwe serie in zonder hulp, eerste stuk goedgekeurd.",
            start_date=date(2025, 3, 1),
        ),
        pop_id=old,
    )
    goals.add_step(ctx, robot, StepDraft("Meelopen met Gerrit bij het omstellen", "Gerrit Mulder"))
    goals.add_progress(ctx, robot, "Basisinstellingen gaan goed.", written_on=date(2025, 11, 4))
    pop.agree_pop(ctx, old, "akkoord", date(2025, 2, 3), "paper")
    pop.evaluate_pop(
        ctx, old, "Certificaat gehaald; de robot vraagt meer tijd.", evaluated_on=date(2025, 12, 9)
    )
    return old, robot


def realistic_pop(ctx: ServiceContext) -> tuple[int, int]:
    """A signed 2026 plan with three goals, steps, progress, support and evaluation moments,
    started from an evaluated 2025 plan; a held conversation carries a private working note.
    Returns (employee id, pop id)."""
    save_settings(ctx, AppSettings(company_name="Metaalbewerking Van Dijk B.V.", lead_name="Henk"))
    person = employee(ctx)
    old, robot = previous_year(ctx, person)
    current = pop.start_next_pop(ctx, old, [robot])
    view = pop.get_pop(ctx, current)
    pop.update_pop(
        ctx,
        current,
        replace(
            view.draft(),
            ambition="Over drie jaar wil ik de lasrobot zelf programmeren en nieuwe collega's "
            "inwerken. Misschien ploegleider.",
            lead_perspective="Łukasz groeit door naar eerste lasser; de afdeling heeft iemand "
            "nodig die de robot beheert als Gerrit stopt.",
            strengths="Nauwkeurig, rustig, collega's vragen hem om hulp.",
            development_points="Plannen van eigen werk; nee zeggen bij spoedklussen.",
            support=(
                SupportItem("training", "Cursus robotprogrammeren bij de leverancier (3 dagen)"),
                SupportItem("meelopen", "Twee middagen per maand met Gerrit Mulder"),
                SupportItem("time", "Vier uur per maand oefentijd op de robot"),
                SupportItem("budget", "€ 1.450 uit het opleidingsbudget"),
            ),
        ),
    )
    carried = next(g.id for g in pop.get_pop(ctx, current).goals)
    goals.update_goal(
        ctx,
        carried,
        replace(
            goals.goal_draft(goals.get_goal(ctx, carried)),
            target_date=date(2026, 9, 30),
            support_needed="Cursus en oefentijd op de robot.",
        ),
    )
    goals.add_step(
        ctx, carried, StepDraft("Cursus robotprogrammeren", "Leverancier", date(2026, 3, 10))
    )
    step = goals.add_step(
        ctx, carried, StepDraft("Eerste serie zelf instellen", "Łukasz", date(2026, 5, 1))
    )
    goals.mark_step_done(ctx, step, date(2026, 4, 28))
    goals.set_goal_status(ctx, carried, "in_progress")
    goals.add_progress(ctx, carried, "Eerste serie goedgekeurd.", written_on=date(2026, 5, 12))

    buddy = goals.create_goal(
        ctx,
        person,
        GoalDraft(
            "Nieuwe collega's inwerken als buddy",
            why="Er komen dit jaar drie zij-instromers; hij kent het werk het best.",
            category="guiding",
            success_criterion="Mehmet Yılmaz werkt na drie maanden zelfstandig aan de kantbank.",
            support_needed="Uur per week buddy-tijd ingepland.",
            start_date=date(2026, 2, 1),
            target_date=date(2026, 8, 31),
        ),
        pop_id=current,
    )
    goals.add_step(ctx, buddy, StepDraft("Buddytraining volgen", "HR", date(2026, 2, 20)))
    goals.add_step(ctx, buddy, StepDraft("Mehmet Yılmaz inwerken", "Łukasz", date(2026, 3, 1)))
    goals.add_progress(
        ctx, buddy, "Mehmet doet de eenvoudige series al zelf.", written_on=date(2026, 6, 9)
    )

    customer = goals.create_goal(
        ctx,
        person,
        GoalDraft(
            "Klantgesprek bij montage op locatie <b>&</b> oplevering",
            why="Klanten vragen om een vast aanspreekpunt bij de montage.",
            category="independence",
            success_criterion="Voert twee opleveringen zelf met de klant.",
            start_date=date(2026, 3, 1),
            target_date=date(2026, 12, 1),
        ),
        pop_id=current,
    )
    goals.add_step(
        ctx, customer, StepDraft("Meelopen met de projectleider", "Sanne Bakker", date(2026, 4, 15))
    )

    pop.plan_evaluations(ctx, current, today=date(2026, 1, 20))
    pop.agree_pop(
        ctx,
        current,
        "akkoord",
        date(2026, 2, 3),
        "paper",
        employee_response="Goed plan. Ik wil wel graag vóór de zomer de cursus doen.",
    )
    talk = log_conversation(
        ctx, ConversationPlanDraft(employee_id=person, when=datetime(2026, 6, 9, 9, 0))
    ).conversation_id
    save_conversation(
        ctx,
        talk,
        ConversationDraft(
            shared_summary=f"Gesprek over de buddyrol. {SHARED_MARKER}",
            private_notes=f"Let op thuissituatie. {PRIVATE_MARKER}",
        ),
    )
    return person, current


@pytest.fixture
def filled(ctx: ServiceContext) -> tuple[int, int]:
    return realistic_pop(ctx)


# --- the full form ----------------------------------------------------------------------


def test_every_section_goal_and_step_is_printed(
    ctx: ServiceContext, filled: tuple[int, int]
) -> None:
    pdf = export_pop(ctx, filled[1])
    text = words(text_of(pdf))
    for section in (
        "Gegevens",
        "Terugblik",
        "In eigen woorden",
        "Perspectief van de leidinggevende",
        "Kunnen en willen",
        "Ontwikkeldoelen",
        "Ondersteuning",
        "Evaluatiemomenten",
        "Ondertekening",
    ):
        assert section in text, section
    for what in (
        "Zelfstandig de lasrobot instellen",
        "Nieuwe collega's inwerken als buddy",
        "Klantgesprek bij montage op locatie <b>&</b> oplevering",
    ):
        assert what in text
    assert "Doel 1" in text and "Doel 3" in text and "Doel 4" not in text
    assert "Cursus robotprogrammeren" in text and "Sanne Bakker" in text
    assert "☒ 28-04-2026" in text  # the step done, with its day
    assert "12-05-2026: Eerste serie goedgekeurd." in text  # latest progress
    assert "Overgenomen uit het vorige POP" in text
    assert "Meer zelfstandigheid of klantcontact" in text  # category label
    assert "Meelopen" in text and "€ 1.450 uit het opleidingsbudget" in text  # support
    assert "01-07-2026" in text and "01-12-2026" in text  # evaluation moments
    assert "Tussenevaluatie" in text and "Eindevaluatie" in text
    assert "Metaalbewerking Van Dijk B.V." in text and "Henk de Vries" in text
    assert "Geëvalueerd" not in text.split("Terugblik")[0]  # this plan is agreed, not evaluated


def test_look_back_shows_last_years_goals_and_results(
    ctx: ServiceContext, filled: tuple[int, int]
) -> None:
    text = words(text_of(export_pop(ctx, filled[1])))
    back = text.split("Terugblik", 1)[1].split("In eigen woorden", 1)[0]
    assert "01-01-2025 – 31-12-2025 · Geëvalueerd" in back
    assert "MIG/MAG-certificaat halen" in back and "Bereikt (20-06-2025)" in back
    assert "Examen gehaald met een 8." in back
    assert "Certificaat gehaald; de robot vraagt meer tijd." in back


def test_signature_blocks_carry_the_sign_off(ctx: ServiceContext, filled: tuple[int, int]) -> None:
    text = words(text_of(export_pop(ctx, filled[1])))
    signing = text.split("Ondertekening", 1)[1]
    assert "Reactie medewerker" in signing
    assert "Ik wil wel graag vóór de zomer de cursus doen." in signing
    assert "☐ Gezien" in signing and "☒ Akkoord" in signing
    assert signing.count("03-02-2026") == 2  # employee and lead dates
    assert "Op papier" in signing and "Handtekening" in signing
    assert "Medewerker" in signing and "Leidinggevende" in signing
    assert "Łukasz Wiśniewski" in signing
    assert "Dit is een ontwikkeldocument, geen beoordeling." in text


def test_no_conversation_notes_reach_the_form(ctx: ServiceContext, filled: tuple[int, int]) -> None:
    pdf = export_pop(ctx, filled[1])
    text = text_of(pdf)
    assert PRIVATE_MARKER not in text and "thuissituatie" not in text
    assert SHARED_MARKER not in text
    assert PRIVATE_MARKER.encode() not in pdf


def test_diacritics_and_markup_survive(ctx: ServiceContext, filled: tuple[int, int]) -> None:
    text = words(text_of(export_pop(ctx, filled[1])))
    assert "POP – Łukasz Wiśniewski" in text  # the page header
    assert "Mehmet Yılmaz werkt na drie maanden zelfstandig" in text
    assert "<b>&</b>" in text


def test_a_long_ambition_splits_over_pages_without_losing_a_word(ctx: ServiceContext) -> None:
    person = employee(ctx)
    plan = pop.create_pop(ctx, person, 2026)
    ambition = " ".join(f"stap{i}" for i in range(2400))
    ambition = ambition[: 20_000 - len(" SLOTWOORD")] + " SLOTWOORD"
    assert len(ambition) == 20_000
    view = pop.get_pop(ctx, plan)
    pop.update_pop(ctx, plan, replace(view.draft(), ambition=ambition))
    pdf = export_pop(ctx, plan)
    text = words(text_of(pdf))
    assert len(pages(pdf)) >= 3
    found = set(text.split(" "))
    missing = [w for w in ambition.split(" ") if w not in found]
    assert missing == []
    assert "SLOTWOORD" in text
    assert text.index("SLOTWOORD") < text.index("Kunnen en willen")


def test_long_goal_texts_and_response_keep_every_word(ctx: ServiceContext) -> None:
    person = employee(ctx)
    plan = pop.create_pop(ctx, person, 2026)
    why = " ".join(f"reden{i}" for i in range(2500))
    criterion = " ".join(f"meetpunt{i}" for i in range(1800))
    response = " ".join(f"reactie{i}" for i in range(2000))
    goals.create_goal(
        ctx,
        person,
        GoalDraft("Lang doel", why=why, success_criterion=criterion, start_date=date(2026, 1, 5)),
        pop_id=plan,
    )
    pop.agree_pop(ctx, plan, "gezien", date(2026, 2, 3), "screen", employee_response=response)
    pdf = export_pop(ctx, plan)
    found = set(words(text_of(pdf)).split(" "))
    for text in (why, criterion, response):
        assert [w for w in text.split(" ") if w not in found] == []
    assert "☒ Gezien" in words(text_of(pdf)) and "Op het scherm" in words(text_of(pdf))


def test_the_goals_heading_moves_with_the_first_goal(
    ctx: ServiceContext, filled: tuple[int, int]
) -> None:
    story = pop_form.build_story(pop_form_data(ctx, filled[1]))
    blocks = [f for f in story if isinstance(f, KeepTogether)]
    first_goal = next(b for b in blocks if "Ontwikkeldoelen" in repr(b))
    assert "Zelfstandig de lasrobot instellen" in repr(first_goal)
    assert not any(isinstance(f, Paragraph) and "Ontwikkeldoelen" in f.text for f in story)


def test_an_empty_plan_keeps_every_section(ctx: ServiceContext) -> None:
    person = employee(ctx, "Mehmet", "Yılmaz")
    plan = pop.create_pop(ctx, person, 2026)
    text = words(text_of(export_pop(ctx, plan)))
    assert text.count("Nog niet ingevuld") == 6  # four texts, goals, support
    assert "Er is geen eerder POP." in text
    assert "Nog niet gepland" in text  # details row and the evaluation moments
    assert "Concept" in text and "Ondertekening" in text and "Reactie medewerker" in text
    assert "☐ Gezien ☐ Akkoord" in text
    assert "Geëvalueerd op" not in text  # no evaluation section for a draft


def test_evaluated_plan_prints_its_evaluation(ctx: ServiceContext) -> None:
    person = employee(ctx)
    old, _ = previous_year(ctx, person)
    text = words(text_of(export_pop(ctx, old)))
    assert "Geëvalueerd op: 09-12-2025" in text
    assert "gestart 10-01-2025 · geen streefdatum" in text
    assert "Certificaat gehaald; de robot vraagt meer tijd." in text


def test_goal_blocks_stay_whole_on_a_page(ctx: ServiceContext, filled: tuple[int, int]) -> None:
    for page in pages(export_pop(ctx, filled[1])):
        flat = words(page)
        for number in range(1, 4):
            if f"Doel {number}" in flat:
                # The block's last row (latest progress) is on the page of its head.
                after = flat.split(f"Doel {number}", 1)[1]
                assert "Laatste voortgang" in after


def test_look_back_finds_a_plan_made_by_hand(ctx: ServiceContext) -> None:
    person = employee(ctx)
    old = pop.create_pop(ctx, person, 2025)
    goals.create_goal(
        ctx, person, GoalDraft("Heftruckcertificaat", start_date=date(2025, 2, 1)), pop_id=old
    )
    new = pop.create_pop(ctx, person, 2026)
    data = pop_form_data(ctx, new, today=date(2026, 11, 25))
    assert data.previous is not None and data.previous.id == old
    assert "Heftruckcertificaat" in text_of(pop_form.render_pdf(data, invariant=True))


def test_english(ctx: ServiceContext, filled: tuple[int, int]) -> None:
    set_language("en")
    text = words(text_of(export_pop(ctx, filled[1])))
    assert "Personal development plan (POP)" in text
    assert "Development goals" in text and "Looking back" in text
    assert "Broader employability" in text and "Shadowing" in text
    assert "This is a development document, not an assessment." in text


def test_rendering_is_reproducible(ctx: ServiceContext, filled: tuple[int, int]) -> None:
    data = pop_form_data(ctx, filled[1], today=date(2026, 11, 25))
    assert pop_form.render_pdf(data, invariant=True) == pop_form.render_pdf(data, invariant=True)


def test_unknown_plan(ctx: ServiceContext) -> None:
    with pytest.raises(NotFoundError):
        export_pop(ctx, 999)
