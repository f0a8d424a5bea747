"""The health-word reminder: whole words, case-insensitive, Unicode-safe, no false hits inside
unrelated words, never blocking; the conversation warnings use the same list."""

from __future__ import annotations

import pytest

from teamlead_app.i18n import set_language
from teamlead_app.services.common.sensitive import (
    SENSITIVE_WORDS,
    sensitive_hits,
    sensitive_reminder,
    sensitive_reminder_text,
)
from teamlead_app.services.conversations.rules import health_warning


@pytest.mark.parametrize("word", SENSITIVE_WORDS)
def test_every_listed_word_hits_on_its_own(word: str) -> None:
    assert sensitive_hits(f"Hij zei: {word}.") == [word]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lag een week in het Ziekenhuis", ["Ziekenhuis"]),
        ("ZIEK thuis", ["ZIEK"]),
        ("Ziekmelding doorgegeven", ["Ziekmelding"]),
        ("Vraagt zwangerschapsverlof aan", ["zwangerschapsverlof"]),
        ("Burn-outklachten", ["Burn-outklachten"]),
        ("Had een burn out", ["burn-out"]),
        ("Burn‑out (met een vaste koppelteken)", ["Burn-out"]),
        ("Operaties en therapieën", ["Operaties", "therapieën"]),
        ("hernia's", ["hernia's"]),
        ("naar de psychologen", ["psychologen"]),
        ("Was sick, then in hospital", ["sick", "hospital"]),
        ("She is pregnant; pregnancy leave", ["pregnant", "pregnancy"]),
        ("ziek, Ziek en ZIEK", ["ziek"]),
        ("Ziek2 dagen", ["Ziek"]),
        ("Łukasz was ziek", ["ziek"]),
        ("medische keuring", ["medische"]),
        ("Had griep en koorts", ["griep", "koorts"]),
        ("Was wat grieperig, griepje", ["grieperig", "griepje"]),
        ("Koortsig thuis, flink verkouden", ["Koortsig", "verkouden"]),
        ("Had the flu and a fever", ["flu", "fever"]),
    ],
)
def test_hits_are_whole_words_and_compounds(text: str, expected: list[str]) -> None:
    assert sensitive_hits(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        "Met hart en ziel aan het werk",
        "Operationele drukte deze week",
        "De coöperatie levert het staal",
        "Lasrobot omstellen onder begeleiding van Henk",
        "Hospitality training for the front desk",
        "Lopen te kankeren over de planning",
        "Ziel, zielig, ziezo",
        "medewerker, medebewoner",
        "Influence on the planning, fluweel, fluor",
        "Grip op de planning, een koortje",
        "",
    ],
)
def test_no_false_hits(text: str) -> None:
    assert sensitive_hits(text) == []


def test_decomposed_accents_are_normalised() -> None:
    decomposed = "therapiee\u0308n"  # "therapieën" typed with a combining diaeresis
    assert sensitive_hits(f"Twee {decomposed}") == ["therapieën"]


def test_the_reminder_is_dutch_by_default_and_english_on_request() -> None:
    assert sensitive_reminder("Niets bijzonders") is None
    assert sensitive_reminder("Was ziek") == (
        "Let op: leg de aard van een ziekte niet vast (AVG). Noteer alleen dat iemand afwezig was."
    )
    set_language("en")
    assert sensitive_reminder_text().startswith("Note: do not record the nature of an illness")


def test_conversation_warnings_use_the_same_list() -> None:
    assert health_warning("Lag in het ziekenhuis", "De notitie") is not None
    assert "('ziekenhuis')" in (health_warning("Lag in het ziekenhuis", "De notitie") or "")
    assert health_warning("Met hart en ziel", "De notitie") is None
    assert health_warning("Operationele drukte", "De toelichting") is None
