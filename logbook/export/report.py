"""The redaction report: what an export withheld and by which rule, for the submitter.

Shown in the app and written by ``logbook export --report FILE``; never part of the PDF.
It is written outside the vault, so it names records by ordinals (``person 3``, the third
person of the case; ``incident 2`` in chronological order) and by the labels the PDF
itself uses (pseudonyms) — never by their document ids or file names, which a user may
have written with a name in them — and never by what was withheld: no names of protected
persons, no contact details, no medical details, no matched text. Named persons appear as
"named", without the name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from logbook.export.detector import Finding
from logbook.export.labels import COMMUNICATION_TYPES
from logbook.export.rules import CATEGORIES, RULES


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
    verification: str = "not run"
    # (record kind, record id) → "person 3": how the report names a finding's record
    record_names: dict[tuple[str, int | None], str] = field(default_factory=dict, repr=False)

    def lines(self) -> list[str]:
        """The report as text lines (safe to write to disk; see the module docstring)."""
        out = [
            f"Redaction report — document {self.document_id}, profile {self.profile}",
            f"Communication type: {COMMUNICATION_TYPES[self.communication_type]}",
            f"Verification: {self.verification}",
            f"Protected terms checked by the independent leak check: {self.terms_checked}",
        ]
        if self.readers:
            out.append(f"PDF text read back with: {', '.join(self.readers)}, and the metadata")
        if self.whole_word_terms:
            out.append(
                f"Of them, name words of one to three letters ({self.whole_word_terms}) were "
                "checked as whole words only (inside longer words they cannot be told apart)."
            )
        if self.terms_not_checkable:
            out.append(
                f"Name words not searched for ({self.terms_not_checkable}): they are also "
                'words of the automatic labels or placeholders ("Witness", "withheld"); '
                "redaction still replaces them where they stand for the name."
            )
        out += ["", "How persons appear:"]
        for p in self.persons:
            shown = "named" if p.shown == "name" else f"shown as {p.label}"
            roles = ", ".join(r.replace("_", " ") for r in p.roles) or "no role"
            out.append(f"  person {p.ordinal} ({roles}): {shown} — {RULES[p.rule]}")
        out += ["", "Replaced in free text:"]
        if not self.replaced:
            out.append("  nothing")
        for r in self.replaced:
            record = f", protecting {r.record}" if r.record else ""
            out.append(f"  {CATEGORIES[r.category]}{record}: {r.count} × — {RULES[r.rule]}")
        out += ["", "Rules applied in this document:"]
        out += [f"  {RULES[rule]}" for rule in self.rules_applied] or ["  none"]
        if self.accepted_findings:
            out += ["", "Possible personal data you accepted (left in the document):"]
            out += [f"  {self._where(f)}: {f.label}" for f in self.accepted_findings]
        if self.accepted_hits:
            out += ["", "Leak-check hits you judged false alarms (left in the document):"]
            out += [f"  {hit}" for hit in self.accepted_hits]
        return out

    def _where(self, finding: Finding) -> str:
        o = finding.origin
        return f"{self.record_names.get((o.kind, o.record_id), o.kind)}, {o.field}"

    def text(self) -> str:
        return "\n".join(self.lines()) + "\n"
