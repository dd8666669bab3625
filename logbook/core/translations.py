"""Translations of free text into the UN's working languages, beside the original.

Every record with free text holds ``translations``: language → field → text, for the
languages of :data:`LANGUAGES` and the fields of :func:`record_kinds.translatable`. A
document in one of these languages takes each field's translation; a field that has
none and needs one (:func:`needs_translation`) is a finding of the export, and the app
counts such fields per language (:func:`missing`).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from logbook.core.model import Case
from logbook.core.record_kinds import translatable

# The languages a submission can be written in: the Special Procedures' working languages.
LANGUAGES = ("en", "fr", "es")

Problems = list[tuple[str, str]]

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
# Letters of Kazakh that Russian lacks: a text holding one is taken to be Kazakh.
_KAZAKH = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")


def translation(record: Any, field: str, language: str) -> str | None:
    """The ``language`` translation of ``record.field``, or ``None`` (blank is none)."""
    text = getattr(record, "translations", {}).get(language, {}).get(field)
    return text if text and text.strip() else None


def original_language(text: str, declared: str | None = None) -> str | None:
    """The language ``text`` is written in, as far as a document in Latin script cares:
    ``None`` when it has no Cyrillic letter (taken as written in the document's language:
    a name, a number, or text the user wrote in it, whatever a statement's ``language``
    says it was given in); else ``declared`` (a statement's own ``language``) if given,
    ``kk`` for Cyrillic with a Kazakh letter, ``ru`` for other Cyrillic."""
    if not _CYRILLIC.search(text):
        return None
    if declared:
        return declared.split("-")[0].lower()
    return "kk" if _KAZAKH.search(text) else "ru"


def needs_translation(text: str | None, language: str, declared: str | None = None) -> bool:
    """Whether ``text`` must be translated for a document in ``language``."""
    if not text or not text.strip():
        return False
    original = original_language(text, declared)
    return original is not None and original != language


def field_value(record: Any, field: str) -> Any:
    """The value of ``field`` of ``record``; a dotted field is inside a nested value
    (``location.place``)."""
    value = record
    for part in field.split("."):
        value = getattr(value, part, None)
    return value


def declared_language(record: Any) -> str | None:
    """The language a record says its text is in (statements record it)."""
    language = getattr(record, "language", None)
    return language if isinstance(language, str) and language else None


def untranslated(record: Any, language: str) -> list[str]:
    """The fields of ``record`` that need a ``language`` translation and have none (the
    source's inside a case are not among them: see :func:`missing`)."""
    declared = declared_language(record)
    return [
        field
        for field in translatable(type(record))
        if translation(record, field, language) is None
        and needs_translation(field_value(record, field), language, declared)
    ]


def missing(records: Iterable[Any]) -> dict[str, int]:
    """How many fields of ``records`` (a case's, the case included) still lack a
    translation, per language of :data:`LANGUAGES`."""
    counts = dict.fromkeys(LANGUAGES, 0)
    for record in records:
        parts = [record, record.source] if isinstance(record, Case) and record.source else [record]
        for part in parts:
            for language in LANGUAGES:
                counts[language] += len(untranslated(part, language))
    return counts


def check_translations(record: Any) -> Problems:
    """``translations`` of ``record`` (and of a case's source): only the languages of
    :data:`LANGUAGES`, only the record's free-text fields, text values."""
    problems = _check(record.translations, translatable(type(record)), "translations")
    source = getattr(record, "source", None) if isinstance(record, Case) else None
    if source is not None:
        problems += _check(source.translations, translatable(type(source)), "source/translations")
    return problems


def _check(translations: Any, fields: tuple[str, ...], where: str) -> Problems:
    if not isinstance(translations, dict):
        return [(where, "must be an object of languages")]
    problems: Problems = []
    for language, texts in translations.items():
        if language not in LANGUAGES:
            problems.append((f"{where}/{language}", f"not one of {', '.join(LANGUAGES)}"))
            continue
        if not isinstance(texts, dict):
            problems.append((f"{where}/{language}", "must be an object of fields"))
            continue
        for field, text in texts.items():
            if field not in fields:
                problems.append((f"{where}/{language}/{field}", "not free text of this record"))
            elif not isinstance(text, str):
                problems.append((f"{where}/{language}/{field}", "must be text"))
    return problems
