"""The redaction report: what an export withheld and by which rule, for the submitter.

Shown in the app and written by ``logbook export --report FILE``; never part of the PDF.
It is written outside the vault, so it names records by their document ids (``person
p3``) and by the labels the PDF itself uses (pseudonyms), never by what was withheld:
no names of protected persons, no contact details, no medical details, no matched text.
Named persons appear as "named", without the name.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from logbook.export.detector import Finding
from logbook.export.labels import COMMUNICATION_TYPES
from logbook.export.rules import CATEGORIES, RULES


@dataclass(frozen=True)
class PersonLine:
    ref: str
    roles: tuple[str, ...]
    shown: str  # name | pseudonym | withheld
    label: str  # the pseudonym or "[name withheld]"; "" for a named person
    rule: str


@dataclass(frozen=True)
class Replaced:
    """``count`` replacements in free text of one category, by one rule, protecting one
    record (``person p3``; empty when not tied to one, e.g. a marked passage)."""

    category: str
    rule: str
    record: str
    count: int


@dataclass
class RedactionReport:
    profile: str
    case_ref: str
    communication_type: str
    document_id: str
    persons: list[PersonLine] = field(default_factory=list)
    replaced: list[Replaced] = field(default_factory=list)
    rules_applied: list[str] = field(default_factory=list)
    accepted_findings: list[Finding] = field(default_factory=list)
    terms_checked: int = 0
    terms_not_checkable: int = 0
    verification: str = "not run"

    def lines(self) -> list[str]:
        """The report as text lines (safe to write to disk; see the module docstring)."""
        out = [
            f"Redaction report — case {self.case_ref}, profile {self.profile}",
            f"Document ID: {self.document_id}",
            f"Communication type: {COMMUNICATION_TYPES[self.communication_type]}",
            f"Verification: {self.verification}",
            f"Protected terms checked in the PDF: {self.terms_checked}",
        ]
        if self.terms_not_checkable:
            out.append(
                f"Name words checked only within full names ({self.terms_not_checkable}): "
                "they are also words of a named person's name or of the document's own "
                "wording."
            )
        out += ["", "How persons appear:"]
        for p in self.persons:
            shown = "named" if p.shown == "name" else f"shown as {p.label}"
            roles = ", ".join(r.replace("_", " ") for r in p.roles) or "no role"
            out.append(f"  person {p.ref} ({roles}): {shown} — {RULES[p.rule]}")
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
            out += [f"  {f.describe()}" for f in self.accepted_findings]
        return out

    def text(self) -> str:
        return "\n".join(self.lines()) + "\n"
