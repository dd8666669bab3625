"""Automatic pseudonyms in the UI language.

The vault stores automatic pseudonyms in English ("Witness 1", "Victim A",
:mod:`logbook.core.pseudonyms`), so a document in any language can show them in its own
(:meth:`logbook.export.wording.Wording.pseudonym`). The app shows them in the UI language
the same way ("Свидетель 1", "Куә 1"), and reads one typed back in that language as the
stored English form, so the vault never holds a translation. A pseudonym the user wrote
is shown and stored as written.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from logbook.core.pseudonyms import LABELS, automatic_parts
from logbook.ui.i18n import QT_TRANSLATE_NOOP

CONTEXT = "Pseudonyms"

# The role words of the automatic pseudonyms, as lupdate finds them; the keys are
# logbook.core.pseudonyms.LABELS's (a test checks both list the same roles).
ROLE_WORDS = {
    "victim": QT_TRANSLATE_NOOP("Pseudonyms", "Victim"),
    "witness": QT_TRANSLATE_NOOP("Pseudonyms", "Witness"),
    "source": QT_TRANSLATE_NOOP("Pseudonyms", "Source"),
    "alleged_perpetrator": QT_TRANSLATE_NOOP("Pseudonyms", "Alleged perpetrator"),
    "other": QT_TRANSLATE_NOOP("Pseudonyms", "Person"),
}


def _role_word(role: str) -> str:
    return QCoreApplication.translate(CONTEXT, ROLE_WORDS[role])


def pseudonym_text(stored: str | None) -> str:
    """A stored pseudonym as the app shows it: an automatic one in the UI language, any
    other as stored; ``""`` for none."""
    if not stored:
        return ""
    parts = automatic_parts(stored)
    if parts is None:
        return stored
    role, suffix = parts
    return f"{_role_word(role)} {suffix}"


def stored_pseudonym(shown: str | None) -> str | None:
    """What to store for a pseudonym as shown or typed in the UI: an automatic one in the
    UI language ("Свидетель 1") back in English ("Witness 1"), any other as it is."""
    if shown is None:
        return None
    word, _, suffix = shown.rpartition(" ")
    if word and suffix and (suffix.isdigit() or (suffix.isascii() and suffix.isupper())):
        for role, english in LABELS.items():
            if word == _role_word(role):
                stored = f"{english} {suffix}"
                if automatic_parts(stored) == (role, suffix):
                    return stored
    return shown
