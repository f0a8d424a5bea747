"""The printouts of a signed record say which version they are, why it changed after signing,
and when what is printed differs from what was signed; the POP form marks goals added after
agreement."""

from __future__ import annotations

import io
import re
from dataclasses import replace
from datetime import date

from pypdf import PdfReader

from teamlead_app.data.context import ServiceContext
from teamlead_app.services.common import signed_versions
from teamlead_app.services.conversations import use_cases as conversations
from teamlead_app.services.development import goals, pop
from teamlead_app.services.development.goals import GoalDraft
from teamlead_app.services.exports.conversations import export_summary
from teamlead_app.services.exports.pop import export_pop
from tests.services.test_signed_versions import TODAY, agreed_pop, person, signed_talk

__all__ = ["person"]  # the fixture


def words(pdf: bytes) -> str:
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    return re.sub(r"\s+", " ", text.replace("\xa0", " "))


def test_an_unchanged_signed_summary_prints_no_version_box(
    ctx: ServiceContext, person: int
) -> None:
    cid = signed_talk(ctx, person)
    text = words(export_summary(ctx, cid))
    assert "Versie" not in text and "Gewijzigd na ondertekening" not in text


def test_the_summary_prints_the_version_and_that_it_differs(
    ctx: ServiceContext, person: int
) -> None:
    cid = signed_talk(ctx, person)
    signed_versions.change_after_signing(
        ctx, "conversation", cid, "Afspraak <b>&</b> aangepast", today=date(2026, 12, 3)
    )
    draft = replace(conversations.get_conversation(ctx, cid).draft(), shared_summary="Nieuw")
    conversations.save_conversation(ctx, cid, draft, today=TODAY)
    text = words(export_summary(ctx, cid))
    assert "Versie 2, gewijzigd op 03-12-2026: Afspraak <b>&</b> aangepast" in text
    assert (
        "deze versie is nog niet ondertekend. De inhoud wijkt af van versie 1, ondertekend op "
        "03-11-2026" in text
    )
    # Signed again: the version stays on the paper, the warning goes.
    draft = replace(
        conversations.get_conversation(ctx, cid).draft(),
        signoff="akkoord",
        signoff_date=TODAY,
        signoff_method="paper",
    )
    conversations.save_conversation(ctx, cid, draft, today=TODAY)
    text = words(export_summary(ctx, cid))
    assert "Versie 2, gewijzigd op 03-12-2026" in text
    assert "Deze versie is ondertekend op 20-11-2026." in text
    assert "wijkt af" not in text


def test_the_pop_form_prints_the_version_and_marks_late_goals(
    ctx: ServiceContext, person: int
) -> None:
    plan, _before = agreed_pop(ctx, person)
    goals.create_goal(
        ctx, person, GoalDraft(what="Kantbank zelfstandig", start_date=date(2026, 3, 1)), plan
    )
    text = words(export_pop(ctx, plan))
    assert "Kantbank zelfstandig toegevoegd na ondertekening op 01-02-2026" in text
    assert "TIG-lassen toegevoegd" not in text
    assert "de inhoud hieronder wijkt af van wat op 01-02-2026 is ondertekend" in text
    signed_versions.change_after_signing(ctx, "pop", plan, "Doel erbij", today=date(2026, 3, 2))
    draft = replace(pop.get_pop(ctx, plan).draft(), ambition="Werkvoorbereider")
    pop.update_pop(ctx, plan, draft)
    text = words(export_pop(ctx, plan))
    assert "Versie 2, gewijzigd op 02-03-2026: Doel erbij" in text
    assert "De inhoud wijkt af van versie 1, ondertekend op 01-02-2026" in text
