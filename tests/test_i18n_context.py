"""The language is a ContextVar: threads do not change each other's language, `speaking()`
sets it for one block, and work started off the UI thread speaks the caller's language."""

from __future__ import annotations

import threading

import pytest

from teamlead_app.i18n import language, set_language, speaking, t


def test_two_threads_with_different_languages_do_not_interfere() -> None:
    # Both threads set their language, wait for each other, then read it many times: with a
    # module global the second set_language would win in both.
    both_set = threading.Barrier(2)
    seen: dict[str, set[str]] = {"nl": set(), "en": set()}

    def work(lang: str) -> None:
        set_language(lang)
        both_set.wait(timeout=10)
        for _ in range(2000):
            seen[lang].add(t("hallo", "hello"))

    threads = [threading.Thread(target=work, args=(lang,)) for lang in ("nl", "en")]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=10)
    assert seen == {"nl": {"hallo"}, "en": {"hello"}}
    assert language() == "nl"  # the test's own thread was not touched


def test_speaking_sets_the_language_for_one_block_only() -> None:
    set_language("nl")
    with speaking("en") as lang:
        assert lang == "en"
        assert t("ja", "yes") == "yes"
        with speaking("xx"):  # unknown: the default
            assert language() == "nl"
        assert language() == "en"
    assert t("ja", "yes") == "ja"


def test_speaking_restores_after_an_error() -> None:
    set_language("en")
    with pytest.raises(RuntimeError), speaking("nl"):
        raise RuntimeError
    assert language() == "en"


def test_set_language_keeps_its_old_behaviour() -> None:
    set_language("en")
    assert (language(), t("nee", "no")) == ("en", "no")
    set_language("fr")
    assert language() == "nl"
