"""Language for the Qt-free layers (services, reports, CLI). The UI uses Qt's .ts files;
these layers carry both languages at the call site: `t("Dutch", "English")`. Dutch is the
default, English the second language.

The language is a `ContextVar`, not a module global: a thread (or an asyncio task) that is
started with a copy of its caller's context speaks the caller's language, and two threads that
each set their own language do not change each other's. A new thread that is NOT given a copy
starts from the default ("nl"), so work off the UI thread must copy the context
(ui/jobs.py does: `contextvars.copy_context().run`)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

LANGUAGES = ("nl", "en")
_current: ContextVar[str] = ContextVar("teamlead_language", default="nl")


def _known(lang: str) -> str:
    return lang if lang in LANGUAGES else "nl"


def set_language(lang: str) -> None:
    """The language from now on, in this context (the entry point's: CLI, UI thread, test)."""
    _current.set(_known(lang))


def language() -> str:
    return _current.get()


@contextmanager
def speaking(lang: str) -> Iterator[str]:
    """`with speaking("en"):` the texts of this block, in this context only, are English;
    afterwards the language before it is back (also after an exception)."""
    token = _current.set(_known(lang))
    try:
        yield _current.get()
    finally:
        _current.reset(token)


def t(nl: str, en: str) -> str:
    return en if _current.get() == "en" else nl
