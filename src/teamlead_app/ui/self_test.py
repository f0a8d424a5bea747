"""`teamlead-app --self-test [--db PATH] [--lang nl|en]`: what IT runs after installing, and what
CI runs on the bundle.

Opens (or creates) a database, in a temporary folder unless --db names one; migrates it; fills
the demo company when it is empty; renders the main window offscreen with every page the window
knows (`main_window.PAGES` and `HIDDEN_PAGES`) and the About dialog; writes every export the CLI
knows into a scratch folder next to the database and reads each file back. Prints one summary
line. Exit codes: 0 all well, 1 something failed (the line names it), 2 the folder cannot be
written or the database is unusable or already open.

The self-test never shows a window, never touches the user's settings (QSettings go to the
scratch folder), and gives up with a message when a step hangs.
"""

from __future__ import annotations

import argparse
import contextlib
import functools
import logging
import os
import shutil
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from teamlead_app.i18n import language, set_language, t

log = logging.getLogger(__name__)

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2
TIMEOUT_SECONDS = 300.0


class SelfTestAbort(Exception):
    """The test cannot start (exit code 2); the message says why."""


@dataclass
class Report:
    failures: list[str] = field(default_factory=list)
    pages: int = 0
    employees: int = 0
    schema: str = ""
    files: Counter[str] = field(default_factory=Counter)
    pdf_pages: int = 0
    current: str = ""

    def step(self, name: str, work: Callable[[], Any]) -> Any:
        """Run one step; an exception becomes a failure named after the step."""
        self.current = name
        try:
            return work()
        except Exception as exc:
            log.exception("self-test step %s failed", name)
            self.failures.append(f"{name}: {type(exc).__name__}: {exc}")
            return None


def _options(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="teamlead-app --self-test")
    parser.add_argument("--self-test", action="store_true")
    parser.add_argument("--db", type=Path)
    parser.add_argument("--lang", choices=["nl", "en"], default="nl")
    return parser.parse_args(argv)


