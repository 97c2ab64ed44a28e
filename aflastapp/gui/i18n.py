"""The app's language: Danish source strings, English from ``resources/i18n/aflastapp_en.qm``.

The language follows the system (Danish unless the system language is English) and can be
changed in Indstillinger; the choice is kept in the GUI settings file in the data folder.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from aflastapp.resources import resource_path

LANGUAGES: tuple[tuple[str, str], ...] = (("da", "Dansk"), ("en", "English"))

_installed: list[QTranslator] = []


def system_language() -> str:
    """"en" when the system's UI language is English, otherwise Danish (the app's audience)."""
    lang = QLocale.system().uiLanguages()
    first = lang[0].lower() if lang else "da"
    return "en" if first.startswith("en") else "da"


def normalise(lang: str | None) -> str:
    lang = (lang or "").lower()[:2]
    return lang if lang in dict(LANGUAGES) else system_language()


def qm_path(lang: str) -> str:
    return str(resource_path("i18n", f"aflastapp_{lang}.qm"))


def install(lang: str) -> str:
    """Install the translators for ``lang`` ("da" or "en") on the running app; returns the language.

    Danish needs no app translation (the source is Danish) but loads Qt's own Danish texts for
    standard buttons and dialogs. Installing sends LanguageChange events; the main window
    rebuilds its views on ``AppContext.language_changed``.
    """
    app = QCoreApplication.instance()
    lang = normalise(lang)
    for t in _installed:
        QCoreApplication.removeTranslator(t)
    _installed.clear()
    if app is None:
        return lang
    qt = QTranslator(app)
    if qt.load(QLocale(lang), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        QCoreApplication.installTranslator(qt)
        _installed.append(qt)
    if lang != "da":
        own = QTranslator(app)
        if own.load(qm_path(lang)):
            QCoreApplication.installTranslator(own)
            _installed.append(own)
    if sys.platform == "darwin":  # "Ctrl+Z" in shown text reads ⌘Z on a Mac (see gui/shortcuts.py)
        from aflastapp.gui.shortcuts import ShortcutTextTranslator

        mac = ShortcutTextTranslator(list(_installed), app)
        QCoreApplication.installTranslator(mac)
        _installed.append(mac)
    QLocale.setDefault(QLocale(QLocale.Language.Danish if lang == "da" else QLocale.Language.English,
                               QLocale.Country.Denmark))
    return lang
