"""Language for the Qt-free layers (services, reports, CLI). The UI uses Qt's .ts files;
these layers carry both languages at the call site: `t("Dutch", "English")`. Dutch is the
default, English the second language."""

from __future__ import annotations

LANGUAGES = ("nl", "en")
_current = "nl"


def set_language(lang: str) -> None:
    global _current
    _current = lang if lang in LANGUAGES else "nl"


def language() -> str:
    return _current


def t(nl: str, en: str) -> str:
    return en if _current == "en" else nl