def _folder_problem(folder: Path) -> str | None:
    """None when files can be made in `folder` (made when missing); else a clear message.
    Tried for real: permission bits say nothing on a network share or for an administrator."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        handle, probe = tempfile.mkstemp(prefix=".zelftest-", dir=folder)
        os.close(handle)
        os.unlink(probe)
    except OSError as exc:
        reason = exc.strerror or type(exc).__name__
        return t(
            f"Zelftest: in de map {folder} kan niet worden geschreven ({reason}). "
            "Geef met --db een bestand in een map waarin je mag schrijven.",
            f"Self-test: cannot write in the folder {folder} ({reason}). "
            "Use --db with a file in a folder you may write in.",
        )
    return None


def run_self_test(argv: list[str]) -> int:
    options = _options(argv)
    set_language(options.lang)
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # never a window on the user's screen
    started = time.monotonic()
    temp_root: Path | None = None
    try:
        if options.db is not None:
            db_path = Path(os.path.abspath(options.db.expanduser()))
        else:
            try:
                temp_root = Path(tempfile.mkdtemp(prefix="teamlead-zelftest-"))
            except OSError as exc:
                message = _folder_problem(Path(tempfile.gettempdir())) or str(exc)
                raise SelfTestAbort(message) from exc
            db_path = temp_root / "teamlead.sqlite"
        problem = _folder_problem(db_path.parent)
        if problem:
            raise SelfTestAbort(problem)
        work = Path(tempfile.mkdtemp(prefix="zelftest-", dir=db_path.parent))
        report = Report()
        watchdog = _watchdog(report)
        try:
            _run(db_path, work, options.lang, report)
        finally:
            watchdog.cancel()
            shutil.rmtree(work, ignore_errors=True)
    except SelfTestAbort as exc:
        log.error("self-test could not start")
        print(str(exc), file=sys.stderr)
        return EXIT_USAGE
    finally:
        if temp_root is not None:
            shutil.rmtree(temp_root, ignore_errors=True)
    line = _summary(report, time.monotonic() - started)
    log.info("%s", line)
    print(line, file=sys.stdout if not report.failures else sys.stderr)
    return EXIT_FAILED if report.failures else EXIT_OK


def _watchdog(report: Report) -> threading.Timer:
    def give_up() -> None:
        print(
            t(
                f"Zelftest MISLUKT: geen antwoord na {TIMEOUT_SECONDS:.0f} s bij {report.current}",
                f"Self-test FAILED: no answer after {TIMEOUT_SECONDS:.0f} s at {report.current}",
            ),
            file=sys.stderr,
            flush=True,
        )
        os._exit(EXIT_FAILED)

    timer = threading.Timer(TIMEOUT_SECONDS, give_up)
    timer.daemon = True
    timer.start()
    return timer


def _run(db_path: Path, work: Path, lang: str, report: Report) -> None:
    from teamlead_app.config import DbPaths
    from teamlead_app.data.filelock import AlreadyOpenError, DbLock
    from teamlead_app.errors import StorageError

    lock = DbLock(DbPaths(db_path).lock)
    try:
        lock.acquire()
    except AlreadyOpenError:
        raise SelfTestAbort(
            t(
                f"Zelftest: de database {db_path} is al geopend in het programma. "
                "Sluit het programma en probeer het opnieuw.",
                f"Self-test: the database {db_path} is already open in the program. "
                "Close the program and try again.",
            )
        ) from None
    except StorageError as exc:
        raise SelfTestAbort(f"{t('Zelftest', 'Self-test')}: {exc}") from None
    try:
        ids = _with_database(db_path, work, lang, report)
    finally:
        lock.release()
    if ids is not None:
        # After the release: each export takes the database's lock itself, as on the CLI.
        _exports(db_path, ids, work, lang, report)


def _exports(db_path: Path, ids: Any, work: Path, lang: str, report: Report) -> None:
    from teamlead_app.cli.self_test import run_exports

    report.current = "export"
    # The exports (through the CLI) apply the database's language setting only when
    # no --lang is given; ours is given, and set back afterwards all the same.
    for result in run_exports(db_path, ids, work, lang):
        if result.summary is None:
            report.failures.append(f"export {result.name}: {result.error}")
            continue
        report.files[result.summary.kind] += 1
        report.pdf_pages += result.summary.pages if result.summary.kind == "pdf" else 0
    set_language(lang)


def _with_database(db_path: Path, work: Path, lang: str, report: Report) -> Any:
    """Demo, data and every page on screen; returns the ids the exports need (or None)."""
    from teamlead_app.cli.self_test import demo_ids
    from teamlead_app.data.context import context_for
    from teamlead_app.data.migrate import read_revision
    from teamlead_app.errors import StorageError
    from teamlead_app.services.demo.company import generate_company
    from teamlead_app.services.people.employees import count_employees
    from teamlead_app.services.storage.database import open_database

    try:
        db = context_for(open_database(db_path))
    except StorageError as exc:
        raise SelfTestAbort(f"{t('Zelftest', 'Self-test')}: {exc}") from None
    try:
        if count_employees(db) == 0:
            report.step(t("demobedrijf", "demo company"), lambda: generate_company(db))
        report.employees = count_employees(db)
        report.schema = read_revision(db_path) or ""
        ids = report.step(t("gegevens", "data"), lambda: demo_ids(db))
        app = _application(work)
        with _no_dialogs(report), _catch_slot_errors(report):
            _check_resources(report, lang)
            _render(app, db, db_path, ids, report)
        return ids
    finally:
        db.close()


def _application(work: Path) -> Any:
    from PySide6.QtCore import QSettings, qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from teamlead_app import APP_NAME, ORG_NAME

    app = QApplication.instance()
    if app is None:
        # Qt's own chatter (offscreen plugin notes) goes to the log: the output is one line.
        qInstallMessageHandler(lambda _kind, _context, text: log.info("qt: %s", text))
        app = QApplication(sys.argv[:1])
        app.setOrganizationName(ORG_NAME)
        app.setApplicationName(APP_NAME)
    # Window geometry and the last page go to the scratch folder, not the user's settings.
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, str(work / "settings"))
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    return app


@contextlib.contextmanager
def _no_dialogs(report: Report) -> Iterator[None]:
    """A modal box would wait forever offscreen: each one is answered "no" and counted as a
    failure (its title only: the text may name a person)."""
    from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox

    def box(kind: str, answer: Any) -> Callable[..., Any]:
        def record(_parent: Any, title: str = "", *_args: Any, **_kwargs: Any) -> Any:
            report.failures.append(
                f"{report.current}: {t('onverwachte melding', 'unexpected message')} "
                f"({kind}: {title})"
            )
            return answer

        return staticmethod(record)

    def dialog_exec(self: QDialog) -> int:
        report.failures.append(
            f"{report.current}: {t('onverwacht venster', 'unexpected dialog')} "
            f"({type(self).__name__})"
        )
        return 0

    no = QMessageBox.StandardButton.No
    patches: list[tuple[Any, str, Any]] = [
        (QMessageBox, "information", box("information", QMessageBox.StandardButton.Ok)),
        (QMessageBox, "warning", box("warning", no)),
        (QMessageBox, "critical", box("critical", QMessageBox.StandardButton.Ok)),
        (QMessageBox, "question", box("question", no)),
        (QDialog, "exec", dialog_exec),
        (QMessageBox, "exec", dialog_exec),
        (QFileDialog, "getSaveFileName", box("file", ("", ""))),
        (QFileDialog, "getOpenFileName", box("file", ("", ""))),
    ]
    saved = [(owner, name, owner.__dict__.get(name)) for owner, name, _ in patches]
    try:
        for owner, name, replacement in patches:
            setattr(owner, name, replacement)
        yield
    finally:
        for owner, name, original in saved:
            if original is None:
                delattr(owner, name)  # it was inherited
            else:
                setattr(owner, name, original)


@contextlib.contextmanager
def _catch_slot_errors(report: Report) -> Iterator[None]:
    """An exception in a Qt slot reaches sys.excepthook: a failure of the current step."""
    previous = sys.excepthook

    def hook(kind: type[BaseException], exc: BaseException, tb: Any) -> None:
        log.error("self-test: error in %s", report.current, exc_info=(kind, exc, tb))
        report.failures.append(f"{report.current}: {kind.__name__}: {exc}")

    sys.excepthook = hook
    try:
        yield
    finally:
        sys.excepthook = previous


def _check_resources(report: Report, lang: str) -> None:
    """The translation and the PDF font are there (a fallback keeps the app going, but a bundle
    without them is broken), and the package metadata the About dialog shows."""
    import importlib.metadata

    from PySide6.QtWidgets import QApplication

    from teamlead_app.licences import DIST_NAME
    from teamlead_app.reports.style import font_problem
    from teamlead_app.ui.translations import install_language, problems

    report.current = t("vertaling", "translation")
    install_language(QApplication.instance(), lang)  # type: ignore[arg-type]
    for problem in problems():
        report.failures.append(f"{t('vertaling', 'translation')}: {problem}")
    if lang == "nl" and not problems():
        shown = QApplication.translate("MainWindow", "Overview")
        if shown == "Overview":
            report.failures.append(t("vertaling: venster blijft Engels", "translation: no Dutch"))
    problem = report.step(t("lettertype", "font"), font_problem)
    if problem:
        report.failures.append(f"{t('lettertype', 'font')}: {problem}")
    report.step(
        t("pakketgegevens", "package metadata"), lambda: importlib.metadata.version(DIST_NAME)
    )


def _render(app: Any, db: Any, db_path: Path, ids: Any, report: Report) -> None:
    """The main window with every page it knows, and the About dialog, each painted once."""
    from teamlead_app.ui.dialogs.about_dialog import AboutDialog
    from teamlead_app.ui.identity import app_icon
    from teamlead_app.ui.main_window import HIDDEN_PAGES, PAGES, MainWindow

    report.current = t("hoofdvenster", "main window")
    window = MainWindow()
    window.setWindowIcon(app_icon())
    window.resize(1280, 800)
    window.attach(db)
    window.show()
    app.processEvents()
    openers = {
        "profile": (window.open_employee, getattr(ids, "employee", None)),
        "conversation": (window.open_conversation, getattr(ids, "conversation", None)),
        "pop": (window.open_pop, getattr(ids, "pop", None)),
    }

    def show(key: str) -> None:
        opener, record = openers.get(key, (None, None))
        if opener is not None and record is not None:
            opener(record)
        elif key in {k for k, *_ in PAGES}:
            window.show_page(key)
        else:
            page = window.page(key)
            if page is not None:
                window.stack.setCurrentWidget(page)
        app.processEvents()
        if window.stack.currentWidget() is not window.page(key):
            raise RuntimeError(t("scherm wordt niet getoond", "page is not shown"))
        if window.grab().isNull():
            raise RuntimeError(t("scherm tekent niets", "page paints nothing"))
        report.pages += 1

    for key, *_ in (*PAGES, *HIDDEN_PAGES):
        report.step(f"{t('scherm', 'page')} {key}", functools.partial(show, key))

    def about() -> None:
        dialog = AboutDialog(window, db_path)
        dialog.show()
        app.processEvents()
        if dialog.grab().isNull() or dialog.licences.topLevelItemCount() == 0:
            raise RuntimeError(t("venster Over Teamlead is leeg", "About dialog is empty"))
        dialog.close()

    report.step(t("venster Over Teamlead", "About dialog"), about)
    window.hide()
    window.detach()
    window.deleteLater()
    app.processEvents()


def _summary(report: Report, seconds: float) -> str:
    from teamlead_app.licences import app_version

    nl = language() == "nl"
    secs = f"{seconds:.1f}".replace(".", ",") if nl else f"{seconds:.1f}"
    if report.failures:
        count = len(report.failures)
        return t(
            f"Zelftest MISLUKT ({count} {'fout' if count == 1 else 'fouten'}): ",
            f"Self-test FAILED ({count} {'error' if count == 1 else 'errors'}): ",
        ) + "; ".join(report.failures)
    others = ", ".join(
        f"{count} {kind.upper()}" for kind, count in sorted(report.files.items()) if kind != "pdf"
    )
    return t(
        f"Zelftest geslaagd in {secs} s: Teamlead {app_version()}, database schema "
        f"{report.schema} met {report.employees} medewerkers, {report.pages} schermen, "
        f"{report.files['pdf']} PDF's ({report.pdf_pages} pagina's), {others}.",
        f"Self-test passed in {secs} s: Teamlead {app_version()}, database schema "
        f"{report.schema} with {report.employees} employees, {report.pages} pages, "
        f"{report.files['pdf']} PDFs ({report.pdf_pages} pages), {others}.",
    )
