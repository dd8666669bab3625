"""A detector for personal data that no redaction rule covers (DESIGN.md §5).

It reads the text of every field an export would show, as stored (so a finding's span
points into the field the user edits), and flags phone numbers (Kazakhstan and Russia
+7 / 8 7xx, and international +…), e-mail addresses, 12-digit IIN numbers, passport
numbers (Kazakh N + 8 digits, Russian 4 + 6 digits), street addresses (ул., улица,
көшесі, пр., проспект, мкр …, "street"), URLs and @handles. Passages the user marked
for redaction, and text a rule replaces anyway, are not flagged.

The export does not go on while a finding is unresolved: the user either changes the
field (typically wraps the passage in ``[[redact: …]]``) or accepts the finding.

A finding's ``text`` is the user's own data shown back on their screen (the CLI prints it,
the UI highlights it); it must never go into the PDF, the redaction report or a log.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass

from logbook.export.origin import Origin

KIND_LABELS = {
    "phone": "phone number",
    "email": "e-mail address",
    "iin": "IIN (12-digit identity number)",
    "passport": "passport or ID number",
    "address": "street address",
    "url": "web address",
    "handle": "social media handle",
    "unclosed_redaction": "'[[redact:' without a closing ']]' (would redact to the end)",
}

_SEP = r"[\s\-.]*"
_TLDS = r"(?:com|org|net|info|io|me|tv|kz|ru|kg|uz|tj|su|by|ua|рф|қаз)"
_STREET_RU = (
    r"(?:улица|ул\.?|проспект|просп\.|пр-т|пр\.|микрорайон|мкр\.?|бульвар|б-р|"
    r"переулок|пер\.|шоссе|набережная|наб\.)"
)
_STREET_EN = r"(?:street|st\.|avenue|ave\.|road|rd\.|lane|boulevard|blvd\.?)"
_WORD = r"[\w\-.«»\"']+"

# (kind, pattern) in priority order: where two overlap, the earlier kind wins.
_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("email", re.compile(r"[\w.+\-]+@[\w\-]+(?:\.[\w\-]+)+")),
    (
        "url",
        re.compile(
            rf"(?:\bhttps?://|\bwww\.)[^\s<>\"]+|\b[\w\-]+(?:\.[\w\-]+)*\.{_TLDS}(?:/[^\s<>\"]*)?\b",
            re.IGNORECASE,
        ),
    ),
    (
        "phone",
        re.compile(
            rf"(?<![\w+])(?:\+\s*7|8|7){_SEP}\(?\s*\d{{3}}\s*\)?{_SEP}\d{{3}}{_SEP}\d{{2}}{_SEP}\d{{2}}(?!\d)"
            rf"|(?<![\w+(])\(?7\d{{2}}\)?{_SEP}\d{{3}}{_SEP}\d{{2}}{_SEP}\d{{2}}(?!\d)"
            r"|(?<![\w+])\+\s*\d{1,3}(?:[\s\-.()]*\d){7,12}(?!\d)"
        ),
    ),
    ("iin", re.compile(r"(?<!\d)\d{12}(?!\d)")),
    (
        "passport",
        re.compile(
            r"(?<!\w)[NНn№]\s?\d{8}(?!\d)"
            r"|(?<![\d\-])\d{2}\s?\d{2}\s+№?\s?\d{6}(?![\d\-])"
            r"|(?:паспорт\w*|passport|удостоверени\w*|ID\s+card)[^\d\n]{0,20}\d[\d\s]{4,}\d",
            re.IGNORECASE,
        ),
    ),
    (
        "address",
        re.compile(
            rf"(?<!\w){_STREET_RU}\s*(?:{_WORD}(?:\s+{_WORD}){{0,3}}?[,\s]*)?"
            r"(?:д\.|дом|үй)?\s*\d+"
            r"|(?<!\w)[\w\-]+\s+(?:көшесі|даңғылы|шағын\s?ауданы)[,\s]*(?:\w+\s*)?\d+"
            rf"|\b\d+[a-z]?,?\s+(?:[\w\-]+\s+){{1,3}}{_STREET_EN}(?!\w)"
            rf"|\b(?:[\w\-]+\s+){{1,3}}{_STREET_EN}\s*,?\s*(?:no\.?\s*)?\d+"
            r"|(?<!\w)(?:кв\.|квартира)\s*\d+",
            re.IGNORECASE,
        ),
    ),
    ("handle", re.compile(r"(?<![\w@.])@[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?")),
]
_TRAILING = ".,;:!?)»\"'"


@dataclass(frozen=True)
class Finding:
    """Likely personal data in an exported field: ``text[start:end]`` of the stored
    field named by ``origin`` is of ``kind`` (a key of :data:`KIND_LABELS`)."""

    kind: str
    origin: Origin
    start: int
    end: int
    text: str

    @property
    def label(self) -> str:
        return KIND_LABELS[self.kind]

    @property
    def key(self) -> str:
        """A stable id (for accepting one finding): changes when the field's text
        around it changes. Holds no case content."""
        digest = hashlib.sha256(self.text.encode("utf-8")).hexdigest()[:12]
        o = self.origin
        return f"{o.kind}:{o.record_id}:{o.field}:{self.start}-{self.end}:{self.kind}:{digest}"

    def describe(self) -> str:
        """Where and what, without the matched text: safe for logs."""
        return f"{self.origin.describe()}: {self.label} at characters {self.start}–{self.end}"


def detect(text: str, origin: Origin, covered: Iterable[tuple[int, int]] = ()) -> list[Finding]:
    """Findings in ``text`` outside the ``covered`` spans (marked or replaced anyway)."""
    covered = list(covered)
    spans: list[tuple[int, int, int, str]] = []
    for priority, (kind, pattern) in enumerate(_PATTERNS):
        for m in pattern.finditer(text):
            start, end = m.start(), _trim(text, m.start(), m.end())
            if end > start:
                spans.append((start, -(end - start), priority, kind))
    found: list[Finding] = []
    taken: list[tuple[int, int]] = []
    for start, neg_length, _, kind in sorted(spans, key=lambda s: (s[2], s[0], s[1])):
        end = start - neg_length
        if any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        if any(s <= start and end <= e for s, e in covered):
            continue
        found.append(Finding(kind, origin, start, end, text[start:end]))
    return sorted(found, key=lambda f: f.start)


def _trim(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1] in _TRAILING:
        end -= 1
    return end
