"""Loading the UI translation: Vietnamese by default, English (the source strings) on request."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .resources import resource_folder

DEFAULT_LANGUAGE = "vi"
_installed: list[QTranslator] = []


def install_translators(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> bool:
    """Load the app's and Qt's own translations for ``language``; True when the app's loaded."""
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    if language == "en":
        return True
    QLocale.setDefault(QLocale(language))
    folder = resource_folder() / "translations"
    ours = QTranslator(app)
    loaded = ours.load(str(folder / f"kehoach_{language}.qm"))
    if loaded:
        app.installTranslator(ours)
        _installed.append(ours)
    qt = QTranslator(app)  # Qt's own dialogs and buttons (OK, Cancel...)
    if qt.load(QLocale(language), "qtbase", "_", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    else:  # Qt ships no Vietnamese: our own qt_vi covers the buttons and menus the app shows
        extra = QTranslator(app)
        if extra.load(str(folder / f"qt_{language}.qm")):
            app.installTranslator(extra)
            _installed.append(extra)
    return loaded
