"""Words that suggest someone's health (AVG: the nature or cause of an illness may not be
recorded, domain §5.3). The screen shows a quiet reminder when a note contains one; saving is
never blocked. This is the app's one health-word list: the conversation warnings use it too.

Matching works on whole words, case-insensitively and Unicode-aware (text is NFC-normalised,
dashes and apostrophes inside a word are kept, so "burn-out" and "hernia's" are one word). A
Dutch stem also hits at the start of a compound ("ziekmelding", "zwangerschapsverlof"), never
inside an unrelated word ("ziel", "operationeel", "hospitality"). Compounds with the health
word at the end ("rugoperatie") are not caught: this is a reminder, not a filter.

Everyday illness counts too: "griep" and "koorts" and the forms a foreman types ("grieperig",
"griepje", "koortsig", "verkouden"). "Koortsachtig" (hectic) is caught as well: a false hit
costs one glance at a quiet line, a missed one a health detail in a file.
"""

from __future__ import annotations

import re
import unicodedata

from teamlead_app.i18n import t

__all__ = ["SENSITIVE_WORDS", "sensitive_hits", "sensitive_reminder", "sensitive_reminder_text"]

# The list a user could be shown ("which words?").
SENSITIVE_WORDS: tuple[str, ...] = (
    "ziek",
    "ziekte",
    "zieke",
    "diagnose",
    "burn-out",
    "burnout",
    "overspannen",
    "depressie",
    "depressief",
    "operatie",
    "ziekenhuis",
    "medicijnen",
    "medicatie",
    "medisch",
    "zwanger",
    "huisarts",
    "bedrijfsarts",
    "psycholoog",
    "therapie",
    "kanker",
    "hernia",
    "griep",
    "koorts",
    "verkouden",
    "verkoudheid",
    "sick",
    "illness",
    "diagnosis",
    "depression",
    "surgery",
    "hospital",
    "medication",
    "pregnant",
    "flu",
    "fever",
)

# Dutch stems that also hit as the first part of a longer word. Not "kanker" ("kankeren" is
# shop-floor Dutch for grumbling) and no English ones ("hospitality", "sickle").
_DUTCH_STEMS: tuple[str, ...] = (
    "ziek",
    "diagnose",
    "burn-out",
    "burnout",
    "overspannen",
    "depressie",
    "operatie",
    "medicijn",
    "medicatie",
    "medisch",
    "zwanger",
    "huisarts",
    "bedrijfsarts",
    "psycholoog",
    "therapie",
    "hernia",
    "griep",
    "koorts",
    "verkoud",
)

# Inflected forms that are not covered by a stem.
_OTHER_FORMS: tuple[str, ...] = (
    "psychologen",
    "sickness",
    "illnesses",
    "diagnoses",
    "diagnosed",
    "burned-out",
    "burnt-out",
    "depressed",
    "surgeries",
    "hospitals",
    "hospitalised",
    "hospitalized",
    "medications",
    "pregnancy",
    "fevers",
    "feverish",
)

_WORDS = frozenset(w.casefold() for w in SENSITIVE_WORDS + _OTHER_FORMS)
_STEMS = tuple(s.casefold() for s in _DUTCH_STEMS)

# A word: letters (any script), joined by a hyphen or apostrophe inside the word.
_WORD = re.compile(r"[^\W\d_]+(?:['’-][^\W\d_]+)*")
# Hyphen look-alikes (non-breaking hyphen, dashes) typed or pasted inside a word.
_DASHES = str.maketrans({c: "-" for c in "\u2010\u2011\u2012\u2013\u2014\u2212"})
_BURN_OUT = re.compile(r"\bburn\s+out\b", re.IGNORECASE)


def _is_sensitive(word: str) -> bool:
    folded = word.casefold()
    parts = [folded, *folded.split("-")] if "-" in folded else [folded]
    return any(part in _WORDS or part.startswith(_STEMS) for part in parts)


def sensitive_hits(text: str) -> list[str]:
    """The health words in `text` as written, each once (case-insensitive), in order."""
    text = unicodedata.normalize("NFC", text).translate(_DASHES)
    text = _BURN_OUT.sub(lambda m: "-".join(m.group(0).split()), text)
    hits: list[str] = []
    seen: set[str] = set()
    for match in _WORD.finditer(text):
        word = match.group(0)
        key = word.casefold()
        if key not in seen and _is_sensitive(word):
            seen.add(key)
            hits.append(word)
    return hits


def sensitive_reminder_text() -> str:
    return t(
        "Let op: leg de aard van een ziekte niet vast (AVG). Noteer alleen dat iemand afwezig was.",
        "Note: do not record the nature of an illness (GDPR). Only note that someone was absent.",
    )


def sensitive_reminder(text: str) -> str | None:
    """The quiet reminder to show beside a note, or None when the text has no health word."""
    return sensitive_reminder_text() if sensitive_hits(text) else None
