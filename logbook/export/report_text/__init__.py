"""The redaction report's words, one message catalogue per UI language (English, Russian,
Kazakh: the languages of the app, not the document's).

Each language is a module here (``en.py``, ``ru.py``, ``kk.py``) holding ``MESSAGES``, a
dict from a key (``"report.title"``) to a ``str.format`` template. English is the source
and is built from the English texts the rest of the export names (``RULES`` and
``CATEGORIES`` in :mod:`logbook.export.rules`, the detector's finding labels, the
communication types), so it reads as it always has; the others translate every key
(tests/export/test_report_language.py fails on a missing or extra entry, or a field that
differs). Plain Python, no Qt: the CLI and the app use it alike.

    words = catalogue("ru")
    words.text("report.verification", state=words.text("verification.passed"))

The catalogue objects are :class:`logbook.export.wording.Wording` (the same
``text(key, **fields)`` / ``get(key)`` API as the document's own wording).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

from logbook.export.wording import Catalogues

LANGUAGES = ("en", "ru", "kk")
DEFAULT_LANGUAGE = "en"
# Where gettext looks for the language of messages, in this order (LANGUAGE may list
# several, separated by colons: its first entry counts).
ENVIRONMENT = ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")


_REPORT = Catalogues(__name__, LANGUAGES, "report language")
messages = _REPORT.messages
catalogue = _REPORT.catalogue
problems = _REPORT.problems


def language_of(locale: str | None) -> str:
    """The report language of a POSIX locale name: ``ru_RU.UTF-8`` → ``ru``,
    ``kk_KZ`` → ``kk``; English for anything else (``C``, ``POSIX``, empty, ``fr_FR``)."""
    code = (locale or "").split(".", 1)[0].split("@", 1)[0]
    code = code.replace("-", "_").split("_", 1)[0].strip().lower()
    return code if code in LANGUAGES else DEFAULT_LANGUAGE


def environment_language(environ: Mapping[str, str] | None = None) -> str:
    """The report language the environment asks for, as gettext reads it: the first of
    ``LANGUAGE`` (its first entry), ``LC_ALL``, ``LC_MESSAGES``, ``LANG`` that is set
    and not empty decides; English when none is, or it names another language."""
    env = os.environ if environ is None else environ
    for name in ENVIRONMENT:
        value = env.get(name, "")
        if name == "LANGUAGE":
            value = next((entry for entry in value.split(":") if entry.strip()), "")
        if value.strip():
            return language_of(value)
    return DEFAULT_LANGUAGE


__all__ = [
    "DEFAULT_LANGUAGE",
    "LANGUAGES",
    "catalogue",
    "environment_language",
    "language_of",
    "problems",
]
