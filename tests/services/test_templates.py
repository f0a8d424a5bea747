"""Conversation templates: the shipped defaults in Dutch and English, versioning (an old
conversation keeps its questions), validation of the editor's input."""

from __future__ import annotations

from datetime import datetime

import pytest

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import CONVERSATION_KINDS
from teamlead_app.errors import NotFoundError, ValidationError
from teamlead_app.i18n import set_language
from teamlead_app.services.conversations import templates
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.templates import QuestionDraft
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.people import employees as people
from teamlead_app.services.people.employee_form import EmployeeDraft

FANCY = "Wat vind je van <b>lassen</b> & zetten? 🔥 Łukasz"


def test_defaults_are_seeded_once_for_every_kind_in_both_languages(ctx: ServiceContext) -> None:
    assert templates.ensure_default_templates(ctx) == 2 * len(CONVERSATION_KINDS)
    assert templates.ensure_default_templates(ctx) == 0
    for lang in ("nl", "en"):
        listed = templates.list_templates(ctx, lang)
        assert [v.kind for v in listed] == list(CONVERSATION_KINDS)
        assert {v.version for v in listed} == {1}
        assert {v.language for v in listed} == {lang}
    minutes = {v.kind: v.default_minutes for v in templates.list_templates(ctx, "nl")}
    assert minutes == {
        "maandgesprek": 30,
        "functionering": 60,
        "ontwikkel": 60,
        "inwerk": 20,
        "informeel": 15,
    }


def test_dutch_and_english_defaults_ask_the_same_number_of_questions(ctx: ServiceContext) -> None:
    for kind in CONVERSATION_KINDS:
        dutch = templates.current_template(ctx, kind, "nl")
        english = templates.current_template(ctx, kind, "en")
        assert len(dutch.questions) == len(english.questions) > 0
        assert len(dutch.sections()) == len(english.sections())
        assert all(q.text and q.section for q in dutch.questions + english.questions)


def test_monthly_template_follows_the_four_preconditions(ctx: ServiceContext) -> None:
    monthly = templates.current_template(ctx, "maandgesprek", "nl")
    assert monthly.name == "Maandgesprek"
    assert [section for section, _ in monthly.sections()] == [
        "Behoeften en doelen",
        "Koppeling met het huidige werk",
        "Voortgang",
        "Resultaatafspraken",
    ]
    texts = [q.text for q in monthly.questions]
    assert texts[:3] == [
        "Hoe gaat het met je?",
        "Waar loop je tegenaan?",
        "Kan ik nog wat voor je doen?",
    ]
    assert texts[-1] == "Wat heb je daarvoor nodig?"
    english = templates.current_template(ctx, "maandgesprek", "en")
    assert english.questions[0].text == "How are you doing?"
    # The positions in sections() are the answer positions.
    assert monthly.sections()[1][1][0] == (3, "Wat gaat er goed? Wat gaat er minder?")


def test_development_and_review_templates(ctx: ServiceContext) -> None:
    development = [q.text for q in templates.current_template(ctx, "ontwikkel", "nl").questions]
    assert "Waar sta je over drie jaar?" in development
    assert "Welke hulp en ondersteuning heb je hierbij nodig?" in development
    review = templates.current_template(ctx, "functionering", "nl")
    sections = [section for section, _ in review.sections()]
    assert "Samenwerking" in sections and "Werkomstandigheden" in sections
    assert not any("salaris" in q.text.lower() for q in review.questions)
    onboarding = [q.text for q in templates.current_template(ctx, "inwerk", "nl").questions]
    assert "Hoe gaat het met je buddy?" in onboarding


def test_current_template_follows_the_app_language(ctx: ServiceContext) -> None:
    set_language("en")
    assert templates.current_template(ctx, "inwerk").name == "Onboarding check-in"
    set_language("nl")
    assert templates.current_template(ctx, "inwerk").name == "Inwerkgesprek"


def test_saving_adds_a_version_and_identical_content_does_not(ctx: ServiceContext) -> None:
    first = templates.current_template(ctx, "maandgesprek", "nl")
    questions = [QuestionDraft("Start", "Hoe gaat het met je?"), QuestionDraft("Start", FANCY)]
    second = templates.save_template(ctx, "maandgesprek", "nl", "Maandgesprek", questions, 45)
    assert (second.version, second.default_minutes) == (2, 45)
    assert second.id != first.id
    assert second.questions[1].text == FANCY
    same = templates.save_template(
        ctx,
        "maandgesprek",
        "nl",
        " Maandgesprek ",
        [QuestionDraft(" Start", q.text) for q in questions],
        45,
    )
    assert same.id == second.id
    assert templates.current_template(ctx, "maandgesprek", "nl").id == second.id
    # The English template and the old version are untouched.
    assert templates.current_template(ctx, "maandgesprek", "en").version == 1
    assert templates.get_template(ctx, first.id).questions == first.questions


