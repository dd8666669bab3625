"""Loading the app's translations (``.qm`` built from ``resources/translations``)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

TRANSLATIONS = Path(__file__).parent / "translations"
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}


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
        if language == "en":
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
