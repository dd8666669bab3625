"""The redaction report: what an export withheld and by which rule, for the submitter.

Shown in the app and written by ``logbook export --report FILE``; never part of the PDF.
It is written outside the vault, so it names records by ordinals (``person 3``, the third
person of the case; ``incident 2`` in chronological order) and by the labels the PDF
itself uses (pseudonyms) — never by their document ids or file names, which a user may
have written with a name in them — and never by what was withheld: no names of protected
persons, no contact details, no medical details, no matched text. Named persons appear as
"named", without the name.

Its words are in the user's language (English, Russian or Kazakh: the app's UI language,
or for the CLI the environment's), from the Qt-free catalogues of
:mod:`logbook.export.report_text`; the rule and category keys stay as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from logbook.export.detector import Finding
from logbook.export.report_text import DEFAULT_LANGUAGE, catalogue
from logbook.export.wording import Wording


@dataclass(frozen=True)
class PersonLine:
    ordinal: int
    roles: tuple[str, ...]
    shown: str  # name | pseudonym | withheld
    label: str  # the pseudonym or "[name withheld]"; "" for a named person
    rule: str


@dataclass(frozen=True)
class Replaced:
    """``count`` replacements in free text of one category, by one rule, protecting one
    record (``person 3``; empty when not tied to one, e.g. a marked passage)."""

    category: str
    rule: str
    record: str
    count: int


@dataclass
class RedactionReport:
    profile: str
    communication_type: str
    document_id: str
    persons: list[PersonLine] = field(default_factory=list)
    replaced: list[Replaced] = field(default_factory=list)
    rules_applied: list[str] = field(default_factory=list)
    accepted_findings: list[Finding] = field(default_factory=list)
    terms_checked: int = 0
    whole_word_terms: int = 0  # words of one to three letters, checked as whole words
    terms_not_checkable: int = 0  # name words that are also the document's own words
    readers: tuple[str, ...] = ()
    accepted_hits: list[str] = field(default_factory=list)
    verification: str = "not run"  # or "passed", "failed"
    failed_on: tuple[str, str] | None = None  # (category, rule) of the first hit, if failed
    # (record kind, record id) → "person 3": how the report names a finding's record
    record_names: dict[tuple[str, int | None], str] = field(default_factory=dict, repr=False)

    def lines(self, language: str = DEFAULT_LANGUAGE) -> list[str]:
        """The report as text lines in ``language`` (one of the UI languages,
        :data:`logbook.export.report_text.LANGUAGES`; ValueError for another). Safe to
        write to disk: see the module docstring."""
        words = catalogue(language)
        t = words.text
        sep = t("report.list_separator")
        out = [
            t("report.title", document_id=self.document_id, profile=self.profile),
            t("report.communication_type", type=t(f"communication_type.{self.communication_type}")),
            t("report.verification", state=self._verification(words)),
            t("report.terms_checked", count=self.terms_checked),
        ]
        if self.readers:
            out.append(t("report.readers", readers=sep.join(self.readers)))
        if self.whole_word_terms:
            out.append(t("report.whole_word_terms", count=self.whole_word_terms))
        if self.terms_not_checkable:
            out.append(t("report.not_checkable", count=self.terms_not_checkable))
        out += ["", t("report.persons")]
        for p in self.persons:
            named = p.shown == "name"
            shown = t("person.named") if named else t("person.shown_as", label=p.label)
            roles = sep.join(_known(words, "role", r, r.replace("_", " ")) for r in p.roles)
            person = t("record.person", number=p.ordinal)
            line = t(
                "person.line",
                person=person,
                roles=roles or t("person.no_role"),
                shown=shown,
                rule=t(f"rule.{p.rule}"),
            )
            out.append(f"  {line}")
        out += ["", t("report.replaced")]
        if not self.replaced:
            out.append(f"  {t('report.nothing')}")
        for r in self.replaced:
            fields = {
                "category": t(f"category.{r.category}"),
                "count": r.count,
                "rule": t(f"rule.{r.rule}"),
            }
            if r.record:
                line = t("replaced.line_protecting", record=_record(words, r.record), **fields)
            else:
                line = t("replaced.line", **fields)
            out.append(f"  {line}")
        out += ["", t("report.rules_applied")]
        out += [f"  {t(f'rule.{rule}')}" for rule in self.rules_applied] or [
            f"  {t('report.none')}"
        ]
        if self.accepted_findings:
            out += ["", t("report.accepted_findings")]
            out += [f"  {self._finding(words, f)}" for f in self.accepted_findings]
        if self.accepted_hits:
            out += ["", t("report.accepted_hits")]
            out += [f"  {hit}" for hit in self.accepted_hits]
        return out

    def _verification(self, words: Wording) -> str:
        """The verification's state in words (``not run``, ``passed``, ``failed`` with
        the category and rule of the first hit in :attr:`failed_on`)."""
        if self.verification == "failed" and self.failed_on is not None:
            category, rule = self.failed_on
            return words.text("verification.failed", category=category, rule=rule)
        return words.text(_STATES[self.verification])

    def _finding(self, words: Wording, finding: Finding) -> str:
        """Where an accepted finding is and what it is, never what it says."""
        o = finding.origin
        name = self.record_names.get((o.kind, o.record_id))
        return words.text(
            "finding.line",
            record=o.kind if name is None else _record(words, name),
            field=_field(words, o.field),
            label=_known(words, "kind", finding.kind, finding.label),
        )

    def text(self, language: str = DEFAULT_LANGUAGE) -> str:
        """The report as one text in ``language`` (see :meth:`lines`)."""
        return "\n".join(self.lines(language)) + "\n"


_STATES = {"passed": "verification.passed", "not run": "verification.not_run"}
_SPECIAL_RECORDS = {"the case": "record.case", "the source": "record.source"}
_ORDINAL = re.compile(r"(?P<kind>[a-z_]+) (?P<number>\d+)")


def _known(words: Wording, prefix: str, key: str, otherwise: str) -> str:
    known = words.get(f"{prefix}.{key}")
    return otherwise if known is None else known


def _field(words: Wording, name: str) -> str:
    """A field in words; a translation's place (``translations.en.narrative``) as the
    field and the language."""
    parts = name.split(".", 2)
    if len(parts) == 3 and parts[0] == "translations":
        language = _known(words, "language", parts[1], parts[1])
        return words.text("field.translation", field=_field(words, parts[2]), language=language)
    return _known(words, "field", name, name)


def _record(words: Wording, name: str) -> str:
    """A record as the pipeline names it (``person 3``, ``the case``) in ``words``'s
    language; a name the catalogue does not know stays as it is."""
    special = _SPECIAL_RECORDS.get(name)
    if special is not None:
        return words.text(special)
    ordinal = _ORDINAL.fullmatch(name)
    if ordinal is not None and words.get(f"record.{ordinal['kind']}") is not None:
        return words.text(f"record.{ordinal['kind']}", number=ordinal["number"])
    return name