def test_an_old_conversation_keeps_the_questions_it_was_asked(ctx: ServiceContext) -> None:
    person = people.save_employee(ctx, EmployeeDraft(first_name="Kees", last_name="Bakker"))
    when = datetime(2026, 3, 2, 10, 0)
    old = conversations.plan_conversation(ctx, ConversationPlanDraft(person, when)).conversation_id
    old_questions = [a.question for a in conversations.get_conversation(ctx, old).answers]
    templates.save_template(
        ctx, "maandgesprek", "nl", "Maandgesprek kort", [QuestionDraft("", "Alles goed?")], 15
    )
    view = conversations.get_conversation(ctx, old)
    assert [a.question for a in view.answers] == old_questions
    assert (view.template_name, view.template_version) == ("Maandgesprek", 1)
    new = conversations.plan_conversation(
        ctx, ConversationPlanDraft(person, datetime(2026, 4, 6, 10, 0))
    ).conversation_id
    fresh = conversations.get_conversation(ctx, new)
    assert [a.question for a in fresh.answers] == ["Alles goed?"]
    assert fresh.duration_minutes == 15


def test_a_new_key_needs_a_kind_and_is_listed(ctx: ServiceContext) -> None:
    questions = [QuestionDraft("Veiligheid", "Hoe veilig werk je?")]
    with pytest.raises(ValidationError) as err:
        templates.save_template(ctx, "veiligheid", "nl", "Veiligheidsgesprek", questions, 20)
    assert err.value.field == "kind"
    custom = templates.save_template(
        ctx, "veiligheid", "nl", "Veiligheidsgesprek", questions, 20, kind="informeel"
    )
    assert (custom.key, custom.kind, custom.version) == ("veiligheid", "informeel", 1)
    names = [v.name for v in templates.list_templates(ctx, "nl") if v.kind == "informeel"]
    assert names == ["Informeel gesprek", "Veiligheidsgesprek"]
    assert "Veiligheidsgesprek" not in [v.name for v in templates.list_templates(ctx, "en")]


@pytest.mark.parametrize(
    ("questions", "minutes", "field"),
    [
        ([], 30, "questions"),
        ([QuestionDraft("Start", "   ")], 30, "questions[0]"),
        ([QuestionDraft("Start", "Goed?"), QuestionDraft("", "x" * 501)], 30, "questions[1]"),
        ([QuestionDraft("s" * 121, "Goed?")], 30, "questions[0]"),
        ([QuestionDraft("", "Goed?")], 0, "default_minutes"),
        ([QuestionDraft("", "Goed?")], 481, "default_minutes"),
    ],
)
def test_template_validation(
    ctx: ServiceContext, questions: list[QuestionDraft], minutes: int, field: str
) -> None:
    problems = templates.validate_template("Maandgesprek", questions, minutes)
    assert field in problems
    with pytest.raises(ValidationError) as err:
        templates.save_template(ctx, "maandgesprek", "nl", "Maandgesprek", questions, minutes)
    assert err.value.field == field
    assert templates.current_template(ctx, "maandgesprek", "nl").version == 1


def test_name_and_language_are_checked(ctx: ServiceContext) -> None:
    questions = [QuestionDraft("", "Goed?")]
    with pytest.raises(ValidationError, match="naam"):
        templates.save_template(ctx, "maandgesprek", "nl", "  ", questions, 30)
    with pytest.raises(ValidationError) as err:
        templates.save_template(ctx, "maandgesprek", "de", "Gespräch", questions, 30)
    assert err.value.field == "language"
    set_language("en")
    assert templates.validate_template("", questions, 30)["name"] == "Give the template a name."


def test_unknown_version_and_kind(ctx: ServiceContext) -> None:
    with pytest.raises(NotFoundError):
        templates.get_template(ctx, 999)
    with pytest.raises(ValidationError):
        templates.current_template(ctx, "beoordeling", "nl")


def test_default_questions_restore_the_shipped_text() -> None:
    shipped = templates.default_questions("inwerk", "en")
    assert shipped[0] == QuestionDraft("First impressions", "How are you doing?")
