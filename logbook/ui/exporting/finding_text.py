"""How the export dialog names findings, leak-check hits, records and fields, translated
("Findings").

The matched text of a finding or a hit is the user's own data, shown back on their screen
only (never logged, never written); these labels say what it is and where it is.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QCoreApplication, QLocale

from logbook.core.model import Case
from logbook.core.record_kinds import kind_of
from logbook.export.detector import Finding
from logbook.export.leakcheck import Hit
from logbook.export.origin import Origin
from logbook.export.report_text import catalogue, language_of
from logbook.export.rules import CATEGORIES as RULE_CATEGORIES
from logbook.export.rules import category_text
from logbook.export.snapshot import CaseSnapshot
from logbook.ui.editors.registry import kind_named, title_of
from logbook.ui.editors.translating import language_names
from logbook.ui.i18n import QT_TRANSLATE_NOOP

_T = "Findings"

KINDS = {
    "phone": QT_TRANSLATE_NOOP("Findings", "Phone number"),
    "email": QT_TRANSLATE_NOOP("Findings", "E-mail address"),
    "iin": QT_TRANSLATE_NOOP("Findings", "IIN (identity number)"),
    "passport": QT_TRANSLATE_NOOP("Findings", "Passport or ID number"),
    "address": QT_TRANSLATE_NOOP("Findings", "Street address"),
    "url": QT_TRANSLATE_NOOP("Findings", "Web address"),
    "handle": QT_TRANSLATE_NOOP("Findings", "Social media handle"),
    "health": QT_TRANSLATE_NOOP("Findings", "Sensitive health information"),
    "unclosed_redaction": QT_TRANSLATE_NOOP(
        "Findings", "Unclosed [[redact: …]] (would hide the rest of the text)"
    ),
    "markup_typo": QT_TRANSLATE_NOOP(
        "Findings", "Redaction markup written incorrectly (it is withheld; correct it)"
    ),
    "not_translated": QT_TRANSLATE_NOOP(
        "Findings", "Not translated (translate it, or accept to include the original, marked)"
    ),
    "transliterated": QT_TRANSLATE_NOOP(
        "Findings", "Name spelled in Latin letters by Logbook (enter the person's own, or accept)"
    ),
}

# What a leak-check hit is: the categories' words are the redaction report's, from its
# Qt-free catalogue (logbook.export.report_text), in the UI language.
CATEGORIES = RULE_CATEGORIES

PDF_TEXT = QT_TRANSLATE_NOOP("Findings", "The PDF's text (not in any one field)")
# A field's translation: "narrative (English translation)".
TRANSLATION_FIELD = QT_TRANSLATE_NOOP("Findings", "%1 (%2 translation)")

RECORDS = {
    "case": QT_TRANSLATE_NOOP("Findings", "Case"),
    "source": QT_TRANSLATE_NOOP("Findings", "Source of the case"),
    "person": QT_TRANSLATE_NOOP("Findings", "Person"),
    "incident": QT_TRANSLATE_NOOP("Findings", "Incident"),
    "injury": QT_TRANSLATE_NOOP("Findings", "Injury in the incident"),
    "statement": QT_TRANSLATE_NOOP("Findings", "Statement in the incident"),
    "remedy": QT_TRANSLATE_NOOP("Findings", "Remedy in the incident"),
    "evidence": QT_TRANSLATE_NOOP("Findings", "Evidence"),
}

FIELDS = {
    "title": QT_TRANSLATE_NOOP("Findings", "title"),
    "summary": QT_TRANSLATE_NOOP("Findings", "summary"),
    "concerns": QT_TRANSLATE_NOOP("Findings", "concerns"),
    "requested_action": QT_TRANSLATE_NOOP("Findings", "requested action"),
    "name": QT_TRANSLATE_NOOP("Findings", "name"),
    "relationship": QT_TRANSLATE_NOOP("Findings", "relationship to the victims"),
    "narrative": QT_TRANSLATE_NOOP("Findings", "narrative"),
    "location.place": QT_TRANSLATE_NOOP("Findings", "place"),
    "location.locality": QT_TRANSLATE_NOOP("Findings", "locality"),
    "location.region": QT_TRANSLATE_NOOP("Findings", "region"),
    "body_location": QT_TRANSLATE_NOOP("Findings", "body location"),
    "description": QT_TRANSLATE_NOOP("Findings", "description"),
    "examined_by": QT_TRANSLATE_NOOP("Findings", "examined by"),
    "facility": QT_TRANSLATE_NOOP("Findings", "facility"),
    "affiliation": QT_TRANSLATE_NOOP("Findings", "affiliation"),
    "gender_identity": QT_TRANSLATE_NOOP("Findings", "gender identity"),
    "sexual_orientation": QT_TRANSLATE_NOOP("Findings", "sexual orientation"),
    "pronouns": QT_TRANSLATE_NOOP("Findings", "pronouns"),
    "occupation": QT_TRANSLATE_NOOP("Findings", "occupation"),
    "hrd_work": QT_TRANSLATE_NOOP("Findings", "human rights work"),
    "authority": QT_TRANSLATE_NOOP("Findings", "authority"),
    "reference": QT_TRANSLATE_NOOP("Findings", "reference"),
    "outcome": QT_TRANSLATE_NOOP("Findings", "outcome"),
    "text": QT_TRANSLATE_NOOP("Findings", "text"),
    "name_latin": QT_TRANSLATE_NOOP("Findings", "name in Latin letters"),
    # Texts the export composes from a record (where a leak-check hit may be)
    "label": QT_TRANSLATE_NOOP("Findings", "pseudonym"),
    "involvements": QT_TRANSLATE_NOOP("Findings", "persons involved"),
    "location": QT_TRANSLATE_NOOP("Findings", "location"),
    "heading": QT_TRANSLATE_NOOP("Findings", "heading"),
    "listing": QT_TRANSLATE_NOOP("Findings", "entry in the list of evidence"),
}

_WORD = re.compile(r"\w", re.UNICODE)
_SHOWN = 60  # characters of a passage in the list


def _tr(table: dict[str, str], key: str) -> str:
    return QCoreApplication.translate(_T, table[key]) if key in table else key


def kind_text(finding: Finding) -> str:
    return _tr(KINDS, finding.kind)


def ui_language() -> str:
    """The UI language (``en``, ``ru``, ``kk``): the one :class:`logbook.ui.i18n.Translations`
    made QLocale's default. The redaction report is shown and saved in it."""
    return language_of(QLocale().name())


