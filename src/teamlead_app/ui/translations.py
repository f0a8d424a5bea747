"""Install the UI language: our own .qm plus Qt's qtbase for the standard buttons.

A missing or damaged translation file never stops the app: the UI stays in English (the
language of the source strings), and the problem is kept in `problems()` for the log (logging
starts only after the first paint) and for `--self-test`."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from teamlead_app.config import i18n_dir
from teamlead_app.i18n import set_language

log = logging.getLogger(__name__)

_installed: list[QTranslator] = []
_problems: list[str] = []


def install_language(app: QCoreApplication, lang: str) -> None:
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    _problems.clear()
    set_language(lang)
    if lang == "nl":
        QLocale.setDefault(QLocale(QLocale.Language.Dutch, QLocale.Country.Netherlands))
        qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        for name, folder in (("qtbase_nl", qt_dir), ("teamlead_nl", str(i18n_dir()))):
            translator = QTranslator(app)
            if translator.load(name, folder) and not translator.isEmpty():
                app.installTranslator(translator)
                _installed.append(translator)
            elif name == "teamlead_nl":
                _problems.append(
                    f"translation {name}.qm in {folder} is missing or damaged: "
                    "the window shows English"
                )
    else:
        QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))


def problems() -> list[str]:
    """What went wrong loading the translation (empty when all is well)."""
    return list(_problems)


def log_problems() -> None:
    for problem in _problems:
        log.error(problem)
