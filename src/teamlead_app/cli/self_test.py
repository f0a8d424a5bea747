"""The export half of `teamlead-app --self-test`: every `export` command the CLI has, run
in-process through the CLI (so through the same services as the GUI), into a scratch folder,
and each file read back. The commands are found in the CLI's own parser, so an export added
later is covered without touching this file; only the values for its options are chosen here."""

from __future__ import annotations

import argparse
import contextlib
import io
import logging
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from teamlead_app.data.context import ServiceContext
from teamlead_app.i18n import t
from teamlead_app.util.file_checks import FileCheckError, FileSummary, check_file

log = logging.getLogger(__name__)

# Besides the format its --out names, these exports are also written as (spreadsheet for HR).
EXTRA_FORMATS = {"overview": (".xlsx",)}


@dataclass(frozen=True)
class DemoIds:
    """Records of the (demo) database the exports are made for."""

    employee: int
    conversation: int | None
    pop: int | None
    year: int
    pairing: int | None = None
    newcomer: int | None = None  # someone with an onboarding plan


@dataclass(frozen=True)
class ExportResult:
    name: str  # e.g. "roster.pdf"
    summary: FileSummary | None
    error: str = ""


def demo_ids(ctx: ServiceContext, today: date | None = None) -> DemoIds:
    """An active employee with a POP this year and a held conversation, when there is one."""
    from teamlead_app.services.conversations.queries import list_conversations
    from teamlead_app.services.development.pop_queries import pop_for_year
    from teamlead_app.services.people import employees as people

    year = (today or date.today()).year
    employees = people.list_employees(ctx)
    if not employees:
        raise ValueError(t("de database heeft geen medewerkers", "the database has no employees"))
    held = {row.employee_id: row.id for row in list_conversations(ctx, status="held")}
    from teamlead_app.services.pairings.onboarding_views import first_with_plan
    from teamlead_app.services.pairings.pairings import list_pairings

    pairing = next((p.id for p in list_pairings(ctx)), None)
    newcomer = first_with_plan(ctx)
    fallback = DemoIds(employees[0].id, held.get(employees[0].id), None, year, pairing, newcomer)
    for row in employees:
        pop = pop_for_year(ctx, row.id, year)
        if pop is not None and row.id in held:
            return DemoIds(row.id, held[row.id], pop.id, year, pairing, newcomer)
    return fallback


def export_commands() -> dict[str, argparse.ArgumentParser]:
    """The `export` sub-commands of the CLI, by name."""
    from teamlead_app.cli import build_parser

    return dict(_subparsers(_subparsers(build_parser())["export"]))


def _subparsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return dict(action.choices)
    return {}


def _suffixes(name: str, parser: argparse.ArgumentParser) -> tuple[str, ...]:
    """The file type(s) to write: the one in --out's metavar (FILE.ics), else PDF."""
    out = next(a for a in parser._actions if a.dest == "out")
    metavar = str(out.metavar or "")
    main = Path(metavar).suffix.lower() if "." in metavar else ".pdf"
    return (main, *EXTRA_FORMATS.get(name, ()))


def _fillers(ids: DemoIds) -> dict[str, Callable[[], str | None]]:
    return {
        "employee": lambda: f"id:{ids.employee}",  # a bare number is a personnel number
        "conversation": lambda: None if ids.conversation is None else str(ids.conversation),
        "pop": lambda: None if ids.pop is None else str(ids.pop),
        "year": lambda: str(ids.year),
        "pairing": lambda: None if ids.pairing is None else str(ids.pairing),
        "newcomer": lambda: None if ids.newcomer is None else f"id:{ids.newcomer}",
    }


class UnknownOption(ValueError):
    pass


def export_argv(name: str, parser: argparse.ArgumentParser, ids: DemoIds, out: Path) -> list[str]:
    """The command line for export `name` writing `out`; UnknownOption when a required option
    has no value the self-test knows how to choose."""
    argv = ["export", name, "--out", str(out)]
    fillers = _fillers(ids)
    for action in parser._actions:
        if not action.option_strings or action.dest in ("help", "out"):
            continue
        filler = fillers.get(action.dest)
        value = filler() if filler else None
        if value is not None:
            argv += [action.option_strings[-1], value]
        elif action.required:
            raise UnknownOption(
                t(
                    f"export {name}: de zelftest kent geen waarde voor {action.option_strings[-1]}",
                    f"export {name}: the self-test has no value for {action.option_strings[-1]}",
                )
            )
    return argv


@contextlib.contextmanager
def _quiet() -> Iterator[io.StringIO]:
    errors = io.StringIO()
    with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(errors):
        yield errors


def run_exports(db_path: Path, ids: DemoIds, folder: Path, lang: str) -> list[ExportResult]:
    """Every export into `folder`, each read back. Never raises: failures are in the results."""
    from teamlead_app.cli import main as cli_main

    results: list[ExportResult] = []
    for name, parser in export_commands().items():
        for suffix in _suffixes(name, parser):
            label = f"{name}{suffix}"
            out = folder / f"zelftest {name} ë{suffix}"
            try:
                argv = ["--db", str(db_path), "--lang", lang, *export_argv(name, parser, ids, out)]
                with _quiet() as errors:
                    code = cli_main(argv)
                if code != 0:
                    message = errors.getvalue().strip().splitlines() or [f"exit {code}"]
                    results.append(ExportResult(label, None, message[-1]))
                    continue
                results.append(ExportResult(label, check_file(out)))
            except (UnknownOption, FileCheckError) as exc:
                results.append(ExportResult(label, None, str(exc)))
            except Exception as exc:
                log.exception("self-test: export %s failed", label)
                results.append(ExportResult(label, None, f"{type(exc).__name__}: {exc}"))
    return results
