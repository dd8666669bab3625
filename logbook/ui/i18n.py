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

# Texts of Qt's own file dialog that Qt's Russian catalogue (qtbase_ru) has only in an older
# wording ("Look in:" without the Alt letter): ours translates them, and as it is asked
# before Qt's, Qt's own dialogs come out whole in every language. ``qt_ru.qm`` and
# ``qt_kk.qm`` are only lists of module catalogues (qtbase, qtmultimedia, …) that PySide6
# does not all ship, so they do not load: ``qtbase_*`` is the one that matters.
QT_GAPS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
)


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
        # Qt's own buttons ("Cancel", "Yes") and file dialogs; ours is installed last, so it
        # is asked first and fills the few gaps (QT_GAPS).
        qt = QTranslator(self._app)
        if qt.load(
            f"qtbase_{language}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        ):
            self._installed.append(qt)
        self._installed.append(ours)
        for translator in self._installed:
            self._app.installTranslator(translator)
        return True
