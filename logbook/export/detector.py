"""A detector for personal data that no redaction rule covers (DESIGN.md §5).

It reads the text of every field an export would show, as stored (so a finding's span
points into the field the user edits), and flags phone numbers (Kazakhstan and Russia
+7 / 8 7xx, and international +…), e-mail addresses, 12-digit IIN numbers, passport
numbers (Kazakh N + 8 digits, Russian 4 + 6 digits), street addresses (ул., улица,
көшесі, пр., проспект, мкр …, "street"), URLs, @handles, and sensitive health information
(HIV, antiretroviral therapy, hepatitis, tuberculosis, diagnoses, pregnancy, psychiatric
history, disability, hormone therapy, STIs) in Russian, Kazakh and English. Passages the
user marked for redaction, and text a rule replaces anyway, are not flagged.

:func:`markup_findings` reports redaction markup written incorrectly (withheld, but
the user should correct it) and an unclosed marker.

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

from logbook.export.markup import Markup, parse
from logbook.export.origin import Origin

KIND_LABELS = {
    "phone": "phone number",
    "email": "e-mail address",
    "iin": "IIN (12-digit identity number)",
    "passport": "passport or ID number",
    "address": "street address",
    "url": "web address",
    "handle": "social media handle",
    "health": "sensitive health information",
    "unclosed_redaction": "'[[redact:' without a closing ']]' (would redact to the end)",
    "markup_typo": "redaction markup written incorrectly (it is withheld; correct it)",
    # Not personal data, but held back the same way until the user decides (builder.py):
    "not_translated": "not translated (accept to include the original, marked as such)",
    "transliterated": "name spelled in Latin letters by Logbook (confirm it, or enter the "
    "person's own spelling)",
}

_SEP = r"[\s\-.]*"
_TLDS = r"(?:com|org|net|info|io|me|tv|kz|ru|kg|uz|tj|su|by|ua|рф|қаз)"
_STREET_RU = (
    r"(?:улица|ул\.?|проспект|просп\.|пр-т|пр\.|микрорайон|мкр\.?|бульвар|б-р|"
    r"переулок|пер\.|шоссе|набережная|наб\.)"
)
_STREET_EN = r"(?:street|st\.|avenue|ave\.|road|rd\.|lane|boulevard|blvd\.?)"
_WORD = r"[\w\-.«»\"']+"

# Sensitive health information (Russian, Kazakh, English), case-insensitive. A term starts
# at a word start, not after a hyphen ("Иванович" holds no "ВИЧ"); a stem ending in \w*
# takes any inflection ("депрессией", "депрессиясы"), other terms end at a word end. In an
# alternation the first alternative that matches wins, so longer forms come first.
_HEALTH_TERMS = [
    # HIV and AIDS: "ВИЧ-инфицированная", "ВИЧ положительный", "HIV-positive", "ВИЧ+"
    r"(?:ВИЧ|HIV|АИТВ)\W{0,3}(?:инфицирован|положительн|позитивн|positive)\w*",
    r"(?:ВИЧ|HIV|АИТВ)[-‑]\w+",
    r"АИТВ\s+жұқтыр\w*",
    r"(?:ВИЧ|HIV|АИТВ)\+?(?!\w)",
    r"СПИД(?:а|у|ом|е)?(?!\w)",
    r"ЖИТС\w{0,4}(?!\w)",
    # antiretroviral therapy, PrEP
    r"антиретровирус\w*(?:\s+терапи\w*)?",
    r"antiretroviral(?:\s+(?:therapy|treatment|drugs|medication))?(?!\w)",
    r"доконтактн\w*\s+профилактик\w*",
    r"pre-?exposure\s+prophylaxis(?!\w)",
    # hepatitis, tuberculosis
    r"гепатит\w*(?:\s+(?-i:[ABCDEАВСДЕ])(?!\w))?",
    r"hepatitis(?:\s+(?-i:[A-E])(?!\w))?",
    r"туберкул[её]з\w*",
    r"tubercul(?:osis|ar)(?!\w)",
    # diagnoses
    r"диагноз\w*(?:\s+қойыл\w*)?",
    r"диагностирова\w*",
    r"diagnos(?:is|es|ed|e)(?!\w)",
    # pregnancy ("жүкті" alone is also "the cargo": only with what makes it pregnancy)
    r"(?:за)?беременн\w*",
    r"(?:за)?беремене(?:ть|ла|ли|л|ет|ют|ю)(?!\w)",
    r"жүктілі[кг]\w*",
    r"жүкті(?=\s+(?:әйел|бол|еді|екен|кез))",
    r"pregnan(?:t|cy|cies)(?!\w)",
    # psychiatric history
    r"психиатр\w*",
    r"психдиспансер\w*",
    r"психоневрологическ\w*\s+диспансер\w*",
    r"психическ\w*\s+(?:расстройств|заболевани|болезн)\w*",
    r"психикалық\s+(?:ауру|бұзылу)\w*",
    r"psychiatr(?:ic|ist|ists|y)(?!\w)",
    r"mental\s+(?:illness|disorder|health\s+condition)s?(?!\w)",
    r"шизофрени\w*",
    r"schizophreni\w*",
    r"депресси\w*",
    r"depressi(?:on|ve)(?!\w)",
    r"биполяр\w*",
    r"bipolar(?!\w)",
    r"(?:попытк\w*\s+)?(?:суицид|самоубийств)\w*",
    r"өз-?\s?өзіне\s+қол\s+жұмса\w*",
    r"(?:attempted\s+)?suicid(?:e|es|al)(?:\s+attempts?)?(?!\w)",
    # disability
    r"инвалид\w*",
    r"мүгедек\w*",
    r"disabilit(?:y|ies)(?!\w)",
    # hormone therapy (sensitive for trans people)
    r"(?:заместительн\w*\s+)?гормональн\w*\s+(?:терапи|лечени|препарат)\w*",
    r"гормонотерапи\w*",
    r"гормонд\w*\s+(?:терапи|ем)\w*",
    r"hormone\s+(?:replacement\s+)?(?:therapy|treatment)(?!\w)",
    # sexually transmitted infections
    r"[ИЗ]ППП(?!\w)",
    r"венерическ\w*(?:\s+(?:заболевани|болезн)\w*)?",
    r"жыныстық\s+жолмен\s+берілет\w*\s+(?:инфекци|ауру)\w*",
    r"sexually\s+transmitted\s+(?:infection|disease)s?(?!\w)",
]
# Acronyms that are ordinary words in lower case ("aids", "art", "prep") or common in
# other senses: matched as written, and not inside a run of capitals ("CONTEMPORARY ART
# EXHIBITION" is a heading, not antiretroviral therapy).
_HEALTH_ACRONYMS = [
    r"AIDS",
    r"ART",
    r"ARVs?",
    r"АРВТ?",
    r"PrEP|PREP",
    r"ДКП",
    r"ЗГТ",
    r"HRT",
    r"STIs?|STDs?",
    r"ЖЖБИ",
]
_CAPITAL = "A-ZА-ЯЁӘҒҚҢӨҰҮҺІ"
_HEALTH = re.compile(rf"(?<![\w\-‑])(?:{'|'.join(_HEALTH_TERMS)})", re.IGNORECASE)
_HEALTH_ACRONYM = re.compile(
    rf"(?<![\w\-‑])(?<![{_CAPITAL}]\s)(?:{'|'.join(_HEALTH_ACRONYMS)})"
    rf"(?![\w\-‑])(?!\s[{_CAPITAL}]{{2}})"
)

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
    ("health", _HEALTH),
    ("health", _HEALTH_ACRONYM),
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


def markup_findings(text: str, origin: Origin, markup: Markup | None = None) -> list[Finding]:
    """Problems with the redaction markup of ``text``: a ``markup_typo`` for each passage
    marked in a form other than ``[[redact: …]]`` (it is withheld all the same, see
    :mod:`logbook.export.markup`), and an ``unclosed_redaction`` for an opening marker
    without a closing one (which withholds everything to the end of the field).

    :func:`detect` does not report these (the passages are covered): call both.
    ``markup``: the text's markup if the caller parsed it already."""
    passages, unclosed = markup if markup is not None else parse(text)
    found = []
    for passage in passages:
        if unclosed is not None and passage.start == unclosed.start:
            kind = "unclosed_redaction"
        elif passage.typo:
            kind = "markup_typo"
        else:
            continue
        found.append(
            Finding(kind, origin, passage.start, passage.end, text[passage.start : passage.end])
        )
    return found
