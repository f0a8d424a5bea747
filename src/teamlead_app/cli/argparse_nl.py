"""Dutch for argparse's own words: the usage line, the help's headings and its errors.

argparse writes "usage:", "options" and "invalid int value" in English whatever the
language; a foreman who mistypes a command must read Dutch like every other message. Its
messages are translated here by their (stable) English shape; in English they pass unchanged.
"""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable, Iterable
from typing import Any

from teamlead_app.i18n import language, t

# The dest of a sub-command choice, as the user knows it.
_DESTS = {"command": "opdracht", "what": "opdracht"}


def _arg(name: str) -> str:
    return _DESTS.get(name, name)


def _names(text: str) -> str:
    return ", ".join(_arg(n.strip()) for n in text.split(","))


def _invalid_value(m: re.Match[str]) -> str:
    kind = {"int": "geheel getal", "float": "getal"}.get(m["type"], "geldige waarde")
    return f"{_arg(m['arg'])}: {m['value']} is geen {kind}."


def _invalid_choice(m: re.Match[str]) -> str:
    return f"{_arg(m['arg'])}: {m['value']} bestaat niet (kies uit {m['choices']})."


_RULES: tuple[tuple[re.Pattern[str], Callable[[re.Match[str]], str]], ...] = (
    (
        re.compile(r"argument (?P<arg>[^:]+): invalid (?P<type>\w+) value: (?P<value>.*)"),
        _invalid_value,
    ),
    (
        re.compile(
            r"argument (?P<arg>[^:]+): invalid choice: (?P<value>.*)"
            r" \(choose from (?P<choices>.*)\)"
        ),
        _invalid_choice,
    ),
    (
        re.compile(r"argument (?P<arg>[^:]+): expected (?:one|at least one) argument"),
        lambda m: f"{_arg(m['arg'])}: hier hoort een waarde achter.",
    ),
    (
        re.compile(r"argument (?P<arg>[^:]+): not allowed with argument (?P<other>.*)"),
        lambda m: f"{_arg(m['arg'])} en {_arg(m['other'])} gaan niet samen; kies er één.",
    ),
    (
        re.compile(r"the following arguments are required: (?P<names>.*)"),
        lambda m: f"dit ontbreekt nog: {_names(m['names'])}.",
    ),
    (
        re.compile(r"unrecognized arguments: (?P<names>.*)"),
        lambda m: f"onbekend op deze plek: {m['names']}.",
    ),
    (
        re.compile(r"ambiguous option: (?P<option>\S+) could match (?P<matches>.*)"),
        lambda m: f"{m['option']} is niet eenduidig; bedoel je {m['matches']}?",
    ),
    (
        re.compile(r"one of the arguments (?P<names>.*) is required"),
        lambda m: f"kies één van {m['names']}.",
    ),
)


def translate_error(message: str) -> str:
    """argparse's English error in Dutch (in English: unchanged). Unknown shapes stay as
    they are rather than being guessed at."""
    if language() == "en":
        return message
    for pattern, render in _RULES:
        match = pattern.fullmatch(message)
        if match:
            return render(match)
    return message


# What an option means and what goes after it, for options declared without their own words
# (the same everywhere): option -> (metavar nl, metavar en, help nl, help en).
_OPTION_WORDS: dict[str, tuple[str, str, str, str]] = {
    "--out": ("BESTAND", "FILE", "het bestand dat wordt gemaakt", "the file to write"),
    "--team": ("NAAM", "NAME", "alleen dit team", "only this team"),
    "--year": ("JJJJ", "YYYY", "het jaar", "the year"),
    "--json": ("", "", "als JSON, voor scripts", "as JSON, for scripts"),
    "--dry-run": (
        "",
        "",
        "proefdraai: alles controleren, niets opslaan",
        "dry run: check everything, save nothing",
    ),
    "--skip-invalid": (
        "",
        "",
        "de goede rijen opslaan en de afgekeurde overslaan",
        "save the good rows and skip the rejected ones",
    ),
    "--archived": ("", "", "wie uit dienst is", "those out of service"),
    "--seed": ("GETAL", "NUMBER", "zelfde getal, zelfde demobedrijf", "same number, same company"),
    "--teams": ("AANTAL", "COUNT", "aantal teams", "number of teams"),
    "--size": ("AANTAL", "COUNT", "mensen per team", "people per team"),
    "--assessor": ("NAAM", "NAME", "wie het niveau beoordeelde", "who assessed the level"),
    "--evidence": ("TEKST", "TEXT", "waaruit het blijkt", "what shows it"),
    "file": ("BESTAND", "FILE", "", ""),
}


def fill_option_words(names: tuple[str, ...], kwargs: dict[str, Any]) -> None:
    """Give an option declared without help or metavar the common words for it."""
    words = _OPTION_WORDS.get(names[0]) if names else None
    if words is None:
        return
    metavar, help_text = t(words[0], words[1]), t(words[2], words[3])
    takes_value = kwargs.get("action") not in ("store_true", "store_false", "help")
    if metavar and takes_value:
        kwargs.setdefault("metavar", metavar)
    if help_text:
        kwargs.setdefault("help", help_text)


class HelpFormatter(argparse.HelpFormatter):
    """The usage line starts with "gebruik:" in Dutch."""

    def add_usage(
        self,
        usage: str | None,
        actions: Iterable[argparse.Action],
        groups: Iterable[argparse._MutuallyExclusiveGroup],
        prefix: str | None = None,
    ) -> None:
        if prefix is None:
            prefix = t("gebruik: ", "usage: ")
        super().add_usage(usage, actions, groups, prefix)


def dutch_headings(parser: argparse.ArgumentParser) -> None:
    """Headings of the help in the chosen language, and a -h that says what it does."""
    parser._positionals.title = t("opdrachten en bestanden", "positional arguments")
    parser._optionals.title = t("opties", "options")
    parser.add_argument(
        "-h",
        "--help",
        action="help",
        default=argparse.SUPPRESS,
        help=t("deze hulp tonen", "show this help message and exit"),
    )