def category_label(key: str) -> str:
    """What a leak-check hit is ("Name of a person shown by pseudonym"), in the UI
    language."""
    text = catalogue(ui_language()).get(f"category.{key}") or category_text(key)
    return text[:1].upper() + text[1:]


def hit_where_text(snapshot: CaseSnapshot, hit: Hit) -> str:
    if hit.where is None:
        return QCoreApplication.translate(_T, PDF_TEXT)
    return where_text(snapshot, hit.where)


def hit_words(hit: Hit) -> str:
    """The matched passage of ``hit`` widened to whole words ("Даниярбек" for a match of
    "Данияр" in it): what the user judges. ``""`` for a hit only the PDF has."""
    text, start, end = hit.text, hit.start, hit.end
    if end <= start:
        return ""
    while start > 0 and _WORD.match(text[start - 1]) and hit.start - start < _SHOWN:
        start -= 1
    while end < len(text) and _WORD.match(text[end]) and end - hit.end < _SHOWN:
        end += 1
    words = " ".join(text[start:end].split())
    return words if len(words) <= _SHOWN else words[: _SHOWN - 1] + "…"


def hit_context(hit: Hit, around: int = 50) -> str:
    """The passage with up to ``around`` characters either side, cut at words."""
    if hit.end <= hit.start:
        return ""
    text = hit.text
    first, last = max(hit.start - around, 0), min(hit.end + around, len(text))
    head, tail = text[first : hit.start], text[hit.end : last]
    if first > 0:
        head = "…" + head.split(maxsplit=1)[-1] if " " in head.strip() else "…" + head
    if last < len(text):
        tail = tail.rsplit(maxsplit=1)[0] + "…" if " " in tail.strip() else tail + "…"
    return " ".join(f"{head}{text[hit.start : hit.end]}{tail}".split())


def where_text(snapshot: CaseSnapshot, origin: Origin) -> str:
    """``Incident «Raid on the meeting» — narrative``: the record as the user knows it."""
    title = record_title(snapshot, origin)
    record = _tr(RECORDS, origin.kind)
    named = f"{record} «{title}»" if title else record
    return f"{named} — {field_text(origin.field)}"


def field_text(field: str) -> str:
    """A field by its name; a translation's (``translations.en.narrative``) as the field
    and the language: "narrative (English translation)"."""
    parts = field.split(".", 2)
    if len(parts) == 3 and parts[0] == "translations":
        language = language_names().get(parts[1], parts[1])
        text = QCoreApplication.translate(_T, TRANSLATION_FIELD)
        return text.replace("%1", field_text(parts[2])).replace("%2", language)
    return _tr(FIELDS, field)


def record_title(snapshot: CaseSnapshot, origin: Origin) -> str:
    """The title or name the user gave the record (of its parent, for a kind named by
    its parent: an injury by its incident's title)."""
    kind = kind_named(origin.kind)
    if kind is None:
        return ""
    record: Any = snapshot.case
    if kind.cls is not Case:
        record = next((r for r in snapshot.of_kind(kind.cls) if r.id == origin.record_id), None)
    while record is not None and not title_of(record) and kind.parent_kind is not None:
        parent_id = getattr(record, kind.parent or "", None)
        kind = kind_of(kind.parent_kind)
        record = next((r for r in snapshot.of_kind(kind.cls) if r.id == parent_id), None)
    return title_of(record) if record is not None else ""
