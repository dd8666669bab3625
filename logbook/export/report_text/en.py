"""The redaction report's words in English (the source catalogue: ru.py and kk.py
translate every key of it). Values are ``str.format`` templates.

The rules, categories, finding labels and communication types are taken from where the
export keeps them in English (keys and words as they always were); the report's own lines
are written here."""

from __future__ import annotations

from logbook.core.vocabularies import ROLES
from logbook.export.detector import KIND_LABELS
from logbook.export.labels import COMMUNICATION_TYPES
from logbook.export.rules import CATEGORIES, RULES

# Record kinds the report names by ordinal ("person 3"), and the fields a finding can be
# in (shown by their names in the case format: "narrative", "location.place").
RECORD_KINDS = ("person", "incident", "injury", "statement", "remedy", "evidence")
FIELDS = (
    "title",
    "summary",
    "concerns",
    "requested_action",
    "name",
    "relationship",
    "narrative",
    "location.place",
    "location.locality",
    "location.region",
    "body_location",
    "description",
    "examined_by",
    "facility",
    "affiliation",
    "gender_identity",
    "sexual_orientation",
    "pronouns",
    "occupation",
    "hrd_work",
    "authority",
    "reference",
    "outcome",
    "text",
    "label",
    "involvements",
    "location",
    "heading",
    "listing",
)

MESSAGES: dict[str, str] = {
    # The report's own lines
    "report.title": "Redaction report — document {document_id}, profile {profile}",
    "report.communication_type": "Communication type: {type}",
    "report.verification": "Verification: {state}",
    "report.terms_checked": "Protected terms checked by the independent leak check: {count}",
    "report.readers": "PDF text read back with: {readers}, and the metadata",
    "report.whole_word_terms": "Of them, name words of one to three letters ({count}) were "
    "checked as whole words only (inside longer words they cannot be told apart).",
    "report.not_checkable": "Name words not searched for ({count}): they are also words of "
    'the automatic labels or placeholders ("Witness", "withheld"); redaction still '
    "replaces them where they stand for the name.",
    "report.persons": "How persons appear:",
    "report.replaced": "Replaced in free text:",
    "report.nothing": "nothing",
    "report.rules_applied": "Rules applied in this document:",
    "report.none": "none",
    "report.accepted_findings": "Possible personal data you accepted (left in the document):",
    "report.accepted_hits": "Leak-check hits you judged false alarms (left in the document):",
    "report.list_separator": ", ",
    # Verification states
    "verification.not_run": "not run",
    "verification.passed": "passed",
    "verification.failed": "FAILED ({category}, rule {rule}); nothing written",
    # A person's line
    "person.line": "{person} ({roles}): {shown} — {rule}",
    "person.named": "named",
    "person.shown_as": "shown as {label}",
    "person.no_role": "no role",
    # A line of replacements in free text
    "replaced.line": "{category}: {count} × — {rule}",
    "replaced.line_protecting": "{category}, protecting {record}: {count} × — {rule}",
    # An accepted finding: where it is and what it is
    "finding.line": "{record}, {field}: {label}",
    "field.translation": "{field} ({language} translation)",
    "field.name_latin": "name in Latin letters",
    "language.en": "English",
    "language.fr": "French",
    "language.es": "Spanish",
    # Records, by ordinal
    "record.case": "the case",
    "record.source": "the source",
    **{f"record.{kind}": f"{kind} {{number}}" for kind in RECORD_KINDS},
    # Roles as the report prints them
    **{f"role.{role}": role.replace("_", " ") for role in ROLES},
    # Fields, by their names in the case format
    **{f"field.{name}": name for name in FIELDS},
    # Texts kept elsewhere in English, by their keys
    **{f"communication_type.{k}": v for k, v in COMMUNICATION_TYPES.items()},
    **{f"kind.{k}": v for k, v in KIND_LABELS.items()},
    **{f"category.{k}": v for k, v in CATEGORIES.items()},
    **{f"rule.{k}": v for k, v in RULES.items()},
}
