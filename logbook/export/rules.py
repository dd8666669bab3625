"""The redaction rules and protected-term categories, by key, in words.

Keys travel in reports, leak messages and the UI; the words are what the submitter reads.
Neither ever contains case content. These are the English words; the redaction report's
catalogues (:mod:`logbook.export.report_text`) translate each key (``rule.<key>``,
``category.<key>``) into Russian and Kazakh, and a test fails on a key left out.
"""

from __future__ import annotations

from logbook.core.disclosure import NAMING_RULES

RULES = {
    **NAMING_RULES,
    "contact_never": "contact details are never exported",
    "notes_never": "private notes are never exported",
    "medical_consent": "injuries flagged medically confidential are described only with "
    "the person's consent to share medical details",
    "medical_evidence": "evidence linked to an injury whose medical details are withheld "
    "is listed without its description",
    "place_public": "the public version gives locations only to locality (city) level",
    "source_ohchr": "the source is given only on the separate confidential page",
    "source_never_public": "the source never appears in the public version",
    "confidential_evidence_ohchr": "evidence marked confidential is listed by description "
    "and hash only",
    "confidential_evidence_public": "evidence marked confidential is not listed in the "
    "public version",
    "photo_consent_ohchr": "photos of persons who did not consent to the use of photos are "
    "listed by description and hash only",
    "photo_consent_public": "photos of persons who did not consent to the use of photos are "
    "not listed in the public version",
    "confidential_statement": "statements marked confidential are not exported",
    "user_marked": "text the user marked with [[redact: …]] is removed",
    "examiner_public": "the names of examining doctors are not given in the public version",
    "reference_public": "case reference numbers are not given in the public version "
    "(court registers can identify the persons)",
    "affiliation_public": "the affiliation of a person shown by pseudonym is not given in "
    "the public version",
    "orientation_public": "sexual orientation is not given in the public version",
    "age_range": "a person shown by pseudonym appears with an age range, not a year of birth",
    "group_holds_name": "a group or organisation whose name contains the name of a protected "
    "person is not named",
    "restricted_evidence": "descriptions of evidence that is not described in this version "
    "(confidential, photos without consent, files of withheld medical details) are "
    "withheld wherever they are repeated",
    "former_names_never": "former names (such as a name a person no longer uses) are never "
    "disclosed",
    "ambiguous_name": "a name shared by a named and a protected person, or by two protected "
    "persons, is withheld where it stands alone",
}

CATEGORIES = {
    "name": "name of a person shown by pseudonym",
    "withheld_name": "name withheld",
    "source": "the source",
    "contact": "contact details",
    "private_note": "private notes",
    "medical": "confidential medical details",
    "place": "exact place",
    "former_name": "a former name",
    "statement": "a confidential statement",
    "evidence": "the description of withheld evidence",
    "user_marked": "text marked for redaction",
}


def rule_text(key: str) -> str:
    return RULES[key]


def category_text(key: str) -> str:
    return CATEGORIES[key]
