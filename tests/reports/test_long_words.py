"""A word of 2,000 characters without a space (a pasted URL) in every user text field breaks
over lines in every PDF instead of crashing the export (reports/style.py TextParagraph).

Each builder gets the real data of the demo company through its service, with every user
text (every string that is not a stored code) replaced by the long word; the PDF must render
and show the start of the word."""

from __future__ import annotations

import dataclasses
import io
from collections.abc import Callable
from datetime import date
from typing import Any

import pytest
from pypdf import PdfReader
from sqlalchemy import text

from teamlead_app.data.context import ServiceContext
from teamlead_app.data.db import Database
from teamlead_app.labels import choices
from teamlead_app.reports import (
    access_pdf,
    pop_form,
    pop_prep,
    prep,
    roster,
    summary,
    year_overview_pdf,
)
from teamlead_app.services.demo.company import generate_company
from teamlead_app.services.exports import conversations as conversation_exports
from teamlead_app.services.exports import pop as pop_exports
from teamlead_app.services.exports import roster as exports
from teamlead_app.services.exports import year_overview as year_service
from teamlead_app.services.privacy import access as privacy

WORD = "https://example.com/" + "x" * 1_980
TODAY = date(2026, 11, 20)
_GROUPS = (
    *("employee_kind", "stage", "cadence", "conversation_kind", "conversation_status"),
    *("signoff", "signoff_method", "agreement_owner", "agreement_status", "cancel_reason"),
    *("move_reason", "followup_status", "pop_status", "goal_category", "goal_status"),
)
CODES = {code for group in _GROUPS for code, _ in choices(group)}


def long_words(value: Any) -> Any:
    """The same data with every user text the long word; lists cut to one item (the builder
    meets every kind of field once, and the test stays quick)."""
    if isinstance(value, str):
        return value if value in CODES or value == "" else WORD
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        changes = {f.name: long_words(getattr(value, f.name)) for f in dataclasses.fields(value)}
        return dataclasses.replace(value, **{k: v for k, v in changes.items() if _init(value, k)})
    if isinstance(value, tuple):
        return tuple(long_words(item) for item in value[:1])
    if isinstance(value, list):
        return [long_words(item) for item in value[:1]]
    if isinstance(value, dict):
        return {key: long_words(item) for key, item in value.items()}
    return value


def _init(value: Any, name: str) -> bool:
    return any(f.name == name and f.init for f in dataclasses.fields(value))


def _ids(ctx: ServiceContext) -> tuple[int, int, int]:
    with ctx.sessions() as session:
        cid = session.execute(
            text("SELECT id FROM conversation WHERE status = 'held' ORDER BY id LIMIT 1")
        ).scalar_one()
        eid = session.execute(
            text("SELECT employee_id FROM conversation WHERE id = :c"), {"c": cid}
        ).scalar_one()
        pid = session.execute(text("SELECT id FROM pop ORDER BY id LIMIT 1")).scalar_one()
    return cid, eid, pid


Builder = Callable[[Database, int, int, int], tuple[Any, Callable[..., bytes]]]
BUILDERS: dict[str, Builder] = {
    "roster": lambda db, c, e, p: (exports.roster_data(db, None), roster.render_pdf),
    "summary": lambda db, c, e, p: (conversation_exports.summary_data(db, c), summary.render_pdf),
    "prep": lambda db, c, e, p: (conversation_exports.prep_data(db, e), prep.render_pdf),
    "pop_form": lambda db, c, e, p: (pop_exports.pop_form_data(db, p), pop_form.render_pdf),
    "pop_prep": lambda db, c, e, p: (pop_exports.pop_prep_data(db, e), pop_prep.render_pdf),
    "access": lambda db, c, e, p: (privacy.access_data(db, e), access_pdf.render_pdf),
    "year_overview": lambda db, c, e, p: (
        year_service.overview_data(db, TODAY.year, today=TODAY),
        year_overview_pdf.render_pdf,
    ),
}


@pytest.mark.parametrize("name", sorted(BUILDERS))
def test_a_2000_character_word_prints_in_every_pdf(ctx: ServiceContext, name: str) -> None:
    generate_company(ctx)
    data, render = BUILDERS[name](ctx, *_ids(ctx))
    changed = long_words(data)
    assert WORD in repr(changed), "the builder's data has user text to replace"
    pdf = render(changed, invariant=True)
    reader = PdfReader(io.BytesIO(pdf))
    printed = "".join(page.extract_text() for page in reader.pages).replace("\n", "")
    assert "https://example.com/xxxx" in printed
