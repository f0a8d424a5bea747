""" "Afspraken: wat, wie, wanneer?" is answered by the agreements editor, not by a second answer
box: the shipped templates no longer ask it, an untouched old default in an existing database
gets a new version without it (old conversations keep theirs), and wherever an older or
hand-made template still asks it, an empty answer is left out of the printout while a typed
one stays."""

from __future__ import annotations

import io
import shutil
from datetime import datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from teamlead_app.data import migrate
from teamlead_app.data.context import ServiceContext
from teamlead_app.data.models import CONVERSATION_KINDS
from teamlead_app.i18n import LANGUAGES
from teamlead_app.records.conversations import ConversationDraft, is_agreements_question
from teamlead_app.services.conversations import templates
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.conversations.templates import QuestionDraft
from teamlead_app.services.conversations.use_cases import ConversationPlanDraft
from teamlead_app.services.exports.conversations import export_summary
from teamlead_app.services.people import employees as people
from teamlead_app.services.storage.database import open_database

FIXTURE = Path(__file__).parents[1] / "data" / "fixtures" / "schema_0001.sqlite"
OLD_MONTHLY = (
    *templates.default_questions("maandgesprek", "nl"),
    QuestionDraft("Resultaatafspraken", "Afspraken: wat, wie, wanneer?"),
)


@pytest.mark.parametrize(
    "text",
    [
        "Afspraken: wat, wie, wanneer?",
        "  afspraken:  wat, wie,\nwanneer? ",
        "Agreements: what, who, when?",
    ],
)
def test_the_agreements_question_is_recognised(text: str) -> None:
    assert is_agreements_question(text)


@pytest.mark.parametrize("text", ["Wat spreken we af?", "Afspraken over de planning", ""])
def test_other_questions_are_not(text: str) -> None:
    assert not is_agreements_question(text)


def test_no_shipped_template_asks_it(ctx: ServiceContext) -> None:
    for kind in CONVERSATION_KINDS:
        for lang in LANGUAGES:
            questions = templates.current_template(ctx, kind, lang).questions
            assert not any(is_agreements_question(q.text) for q in questions), (kind, lang)
    monthly = templates.current_template(ctx, "maandgesprek", "nl")
    assert monthly.questions[-1].text == "Wat heb je daarvoor nodig?"
    assert monthly.version == 1


def test_an_untouched_old_default_gets_a_new_version(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURE, path)
    migrate.prepare(path)
    db = open_database(path)
    try:
        [old] = [t for t in templates.list_templates(db, "nl") if t.key == "maandgesprek"]
        assert old.version == 2
        assert old.questions == templates.default_questions("maandgesprek", "nl")
        first = templates.get_template(db, 1)  # version 1 is kept for the old conversations
        assert (first.version, first.questions[-1].text) == (1, "Afspraken: wat, wie, wanneer?")
        for kind in ("maandgesprek", "inwerk", "functionering"):
            for lang in LANGUAGES:
                current = templates.current_template(db, kind, lang)
                assert current.version == 2
                assert not any(is_agreements_question(q.text) for q in current.questions)
        # The other kinds never asked it and keep version 1; a second look adds nothing.
        assert templates.current_template(db, "ontwikkel", "nl").version == 1
        assert templates.current_template(db, "maandgesprek", "nl").version == 2
    finally:
        db.close()


def test_an_edited_template_is_left_alone(ctx: ServiceContext) -> None:
    templates.current_template(ctx, "maandgesprek", "nl")
    edited = (*OLD_MONTHLY, QuestionDraft("Extra", "Hoe veilig werk je?"))
    saved = templates.save_template(ctx, "maandgesprek", "nl", "Maandgesprek", edited, 30)
    assert templates.current_template(ctx, "maandgesprek", "nl").id == saved.id


@pytest.fixture
def old_conversation(ctx: ServiceContext) -> int:
    """A held conversation on a template that still asks the agreements question."""
    employee = people.save_employee(
        ctx, people.EmployeeDraft(first_name="Łukasz", last_name="Wiśniewski")
    )
    version = templates.save_template(
        ctx, "oud", "nl", "Oud maandgesprek", OLD_MONTHLY, 30, kind="maandgesprek"
    )
    when = datetime.now().replace(second=0, microsecond=0) - timedelta(days=3)
    return conversations.log_conversation(
        ctx,
        ConversationPlanDraft(employee_id=employee, when=when, template_version_id=version.id),
    ).conversation_id


def _pdf_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(data)).pages)


def test_printout_leaves_an_empty_agreements_answer_out(
    ctx: ServiceContext, old_conversation: int
) -> None:
    view = conversations.get_conversation(ctx, old_conversation)
    assert [a.in_agreements_editor for a in view.answers][-1]
    assert "wat, wie, wanneer" not in _pdf_text(export_summary(ctx, old_conversation))


def test_a_typed_agreements_answer_is_kept_and_printed(
    ctx: ServiceContext, old_conversation: int
) -> None:
    answers = ("",) * (len(OLD_MONTHLY) - 1) + ("Henk leert Łukasz de kantbank <b>&",)
    conversations.save_conversation(ctx, old_conversation, ConversationDraft(answers=answers))
    view = conversations.get_conversation(ctx, old_conversation)
    assert not view.answers[-1].in_agreements_editor
    text = _pdf_text(export_summary(ctx, old_conversation))
    assert "Afspraken: wat, wie, wanneer?" in text
    assert "Henk leert Łukasz de kantbank <b>&" in text
