"""A field's text in the document's language: its translation, or the original marked.

The builder takes every piece of user text through :func:`localise` before redacting it,
so a translation is redacted, checked by the detector and verified exactly as an original
would be (DESIGN.md §5). A translation's place is named ``translations.<language>.<field>``
(the editor's path with dots), where findings inside it point.
"""

from __future__ import annotations

from dataclasses import dataclass

from logbook.core.record_kinds import translatable
from logbook.core.translations import (
    declared_language,
    needs_translation,
    original_language,
    translation,
)

# The kinds of findings about the document's language rather than personal data: a field
# not translated (builder), a name Logbook spelled in Latin letters (policy).
LANGUAGE_FINDINGS = frozenset({"not_translated", "transliterated"})


@dataclass(frozen=True)
class Localised:
    text: str | None  # what the document shows, before redaction
    field: str  # where it is stored: the field, or its translation's place
    original: str | None = None  # the original's language, where the original stands in


def translation_field(language: str, field: str) -> str:
    """Where the ``language`` translation of ``field`` is (``translations.en.narrative``)."""
    return f"translations.{language}.{field}"


def localise(owner: object, field: str, raw: str | None, language: str) -> Localised:
    """``raw``, the text of ``owner.field``, for a document in ``language``: the field's
    translation if it has one; the original if it needs none (no Cyrillic, or written in
    ``language``) or is not translatable (a place name); else the original with its
    language, which the builder marks and reports."""
    if field not in translatable(type(owner)):
        return Localised(raw, field)
    translated = translation(owner, field, language)
    if translated is not None:
        return Localised(translated, translation_field(language, field))
    declared = declared_language(owner)
    if not needs_translation(raw, language, declared):
        return Localised(raw, field)
    assert raw is not None  # needs_translation: it has text
    return Localised(raw, field, original_language(raw, declared))
