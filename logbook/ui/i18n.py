"""Loading the app's translations (``.qm`` built from ``resources/translations``)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

# Marks a text for translation (lupdate finds the calls by this name) and returns it as it
# is. PySide6's stub types the result as ``object``; it is the message, a str.
QT_TRANSLATE_NOOP: Callable[[str, str], str] = QtCore.QT_TRANSLATE_NOOP  # type: ignore[assignment]

TRANSLATIONS = Path(__file__).parent / "translations"
# The UI languages, each named in itself: the one list the settings and menus read.
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
SOURCE_LANGUAGE = "en"  # the language the texts are written in: needs no translation


class Translations:
    """Installs the app's and Qt's own translators for one language at a time."""

    def __init__(self, app: QCoreApplication) -> None:
        self._app = app
        self._installed: list[QTranslator] = []

    def use(self, language: str) -> bool:
        """Switch to ``language``; ``False`` if its compiled translation is missing."""
        for translator in self._installed:
            self._app.removeTranslator(translator)
        self._installed.clear()
        QLocale.setDefault(QLocale(language))
        if language == SOURCE_LANGUAGE:
            return True
        ours = QTranslator(self._app)
        if not ours.load(str(TRANSLATIONS / f"logbook_{language}.qm")):
            return False
        qt = QTranslator(self._app)  # Qt's own buttons ("Cancel", "Yes")
        if qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            self._installed.append(qt)
        self._installed.append(ours)
        for translator in self._installed:
            self._app.installTranslator(translator)
        return True
