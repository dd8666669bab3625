"""The document's own English wording: headings, markings, vocabulary values.

Accepted languages at OHCHR are English, French and Spanish; the document's own words
are English, the user's text stays as entered.
"""

from __future__ import annotations

from logbook.core.vocabularies import MANDATES

MANDATE_NAMES = {
    "SR_HRD": "Special Rapporteur on the situation of human rights defenders",
    "SR_EXPRESSION": "Special Rapporteur on the promotion and protection of the right to "
    "freedom of opinion and expression",
    "SR_ASSEMBLY": "Special Rapporteur on the rights to freedom of peaceful assembly and of "
    "association",
    "IE_SOGI": "Independent Expert on protection against violence and discrimination based "
    "on sexual orientation and gender identity",
    "WGAD": "Working Group on Arbitrary Detention",
    "SR_TORTURE": "Special Rapporteur on torture and other cruel, inhuman or degrading "
    "treatment or punishment",
    "SR_VAW": "Special Rapporteur on violence against women and girls, its causes and consequences",
    "SR_PRIVACY": "Special Rapporteur on the right to privacy",
    "SR_HEALTH": "Special Rapporteur on the right of everyone to the enjoyment of the "
    "highest attainable standard of physical and mental health",
    "SR_INDEPENDENCE_JUDGES": "Special Rapporteur on the independence of judges and lawyers",
}
assert set(MANDATE_NAMES) == set(MANDATES)

COMMUNICATION_TYPES = {
    "urgent_appeal": "Urgent appeal",
    "allegation_letter": "Allegation letter",
    "other_letter": "Other letter",
}

COUNTRIES = {
    "KZ": "Kazakhstan",
    "KG": "Kyrgyzstan",
    "UZ": "Uzbekistan",
    "TJ": "Tajikistan",
    "TM": "Turkmenistan",
    "RU": "Russian Federation",
    "BY": "Belarus",
    "AZ": "Azerbaijan",
    "AM": "Armenia",
    "GE": "Georgia",
    "MN": "Mongolia",
    "CN": "China",
    "UA": "Ukraine",
    "TR": "Türkiye",
}


def country(code: str | None) -> str:
    if not code:
        return "not stated"
    return COUNTRIES.get(code.upper(), code)


def _readable(value: str) -> str:
    return value.replace("_", " ").capitalize()


def vocabulary(value: str | None) -> str:
    """A controlled-vocabulary value as words: ``arbitrary_arrest`` → ``Arbitrary arrest``."""
    return _readable(value) if value else "not stated"


CONSISTENCY = {
    "not_consistent": "not consistent with the account",
    "consistent_with": "consistent with the account",
    "highly_consistent": "highly consistent with the account",
    "typical_of": "typical of the account",
    "diagnostic_of": "diagnostic of the account",
    "not_assessed": "not assessed",
}

# Each profile's wording, by the keys its Profile names (``marking``, ``banner``): a new
# profile adds its lines here (logbook/core/profiles.py).
PROFILE_MARKINGS = {
    "ohchr": "CONFIDENTIAL — submission to OHCHR, not for publication",
    "public": "PUBLIC VERSION — identifying details withheld",
}
BANNERS = {
    "ohchr": "CONFIDENTIAL. This submission is addressed to the Office of the United Nations "
    "High Commissioner for Human Rights (OHCHR) for the Special Procedures. It must not "
    "be published. The source's identity is given on a separate confidential page and "
    "must not be disclosed to the State.",
    "public": "PUBLIC VERSION. Names of persons who did not agree to be named, and other "
    "details that could identify or endanger them, are withheld from this version.",
}

HEADINGS = {
    "cover": "Submission to the United Nations Special Procedures",
    "source": "Source of the information (confidential)",
    "summary": "Summary",
    "victims": "Alleged victims",
    "perpetrators": "Alleged perpetrators",
    "incidents": "Incidents",
    "remedies": "Steps taken at national level",
    "concerns": "Concerns",
    "requested_action": "Requested action",
    "evidence": "Annex: evidence index",
    "notice": "Redaction notice",
}

PLACEHOLDERS = {
    "withheld_name": "[name withheld]",
    "user_marked": "[redacted]",
    "contact": "[contact details withheld]",
    "private_note": "[withheld]",
    "medical": "[medical details withheld]",
    "place": "[place withheld]",
    "source": "[source withheld]",
}
INJURY_WITHHELD = "An injury was documented; medical details withheld."
