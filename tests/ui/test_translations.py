"""Every user-visible string of the app has a Russian and a Kazakh translation.

The catalogue is taken fresh from the code (``pyside6-lupdate``), so a string added without
translating it fails here, not in front of a user. The compiled ``.qm`` files come from the
project's build step (``setup.py`` runs ``pyside6-lrelease``).
"""

from __future__ import annotations

import importlib.util
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator

from logbook.core.model import Case
from logbook.ui.editors.case_editor import CaseEditor
from logbook.ui.i18n import TRANSLATIONS

ROOT = Path(__file__).resolve().parents[2]
SOURCES = ROOT / "resources" / "translations"
LANGUAGES = ("ru", "kk")
_PLACEHOLDER = re.compile(r"%(?:n|\d)")


def _update_module():
    spec = importlib.util.spec_from_file_location("update_translations", SOURCES / "update.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    found = {}
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            found[(name, message.findtext("source"))] = message
    return found


@pytest.fixture(scope="module")
def code_strings(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str]]:
    """(context, source) of every translatable string in logbook/ui, as lupdate sees it."""
    target = tmp_path_factory.mktemp("ts") / "fresh.ts"
    _update_module().lupdate(target, "ru")
    return set(_messages(target))


def _texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    if translation is None or translation.get("type") in ("unfinished", "vanished", "obsolete"):
        return []
    if message.get("numerus") == "yes":
        forms = [form.text or "" for form in translation.iter("numerusform")]
        return forms if forms and all(forms) else []
    return [translation.text] if translation.text else []


def test_the_catalogue_is_not_trivial(code_strings: set[tuple[str, str]]) -> None:
    contexts = {context for context, _ in code_strings}
    assert len(code_strings) > 300
    assert {"MainWindow", "Labels", "Messages", "Columns", "UnlockDialog"} <= contexts


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_string_is_translated(language: str, code_strings: set[tuple[str, str]]) -> None:
    committed = _messages(SOURCES / f"logbook_{language}.ts")
    missing = sorted(key for key in code_strings if not _texts(committed.get(key, ET.Element("m"))))
    assert not missing, f"{len(missing)} strings lack a {language} translation: {missing[:10]}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_placeholders_and_accelerators(language: str) -> None:
    for (context, source), message in _messages(SOURCES / f"logbook_{language}.ts").items():
        for text in _texts(message):
            where = f"{context}: {source!r} → {text!r}"
            assert sorted(_PLACEHOLDER.findall(text)) == sorted(_PLACEHOLDER.findall(source)), where
            assert ("&" in text) == ("&" in source), where


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_build_step_compiled_the_translation(qapp, language: str) -> None:
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / f"logbook_{language}.qm")), (
        "the .qm is missing: reinstall (pip install -e .) to run the build step"
    )
    translated = translator.translate("MainWindow", "&Lock now")
    assert translated and translated != "&Lock now"
    assert re.search("[а-яәғқңөұүһі]", translated.casefold())


def test_an_installed_translation_reaches_base_class_strings(qapp, book) -> None:
    """PySide's tr() looks up every class in the MRO: a string written in RecordEditor
    translates in a CaseEditor."""
    translator = QTranslator()
    assert translator.load(str(TRANSLATIONS / "logbook_ru.qm"))
    QCoreApplication.installTranslator(translator)
    try:
        editor = CaseEditor(book, Case(title=""))
        assert editor.tr("Unsaved changes") not in ("", "Unsaved changes")
        editor.deleteLater()
    finally:
        QCoreApplication.removeTranslator(translator)
